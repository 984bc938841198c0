import { buildModel, rangeOf, type FlowModel } from '../../engine';
import { hoursProblem, type WeeklyHours } from '../hours';
import { isKnownOperator } from '../operators';
import { isTree, pathOf, type Channel, type Json, type JsonTree } from '../state';
import type { CustomerInput, MockResult } from '../types';
import { checkAgainstFlow } from './flowChecks';
import type { MatchingCriteria, Observation, OfflineSettings, Path, TestAction, TestCase, TestEvent, TestProblem } from './model';

/** `Version` values accepted: the service's (the flow language's) and the one the API reference's example shows. */
export const TEST_VERSIONS = ['2019-10-30', '2025-06-21'] as const;

/** Amazon Connect's flow-action overrides the testing language documents; others are an offline extension. */
export const DOCUMENTED_OVERRIDES = ['InvokeLambdaFunction', 'CheckHoursOfOperation', 'ConnectParticipantWithLexBot', 'TransferContactToQueue', 'DequeueAndTransferToQueue'];

export interface ReadResult {
  testCase: TestCase | undefined;
  problems: TestProblem[];
}

/** True when a parsed JSON value has the testing language's shape (an object with an `Observations` list). */
export function isTestCaseShape(root: unknown): boolean {
  return isTree(root) && Array.isArray(root.Observations);
}

class Reader {
  readonly problems: TestProblem[] = [];
  constructor(private readonly model: FlowModel) {}

  report(path: Path, message: string, target: 'key' | 'value' = 'value', severity: 'error' | 'warning' = 'error'): void {
    this.problems.push({ path, target, severity, message, range: rangeOf(this.model, path, target) });
  }

  /** Reports keys of `value` outside `allowed` (with the allowed list); false when `value` is not an object. */
  object(path: Path, value: unknown, what: string, allowed: readonly string[]): value is JsonTree {
    if (!isTree(value)) {
      this.report(path, `${what} must be an object.`);
      return false;
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.report([...path, key], `Unknown field "${key}" in ${what}; allowed: ${allowed.join(', ') || 'none'}.`, 'key');
    }
    return true;
  }

  string(path: Path, value: unknown, what: string, options: { required?: boolean; values?: readonly string[]; empty?: boolean } = {}): string | undefined {
    if (value === undefined) {
      if (options.required) this.report(path.slice(0, -1), `${what} is required.`, 'key');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.report(path, `${what} must be a string.`);
      return undefined;
    }
    if (!options.empty && value.trim() === '' && options.required) this.report(path, `${what} must not be empty.`);
    const v = value.trim();
    if (options.values && !options.values.includes(v)) {
      this.report(path, `${what} "${value}" is not one of ${options.values.join(', ')}.`);
      return undefined;
    }
    return v;
  }
}

export interface ReadOptions {
  /** The flow the test is for: adds warnings for observations that can never match and overrides never used. */
  flow?: FlowModel;
}

/** Reads a test case as the live API accepts it, and as the documentation writes it where the two differ. */
export function readTestCase(text: string, options: ReadOptions = {}): ReadResult {
  const model = buildModel(text);
  const r = new Reader(model);
  if (model.syntaxErrors.length > 0) {
    for (const e of model.syntaxErrors) r.problems.push({ path: [], target: 'value', severity: 'error', message: e.message, range: { start: model.lines.positionAt(e.offset), end: model.lines.positionAt(e.offset + e.length) } });
    return { testCase: undefined, problems: r.problems };
  }
  const root = model.root;
  if (!r.object([], root, 'A test case', ['Version', 'Metadata', 'Observations'])) return { testCase: undefined, problems: r.problems };
  const version = r.string(['Version'], root.Version, 'Version', { required: true });
  if (version !== undefined && !(TEST_VERSIONS as readonly string[]).includes(version)) r.report(['Version'], `Version "${version}" is not a testing-language version; the service accepts "2019-10-30" (the documentation's example shows "2025-06-21", also read here).`);
  const { settings, name } = readMetadata(r, root.Metadata);

  const observations: Observation[] = [];
  const byId = new Map<string, Observation>();
  if (!Array.isArray(root.Observations)) r.report(['Observations'], 'Observations must be a list.');
  else {
    if (root.Observations.length === 0) r.report(['Observations'], 'A test case needs at least one observation.');
    root.Observations.forEach((value, i) => {
      const o = readObservation(r, ['Observations', i], value, i);
      if (!o) return;
      if (byId.has(o.id)) r.report([...o.path, 'Identifier'], `Another observation already has the Identifier "${o.id}".`);
      else byId.set(o.id, o);
      observations.push(o);
    });
    for (const o of observations) {
      o.next.forEach((id, j) => {
        if (!byId.has(id)) r.report([...o.path, 'Transitions', 'NextObservations', j], `No observation has the Identifier "${id}".`);
      });
    }
    for (const o of observations) unreachable(r, o, observations);
  }
  const ok = !r.problems.some((p) => p.severity === 'error');
  const testCase: TestCase | undefined = ok ? { version: version ?? '', name, observations, byId, settings } : undefined;
  if (testCase && options.flow?.kind === 'flow') checkAgainstFlow(testCase, options.flow, (path, message) => r.report(path, message, 'value', 'warning'));
  return { testCase, problems: r.problems };
}

