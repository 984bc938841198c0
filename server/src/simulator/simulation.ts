import { isObject, isUnconnected, type ActionEntry, type FlowModel, type JsonObject } from '../engine';
import { evaluate } from './operators';
import { sameResource } from './testcase/match';
import { SEMANTICS, needsMock, type ActionContext, type Exit } from './semantics';
import { initialState, resolveDeep, resolveValue, asText, type ContactState, type Json } from './state';
import type {
  CustomerInput,
  MockRequest,
  MockResult,
  Outcome,
  OutcomeKind,
  Override,
  ResolvedFlow,
  SimEvent,
  SimulationOptions,
  SimulationResult,
  TakenBranch,
  TraceStep,
} from './types';
import { UNKNOWN_ENDS } from './types';

/** Monday 2026-01-05 10:00 UTC: a working-day morning, so that default hours checks are unsurprising. */
export const DEFAULT_START_TIME = Date.UTC(2026, 0, 5, 10, 0, 0);
export const DEFAULT_MAX_STEPS = 1000;

interface Frame {
  flow: ResolvedFlow;
  /** For a module call: the caller's flow and the action to continue from. */
  returnTo?: { flow: ResolvedFlow; action: ActionEntry };
}

/**
 * One simulated contact through a flow. `run()` goes until the contact leaves the flow, the test stops it or the
 * step limit is reached; it never waits for anything real. Inputs and overrides can be added before the run and
 * from `onEvent` while it runs (the testing language reacts to events that way).
 */
export class Simulation {
  readonly state: ContactState;
  time: number;
  readonly events: SimEvent[] = [];
  readonly trace: TraceStep[] = [];
  private readonly inputs: CustomerInput[] = [];
  private readonly overrides: Override[] = [];
  private stopRequest: Outcome | undefined;
  private frames: Frame[];
  private rng: number;
  private readonly maxSteps: number;
  private dtmfBuffer = '';

  constructor(
    readonly model: FlowModel,
    readonly options: SimulationOptions = {},
  ) {
    this.state = initialState(options.initial);
    this.time = options.startTime ?? DEFAULT_START_TIME;
    this.frames = [{ flow: { key: options.flowKey ?? 'main', model } }];
    this.rng = (options.seed ?? 1) >>> 0 || 1;
    this.maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  }

  /** Queues what the customer does next (consumed by the next action that waits for input). */
  pushInput(input: CustomerInput): void {
    if (input.kind === 'disconnect') this.stop('customer-disconnected', 'The customer hung up.');
    else this.inputs.push(input);
  }

  /** Registers a one-shot override; several for the same resource are used first in, first out. */
  addOverride(override: Override): void {
    this.overrides.push(override);
  }

  /** Ends the run at the next action boundary. The first request wins. */
  stop(kind: OutcomeKind, message: string): void {
    this.stopRequest ??= { kind, message };
  }

  get stopped(): boolean {
    return this.stopRequest !== undefined;
  }

