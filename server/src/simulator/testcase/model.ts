import type { Range } from '../../engine';
import type { WeeklyHours } from '../hours';
import type { Channel, Json } from '../state';
import type { CustomerInput, MockResult } from '../types';

/** Path into the test file's JSON, for positions. */
export type Path = ReadonlyArray<string | number>;

export interface TestProblem {
  path: Path;
  /** Whether the range covers the key or the value. */
  target: 'key' | 'value';
  severity: 'error' | 'warning';
  message: string;
  range: Range;
}

export type MatchingCriteria = 'Similarity' | 'Inclusion';

export type TestEvent =
  | { type: 'TestInitiated' }
  | { type: 'TestCompleted' }
  | { type: 'MessageReceived'; text?: string; ssml?: string; promptId?: string; media?: Json; criteria: MatchingCriteria }
  | { type: 'FlowActionStarted'; actionType: string; actionParameters: Record<string, Json> };

export type TestAction = { id: string; path: Path } & (
  | { kind: 'SendInstruction'; input: CustomerInput }
  | { kind: 'Assert'; namespace: string; operator: string; operand: Json | undefined }
  | { kind: 'OverrideSystemBehavior'; actionType: string; match: Record<string, Json>; result: MockResult }
  | { kind: 'EndTest' }
  | { kind: 'LogData'; expressions: Record<string, string> }
);

export interface Observation {
  id: string;
  index: number;
  path: Path;
  event: TestEvent;
  /** In the order they run (following each action's NextAction from the first). */
  actions: TestAction[];
  /** Observations this one activates once matched. */
  next: string[];
  /** How often it must match: a number (EXACTLY), or 'any'. */
  times: number | 'any';
}

/** Offline settings kept in `Metadata.connectFlowLint` (the service ignores Metadata at run time). */
export interface OfflineSettings {
  flow?: string;
  attributes?: Record<string, string>;
  hours?: Record<string, WeeklyHours>;
  startTime?: number;
  channel?: Channel;
  seed?: number;
  maxSteps?: number;
  customerNumber?: string;
  /** Merged into the contact's data at the start, e.g. { "External": { ... } } for a flow entered with a Lambda result. */
  data?: Record<string, Json>;
}

export interface TestCase {
  version: string;
  name?: string;
  observations: Observation[];
  byId: Map<string, Observation>;
  settings: OfflineSettings;
}
