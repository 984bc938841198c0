import { ACTION_SPECS, isObject, type ActionEntry, type JsonObject } from '../engine';
import { isOpen } from './hours';
import { asText, isTree, pathOf, resolveValue, type ContactState, type Json, type JsonTree } from './state';
import type { Simulation } from './simulation';
import type { CustomerInput, MockResult, OutcomeKind, ResolvedFlow } from './types';

/** How an action leaves: which branch kind to follow, or why the contact stops here. */
export type Exit = (
  | { kind: 'next' }
  | { kind: 'error'; errorType: string }
  /** Try the Conditions in order with `value` (or with `test`); none holds → NoMatchingCondition. */
  | { kind: 'conditions'; value?: Json; test?: (operator: string, operand: Json | undefined) => boolean }
  | { kind: 'stop'; outcome: OutcomeKind; message: string }
  /** TransferToFlow (call false) or InvokeFlowModule (call true). */
  | { kind: 'enter'; flow: ResolvedFlow; call: boolean }
  /** EndFlowModuleExecution. */
  | { kind: 'return' }
) & { note?: string };

export interface ActionContext {
  sim: Simulation;
  flow: ResolvedFlow;
  action: ActionEntry;
  params: JsonObject;
  state: ContactState;
  /** A parameter with references resolved (whole reference: its value; embedded: substituted text). */
  value(name: string): Json | undefined;
  text(name: string): string | undefined;
  resolvedParams(): Record<string, Json>;
  /** Emits FlowActionStarted for this action (with `extra` parameters the service reports, e.g. the working queue). */
  started(extra?: Record<string, Json>): void;
  /** Emits MessageReceived for a prompt (Text / SSML / PromptId / Media of `source`); false when it has none. */
  message(source: JsonObject): boolean;
  /** The customer's next input, or undefined when they stay silent. */
  input(expects: 'dtmf' | 'text'): CustomerInput | undefined;
  /** The override or driver result for this action, if any (consumed); `extra` parameters take part in matching. */
  mock(resource?: string, extra?: Record<string, Json>): MockResult | undefined;
  advance(seconds: number): void;
}

export type Semantics = (ctx: ActionContext) => Exit;

/** How the simulator treats each action type when the test says nothing: the table in docs/testing.md. */
export type DefaultBehaviour = 'continues' | 'branches' | 'ends' | 'needs a mock' | 'input' | 'flow';

