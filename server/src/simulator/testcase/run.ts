import type { FlowModel } from '../../engine';
import { evaluate } from '../operators';
import { Simulation } from '../simulation';
import { asText, readReference, type Json } from '../state';
import type { FlowReference, Outcome, ResolvedFlow, SimEvent, TraceStep } from '../types';
import { matchesEvent } from './match';
import type { Observation, Path, TestAction, TestCase } from './model';

export type TestStatus = 'passed' | 'failed';

export interface ObservationResult {
  id: string;
  /** matched: as often as its Usage asks; pending: active but not (often enough) matched; inactive: never activated. */
  status: 'matched' | 'pending' | 'inactive';
  matches: number;
}

export interface TestFailure {
  observation?: string;
  action?: string;
  /** Where in the test file (for editor diagnostics). */
  path?: Path;
  message: string;
}

export interface TestResult {
  status: TestStatus;
  failure?: TestFailure;
  observations: ObservationResult[];
  /** Why the simulated contact stopped. */
  outcome: Outcome;
  events: SimEvent[];
  trace: TraceStep[];
  /** LogData values, in order. */
  logs: Array<{ observation: string; label: string; value: string }>;
  /** Virtual seconds the contact took. */
  seconds: number;
}

export interface RunOptions {
  resolveFlow?: (ref: FlowReference) => ResolvedFlow | undefined;
  flowKey?: string;
}

/** Outcomes that mean the simulation could not say what the flow does: the test fails with their message. */
const BLOCKING = new Set(['needs-mock', 'unresolved-flow', 'no-branch', 'step-limit', 'invalid-flow']);

/**
 * Runs one test case against a flow. Observations with no other observation leading to them are active at the
 * start; an event matches every active observation that expects it (in file order); a matched observation runs its
 * actions and activates its NextObservations. The test fails at the first failed Assert, when the contact stops
 * for a reason the simulator cannot get past, or when an active observation is still waiting at the end.
 */
export function runTestCase(testCase: TestCase, flow: FlowModel, options: RunOptions = {}): TestResult {
  const s = testCase.settings;
  const targeted = new Set(testCase.observations.flatMap((o) => o.next));
  const active: Observation[] = testCase.observations.filter((o) => !targeted.has(o.id));
  const matches = new Map<string, number>();
  const activated = new Set(active.map((o) => o.id));
  const logs: TestResult['logs'] = [];
  let failure: TestFailure | undefined;
  let ended = false;

  const sim = new Simulation(flow, {
    flowKey: options.flowKey,
    resolveFlow: options.resolveFlow,
    maxSteps: s.maxSteps,
    startTime: s.startTime,
    seed: s.seed,
    hours: s.hours,
    initial: { attributes: s.attributes, channel: s.channel, customerNumber: s.customerNumber, data: s.data as import('../state').JsonTree | undefined },
    onEvent: (event) => {
      if (failure || ended) return;
      for (const o of [...active]) {
        if (!matchesEvent(o.event, event)) continue;
        const n = (matches.get(o.id) ?? 0) + 1;
        matches.set(o.id, n);
        if (o.times !== 'any' && n >= o.times) active.splice(active.indexOf(o), 1);
        for (const a of o.actions) {
          runAction(o, a);
          if (failure || ended) return;
        }
        for (const id of o.next) {
          const nxt = testCase.byId.get(id);
          if (nxt && !active.includes(nxt) && (nxt.times === 'any' || (matches.get(nxt.id) ?? 0) < nxt.times)) {
            active.push(nxt);
            activated.add(nxt.id);
          }
        }
      }
    },
  });

  function runAction(o: Observation, a: TestAction): void {
    switch (a.kind) {
      case 'SendInstruction':
        sim.pushInput(a.input);
        return;
      case 'OverrideSystemBehavior':
        sim.addOverride({ actionType: a.actionType, match: a.match, result: a.result, source: a.id });
        return;
      case 'EndTest':
        ended = true;
        sim.stop('ended-by-test', `Observation "${o.id}" ended the test.`);
        return;
      case 'LogData':
        for (const [label, ref] of Object.entries(a.expressions)) logs.push({ observation: o.id, label, value: asText(readReference(sim.state, ref)) });
        return;
      case 'Assert': {
        const value = readReference(sim.state, a.namespace);
        if (!evaluate(a.operator, value, a.operand)) {
          failure = {
            observation: o.id,
            action: a.id,
            path: a.path,
            message: `Assert "${a.id}" failed: ${a.namespace} is ${value === undefined ? 'absent' : JSON.stringify(value)}, expected ${a.operator}${a.operand !== undefined ? ` ${JSON.stringify(a.operand as Json)}` : ''}.`,
          };
          sim.stop('ended-by-test', failure.message);
        }
        return;
      }
    }
  }

  const result = sim.run();
  if (!failure && !ended && BLOCKING.has(result.outcome.kind)) {
    const waiting = active.find((o) => o.times !== 'any');
    failure = { message: result.outcome.message, ...(waiting ? { observation: waiting.id, path: waiting.path } : {}) };
  }
  if (!failure && !ended) {
    const waiting = active.find((o) => o.times !== 'any');
    if (waiting) {
      const seen = matches.get(waiting.id) ?? 0;
      failure = {
        observation: waiting.id,
        path: waiting.path,
        message: `Observation "${waiting.id}" waits for ${describeEvent(waiting)}${typeof waiting.times === 'number' && waiting.times > 1 ? ` (matched ${seen} of ${waiting.times} times)` : ''}, but the contact ${describeOutcome(result.outcome)}.`,
      };
    }
  }
  const observations: ObservationResult[] = testCase.observations.map((o) => {
    const n = matches.get(o.id) ?? 0;
    const done = o.times === 'any' ? n > 0 || !active.includes(o) : n >= o.times;
    return { id: o.id, matches: n, status: done && activated.has(o.id) ? 'matched' : activated.has(o.id) ? 'pending' : 'inactive' };
  });
  const start = result.events[0]?.time ?? 0;
  return {
    status: failure ? 'failed' : 'passed',
    ...(failure ? { failure } : {}),
    observations,
    outcome: result.outcome,
    events: result.events,
    trace: result.trace,
    logs,
    seconds: (result.time - start) / 1000,
  };
}

function describeEvent(o: Observation): string {
  const e = o.event;
  switch (e.type) {
    case 'MessageReceived':
      return `a message ${e.text !== undefined ? `like "${e.text}"` : e.ssml !== undefined ? `with SSML "${e.ssml}"` : e.promptId !== undefined ? `with prompt ${e.promptId}` : 'with media'}`;
    case 'FlowActionStarted':
      return `${e.actionType} to start${Object.keys(e.actionParameters).length ? ` with ${JSON.stringify(e.actionParameters)}` : ''}`;
    default:
      return e.type;
  }
}

function describeOutcome(o: Outcome): string {
  switch (o.kind) {
    case 'disconnected':
      return 'was disconnected first';
    case 'queued':
      return 'was queued first';
    case 'transferred':
      return 'was transferred first';
    case 'customer-disconnected':
      return 'hung up first';
    case 'waiting':
      return 'stopped waiting for something outside the flow';
    default:
      return `stopped: ${o.message}`;
  }
}