  /** Deterministic numbers in [0, 1) (mulberry32). */
  random(): number {
    this.rng = (this.rng + 0x6d2b79f5) >>> 0;
    let t = this.rng;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  emit(event: SimEvent): void {
    this.events.push(event);
    this.options.onEvent?.(event);
  }

  run(): SimulationResult {
    this.emit({ type: 'TestInitiated', time: this.time });
    const outcome = this.loop();
    // The contact really ended (or the test ended it): the testing language's TestCompleted event.
    if (!UNKNOWN_ENDS.includes(outcome.kind)) this.emit({ type: 'TestCompleted', time: this.time, outcome });
    return {
      outcome,
      events: this.events,
      trace: this.trace,
      data: this.state.data,
      time: this.time,
      unusedOverrides: [...this.overrides],
    };
  }

  private get frame(): Frame {
    return this.frames[this.frames.length - 1];
  }

  private loop(): Outcome {
    const start = startOf(this.frame.flow.model);
    if (typeof start !== 'string') return { kind: 'invalid-flow', message: start.problem, flow: this.frame.flow.key };
    let actionId: string = start;
    let steps = 0;
    const visits = new Map<string, number>();
    for (;;) {
      if (this.stopRequest) return { ...this.stopRequest, flow: this.frame.flow.key, actionId };
      const flow = this.frame.flow;
      const action = flow.model.byId.get(actionId);
      if (!action) return { kind: 'no-branch', message: `No action has the Identifier "${actionId}".`, flow: flow.key, actionId };
      if (steps++ >= this.maxSteps) return this.loopOutcome(visits, flow.key, actionId);
      const key = `${flow.key}\u0000${actionId}`;
      visits.set(key, (visits.get(key) ?? 0) + 1);

      const step: TraceStep = { flow: flow.key, actionId, actionType: action.type ?? '(no Type)', time: this.time };
      this.trace.push(step);
      const exit = this.execute(flow, action);
      if (exit.note) step.note = exit.note;
      // The test (or the customer) ended the contact while this action ran: it takes no branch.
      const stoppedHere = this.stopRequest as Outcome | undefined;
      if (stoppedHere) return { ...stoppedHere, flow: flow.key, actionId };
      const next = this.follow(flow, action, exit, step);
      if ('outcome' in next) return { flow: flow.key, actionId, ...next.outcome };
      if (next.flow !== flow) {
        if (next.call) this.frames.push({ flow: next.flow, returnTo: { flow, action } });
        else this.frames[this.frames.length - 1] = { flow: next.flow, returnTo: this.frame.returnTo };
      }
      actionId = next.actionId;
    }
  }

  private loopOutcome(visits: Map<string, number>, flow: string, actionId: string): Outcome {
    const hot = [...visits.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, n]) => `${k.split('\u0000')[1]} (${n}×)`);
    return { kind: 'step-limit', message: `Stopped after ${this.maxSteps} actions: the contact is probably in a loop through ${hot.join(', ')}.`, flow, actionId };
  }

  private execute(flow: ResolvedFlow, action: ActionEntry): Exit {
    const type = action.type ?? '';
    const handler = SEMANTICS[type] ?? needsMock({});
    try {
      return handler(this.context(flow, action));
    } catch (error) {
      // A semantics bug must not take the caller down: report it as a stop.
      return { kind: 'stop', outcome: 'invalid-flow', message: `Internal error while simulating ${type}: ${(error as Error).message}` };
    }
  }

  private context(flow: ResolvedFlow, action: ActionEntry): ActionContext {
    const params = isObject(action.object?.Parameters) ? (action.object!.Parameters as JsonObject) : {};
    const sim = this; // eslint-disable-line @typescript-eslint/no-this-alias -- the context hands the simulation to each action's semantics
    return {
      sim,
      flow,
      action,
      params,
      state: this.state,
      value: (name) => resolveValue(this.state, params[name]),
      text: (name) => {
        const v = resolveValue(this.state, params[name]);
        return v === undefined ? undefined : asText(v);
      },
      resolvedParams: () => resolvedParameters(this.state, params),
      started: (extra) =>
        this.emit({ type: 'FlowActionStarted', time: this.time, flow: flow.key, actionId: action.id ?? '', actionType: action.type ?? '', parameters: { ...resolvedParameters(this.state, params), ...extra } }),
      message: (source) => {
        const text = typeof source.Text === 'string' ? asText(resolveValue(this.state, source.Text)) : undefined;
        const ssml = typeof source.SSML === 'string' ? asText(resolveValue(this.state, source.SSML)) : undefined;
        const promptId = typeof source.PromptId === 'string' ? asText(resolveValue(this.state, source.PromptId)) : undefined;
        const media = source.Media !== undefined ? (source.Media as Json) : undefined;
        if (text === undefined && ssml === undefined && promptId === undefined && media === undefined) return false;
        const event: SimEvent = { type: 'MessageReceived', time: this.time, flow: flow.key, actionId: action.id ?? '' };
        if (text !== undefined) event.text = text;
        if (ssml !== undefined) event.ssml = ssml;
        if (promptId !== undefined) event.promptId = promptId;
        if (media !== undefined) event.media = media;
        this.emit(event);
        this.advance(Math.max(1, Math.ceil(((text ?? ssml ?? '').length || 30) / 15)));
        return true;
      },
      input: (expects) => this.takeInput(flow, action, expects),
      mock: (resource, extra) => this.findMock(flow, action, params, resource, extra),
      advance: (seconds) => this.advance(seconds),
    };
  }

  advance(seconds: number): void {
    if (Number.isFinite(seconds) && seconds > 0) this.time += Math.min(seconds, 86400 * 365) * 1000;
  }

  private takeInput(flow: ResolvedFlow, action: ActionEntry, expects: 'dtmf' | 'text'): CustomerInput | undefined {
    if (expects === 'dtmf' && this.dtmfBuffer) {
      const value = this.dtmfBuffer;
      this.dtmfBuffer = '';
      return { kind: 'dtmf', value };
    }
    const queued = this.inputs.shift();
    if (queued) return queued;
    const asked = this.options.input?.({ flow: flow.key, actionId: action.id ?? '', actionType: action.type ?? '', expects });
    if (asked?.kind === 'disconnect') {
      this.stop('customer-disconnected', 'The customer hung up.');
      return undefined;
    }
    return asked;
  }

  /** Keys typed beyond what an action consumed stay for the next one (as the keypad buffer does). */
  keepDtmf(rest: string): void {
    this.dtmfBuffer = rest + this.dtmfBuffer;
  }

  private findMock(flow: ResolvedFlow, action: ActionEntry, params: JsonObject, resource: string | undefined, extra?: Record<string, Json>): MockResult | undefined {
    const type = action.type ?? '';
    const resolved = { ...resolvedParameters(this.state, params), ...extra };
    for (let i = 0; i < this.overrides.length; i++) {
      const o = this.overrides[i];
      if (o.actionType !== type || !contains(resolved, o.match)) continue;
      this.overrides.splice(i, 1);
      return o.result;
    }
    const request: MockRequest = { flow: flow.key, actionId: action.id ?? '', actionType: type, parameters: resolved };
    if (resource !== undefined) request.resource = resource;
    return this.options.mock?.(request);
  }

  /** The transition an exit takes, as the next place to go or the outcome. */
  private follow(
    flow: ResolvedFlow,
    action: ActionEntry,
    exit: Exit,
    step: TraceStep,
  ): { flow: ResolvedFlow; actionId: string; call?: boolean } | { outcome: Omit<Outcome, 'flow' | 'actionId'> } {
    const t = isObject(action.object?.Transitions) ? (action.object!.Transitions as JsonObject) : {};
    const take = (branch: TakenBranch) => {
      step.branch = branch;
      if (isUnconnected(branch.target)) return { outcome: { kind: 'no-branch' as const, message: `${describe(action)} took its ${branchName(branch)} branch, which is not connected.` } };
      if (!flow.model.byId.has(branch.target)) return { outcome: { kind: 'no-branch' as const, message: `${describe(action)} took its ${branchName(branch)} branch to "${branch.target}", which names no action.` } };
      return { flow, actionId: branch.target };
    };
    switch (exit.kind) {
      case 'next': {
        if (typeof t.NextAction === 'string') return take({ via: 'next', index: 0, target: t.NextAction });
        return { outcome: { kind: 'no-branch', message: `${describe(action)} finished but has no NextAction.` } };
      }
      case 'error':
        return this.error(action, t, exit.errorType, take);
      case 'conditions': {
        const list = Array.isArray(t.Conditions) ? t.Conditions : [];
        for (let i = 0; i < list.length; i++) {
          const entry = list[i];
          if (!isObject(entry) || !isObject(entry.Condition) || typeof entry.NextAction !== 'string') continue;
          const op = entry.Condition.Operator;
          const operands = Array.isArray(entry.Condition.Operands) ? entry.Condition.Operands : [];
          const operand = resolveValue(this.state, operands[0]);
          if (typeof op === 'string' && (exit.test ? exit.test(op, operand) : evaluate(op, exit.value, operand))) {
            return take({ via: 'condition', index: i, label: asText(operands[0] as Json), target: entry.NextAction });
          }
        }
        return this.error(action, t, 'NoMatchingCondition', take);
      }
      case 'stop':
        return { outcome: { kind: exit.outcome, message: exit.message } };
      case 'enter':
        step.note = (step.note ? step.note + '; ' : '') + `enters ${exit.flow.key}`;
        {
          const start = startOf(exit.flow.model);
          if (typeof start !== 'string') return { outcome: { kind: 'invalid-flow', message: `${exit.flow.key}: ${start.problem}` } };
          return { flow: exit.flow, actionId: start, call: exit.call };
        }
      case 'return': {
        const frame = this.frames[this.frames.length - 1];
        if (!frame.returnTo) return { outcome: { kind: 'disconnected', message: 'The module ended and no flow called it.' } };
        this.frames.pop();
        const caller = frame.returnTo;
        const ct = isObject(caller.action.object?.Transitions) ? (caller.action.object!.Transitions as JsonObject) : {};
        if (typeof ct.NextAction !== 'string') return { outcome: { kind: 'no-branch', message: `${describe(caller.action)} has no NextAction to continue after the module.` } };
        step.note = (step.note ? step.note + '; ' : '') + `returns to ${caller.flow.key}`;
        const target = ct.NextAction;
        if (!caller.flow.model.byId.has(target)) return { outcome: { kind: 'no-branch', message: `${describe(caller.action)} continues to "${target}", which names no action.` } };
        return { flow: caller.flow, actionId: target };
      }
    }
  }

  private error(action: ActionEntry, t: JsonObject, errorType: string, take: (b: TakenBranch) => ReturnType<Simulation['follow']>) {
    const list = Array.isArray(t.Errors) ? t.Errors : [];
    for (const wanted of [errorType, 'NoMatchingError']) {
      for (let i = 0; i < list.length; i++) {
        const entry = list[i];
        if (isObject(entry) && entry.ErrorType === wanted && typeof entry.NextAction === 'string') return take({ via: 'error', index: i, label: wanted, target: entry.NextAction });
      }
    }
    return { outcome: { kind: 'no-branch' as const, message: `${describe(action)} raised ${errorType} and has no branch for it (nor NoMatchingError).` } };
  }
}