/** Observations reachable from no starting observation can never become active. */
function unreachable(r: Reader, o: Observation, all: Observation[]): void {
  const targeted = new Set(all.flatMap((x) => x.next));
  if (!targeted.has(o.id)) return; // a starting observation
  const starts = all.filter((x) => !targeted.has(x.id));
  const seen = new Set<string>();
  const queue = starts.map((s) => s.id);
  while (queue.length) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const n of all.find((x) => x.id === id)?.next ?? []) queue.push(n);
  }
  if (!seen.has(o.id)) r.report([...o.path, 'Identifier'], `Observation "${o.id}" can never become active: only observations in a cycle with no starting observation lead to it.`, 'value', 'warning');
}

const SETTINGS_KEYS = ['flow', 'attributes', 'hours', 'startTime', 'channel', 'seed', 'maxSteps', 'customerNumber', 'data'];
const CHANNELS: readonly Channel[] = ['VOICE', 'CHAT', 'TASK', 'EMAIL'];

function readMetadata(r: Reader, meta: unknown): { settings: OfflineSettings; name?: string } {
  const settings: OfflineSettings = {};
  if (meta === undefined) return { settings };
  if (!isTree(meta)) {
    r.report(['Metadata'], 'Metadata must be an object.');
    return { settings };
  }
  // The console's own keys: the entry point's channel and the initial attributes (InitializationData as text).
  const entry = meta.entryPoint;
  if (isTree(entry) && entry.Type === 'CHAT') settings.channel = 'CHAT';
  if (typeof meta.initializationData === 'string') {
    try {
      const init = JSON.parse(meta.initializationData) as unknown;
      if (isTree(init) && isTree(init.Attributes)) settings.attributes = stringMap(init.Attributes);
    } catch {
      r.report(['Metadata', 'initializationData'], 'initializationData must be JSON text such as {"Attributes":{"lang":"en"}}.', 'value', 'warning');
    }
  }
  const name = typeof meta.name === 'string' ? meta.name : undefined;
  const own = meta.connectFlowLint;
  if (own === undefined) return { settings, name };
  const base: Path = ['Metadata', 'connectFlowLint'];
  if (!r.object(base, own, 'Metadata.connectFlowLint', SETTINGS_KEYS)) return { settings, name };
  if (own.flow !== undefined) settings.flow = r.string([...base, 'flow'], own.flow, 'flow');
  if (own.attributes !== undefined) {
    if (isTree(own.attributes) && Object.values(own.attributes).every((v) => typeof v === 'string')) settings.attributes = { ...settings.attributes, ...stringMap(own.attributes) };
    else r.report([...base, 'attributes'], 'attributes must map names to text values.');
  }
  if (own.hours !== undefined) {
    if (!isTree(own.hours)) r.report([...base, 'hours'], 'hours must map an hours-of-operation id, ARN or name (or "*") to { "TimeZone", "Config": [...] }.');
    else {
      settings.hours = {};
      for (const [k, v] of Object.entries(own.hours)) {
        const problem = hoursProblem(v);
        if (problem) r.report([...base, 'hours', k], `hours "${k}": ${problem}.`);
        else settings.hours[k] = v as unknown as WeeklyHours;
      }
    }
  }
  if (own.startTime !== undefined) {
    const t = typeof own.startTime === 'string' ? Date.parse(own.startTime) : NaN;
    if (Number.isNaN(t)) r.report([...base, 'startTime'], 'startTime must be an ISO date and time such as "2026-01-05T10:00:00Z".');
    else settings.startTime = t;
  }
  if (own.channel !== undefined) settings.channel = r.string([...base, 'channel'], own.channel, 'channel', { values: CHANNELS }) as Channel | undefined;
  if (own.data !== undefined) {
    if (isTree(own.data)) settings.data = own.data;
    else r.report([...base, 'data'], 'data must be an object merged into the contact data, such as { "External": { "tier": "gold" } }.');
  }
  if (own.customerNumber !== undefined) settings.customerNumber = r.string([...base, 'customerNumber'], own.customerNumber, 'customerNumber');
  for (const key of ['seed', 'maxSteps'] as const) {
    const v = own[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) r.report([...base, key], `${key} must be a whole number of 1 or more.`);
    else settings[key] = v;
  }
  return { settings, name };
}

