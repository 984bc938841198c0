import type { FlowModel } from '../engine';
import type { Json, InitialContact } from './state';
import type { WeeklyHours } from './hours';

/** What the customer does: keys pressed, words said or typed, hanging up. */
export type CustomerInput =
  | { kind: 'dtmf'; value: string }
  | { kind: 'text'; value: string }
  | { kind: 'disconnect' };

/** The events the testing language observes, in the order the contact produces them. */
export type SimEvent =
  | { type: 'TestInitiated'; time: number }
  | { type: 'MessageReceived'; time: number; flow: string; actionId: string; text?: string; ssml?: string; promptId?: string; media?: Json }
  | { type: 'FlowActionStarted'; time: number; flow: string; actionId: string; actionType: string; parameters: Record<string, Json> }
  | { type: 'TestCompleted'; time: number; outcome: Outcome };

/** Why a run stopped. `ok` outcomes are normal ends of a contact's path; the others are reasons to look. */
export type OutcomeKind =
  /** DisconnectParticipant, EndFlowExecution, or the end of a flow that has nothing more to do. */
  | 'disconnected'
  /** TransferContactToQueue / DequeueContactAndTransferToQueue succeeded: the contact waits in a queue. */
  | 'queued'
  /** TransferContactToAgent, TransferParticipantToThirdParty without continuing. */
  | 'transferred'
  /** The customer hung up (a Disconnect instruction). */
  | 'customer-disconnected'
  /** The test ended it (TestControl EndTest). */
  | 'ended-by-test'
  /** The flow waits for something outside it (MessageParticipantIteratively without an interrupt, a hold flow). */
  | 'waiting'
  /** An action needs a result that only a mock can give. */
  | 'needs-mock'
  /** TransferToFlow / InvokeFlowModule to a flow that is not in the workspace. */
  | 'unresolved-flow'
  /** An action took a branch that has no NextAction, or the NextAction names no action. */
  | 'no-branch'
  /** The step limit was reached: most likely a loop. */
  | 'step-limit'
  /** The flow text is not a runnable flow (no StartAction, unknown start). */
  | 'invalid-flow';

export interface Outcome {
  kind: OutcomeKind;
  message: string;
  /** The action where it stopped, if any. */
  flow?: string;
  actionId?: string;
}

/** One action taken: where the contact was and which way it left. */
export interface TraceStep {
  flow: string;
  actionId: string;
  actionType: string;
  time: number;
  /** The branch taken; absent when the contact stopped at this action. */
  branch?: TakenBranch;
  /** A short note: the input used, the mock consumed, the condition that matched. */
  note?: string;
}

export interface TakenBranch {
  via: 'next' | 'condition' | 'error';
  /** Index in Conditions or Errors (0 for next). */
  index: number;
  /** ErrorType, or the condition's operand, for messages and coverage. */
  label?: string;
  target: string;
}

/** A result that an OverrideSystemBehavior (or a simulation driver) gives in place of the real resource. */
export type MockResult =
  | { kind: 'result'; value?: string; data?: Json; delaySeconds?: number }
  | { kind: 'error'; errorType: string; delaySeconds?: number }
  | { kind: 'substitute'; resource: string };

/** An action asking for a mock: its type, the flow, and its parameters as resolved at that moment. */
export interface MockRequest {
  flow: string;
  actionId: string;
  actionType: string;
  parameters: Record<string, Json>;
  /** The resource the mock is for (Lambda ARN, hours id, queue id, bot alias), when there is one. */
  resource?: string;
}

/** An override registered by a test: matches actions of one type whose parameters contain `match`. */
export interface Override {
  actionType: string;
  match: Record<string, Json>;
  result: MockResult;
  /** Where the override came from (test action id), for traces. */
  source?: string;
}

/** A flow another flow may enter: TransferToFlow (`flow`) or InvokeFlowModule (`module`). */
export interface FlowReference {
  kind: 'flow' | 'module';
  /** The id or ARN as written (after references are resolved); may be a placeholder. */
  id: string;
  /** The display name the console export records for it, if any. */
  name?: string;
}

export interface ResolvedFlow {
  key: string;
  model: FlowModel;
}

export interface SimulationOptions {
  /** A label for the first flow in traces (default "main"). */
  flowKey?: string;
  /** Finds a flow of the workspace for TransferToFlow / InvokeFlowModule. */
  resolveFlow?: (ref: FlowReference) => ResolvedFlow | undefined;
  /** Actions taken before the run stops as a loop (default 1,000). */
  maxSteps?: number;
  /** Virtual clock start, milliseconds since the epoch (default Monday 2026-01-05 10:00 UTC). */
  startTime?: number;
  initial?: InitialContact;
  /** Hours of operation by id, ARN or name, for CheckHoursOfOperation without a mock. */
  hours?: Record<string, WeeklyHours>;
  /** Seed for DistributeByPercentage (default 1). */
  seed?: number;
  /** Called for each event as it happens; may push inputs, add overrides or stop the run. */
  onEvent?: (event: SimEvent) => void;
  /** Asked when no override matches an action that needs a result (drivers, random tests). */
  mock?: (request: MockRequest) => MockResult | undefined;
  /** Asked when the flow waits for input and none is queued (drivers); undefined = the customer stays silent. */
  input?: (request: { flow: string; actionId: string; actionType: string; expects: 'dtmf' | 'text' }) => CustomerInput | undefined;
}

export interface SimulationResult {
  outcome: Outcome;
  events: SimEvent[];
  trace: TraceStep[];
  /** The contact's data at the end. */
  data: Json;
  /** Virtual time at the end, ms since the epoch. */
  time: number;
  /** Overrides registered and never used. */
  unusedOverrides: Override[];
}
