import type { Node } from 'jsonc-parser';

/** A path into the JSON document: object keys and array indexes. */
export type JsonPath = ReadonlyArray<string | number>;

/** Where a property (or array element) sits in the text. Key fields are absent for array elements and the root. */
export interface Span {
  keyStart?: number;
  keyEnd?: number;
  valueStart: number;
  valueEnd: number;
}

/** Finds the text span of a value by its path. Implementations compute lazily and cache what they scan. */
export interface SpanIndex {
  get(path: JsonPath): Span | undefined;
  /** Direct children of the container at `path`, in text order (for objects: every key, duplicates included). */
  children(path: JsonPath): ChildSpan[] | undefined;
}

export interface ChildSpan extends Span {
  key: string | number;
}

/**
 * Span index over text that JSON.parse accepted. Each container is scanned once, when a path first goes
 * through it: its children's key and value spans are recorded, and nested values are skipped without being
 * looked at (strings via indexOf, containers by counting brackets). Nothing outside the paths asked for
 * is ever indexed, so a diagnostic-free document costs nothing here.
 */
export class ScannedSpanIndex implements SpanIndex {
  private readonly containers = new Map<number, ChildSpan[]>();
  private readonly rootStart: number;
  private rootEnd: number | undefined;

  constructor(private readonly text: string) {
    this.rootStart = skipWs(text, 0);
  }

  get(path: JsonPath): Span | undefined {
    if (path.length === 0) {
      // JSON.parse accepted this text, so only whitespace follows the root value: its end is found from the back
      // of the text without scanning the document (a forward scan costs about a third of JSON.parse).
      this.rootEnd ??= trimmedEnd(this.text);
      return { valueStart: this.rootStart, valueEnd: this.rootEnd };
    }
    let children = this.scan(this.rootStart);
    let found: ChildSpan | undefined;
    for (let i = 0; i < path.length; i++) {
      if (!children) return undefined;
      found = pick(children, path[i]);
      if (!found) return undefined;
      if (i < path.length - 1) children = this.scan(found.valueStart);
    }
    return found;
  }

  children(path: JsonPath): ChildSpan[] | undefined {
    const span = this.get(path);
    return span ? this.scan(span.valueStart) : undefined;
  }

  private scan(start: number): ChildSpan[] | undefined {
    const cached = this.containers.get(start);
    if (cached) return cached;
    const c = this.text.charCodeAt(start);
    let result: ChildSpan[] | undefined;
    if (c === 123) result = scanObject(this.text, start);
    else if (c === 91) result = scanArray(this.text, start);
    if (result) this.containers.set(start, result);
    return result;
  }
}

/** Key lookup for objects with many keys, built on first use: one lookup per key would otherwise be quadratic. */
const keyMaps = new WeakMap<ChildSpan[], Map<string | number, ChildSpan>>();

function pick(children: ChildSpan[], key: string | number): ChildSpan | undefined {
  if (typeof key === 'number') {
    const child = children[key];
    return child && child.key === key ? child : undefined;
  }
  if (children.length > 32) {
    let map = keyMaps.get(children);
    if (!map) {
      map = new Map();
      // Later entries overwrite earlier ones: the last duplicate wins, as in JSON.parse.
      for (const child of children) map.set(child.key, child);
      keyMaps.set(children, map);
    }
    return map.get(key);
  }
  // The last duplicate wins, as in JSON.parse.
  for (let i = children.length - 1; i >= 0; i--) if (children[i].key === key) return children[i];
  return undefined;
}

function skipWs(t: string, i: number): number {
  for (;;) {
    const c = t.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff) i++;
    else return i;
  }
}

/** Index just after the last character that is not JSON whitespace. */
function trimmedEnd(t: string): number {
  let i = t.length;
  for (;;) {
    const c = t.charCodeAt(i - 1);
    if (c === 32 || c === 10 || c === 13 || c === 9) i--;
    else return i;
  }
}

/** Index just after the closing quote of the string whose opening quote is at `i`. */
export function stringEnd(t: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const q = t.indexOf('"', j);
    if (q < 0) return t.length;
    let b = q - 1;
    while (b > i && t.charCodeAt(b) === 92) b--;
    if (((q - 1 - b) & 1) === 0) return q + 1;
    j = q + 1;
  }
}

function valueEnd(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c === 34) return stringEnd(t, i);
  if (c === 123 || c === 91) return containerEnd(t, i);
  let j = i;
  for (;;) {
    const ch = t.charCodeAt(j);
    if (j >= t.length || ch === 44 || ch === 125 || ch === 93 || ch === 32 || ch === 10 || ch === 13 || ch === 9) return j;
    j++;
  }
}

const NONE = Number.MAX_SAFE_INTEGER;

function next(t: string, ch: string, from: number): number {
  const k = t.indexOf(ch, from);
  return k < 0 ? NONE : k;
}

/**
 * End of the object or array opening at `i`. Instead of visiting every character, it keeps the next position of each
 * of `"{}[]` (found with indexOf, which runs at native speed over indentation and long runs of text) and jumps from
 * one to the next; strings are skipped whole.
 */
