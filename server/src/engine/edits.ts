import { modify, type FormattingOptions, type ModificationOptions } from 'jsonc-parser';
import type { FlowModel } from './model';
import type { TextEdit } from './rules/rule';
import { duplicateKeyOnPath, type JsonPath, type Span } from './text/spanIndex';

/**
 * Small, style-keeping JSON edits for quick fixes. Replacing a value or a key is a plain span replacement (exactly
 * what a person would type). Inserting or removing a property goes through jsonc-parser's `modify`, run on the text
 * of the enclosing action only (not the whole document), with indentation detected from the file.
 */

const formattingCache = new WeakMap<FlowModel, FormattingOptions | null>();

/** The file's indentation style, or undefined for a file on one line (edits then stay on that line too). */
export function formattingOf(model: FlowModel): FormattingOptions | undefined {
  const cached = formattingCache.get(model);
  if (cached !== undefined) return cached ?? undefined;
  const result = detectFormatting(model.text);
  formattingCache.set(model, result ?? null);
  return result;
}

export function detectFormatting(text: string): FormattingOptions | undefined {
  const firstNewline = text.indexOf('\n');
  if (firstNewline < 0) return undefined;
  const eol = text.charCodeAt(firstNewline - 1) === 13 ? '\r\n' : '\n';
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const indent = /\n([ \t]+)\S/g;
  let smallest = Infinity;
  let tabs = 0;
  let spaces = 0;
  let m: RegExpExecArray | null;
  for (let n = 0; n < 200 && (m = indent.exec(sample)); n++) {
    if (m[1].charCodeAt(0) === 9) tabs++;
    else {
      spaces++;
      smallest = Math.min(smallest, m[1].length);
    }
  }
  if (tabs > spaces) return { insertSpaces: false, tabSize: 4, eol };
  return { insertSpaces: true, tabSize: Number.isFinite(smallest) ? smallest : 2, eol };
}

/** Replaces the value at `path` with `value` written as JSON. */
export function replaceValue(model: FlowModel, path: JsonPath, value: unknown): TextEdit[] {
  const span = model.spans.get(path);
  if (!span) return [];
  return [{ offset: span.valueStart, length: span.valueEnd - span.valueStart, content: JSON.stringify(value) }];
}

/** Renames the property at `path`, keeping its value where it is. */
export function renameKey(model: FlowModel, path: JsonPath, key: string): TextEdit[] {
  const span = model.spans.get(path);
  if (!span || span.keyStart === undefined || span.keyEnd === undefined) return [];
  return [{ offset: span.keyStart, length: span.keyEnd - span.keyStart, content: JSON.stringify(key) }];
}

/**
 * Removes the property (or array element) at `path` with its comma, leaving the lines around it as they were:
 * from its start to the next sibling's start, or from the previous sibling's end when it is the last one.
 */
export function removeAt(model: FlowModel, path: JsonPath): TextEdit[] {
  if (path.length === 0) return [];
  const span = model.spans.get(path);
  const parent = model.spans.get(path.slice(0, -1));
  const siblings = model.spans.children(path.slice(0, -1));
  if (!span || !parent || !siblings) return [];
  const start = (s: Span) => s.keyStart ?? s.valueStart;
  const index = siblings.findIndex((c) => start(c) === start(span));
  if (index < 0) return [];
  const next = siblings[index + 1];
  const previous = siblings[index - 1];
  let from: number;
  let to: number;
  if (next) [from, to] = [start(span), start(next)];
  else if (previous) [from, to] = [previous.valueEnd, span.valueEnd];
  else [from, to] = [parent.valueStart + 1, parent.valueEnd - 1];
  if (to < from) return [];
  return [{ offset: from, length: to - from, content: '' }];
}

/** Where a new property goes among its siblings: last (default), first, or right after the named key. */
export type Placement = 'last' | 'first' | { after: string };

/** Adds (or replaces) the property at `path`. */
export function setProperty(model: FlowModel, path: JsonPath, value: unknown, placement: Placement = 'last'): TextEdit[] {
  if (path.length === 0) return [];
  const options: ModificationOptions = {};
  if (placement === 'first') options.getInsertionIndex = () => 0;
  else if (typeof placement === 'object') {
    options.getInsertionIndex = (keys) => {
      const at = keys.lastIndexOf(placement.after);
      return at < 0 ? keys.length : at + 1;
    };
  }
  return modifyNear(model, path, value, options);
}

/** Appends `value` to the array at `path`. */
export function appendTo(model: FlowModel, path: JsonPath, value: unknown): TextEdit[] {
  if (!model.spans.get(path)) return [];
  return modifyNear(model, [...path, -1], value, { isArrayInsertion: true });
}

/**
 * Runs `modify` on the smallest stretch of text that is enough: the enclosing action when the path is inside one
 * (so a fix costs the size of the action, not of the document), the whole document otherwise.
 */
