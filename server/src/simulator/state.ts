/**
 * The contact's data as a flow sees it through JSONPath (`$.Attributes.x`, `$.External.y`, `$.Queue.Name`, ...),
 * plus what the simulator keeps beside it (hooks, loop counters). Reading and writing go through one tree so that
 * `Compare`, prompts with references and test assertions all see the same values.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonTree = { [key: string]: Json };

export type Channel = 'VOICE' | 'CHAT' | 'TASK' | 'EMAIL';

export interface InitialContact {
  /** User-defined contact attributes (`$.Attributes`). */
  attributes?: Record<string, string>;
  channel?: Channel;
  customerNumber?: string;
  systemNumber?: string;
  languageCode?: string;
  /** Anything else to merge into the data tree at the start, e.g. `{ "Customer": { "FirstName": "Ana" } }`. */
  data?: JsonTree;
}

export interface ContactState {
  /** The tree that references read: Attributes, External, Lex, Queue, StoredCustomerInput, Channel, ... */
  data: JsonTree;
  /** Event hooks set by UpdateContactEventHooks (hook name to flow). */
  hooks: Record<string, string>;
  /** Loop counters, by flow key and action id. */
  loops: Map<string, number>;
}

export function initialState(initial: InitialContact = {}): ContactState {
  const channel = initial.channel ?? 'VOICE';
  const data: JsonTree = {
    Attributes: { ...(initial.attributes ?? {}) },
    External: {},
    Lex: {},
    FlowAttributes: {},
    Channel: channel,
    ContactId: '00000000-0000-4000-8000-000000000001',
    InitialContactId: '00000000-0000-4000-8000-000000000001',
    InitiationMethod: 'INBOUND',
    InstanceARN: 'arn:aws:connect:us-east-1:000000000000:instance/00000000-0000-4000-8000-000000000000',
    AwsRegion: 'us-east-1',
    LanguageCode: initial.languageCode ?? 'en-US',
    TextToSpeechVoiceId: 'Joanna',
    CustomerEndpoint: { Address: initial.customerNumber ?? '+15555550100', Type: channel === 'VOICE' ? 'TELEPHONE_NUMBER' : 'OTHER' },
    SystemEndpoint: { Address: initial.systemNumber ?? '+15555550199', Type: channel === 'VOICE' ? 'TELEPHONE_NUMBER' : 'OTHER' },
  };
  if (initial.data) for (const [k, v] of Object.entries(initial.data)) data[k] = mergeJson(data[k], v);
  return { data, hooks: {}, loops: new Map() };
}

function mergeJson(base: Json | undefined, extra: Json): Json {
  if (isTree(base) && isTree(extra)) {
    const out: JsonTree = { ...base };
    for (const [k, v] of Object.entries(extra)) out[k] = mergeJson(out[k], v);
    return out;
  }
  return extra;
}

export function isTree(value: unknown): value is JsonTree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const SINGLE = /^\$(?:\.[A-Za-z0-9_-]+|\[(?:'[^']*'|"[^"]*"|[0-9]+)\])+$/;
const SEGMENT = /\.([A-Za-z0-9_-]+)|\['([^']*)'\]|\["([^"]*)"\]|\[([0-9]+)\]/g;
/** A reference inside text: `$.` then segments. A trailing dot (end of a sentence) is not a segment. */
const EMBEDDED = /\$(?:\.[A-Za-z0-9_-]+|\['[^']*'\]|\["[^"]*"\]|\[[0-9]+\])+/g;

/** The segments of a whole-value reference (`$.Attributes['a b'].c` → Attributes, a b, c), else undefined. */
export function pathOf(reference: string): string[] | undefined {
  if (reference.length > 2000 || !SINGLE.test(reference)) return undefined;
  const out: string[] = [];
  SEGMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEGMENT.exec(reference))) out.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return out;
}

/** The value at a path of the tree, or undefined. */
export function readPath(state: ContactState, segments: readonly string[]): Json | undefined {
  let node: Json | undefined = state.data;
  for (const s of segments) {
    if (Array.isArray(node)) node = /^[0-9]+$/.test(s) ? node[Number(s)] : undefined;
    else if (isTree(node)) node = Object.prototype.hasOwnProperty.call(node, s) ? node[s] : undefined;
    else return undefined;
  }
  return node;
}

/** Reads a JSONPath reference; undefined when the text is not a reference or the value is absent. */
export function readReference(state: ContactState, reference: string): Json | undefined {
  const segments = pathOf(reference);
  return segments ? readPath(state, segments) : undefined;
}

export function writePath(state: ContactState, segments: readonly string[], value: Json): void {
  if (segments.length === 0) return;
  let node: JsonTree = state.data;
  for (const s of segments.slice(0, -1)) {
    const next = node[s];
    if (isTree(next)) node = next;
    else {
      const created: JsonTree = {};
      node[s] = created;
      node = created;
    }
  }
  node[segments[segments.length - 1]] = value;
}

/** How a value reads as text: strings as they are, numbers and booleans printed, objects as JSON. */
export function asText(value: Json | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * A parameter value as the action sees it: a whole reference is read (absent → undefined), text with references
 * inside gets them replaced by their values (absent → empty), anything else is returned as written.
 */
export function resolveValue(state: ContactState, value: unknown): Json | undefined {
  if (typeof value !== 'string') return value as Json | undefined;
  if (!value.includes('$')) return value;
  const segments = pathOf(value);
  if (segments) return readPath(state, segments);
  return value.replace(EMBEDDED, (ref) => asText(readReference(state, ref)));
}

/** `resolveValue` as text. */
export function resolveText(state: ContactState, value: unknown): string | undefined {
  const v = resolveValue(state, value);
  return v === undefined ? undefined : asText(v);
}

/** `resolveValue` through objects and lists too (Lambda invocation attributes, nested parameters). */
export function resolveDeep(state: ContactState, value: unknown, depth = 0): Json | undefined {
  if (depth > 20) return undefined;
  if (Array.isArray(value)) return value.map((v) => resolveDeep(state, v, depth + 1) ?? '');
  if (isTree(value as Json)) {
    const out: JsonTree = {};
    for (const [k, v] of Object.entries(value as JsonTree)) out[k] = resolveDeep(state, v, depth + 1) ?? '';
    return out;
  }
  return resolveValue(state, value);
}