function containerEnd(t: string, i: number): number {
  let depth = 0;
  let quote = next(t, '"', i);
  let openBrace = next(t, '{', i);
  let closeBrace = next(t, '}', i);
  let openBracket = next(t, '[', i);
  let closeBracket = next(t, ']', i);
  for (;;) {
    const k = Math.min(quote, openBrace, closeBrace, openBracket, closeBracket);
    if (k === NONE) return t.length;
    if (k === quote) {
      const j = stringEnd(t, k);
      quote = next(t, '"', j);
      if (openBrace < j) openBrace = next(t, '{', j);
      if (closeBrace < j) closeBrace = next(t, '}', j);
      if (openBracket < j) openBracket = next(t, '[', j);
      if (closeBracket < j) closeBracket = next(t, ']', j);
      continue;
    }
    if (k === openBrace) {
      depth++;
      openBrace = next(t, '{', k + 1);
    } else if (k === openBracket) {
      depth++;
      openBracket = next(t, '[', k + 1);
    } else {
      if (--depth === 0) return k + 1;
      if (k === closeBrace) closeBrace = next(t, '}', k + 1);
      else closeBracket = next(t, ']', k + 1);
    }
  }
}

function decodeKey(t: string, start: number, end: number): string {
  const raw = t.slice(start + 1, end - 1);
  return raw.indexOf('\\') < 0 ? raw : (JSON.parse(t.slice(start, end)) as string);
}

function scanObject(t: string, open: number): ChildSpan[] {
  const out: ChildSpan[] = [];
  let i = skipWs(t, open + 1);
  while (t.charCodeAt(i) === 34) {
    const keyStart = i;
    const keyEnd = stringEnd(t, i);
    i = skipWs(t, keyEnd);
    if (t.charCodeAt(i) !== 58) break;
    const valueStart = skipWs(t, i + 1);
    const end = valueEnd(t, valueStart);
    out.push({ key: decodeKey(t, keyStart, keyEnd), keyStart, keyEnd, valueStart, valueEnd: end });
    i = skipWs(t, end);
    if (t.charCodeAt(i) !== 44) break;
    i = skipWs(t, i + 1);
  }
  return out;
}

function scanArray(t: string, open: number): ChildSpan[] {
  const out: ChildSpan[] = [];
  let i = skipWs(t, open + 1);
  if (t.charCodeAt(i) === 93) return out;
  while (i < t.length) {
    const end = valueEnd(t, i);
    out.push({ key: out.length, valueStart: i, valueEnd: end });
    i = skipWs(t, end);
    if (t.charCodeAt(i) !== 44) break;
    i = skipWs(t, i + 1);
  }
  return out;
}

/**
 * Span index over jsonc-parser's tolerant tree, used when the text is not valid JSON. Each object's keys are put in
 * a map the first time a path goes through it, and each container's children list is built once: a lookup costs
 * the depth of the path, not the number of siblings (findNodeAtLocation scans every sibling, which made a half-typed
 * file with thousands of keys quadratic).
 */
export class TreeSpanIndex implements SpanIndex {
  private readonly keyMaps = new WeakMap<Node, Map<string, Node>>();
  private readonly childLists = new WeakMap<Node, ChildSpan[]>();

  constructor(private readonly root: Node | undefined) {}

  private node(path: JsonPath): Node | undefined {
    let node = this.root;
    for (const segment of path) {
      if (!node || !node.children) return undefined;
      if (typeof segment === 'number') {
        node = node.type === 'array' && segment >= 0 ? node.children[segment] : undefined;
      } else {
        node = node.type === 'object' ? this.keyMap(node).get(segment) : undefined;
      }
    }
    return node;
  }

  /** Property name to value node; the first of duplicate keys, as findNodeAtLocation picks it. */
  private keyMap(object: Node): Map<string, Node> {
    let map = this.keyMaps.get(object);
    if (!map) {
      map = new Map();
      for (const property of object.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value && property.children!.length === 2 && !map.has(String(key.value))) map.set(String(key.value), value);
      }
      this.keyMaps.set(object, map);
    }
    return map;
  }

  get(path: JsonPath): Span | undefined {
    const node = this.node(path);
    if (!node) return undefined;
    return nodeSpan(node);
  }

  children(path: JsonPath): ChildSpan[] | undefined {
    const node = this.node(path);
    if (!node || !node.children || (node.type !== 'object' && node.type !== 'array')) return undefined;
    const cached = this.childLists.get(node);
    if (cached) return cached;
    const out: ChildSpan[] = [];
    node.children.forEach((child, index) => {
      if (node.type === 'array') out.push({ key: index, ...nodeSpan(child) });
      else if (child.children && child.children[0]) {
        const span = nodeSpan(child.children[1] ?? child.children[0]);
        out.push({ key: String(child.children[0].value), ...span, keyStart: child.children[0].offset, keyEnd: child.children[0].offset + child.children[0].length });
        if (!child.children[1]) {
          out[out.length - 1].valueStart = out[out.length - 1].keyEnd!;
          out[out.length - 1].valueEnd = out[out.length - 1].keyEnd!;
        }
      }
    });
    this.childLists.set(node, out);
    return out;
  }
}

function nodeSpan(node: Node): Span {
  const span: Span = { valueStart: node.offset, valueEnd: node.offset + node.length };
  const parent = node.parent;
  if (parent && parent.type === 'property' && parent.children && parent.children[0]) {
    const key = parent.children[0];
    span.keyStart = key.offset;
    span.keyEnd = key.offset + key.length;
  }
  return span;
}

/**
 * Whether some object on the way to `path` has the path's next key more than once (`{"a":1,"a":2}`). JSON.parse,
 * and so every rule, reads the last copy; jsonc-parser's tools follow the first.
 */
export function duplicateKeyOnPath(spans: SpanIndex, path: JsonPath): boolean {
  for (let i = 0; i < path.length; i++) {
    if (typeof path[i] === 'number') continue;
    const children = spans.children(path.slice(0, i));
    if (!children) return false;
    let n = 0;
    for (const c of children) if (c.key === path[i] && ++n > 1) return true;
  }
  return false;
}