function seconds(value: Json | undefined, fallback: number): number {
  const n = Number(asText(value));
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

/** Writes a Lambda / Lex / profile payload: a JSON text or object; anything else is ignored. */
function payload(data: Json | undefined): JsonTree {
  if (typeof data === 'string') {
    try {
      const parsed = JSON.parse(data) as unknown;
      return isTree(parsed) ? (parsed as JsonTree) : {};
    } catch {
      return {};
    }
  }
  return isTree(data) ? data : {};
}

function mockNeeded(ctx: ActionContext, what: string): Exit {
  return { kind: 'stop', outcome: 'needs-mock', message: `${ctx.action.type} "${ctx.action.id}" needs a mock: ${what}` };
}

/** Applies a mock's delay and turns an error result into the error exit; undefined for a result. */
function mockError(ctx: ActionContext, result: MockResult): Exit | undefined {
  if (result.kind !== 'substitute' && result.delaySeconds) ctx.advance(result.delaySeconds);
  if (result.kind === 'error') return { kind: 'error', errorType: result.errorType, note: `mocked error ${result.errorType}` };
  return undefined;
}

/**
 * Actions whose result only the real service knows (profiles, cases, metrics, Voice ID, ...): a mock gives the
 * value to branch on (`value`) and the data (`data`, written under `namespace`), or an error.
 */
export function needsMock(options: { namespace?: string; what?: string }): Semantics {
  return (ctx) => {
    ctx.started();
    const result = ctx.mock();
    if (!result || result.kind === 'substitute') return mockNeeded(ctx, options.what ?? 'its result depends on a service the simulator cannot see.');
    const err = mockError(ctx, result);
    if (err) return err;
    if (result.kind !== 'result') return { kind: 'next' };
    if (options.namespace && result.data !== undefined) ctx.state.data[options.namespace] = payload(result.data);
    const t = ctx.action.object?.Transitions;
    const hasConditions = isObject(t) && Array.isArray(t.Conditions) && t.Conditions.length > 0;
    if (hasConditions) return { kind: 'conditions', value: result.value ?? '', note: `mocked result ${result.value ?? ''}` };
    return { kind: 'next', note: 'mocked result' };
  };
}

const ends =
  (outcome: OutcomeKind, message: string): Semantics =>
  (ctx) => {
    ctx.started();
    return { kind: 'stop', outcome, message };
  };

function queueFromParams(ctx: ActionContext): { id: string; name: string } | undefined {
  const id = ctx.text('QueueId');
  if (id === undefined || id === '') return undefined;
  return { id, name: displayName(ctx, ['queue', 'Queue']) ?? lastSegment(id) };
}

/** The console's display name for a resource of this action (Metadata.ActionMetadata[id][key].text). */
function displayName(ctx: ActionContext, keys: string[]): string | undefined {
  const meta = ctx.flow.model.rootObject?.Metadata;
  const am = isObject(meta) && isObject(meta.ActionMetadata) ? meta.ActionMetadata[ctx.action.id ?? ''] : undefined;
  if (!isObject(am)) return undefined;
  for (const k of keys) {
    const v = am[k];
    if (isObject(v) && typeof v.text === 'string') return v.text;
    if (isObject(v) && typeof v.displayName === 'string') return v.displayName;
  }
  return undefined;
}

function lastSegment(id: string): string {
  const parts = id.split('/');
  return parts[parts.length - 1] || id;
}

function setQueue(ctx: ActionContext, id: string, name: string): void {
  ctx.state.data.Queue = { ARN: id, Id: lastSegment(id), Name: name, OutboundCallerId: {} };
}

const transferToQueue: Semantics = (ctx) => {
  // Without a QueueId of its own the action transfers to the working queue: observed and mocked with that queue.
  const working = ctx.state.data.Queue;
  const extra: Record<string, Json> = ctx.params.QueueId === undefined && isTree(working) && typeof working.ARN === 'string' ? { QueueId: working.ARN } : {};
  ctx.started(extra);
  const result = ctx.mock(ctx.text('QueueId') ?? (extra.QueueId as string | undefined), extra);
  if (result) {
    const err = mockError(ctx, result);
    if (err) return err;
    if (result.kind === 'substitute') setQueue(ctx, result.resource, lastSegment(result.resource));
  } else {
    const q = queueFromParams(ctx);
    if (q) setQueue(ctx, q.id, q.name);
  }
  const queue = ctx.state.data.Queue;
  if (!isTree(queue)) return { kind: 'error', errorType: 'NoMatchingError', note: 'no working queue is set' };
  return { kind: 'stop', outcome: 'queued', message: `The contact was placed in queue ${asText(queue.Name)}.` };
};

const updateTargetQueue: Semantics = (ctx) => {
  ctx.started();
  const q = queueFromParams(ctx);
  if (!q) return { kind: 'error', errorType: 'NoMatchingError', note: 'no QueueId' };
  setQueue(ctx, q.id, q.name);
  return { kind: 'next' };
};

const updateAttributes: Semantics = (ctx) => {
  ctx.started();
  const attrs = ctx.params.Attributes;
  if (isObject(attrs)) {
    const target = ctx.state.data.Attributes;
    const tree = isTree(target) ? target : (ctx.state.data.Attributes = {});
    for (const [k, v] of Object.entries(attrs)) tree[k] = asText(resolveValue(ctx.state, v));
  }
  return { kind: 'next' };
};

const updateFlowAttributes: Semantics = (ctx) => {
  ctx.started();
  const attrs = ctx.params.FlowAttributes;
  if (isObject(attrs)) {
    const target = ctx.state.data.FlowAttributes;
    const tree = isTree(target) ? target : (ctx.state.data.FlowAttributes = {});
    for (const [k, v] of Object.entries(attrs)) tree[k] = asText(resolveValue(ctx.state, isObject(v) ? v.Value : v));
  }
  return { kind: 'next' };
};

const updateContactData: Semantics = (ctx) => {
  ctx.started();
  for (const key of ['LanguageCode', 'Name', 'Description', 'CustomerId']) {
    const v = ctx.text(key);
    if (v !== undefined) ctx.state.data[key] = v;
  }
  return { kind: 'next' };
};

const updateVoice: Semantics = (ctx) => {
  ctx.started();
  const v = ctx.text('TextToSpeechVoice');
  if (v) ctx.state.data.TextToSpeechVoiceId = v;
  return { kind: 'next' };
};

const updateHooks: Semantics = (ctx) => {
  ctx.started();
  const hooks = ctx.params.EventHooks;
  if (isObject(hooks)) for (const [k, v] of Object.entries(hooks)) ctx.state.hooks[k] = asText(resolveValue(ctx.state, v));
  return { kind: 'next' };
};

const updateCallbackNumber: Semantics = (ctx) => {
  ctx.started();
  const n = ctx.text('CallbackNumber') ?? '';
  if (!/^\+[1-9][0-9]{6,14}$/.test(n)) return { kind: 'error', errorType: 'InvalidCallbackNumber', note: `"${n}" is not an E.164 number` };
  ctx.state.data.CallbackNumber = n;
  return { kind: 'next' };
};

const compare: Semantics = (ctx) => {
  ctx.started();
  const raw = ctx.params.ComparisonValue;
  const segments = typeof raw === 'string' ? pathOf(raw) : undefined;
  const value = segments ? resolveValue(ctx.state, raw) : ctx.value('ComparisonValue');
  return { kind: 'conditions', value, note: `value ${value === undefined ? '(absent)' : JSON.stringify(value)}` };
};

const distribute: Semantics = (ctx) => {
  ctx.started();
  const roll = Math.floor(ctx.sim.random() * 100) + 1;
  return { kind: 'conditions', value: String(roll), note: `random ${roll}` };
};

const loop: Semantics = (ctx) => {
  ctx.started();
  const key = `${ctx.flow.key}\u0000${ctx.action.id}`;
  const count = Math.floor(seconds(ctx.value('LoopCount'), 0));
  const done = ctx.state.loops.get(key) ?? 0;
  if (done < count) {
    ctx.state.loops.set(key, done + 1);
    return { kind: 'conditions', value: 'ContinueLooping', note: `iteration ${done + 1} of ${count}` };
  }
  ctx.state.loops.delete(key);
  return { kind: 'conditions', value: 'DoneLooping', note: `done after ${count}` };
};

const wait: Semantics = (ctx) => {
  ctx.started();
  const result = ctx.mock();
  if (result) {
    const err = mockError(ctx, result);
    if (err) return err;
    if (result.kind === 'result' && result.value) return { kind: 'conditions', value: result.value, note: `mocked ${result.value}` };
  }
  ctx.advance(seconds(ctx.value('TimeLimitSeconds'), 0));
  return { kind: 'conditions', value: 'WaitCompleted', note: 'time limit reached' };
};

const message: Semantics = (ctx) => {
  ctx.started();
  ctx.message(ctx.params);
  return { kind: 'next' };
};

const messageIteratively: Semantics = (ctx) => {
  ctx.started();
  const list = Array.isArray(ctx.params.Messages) ? ctx.params.Messages : [];
  for (const m of list) if (isObject(m)) ctx.message(m);
  const t = ctx.action.object?.Transitions;
  const interruptible = isObject(t) && Array.isArray(t.Conditions) && t.Conditions.length > 0 && ctx.params.InterruptFrequencySeconds !== undefined;
  if (interruptible) {
    ctx.advance(seconds(ctx.value('InterruptFrequencySeconds'), 0));
    return { kind: 'conditions', value: 'MessagesInterrupted', note: 'interrupted after the messages' };
  }
  return { kind: 'stop', outcome: 'waiting', message: 'The messages repeat until something outside the flow ends them.' };
};

const DIGITS = /^[0-9*#]+$/;

const getInput: Semantics = (ctx) => {
  ctx.started();
  ctx.message(ctx.params);
  const store = asText(ctx.value('StoreInput')).toLowerCase() === 'true';
  const input = ctx.input('dtmf');
  if (!input || input.kind === 'disconnect') {
    ctx.advance(seconds(ctx.value('InputTimeLimitSeconds'), 5));
    return { kind: 'error', errorType: 'InputTimeLimitExceeded', note: 'no input' };
  }
  const typed = input.value.trim();
  if (store) {
    const validation = ctx.params.InputValidation;
    let digits = typed.replace(/#$/, '');
    if (isObject(validation) && isObject(validation.CustomValidation)) {
      const max = Number(asText(resolveValue(ctx.state, validation.CustomValidation.MaximumLength)));
      if (Number.isFinite(max) && max > 0 && digits.length > max) {
        ctx.sim.keepDtmf(digits.slice(max));
        digits = digits.slice(0, max);
      }
    }
    if (isObject(validation) && isObject(validation.PhoneNumberValidation)) {
      const e164 = asText(resolveValue(ctx.state, validation.PhoneNumberValidation.NumberFormat)) === 'E164';
      const ok = e164 ? /^\+?[1-9][0-9]{6,14}$/.test(digits) : /^[0-9]{4,15}$/.test(digits);
      if (!ok) return { kind: 'error', errorType: 'InvalidPhoneNumber', note: `"${digits}" is not a phone number` };
    }
    ctx.state.data.StoredCustomerInput = digits;
    return { kind: 'next', note: `stored "${digits}"` };
  }
  if (input.kind === 'dtmf' && DIGITS.test(typed) && typed.length > 1) ctx.sim.keepDtmf(typed.slice(1));
  const key = input.kind === 'dtmf' ? typed.slice(0, 1) : typed;
  return { kind: 'conditions', value: key, note: `input "${key}"` };
};

const lexBot: Semantics = (ctx) => {
  ctx.started();
  ctx.message(ctx.params);
  const alias = isObject(ctx.params.LexV2Bot) ? asText(resolveValue(ctx.state, ctx.params.LexV2Bot.AliasArn)) : isObject(ctx.params.LexBot) ? asText(resolveValue(ctx.state, ctx.params.LexBot.Name)) : undefined;
  const result = ctx.mock(alias);
  if (result && result.kind !== 'substitute') {
    const err = mockError(ctx, result);
    if (err) return err;
    if (result.kind === 'result') {
      const data = payload(result.data);
      const intent = result.value ?? (typeof data.IntentName === 'string' ? data.IntentName : '');
      ctx.state.data.Lex = { ...data, IntentName: intent };
      return { kind: 'conditions', value: intent, note: `mocked intent ${intent}` };
    }
  }
  const input = ctx.input('text');
  if (!input || input.kind === 'disconnect') {
    ctx.advance(seconds(ctx.value('LexTimeoutSeconds'), 5));
    return { kind: 'error', errorType: 'InputTimeLimitExceeded', note: 'no input' };
  }
  // Without a mock: the utterance selects the intent whose name it equals (ignoring case and spaces).
  const said = input.value.trim();
  const norm = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
  return {
    kind: 'conditions',
    test: (op, operand) => {
      if (op !== 'Equals' || norm(asText(operand)) !== norm(said)) return false;
      ctx.state.data.Lex = { IntentName: asText(operand), InputTranscript: said };
      return true;
    },
    note: `utterance "${said}"`,
  };
};

const invokeLambda: Semantics = (ctx) => {
  ctx.started();
  const arn = ctx.text('LambdaFunctionARN') ?? '';
  let result = ctx.mock(arn);
  if (result?.kind === 'substitute') result = ctx.sim.options.mock?.({ flow: ctx.flow.key, actionId: ctx.action.id ?? '', actionType: 'InvokeLambdaFunction', parameters: { ...ctx.resolvedParams(), LambdaFunctionARN: result.resource }, resource: result.resource });
  if (!result || result.kind === 'substitute') return mockNeeded(ctx, `add an OverrideSystemBehavior with a MockResponse for ${arn || 'this function'}.`);
  const limit = seconds(ctx.value('InvocationTimeLimitSeconds'), 8);
  if (result.delaySeconds !== undefined && result.delaySeconds > limit) {
    ctx.advance(limit);
    return { kind: 'error', errorType: 'NoMatchingError', note: `the mock takes ${result.delaySeconds}s, over the ${limit}s limit` };
  }
  const err = mockError(ctx, result);
  if (err) return err;
  if (result.kind === 'result') ctx.state.data.External = payload(result.data);
  return { kind: 'next', note: 'mocked response' };
};

const checkHours: Semantics = (ctx) => {
  ctx.started();
  // Without HoursOfOperationId the working queue's hours are checked: keyed by the queue here.
  const queue = ctx.state.data.Queue;
  let id = ctx.text('HoursOfOperationId') ?? (isTree(queue) ? asText(queue.ARN) : '');
  const result = ctx.mock(id);
  if (result) {
    const err = mockError(ctx, result);
    if (err) return err;
    if (result.kind === 'result') {
      const v = (result.value ?? '').toLowerCase();
      const open = v === 'inhours' || v === 'true' || v === 'inhour';
      return { kind: 'conditions', value: open ? 'True' : 'False', note: `mocked ${open ? 'in hours' : 'out of hours'}` };
    }
    if (result.kind === 'substitute') id = result.resource;
  }
  const hours = ctx.sim.options.hours;
  const name = displayName(ctx, ['Hours', 'hours']) ?? (isTree(queue) && ctx.params.HoursOfOperationId === undefined ? asText(queue.Name) : undefined);
  const table = hours?.[id] ?? hours?.[lastSegment(id)] ?? (name !== undefined ? hours?.[name] : undefined) ?? hours?.['*'];
  if (!table) return mockNeeded(ctx, `give hours for ${id || 'it'} or an OverrideSystemBehavior (InHours / OutOfHours).`);
  const open = isOpen(table, ctx.sim.time);
  return { kind: 'conditions', value: open ? 'True' : 'False', note: open ? 'in hours' : 'out of hours' };
};

function enterFlow(kind: 'flow' | 'module', param: string, metaKeys: string[]): Semantics {
  return (ctx) => {
    ctx.started();
    const id = ctx.text(param) ?? '';
    const name = displayName(ctx, metaKeys);
    const found = ctx.sim.options.resolveFlow?.({ kind, id, ...(name !== undefined ? { name } : {}) });
    if (!found) return { kind: 'stop', outcome: 'unresolved-flow', message: `${ctx.action.type} "${ctx.action.id}" goes to ${name ? `"${name}" (${id})` : id || 'a flow it does not name'}, which is not among the flows given to the simulator.` };
    return { kind: 'enter', flow: found, call: kind === 'module' };
  };
}

const thirdParty: Semantics = (ctx) => {
  ctx.started();
  const result = ctx.mock(ctx.text('ThirdPartyPhoneNumber'));
  if (result) {
    const err = mockError(ctx, result);
    if (err) return err;
  }
  if (asText(ctx.value('ContinueFlowExecution')).toLowerCase() === 'true') return { kind: 'next' };
  return { kind: 'stop', outcome: 'transferred', message: `The call was transferred to ${ctx.text('ThirdPartyPhoneNumber') ?? 'a third party'}.` };
};

const MOCK_NAMESPACES: Record<string, string> = {
  GetCustomerProfile: 'Customer',
  GetCustomerProfileObject: 'Customer',
  GetCalculatedAttributesForCustomerProfile: 'Customer',
  CreateCustomerProfile: 'Customer',
  GetCase: 'Case',
  CreateCase: 'Case',
  GetMetricData: 'Metrics',
  CheckMetricData: 'Metrics',
};

/** Every other catalogue action: records its start and continues, unless a mock says otherwise. */
const continuesUnlessMocked: Semantics = (ctx) => {
  ctx.started();
  const result = ctx.mock();
  if (!result || result.kind === 'substitute') return { kind: 'next' };
  const err = mockError(ctx, result);
  if (err) return err;
  const ns = MOCK_NAMESPACES[ctx.action.type ?? ''];
  if (ns && result.kind === 'result' && result.data !== undefined) ctx.state.data[ns] = payload(result.data);
  return { kind: 'next', note: 'mocked result' };
};

/**
 * The table: per action type, what it does without a mock (docs/testing.md lists the same) and how it runs.
 * Catalogue types not listed continue; types the catalogue does not know need a mock.
 */
const TABLE: Record<string, [DefaultBehaviour, Semantics]> = {
  MessageParticipant: ['continues', message],
  MessageParticipantIteratively: ['branches', messageIteratively],
  GetParticipantInput: ['input', getInput],
  ConnectParticipantWithLexBot: ['input', lexBot],
  Compare: ['branches', compare],
  DistributeByPercentage: ['branches', distribute],
  Loop: ['branches', loop],
  Wait: ['branches', wait],
  InvokeLambdaFunction: ['needs a mock', invokeLambda],
  CheckHoursOfOperation: ['needs a mock', checkHours],
  UpdateContactAttributes: ['continues', updateAttributes],
  UpdateFlowAttributes: ['continues', updateFlowAttributes],
  UpdateContactData: ['continues', updateContactData],
  UpdateContactTextToSpeechVoice: ['continues', updateVoice],
  UpdateContactEventHooks: ['continues', updateHooks],
  UpdateContactTargetQueue: ['continues', updateTargetQueue],
  UpdateContactCallbackNumber: ['continues', updateCallbackNumber],
  TransferContactToQueue: ['ends', transferToQueue],
  DequeueContactAndTransferToQueue: ['ends', transferToQueue],
  TransferContactToAgent: ['ends', ends('transferred', 'The contact was transferred to an agent.')],
  TransferParticipantToThirdParty: ['ends', thirdParty],
  DisconnectParticipant: ['ends', ends('disconnected', 'The flow disconnected the contact.')],
  EndFlowExecution: ['ends', ends('disconnected', 'The flow ended.')],
  EndFlowModuleExecution: [
    'flow',
    (ctx) => {
      ctx.started();
      return { kind: 'return' };
    },
  ],
  TransferToFlow: ['flow', enterFlow('flow', 'ContactFlowId', ['ContactFlow', 'contactFlow'])],
  InvokeFlowModule: ['flow', enterFlow('module', 'FlowModuleId', ['FlowModule', 'flowModule', 'ContactFlow'])],
  // Results only the service knows.
  CheckMetricData: ['needs a mock', needsMock({ namespace: 'Metrics' })],
  CheckVoiceId: ['needs a mock', needsMock({})],
  CheckOutboundCallStatus: ['needs a mock', needsMock({})],
  CheckSegmentMembershipForCustomerProfile: ['needs a mock', needsMock({})],
  GetCustomerProfile: ['needs a mock', needsMock({ namespace: 'Customer' })],
  GetCustomerProfileObject: ['needs a mock', needsMock({ namespace: 'Customer' })],
  GetCalculatedAttributesForCustomerProfile: ['needs a mock', needsMock({ namespace: 'Customer' })],
  GetCase: ['needs a mock', needsMock({ namespace: 'Case' })],
  ShowView: ['needs a mock', needsMock({ what: 'the view waits for the agent or customer; mock its result (Next, Back, ...).' })],
  GetOutboundCommunicationStatus: ['needs a mock', needsMock({})],
  CheckCommunicationStatus: ['needs a mock', needsMock({})],
  // Early Voice ID actions (deprecated): the check needs a mock, setting the behaviour continues.
  CheckSecurityStatus: ['needs a mock', needsMock({})],
};
for (const spec of ACTION_SPECS) {
  TABLE[spec.type] ??= ['continues', continuesUnlessMocked];
  for (const alias of spec.aliases ?? []) TABLE[alias] ??= TABLE[spec.type];
}

/** Semantics per action type (aliases included). */
export const SEMANTICS: Record<string, Semantics> = Object.fromEntries(Object.entries(TABLE).map(([type, [, run]]) => [type, run]));

/** The default per action type, for docs and tests: what happens when a test gives no mock. */
export function defaultBehaviour(type: string): DefaultBehaviour {
  return TABLE[type]?.[0] ?? 'needs a mock';
}