function stringMap(tree: JsonTree): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tree)) out[k] = typeof v === 'string' ? v : JSON.stringify(v);
  return out;
}

function readObservation(r: Reader, path: Path, value: unknown, index: number): Observation | undefined {
  if (!r.object(path, value, 'An observation', ['Identifier', 'Event', 'Actions', 'Usage', 'Transitions'])) return undefined;
  const id = r.string([...path, 'Identifier'], value.Identifier, 'The observation\'s Identifier', { required: true });
  const event = readEvent(r, [...path, 'Event'], value.Event);
  let times: number | 'any' = 1;
  if (value.Usage !== undefined && r.object([...path, 'Usage'], value.Usage, 'Usage', ['Type', 'Times'])) {
    const type = r.string([...path, 'Usage', 'Type'], value.Usage.Type, 'Usage.Type', { required: true });
    if (type !== undefined) {
      const upper = type.toUpperCase();
      if (upper === 'ANY') times = 'any';
      else if (upper === 'EXACTLY') {
        const n = value.Usage.Times;
        if (n !== undefined && (typeof n !== 'number' || !Number.isInteger(n) || n < 1)) r.report([...path, 'Usage', 'Times'], 'Usage.Times must be a whole number of 1 or more.');
        else if (typeof n === 'number') times = n;
      } else r.report([...path, 'Usage', 'Type'], `Usage.Type "${type}" is not EXACTLY or ANY.`);
    }
  }
  const next: string[] = [];
  if (value.Transitions !== undefined && r.object([...path, 'Transitions'], value.Transitions, 'An observation\'s Transitions', ['NextObservations'])) {
    const list = value.Transitions.NextObservations;
    if (list !== undefined) {
      if (!Array.isArray(list)) r.report([...path, 'Transitions', 'NextObservations'], 'NextObservations must be a list of observation Identifiers.');
      else list.forEach((n, j) => {
        const s = r.string([...path, 'Transitions', 'NextObservations', j], n, 'A NextObservations entry');
        if (s) next.push(s);
      });
    }
  }
  const actions: TestAction[] = [];
  if (value.Actions !== undefined) {
    if (!Array.isArray(value.Actions)) r.report([...path, 'Actions'], 'Actions must be a list.');
    else {
      const read = value.Actions.map((a, j) => readAction(r, [...path, 'Actions', j], a));
      actions.push(...orderActions(r, path, read));
    }
  }
  if (id === undefined || event === undefined) return undefined;
  return { id, index, path, event, actions, next, times };
}