function startOf(model: FlowModel): string | { problem: string } {
  const start = model.rootObject?.StartAction;
  if (model.kind !== 'flow') return { problem: 'This is not a flow in the flow language (Version 2019-10-30).' };
  if (typeof start !== 'string' || start === '') return { problem: 'The flow has no StartAction.' };
  if (!model.byId.has(start)) return { problem: `StartAction "${start}" names no action.` };
  return start;
}

function resolvedParameters(state: ContactState, params: JsonObject): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(params)) {
    const r = resolveDeep(state, v);
    out[k] = r === undefined ? '' : r;
  }
  return out;
}

/** True when every key of `match` is in `value` with an equal value (objects compared the same way, deeply). */
export function contains(value: Json | undefined, match: Json | undefined): boolean {
  if (match === undefined) return true;
  if (typeof match !== 'object' || match === null) return sameResource(asText(match), asText(value));
  if (Array.isArray(match)) return JSON.stringify(value) === JSON.stringify(match);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(match).every(([k, m]) => contains((value as Record<string, Json>)[k], m));
}

export function describe(action: ActionEntry): string {
  return `${action.type ?? 'Action'} "${action.id ?? action.index}"`;
}

function branchName(b: TakenBranch): string {
  if (b.via === 'next') return 'NextAction';
  if (b.via === 'error') return `${b.label} error`;
  return `condition ${b.index + 1} (${b.label})`;
}
