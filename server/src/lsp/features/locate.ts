import type { FlowModel, ChildSpan, JsonPath, Span } from '../../engine';
import { keysInText } from './textKeys';

/**
 * Where the cursor is in a flow document, found by descending the model's span index from the root to the cursor
 * (each step looks at one container's children), so a request costs the depth of the document, not its size.
 * Works on half-typed text too: the span index then reads jsonc-parser's tolerant tree.
 */
export type Cursor = KeyCursor | ValueCursor | ElementCursor;

interface CursorBase {
  /** Text that a completion replaces: the token under the cursor, or an empty range at the cursor. */
  start: number;
  end: number;
  /** What is typed inside the token before the cursor (without the opening quote). */
  prefix: string;
  /** Offset where a comma is missing before the insertion point (after the previous entry). */
  commaBefore?: number;
  /** An entry follows the insertion point with no comma in between. */
  commaAfter?: boolean;
}

/** On a property key (existing or about to be typed) of the object at `path`. */
export interface KeyCursor extends CursorBase {
  kind: 'key';
  path: JsonPath;
  /** The key under the cursor, when it already exists. */
  key?: string;
  /** The key under the cursor is already followed by a colon: a completion replaces the key only. */
  hasColon: boolean;
  /**
   * The other keys of the object (not the one under the cursor). Read from the text when it is not valid JSON, since
   * the tolerant tree loses the entry after a half-typed key (see `keysInText`).
   */
  siblings: string[];
  span?: ChildSpan;
}

/** On the value (existing or about to be typed) of the property or element at `path`. */
export interface ValueCursor extends CursorBase {
  kind: 'value';
  path: JsonPath;
  /** The value's first character: `"` for strings; undefined when there is no value yet. */
  open?: string;
  span?: ChildSpan;
}

/** Between the elements of the array at `path`: a new element goes here. */
export interface ElementCursor extends CursorBase {
  kind: 'element';
  path: JsonPath;
}

const WS = new Set([32, 9, 10, 13, 0xfeff]);

function startOf(c: Span): number {
  return c.keyStart ?? c.valueStart;
}

function hasValue(c: ChildSpan): boolean {
  return c.valueEnd > c.valueStart;
}

/** Where an entry's text ends: after its value, or after its key when it has no value yet. */
function endOf(c: ChildSpan): number {
  return hasValue(c) ? c.valueEnd : (c.keyEnd ?? c.valueEnd);
}

/** Whether `c` (the next character that is not whitespace) begins another entry, which then needs a comma before it. */
function beginsEntry(c: string | undefined): boolean {
  return c !== undefined && c !== ',' && c !== ':' && c !== '}' && c !== ']';
}

const WORD = /[A-Za-z0-9_$.-]/;

function closed(text: string, s: Span): boolean {
  const open = text.charCodeAt(s.valueStart);
  const last = text.charCodeAt(s.valueEnd - 1);
  if (s.valueEnd - s.valueStart < 2) return false;
  return (open === 123 && last === 125) || (open === 91 && last === 93) || (open === 34 && last === 34 && !escaped(text, s.valueEnd - 1, s.valueStart));
}

/** Whether the quote at `at` is escaped by an odd run of backslashes (after `from`). */
function escaped(text: string, at: number, from: number): boolean {
  let n = 0;
  for (let i = at - 1; i > from && text.charCodeAt(i) === 92; i--) n++;
  return (n & 1) === 1;
}

/** The punctuation between two offsets: commas, colons, and whether anything else is there. */
function gap(text: string, from: number, to: number): { commas: number; colon: boolean; other: boolean; last?: string } {
  const out = { commas: 0, colon: false, other: false, last: undefined as string | undefined };
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (WS.has(c)) continue;
    if (c === 44) {
      out.commas++;
      out.last = ',';
    } else if (c === 58) {
      out.colon = true;
      out.last = ':';
    } else {
      out.other = true;
      out.last = text[i];
    }
  }
  return out;
}

/** The first character at or after `from` that is not whitespace. */
function nextChar(text: string, from: number): string | undefined {
  let i = from;
  while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  return text[i];
}