/** Runs from the first action along NextAction; actions no chain reaches run after, in list order. */
function orderActions(r: Reader, path: Path, read: Array<{ action: TestAction; next?: string } | undefined>): TestAction[] {
  const items = read.filter((x): x is { action: TestAction; next?: string } => x !== undefined);
  const byId = new Map<string, (typeof items)[number]>();
  for (const x of items) {
    if (byId.has(x.action.id)) r.report([...x.action.path, 'Identifier'], `Another action of this observation already has the Identifier "${x.action.id}".`);
    else byId.set(x.action.id, x);
  }
  const out: TestAction[] = [];
  const done = new Set<string>();
  for (const start of items) {
    let cur: typeof start | undefined = start;
    while (cur && !done.has(cur.action.id)) {
      done.add(cur.action.id);
      out.push(cur.action);
      if (!cur.next) break;
      const nxt = byId.get(cur.next);
      if (!nxt) {
        r.report([...cur.action.path, 'Transitions', 'NextAction'], `No action of this observation has the Identifier "${cur.next}".`);
        break;
      }
      cur = nxt;
    }
  }
  void path;
  return out;
}

const EVENT_PROPS: Record<string, readonly string[]> = {
  TestInitiated: [],
  TestCompleted: [],
  MessageReceived: ['PromptId', 'Text', 'SSML', 'Media', 'MatchingCriteria'],
  FlowActionStarted: ['ActionType', 'ActionParameters'],
};

function readEvent(r: Reader, path: Path, value: unknown): TestEvent | undefined {
  if (!r.object(path, value, 'An Event', ['Identifier', 'Type', 'Actor', 'Properties', 'MatchingCriteria'])) return undefined;
  if (value.Identifier !== undefined) r.string([...path, 'Identifier'], value.Identifier, 'The event\'s Identifier');
  const type = r.string([...path, 'Type'], value.Type, 'Event Type', { required: true, values: Object.keys(EVENT_PROPS) });
  if (value.Actor !== undefined) r.string([...path, 'Actor'], value.Actor, 'Event Actor', { values: ['System', 'Agent'] });
  if (!type) return undefined;
  const propsPath = [...path, 'Properties'];
  const props = value.Properties ?? {};
  if (!r.object(propsPath, props, `The Properties of a ${type} event`, EVENT_PROPS[type])) return undefined;
  if (type === 'TestInitiated' || type === 'TestCompleted') return { type };
  if (type === 'FlowActionStarted') {
    const actionType = r.string([...propsPath, 'ActionType'], props.ActionType, 'ActionType', { required: true });
    const params = props.ActionParameters ?? {};
    if (!isTree(params)) r.report([...propsPath, 'ActionParameters'], 'ActionParameters must be an object.');
    return actionType ? { type, actionType, actionParameters: isTree(params) ? params : {} } : undefined;
  }
  // MessageReceived: MatchingCriteria inside Properties (the service) or beside it (the documentation's example),
  // as an object { "Type": ... } or as a bare string.
  const inside = props.MatchingCriteria !== undefined;
  const raw = inside ? props.MatchingCriteria : value.MatchingCriteria;
  const criteria = readCriteria(r, inside ? [...propsPath, 'MatchingCriteria'] : [...path, 'MatchingCriteria'], raw);
  const ev: TestEvent = { type: 'MessageReceived', criteria };
  const given: string[] = [];
  for (const [key, field] of [['Text', 'text'], ['SSML', 'ssml'], ['PromptId', 'promptId']] as const) {
    if (props[key] === undefined) continue;
    const s = r.string([...propsPath, key], props[key], key);
    if (s !== undefined) {
      ev[field] = s;
      given.push(key);
    }
  }
  if (props.Media !== undefined) {
    if (r.object([...propsPath, 'Media'], props.Media, 'Media', ['Uri', 'SourceType', 'MediaType'])) {
      ev.media = props.Media;
      given.push('Media');
    }
  }
  if (given.length > 1) r.report(propsPath, `A MessageReceived event names one of Text, SSML, PromptId or Media, not ${given.join(' and ')}.`, 'key');
  return ev;
}

function readCriteria(r: Reader, path: Path, raw: unknown): MatchingCriteria {
  if (raw === undefined) return 'Similarity';
  const values = ['Similarity', 'Inclusion'] as const;
  if (typeof raw === 'string') return (r.string(path, raw, 'MatchingCriteria', { values }) as MatchingCriteria | undefined) ?? 'Similarity';
  if (r.object(path, raw, 'MatchingCriteria', ['Type'])) return (r.string([...path, 'Type'], raw.Type, 'MatchingCriteria.Type', { required: true, values }) as MatchingCriteria | undefined) ?? 'Similarity';
  return 'Similarity';
}