function modifyNear(model: FlowModel, path: JsonPath, value: unknown, options: Omit<ModificationOptions, 'formattingOptions'>): TextEdit[] {
  const text = model.text;
  const base = editBase(model, path);
  const rel = path.slice(base.length) as (string | number)[];
  const span = base.length > 0 ? model.spans.get(base) : undefined;
  let start = 0;
  let sub = text;
  let prefixClean = true;
  if (span) {
    const lineStart = text.lastIndexOf('\n', span.valueStart - 1) + 1;
    const prefix = text.slice(lineStart, span.valueStart);
    prefixClean = /^[ \t]*$/.test(prefix);
    // Keep offsets and indentation: whatever precedes the action on its line becomes blanks.
    sub = prefix.replace(/[^\t]/g, ' ') + text.slice(span.valueStart, span.valueEnd);
    start = lineStart;
  }
  const onOneLine = span ? sub.indexOf('\n') < 0 : false;
  const formattingOptions = onOneLine ? undefined : formattingOf(model);
  let edits: TextEdit[];
  try {
    edits = modify(sub, rel, value, { ...options, formattingOptions });
    if (!prefixClean && span && edits.some((e) => e.offset < span.valueStart - start)) edits = modify(sub, rel, value, options);
    if (!landsWhereJsonParseLooks(sub, edits, rel, value, options.isArrayInsertion === true)) return [];
  } catch {
    return [];
  }
  return edits.map((e) => ({ offset: e.offset + start, length: e.length, content: e.content }));
}

/**
 * The container whose text `modify` runs on: the enclosing action when the path is inside one, else the document.
 * With a key written twice on the way (`"Parameters": {...}, "Parameters": {...}`), jsonc-parser would follow the
 * first copy while the checker reads the last: then the edit runs inside the deepest container that exists, found
 * by the span index the way JSON.parse resolves duplicates.
 */
function editBase(model: FlowModel, path: JsonPath): JsonPath {
  const inAction = path.length > 2 && path[0] === 'Actions' && typeof path[1] === 'number';
  const base = inAction ? path.slice(0, 2) : [];
  if (!duplicateKeyOnPath(model.spans, path.slice(0, -1))) return base;
  for (let k = path.length - 1; k > base.length; k--) {
    const span = model.spans.get(path.slice(0, k));
    const open = span ? model.text.charCodeAt(span.valueStart) : 0;
    if (open === 0x7b || open === 0x5b) return path.slice(0, k);
  }
  return base;
}

/**
 * jsonc-parser finds the first of duplicate keys; JSON.parse (and so every rule) uses the last. An edit that went
 * to a shadowed copy would change nothing the checker sees: check the result the way the checker reads it.
 */
function landsWhereJsonParseLooks(sub: string, edits: TextEdit[], rel: (string | number)[], value: unknown, append: boolean): boolean {
  const parse = (t: string): { ok: boolean; value?: unknown } => {
    try {
      return { ok: true, value: JSON.parse(t.charCodeAt(0) === 0xfeff ? t.slice(1) : t) };
    } catch {
      return { ok: false };
    }
  };
  const before = parse(sub);
  if (!before.ok) return true; // Text that is not JSON: nothing to compare with; the edit is jsonc-parser's best effort.
  const after = parse(applyTextEdits(sub, edits));
  if (!after.ok) return false;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (append) {
    const list = valueAt(after.value, rel.slice(0, -1));
    const old = valueAt(before.value, rel.slice(0, -1));
    return Array.isArray(list) && Array.isArray(old) && list.length === old.length + 1 && same(list[list.length - 1], value);
  }
  return value === undefined ? valueAt(after.value, rel) === undefined : same(valueAt(after.value, rel), value);
}

/** Applies non-overlapping edits (any order) to `text`. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset || b.length - a.length);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.offset) + e.content + out.slice(e.offset + e.length);
  return out;
}

/** The parsed value at `path` in `root`, or undefined. */
export function valueAt(root: unknown, path: JsonPath): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    if (Array.isArray(v) ? typeof seg !== 'number' : !Object.prototype.hasOwnProperty.call(v, seg)) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** The JSON value to write for a parameter's catalogue default: objects and arrays are written as JSON, the rest as strings. */
export function defaultValueOf(param: { kind?: string; default?: string }): unknown {
  const d = param.default;
  if (d === undefined) return param.kind === 'object' ? {} : param.kind === 'array' ? [] : '';
  if (param.kind === 'object' || param.kind === 'array') {
    try {
      return JSON.parse(d);
    } catch {
      return param.kind === 'object' ? {} : [];
    }
  }
  return d;
}

/** A fresh UUID v4 for a new Identifier (the console's convention). */
export function freshId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}`;
}