/** Largest index whose child starts before `offset` (children are in text order). */
function childBefore(children: ChildSpan[], offset: number): number {
  let lo = 0;
  let hi = children.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(children[mid]) < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function locate(model: FlowModel, offset: number): Cursor | undefined {
  const text = model.text;
  let span: Span | undefined = model.spans.get([]);
  if (!span || offset <= span.valueStart || offset > span.valueEnd) return undefined;
  const path: Array<string | number> = [];
  for (let depth = 0; depth < 64; depth++) {
    const open = text.charCodeAt(span.valueStart);
    const isObject = open === 123;
    if (!isObject && open !== 91) return undefined;
    if (offset <= span.valueStart || (offset >= span.valueEnd && closed(text, span))) return undefined;
    const children = model.spans.children(path) ?? [];
    const index = childBefore(children, offset);
    const child = index >= 0 ? children[index] : undefined;
    const container = span;
    /** The keys of this object except the one whose token starts at `except`. */
    const siblings = (except?: number): string[] => {
      if (model.syntaxErrors.length === 0) return children.filter((c) => c.keyStart !== except).map((c) => String(c.key));
      return keysInText(text, container.valueStart)
        .filter((k) => k.start !== except)
        .map((k) => k.key);
    };
    if (child) {
      // On an existing key.
      if (isObject && child.keyStart !== undefined && child.keyEnd !== undefined && offset <= child.keyEnd) {
        const cursor: KeyCursor = {
          kind: 'key',
          path: [...path],
          key: String(child.key),
          hasColon: nextChar(text, child.keyEnd) === ':',
          siblings: siblings(child.keyStart),
          start: child.keyStart,
          end: child.keyEnd,
          prefix: text.slice(child.keyStart + 1, offset),
          span: child,
        };
        if (!cursor.hasColon) {
          // A key being typed: the completion writes a whole entry, which needs commas to its neighbours.
          cursor.commaAfter = beginsEntry(nextChar(text, child.keyEnd));
          const previous = children[index - 1];
          if (previous && gap(text, endOf(previous), child.keyStart).commas === 0) cursor.commaBefore = endOf(previous);
        }
        return cursor;
      }
      // Between a colon and the value after it. In half-typed text that value can be the next entry's key, which the
      // tolerant parser takes as the value of a key whose value is not typed yet (`"A": |` above `"B": "1"`).
      if (isObject && hasValue(child) && child.keyEnd !== undefined && offset > child.keyEnd && offset <= child.valueStart) {
        if (!gap(text, child.keyEnd, offset).colon || nextChar(text, child.valueEnd) !== ':') return undefined;
        return { kind: 'value', path: [...path, child.key], start: offset, end: offset, prefix: '', commaAfter: true };
      }
      // In or right after an existing value.
      if (hasValue(child) && offset > child.valueStart && offset <= child.valueEnd) {
        const c = text.charCodeAt(child.valueStart);
        if (c === 123 || c === 91) {
          if (offset < child.valueEnd || !closed(text, child)) {
            path.push(child.key);
            span = child;
            continue;
          }
        } else {
          return {
            kind: 'value',
            path: [...path, child.key],
            open: text[child.valueStart],
            start: child.valueStart,
            end: child.valueEnd,
            prefix: text.slice(child.valueStart + (c === 34 ? 1 : 0), offset),
            // A value typed in front of the next entry (no comma yet): the completion adds the comma.
            commaAfter: beginsEntry(nextChar(text, child.valueEnd)) || undefined,
            span: child,
          };
        }
      }
    }
    // In the gap after `child` (or before the first child). A bare word being typed there (no quotes yet) is replaced.
    const gapStart = child ? endOf(child) : span.valueStart + 1;
    let wordStart = offset;
    while (wordStart > gapStart && WORD.test(text[wordStart - 1])) wordStart--;
    let wordEnd = offset;
    while (wordEnd < text.length && WORD.test(text[wordEnd])) wordEnd++;
    const before = gap(text, gapStart, wordStart);
    // Read from the text, not from `next`: the tolerant tree skips the entry after a bare word.
    const commaAfter = beginsEntry(nextChar(text, wordEnd));
    const token = { start: wordStart, end: wordEnd, prefix: text.slice(wordStart, offset) };
    // Right after a whole key that has no colon yet (`"Ret" |`): the colon comes next, there is nothing to offer.
    if (isObject && child && child.keyEnd !== undefined && !hasValue(child) && !before.colon && before.commas === 0) return undefined;
    if (isObject && child && !hasValue(child) && before.colon && before.commas === 0) {
      return { kind: 'value', path: [...path, child.key], ...token, commaAfter, span: child };
    }
    const commaBefore = child && before.commas === 0 ? gapStart : undefined;
    if (isObject) return { kind: 'key', path: [...path], hasColon: false, siblings: siblings(), ...token, commaBefore, commaAfter };
    return { kind: 'element', path: [...path], ...token, commaBefore, commaAfter };
  }
  return undefined;
}