const ACTION_TYPES = ['SendInstruction', 'Assert', 'OverrideSystemBehavior', 'TestControl'];

function readAction(r: Reader, path: Path, value: unknown): { action: TestAction; next?: string } | undefined {
  if (!r.object(path, value, 'An action', ['Identifier', 'Type', 'Parameters', 'Transitions', 'Actor'])) return undefined;
  const id = r.string([...path, 'Identifier'], value.Identifier, 'The action\'s Identifier', { required: true });
  const type = r.string([...path, 'Type'], value.Type, 'Action Type', { required: true, values: ACTION_TYPES });
  let next: string | undefined;
  if (value.Transitions !== undefined && r.object([...path, 'Transitions'], value.Transitions, 'An action\'s Transitions', ['NextAction'])) {
    const n = value.Transitions.NextAction;
    if (n !== undefined && n !== null) next = r.string([...path, 'Transitions', 'NextAction'], n, 'NextAction', { empty: true }) || undefined;
  }
  if (!id || !type) return undefined;
  const pp: Path = [...path, 'Parameters'];
  const p = value.Parameters;
  const base = { id, path };
  let action: TestAction | undefined;
  switch (type) {
    case 'SendInstruction': {
      if (!r.object(pp, p, 'SendInstruction Parameters', ['ActionType', 'Actor', 'Instruction'])) break;
      if (p.ActionType !== undefined) r.string([...pp, 'ActionType'], p.ActionType, 'ActionType', { values: ['SendInstruction'] });
      if (p.Actor !== undefined) r.string([...pp, 'Actor'], p.Actor, 'Actor', { values: ['Customer'] });
      const input = readInstruction(r, [...pp, 'Instruction'], p.Instruction);
      if (input) action = { ...base, kind: 'SendInstruction', input };
      break;
    }
    case 'Assert': {
      if (!r.object(pp, p, 'Assert Parameters', ['ActionType', 'Namespace', 'Operator', 'Operand'])) break;
      if (p.ActionType !== undefined) r.string([...pp, 'ActionType'], p.ActionType, 'ActionType', { values: ['Assert'] });
      const namespace = r.string([...pp, 'Namespace'], p.Namespace, 'Namespace', { required: true });
      if (namespace !== undefined && !pathOf(namespace)) r.report([...pp, 'Namespace'], `Namespace "${namespace}" is not a JSONPath reference such as $.Attributes.name or $.Queue.Name.`);
      const operator = r.string([...pp, 'Operator'], p.Operator, 'Operator', { required: true });
      if (operator !== undefined && !isKnownOperator(operator)) r.report([...pp, 'Operator'], `Operator "${operator}" is not one of Equals, TextStartsWith, TextEndsWith, TextContains, NumberGreaterThan, NumberGreaterOrEqualTo, NumberLessThan, NumberLessOrEqualTo, Exists.`);
      if (operator !== undefined && operator !== 'Exists' && p.Operand === undefined) r.report(pp, `Operator ${operator} needs an Operand.`, 'key');
      if (namespace && operator && isKnownOperator(operator) && pathOf(namespace)) action = { ...base, kind: 'Assert', namespace, operator, operand: p.Operand as Json | undefined };
      break;
    }
    case 'TestControl': {
      if (!r.object(pp, p, 'TestControl Parameters', ['ActionType', 'Command'])) break;
      if (p.ActionType !== undefined) r.string([...pp, 'ActionType'], p.ActionType, 'ActionType', { values: ['TestControl'] });
      const cp: Path = [...pp, 'Command'];
      // The documentation's object form; a bare "EndTest" string is read too.
      if (p.Command === 'EndTest') {
        action = { ...base, kind: 'EndTest' };
        break;
      }
      if (!r.object(cp, p.Command, 'Command', ['Type', 'Properties'])) break;
      const ct = r.string([...cp, 'Type'], p.Command.Type, 'Command Type', { required: true, values: ['EndTest', 'LogData'] });
      if (ct === 'EndTest') {
        if (p.Command.Properties !== undefined) r.object([...cp, 'Properties'], p.Command.Properties, 'EndTest Properties', []);
        action = { ...base, kind: 'EndTest' };
      } else if (ct === 'LogData') {
        const props = p.Command.Properties;
        if (!r.object([...cp, 'Properties'], props, 'LogData Properties', ['Expressions'])) break;
        if (!isTree(props.Expressions)) {
          r.report([...cp, 'Properties', 'Expressions'], 'Expressions must map labels to JSONPath references.');
          break;
        }
        const expressions: Record<string, string> = {};
        for (const [k, v] of Object.entries(props.Expressions)) {
          const s = r.string([...cp, 'Properties', 'Expressions', k], v, `Expression "${k}"`);
          if (s !== undefined) expressions[k] = s;
        }
        action = { ...base, kind: 'LogData', expressions };
      }
      break;
    }
    case 'OverrideSystemBehavior':
      action = readOverride(r, pp, p, base);
      break;
  }
  return action ? { action, next } : undefined;
}

function readInstruction(r: Reader, path: Path, value: unknown): CustomerInput | undefined {
  if (!r.object(path, value, 'Instruction', ['Type', 'Properties'])) return undefined;
  const type = r.string([...path, 'Type'], value.Type, 'Instruction Type', { required: true, values: ['DtmfInput', 'TextUtterance', 'TextInput', 'Disconnect'] });
  const pp: Path = [...path, 'Properties'];
  if (type === 'Disconnect') {
    if (value.Properties !== undefined) r.object(pp, value.Properties, 'Disconnect Properties', []);
    return { kind: 'disconnect' };
  }
  if (type === 'DtmfInput') {
    if (!r.object(pp, value.Properties, 'DtmfInput Properties', ['Value'])) return undefined;
    const v = value.Properties.Value;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return { kind: 'dtmf', value: String(v) };
    if (typeof v === 'string' && /^[0-9*#]+$/.test(v)) return { kind: 'dtmf', value: v };
    r.report([...pp, 'Value'], v === undefined ? 'DtmfInput needs a Value.' : 'A DTMF Value holds keypad keys only: digits, * and #.', v === undefined ? 'key' : 'value');
    return undefined;
  }
  if (type === 'TextUtterance' || type === 'TextInput') {
    const allowed = type === 'TextUtterance' ? ['Text', 'SSML', 'LanguageCode'] : ['Value'];
    if (!r.object(pp, value.Properties, `${type} Properties`, allowed)) return undefined;
    const props = value.Properties;
    const text = typeof props.Text === 'string' ? props.Text : typeof props.Value === 'string' ? props.Value : typeof props.SSML === 'string' ? props.SSML.replace(/<[^>]*>/g, '') : undefined;
    if (text === undefined) {
      r.report(pp, `${type} needs ${type === 'TextUtterance' ? 'Text or SSML' : 'a Value'}.`, 'key');
      return undefined;
    }
    return { kind: 'text', value: text };
  }
  return undefined;
}

function readOverride(r: Reader, pp: Path, p: unknown, base: { id: string; path: Path }): TestAction | undefined {
  if (!r.object(pp, p, 'OverrideSystemBehavior Parameters', ['ActionType', 'Behavior'])) return undefined;
  if (p.ActionType !== undefined) r.string([...pp, 'ActionType'], p.ActionType, 'ActionType', { values: ['OverrideSystemBehavior'] });
  const bp: Path = [...pp, 'Behavior'];
  if (!r.object(bp, p.Behavior, 'Behavior', ['Type', 'Properties'])) return undefined;
  r.string([...bp, 'Type'], p.Behavior.Type, 'Behavior Type', { required: true, values: ['FlowAction'] });
  const prp: Path = [...bp, 'Properties'];
  const props = p.Behavior.Properties;
  if (!r.object(prp, props, 'Behavior Properties', ['ActionType', 'ActionParameters', 'Strategy'])) return undefined;
  const actionType = r.string([...prp, 'ActionType'], props.ActionType, 'ActionType', { required: true });
  if (actionType && !DOCUMENTED_OVERRIDES.includes(actionType)) r.report([...prp, 'ActionType'], `Amazon Connect documents overrides for ${DOCUMENTED_OVERRIDES.join(', ')} only: the simulator uses this one, the service may reject it.`, 'value', 'warning');
  const params = props.ActionParameters ?? {};
  if (!isTree(params)) r.report([...prp, 'ActionParameters'], 'ActionParameters must be an object naming the resource to override.');
  const sp: Path = [...prp, 'Strategy'];
  const s = props.Strategy;
  if (!r.object(sp, s, 'Strategy', ['Type', 'SubstituteArn', 'Response'])) return undefined;
  const st = r.string([...sp, 'Type'], s.Type, 'Strategy Type', { required: true, values: ['SubstituteResource', 'MockResponse'] });
  let result: MockResult | undefined;
  if (st === 'SubstituteResource') {
    const arn = r.string([...sp, 'SubstituteArn'], s.SubstituteArn, 'SubstituteArn', { required: true });
    if (s.Response !== undefined) r.report([...sp, 'Response'], 'A SubstituteResource strategy has no Response.', 'key');
    if (arn) result = { kind: 'substitute', resource: arn };
  } else if (st === 'MockResponse') {
    if (s.SubstituteArn !== undefined) r.report([...sp, 'SubstituteArn'], 'A MockResponse strategy has no SubstituteArn.', 'key');
    result = readResponse(r, [...sp, 'Response'], s.Response, actionType);
  }
  // Where the documentation nests the action's Transitions inside Parameters (one of its hours examples) it is ignored.
  if (!actionType || !result || !isTree(params)) return undefined;
  return { ...base, kind: 'OverrideSystemBehavior', actionType: actionType === 'DequeueAndTransferToQueue' ? 'DequeueContactAndTransferToQueue' : actionType, match: params, result };
}

function readResponse(r: Reader, path: Path, value: unknown, actionType: string | undefined): MockResult | undefined {
  if (!r.object(path, value, 'Response', ['Type', 'ExecutionResult', 'Error'])) return undefined;
  const type = r.string([...path, 'Type'], value.Type, 'Response Type', { required: true, values: ['ExecutionResult', 'Error'] });
  const delay = (obj: JsonTree, p: Path): number | undefined => {
    const d = obj.DelaySeconds;
    if (d === undefined) return undefined;
    if (typeof d !== 'number' || d < 0) {
      r.report([...p, 'DelaySeconds'], 'DelaySeconds must be a number of seconds.');
      return undefined;
    }
    return d;
  };
  if (type === 'ExecutionResult') {
    const ep: Path = [...path, 'ExecutionResult'];
    if (!r.object(ep, value.ExecutionResult, 'ExecutionResult', ['DelaySeconds', 'LoadedData', 'Value'])) return undefined;
    const er = value.ExecutionResult;
    const out: MockResult = { kind: 'result' };
    const d = delay(er, ep);
    if (d !== undefined) out.delaySeconds = d;
    if (er.LoadedData !== undefined) {
      if (typeof er.LoadedData !== 'string') r.report([...ep, 'LoadedData'], 'LoadedData is serialized JSON: a string such as "{\\"tier\\":\\"gold\\"}".');
      else out.data = er.LoadedData;
    }
    if (er.Value !== undefined) {
      if (typeof er.Value !== 'string') r.report([...ep, 'Value'], 'Value must be a string.');
      else if (actionType === 'InvokeLambdaFunction' && out.data === undefined) out.data = er.Value;
      else out.value = er.Value;
    }
    if (actionType === 'CheckHoursOfOperation' && out.value !== undefined && !['InHours', 'OutOfHours'].includes(out.value)) r.report([...ep, 'Value'], `An hours-of-operation result is InHours or OutOfHours, not "${out.value}".`);
    return out;
  }
  if (type === 'Error') {
    const ep: Path = [...path, 'Error'];
    if (!r.object(ep, value.Error, 'Error', ['DelaySeconds', 'Value'])) return undefined;
    const errorType = r.string([...ep, 'Value'], value.Error.Value, 'The error (Value)', { required: true });
    if (!errorType) return undefined;
    const out: MockResult = { kind: 'error', errorType };
    const d = delay(value.Error, ep);
    if (d !== undefined) out.delaySeconds = d;
    return out;
  }
  return undefined;
}
