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

/**
 * Adds (or replaces) the property at `path`. Only the new text is written: the neighbours keep their layout (a
 * one-line object stays on one line, a multi-line one gets the property on a line of its own, indented like its
 * siblings).
 */
export function setProperty(model: FlowModel, path: JsonPath, value: unknown, placement: Placement = 'last'): TextEdit[] {
  if (path.length === 0) return [];
  const key = path[path.length - 1];
  const parentPath = path.slice(0, -1);
  if (typeof key === 'string' && !duplicateKeyOnPath(model.spans, path)) {
    const existing = model.spans.get(path);
    if (existing) return replaceLaidOut(model, existing, value);
    const parent = model.spans.get(parentPath);
    const children = parent && model.text.charCodeAt(parent.valueStart) === 0x7b ? model.spans.children(parentPath) : undefined;
    if (parent && children) {
      let index = children.length;
      if (placement === 'first') index = 0;
      else if (typeof placement === 'object') {
        let at = -1;
        children.forEach((c, i) => {
          if (c.key === placement.after) at = i;
        });
        if (at >= 0) index = at + 1;
      }
      return insertChild(model, parent, children, index, (style) => JSON.stringify(key) + style.colon, value);
    }
  }
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

/** Appends `value` to the array at `path`, leaving the elements already there as they are written. */
export function appendTo(model: FlowModel, path: JsonPath, value: unknown): TextEdit[] {
  const span = model.spans.get(path);
  if (!span) return [];
  const children = model.text.charCodeAt(span.valueStart) === 0x5b && !duplicateKeyOnPath(model.spans, path) ? model.spans.children(path) : undefined;
  if (children) return insertChild(model, span, children, children.length, () => '', value);
  return modifyNear(model, [...path, -1], value, { isArrayInsertion: true });
}

interface Style {
  /** Between a key and its value: `": "` or `":"`. */
  colon: string;
  /** Between entries on one line: `", "` or `","`. */
  comma: string;
}

/** How a container separates keys from values and entries on one line (`{"a": 1, "b": 2}` or `{"a":1,"b":2}`). */
function styleOf(text: string, children: readonly Span[]): Style {
  const first = children[0];
  const colon = first && first.keyEnd !== undefined ? text.slice(first.keyEnd, first.valueStart) : ': ';
  const comma = children.length > 1 ? text.slice(children[0].valueEnd, children[1].keyStart ?? children[1].valueStart) : ', ';
  const sameLine = (s: string, fallback: string) => (/^[ \t]*[:,][ \t]*$/.test(s) ? s.trim() + (/[:,][ \t]+$/.test(s) ? ' ' : '') : fallback);
  return { colon: sameLine(colon, ': '), comma: sameLine(comma, ', ') };
}

/** The whitespace that starts the line holding `offset`, or undefined when something else precedes `offset` there. */
function indentBefore(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const prefix = text.slice(lineStart, offset);
  return /^[ \t]*$/.test(prefix) ? prefix : undefined;
}

/** The whitespace at the start of the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

/** `value` as JSON on one line, spaced like its neighbours. */
function compactJson(value: unknown, style: Style): string {
  if (Array.isArray(value)) return '[' + value.map((v) => compactJson(v, style)).join(style.comma) + ']';
  if (value !== null && typeof value === 'object') {
    return '{' + Object.entries(value).map(([k, v]) => JSON.stringify(k) + style.colon + compactJson(v, style)).join(style.comma) + '}';
  }
  return JSON.stringify(value) ?? 'null';
}

/** `value` as JSON over several lines, each continuation line starting with `indent`. */
function prettyJson(value: unknown, unit: string, indent: string, eol: string): string {
  return (JSON.stringify(value, null, unit) ?? 'null').replace(/\n/g, eol + indent);
}

function unitOf(options: FormattingOptions | undefined): string {
  if (!options) return '  ';
  return options.insertSpaces ? ' '.repeat(options.tabSize ?? 2) : '\t';
}

/**
 * Inserts a new entry (`prefix(style)` then `value`) at position `index` among the `children` of the container at
 * `span`. A container that spans several lines gets the entry on a line of its own, indented like the entry next to
 * it; a container on one line gets it on that line. An empty container follows the file: laid out over lines in a
 * file that is, inline in a file on one line. Nothing else is rewritten.
 */
function insertChild(model: FlowModel, span: Span, children: readonly Span[], index: number, prefix: (style: Style) => string, value: unknown): TextEdit[] {
  const text = model.text;
  const style = styleOf(text, children);
  const formatting = formattingOf(model);
  const open = span.valueStart;
  const close = span.valueEnd - 1;
  const start = (s: Span) => s.keyStart ?? s.valueStart;
  const eol = formatting?.eol ?? '\n';
  const unit = unitOf(formatting);
  const spaced: Style = { colon: ': ', comma: ', ' };
  if (children.length === 0) {
    const inner = text.slice(open + 1, close);
    if (!/^[ \t\r\n]*$/.test(inner)) return [];
    if (!formatting) return [{ offset: open + 1, length: close - open - 1, content: prefix(style) + compactJson(value, style) }];
    const outer = lineIndent(text, open);
    const entry = prefix(spaced) + prettyJson(value, unit, outer + unit, eol);
    return [{ offset: open + 1, length: close - open - 1, content: eol + outer + unit + entry + eol + outer }];
  }
  if (text.slice(open, close).indexOf('\n') < 0) {
    const entry = prefix(style) + compactJson(value, style);
    if (index >= children.length) return [{ offset: children[children.length - 1].valueEnd, length: 0, content: style.comma + entry }];
    return [{ offset: start(children[index]), length: 0, content: entry + style.comma }];
  }
  const neighbour = children[Math.min(index, children.length - 1)];
  const indent = indentBefore(text, start(neighbour)) ?? lineIndent(text, open) + unit;
  const entry = prefix(spaced) + prettyJson(value, unit, indent, eol);
  if (index >= children.length) return [{ offset: children[children.length - 1].valueEnd, length: 0, content: ',' + eol + indent + entry }];
  return [{ offset: start(children[index]), length: 0, content: entry + ',' + eol + indent }];
}

/** Replaces an existing value: laid out over lines, indented like its line, in a multi-line file; on one line otherwise. */
function replaceLaidOut(model: FlowModel, span: Span, value: unknown): TextEdit[] {
  const formatting = formattingOf(model);
  const content = formatting
    ? prettyJson(value, unitOf(formatting), lineIndent(model.text, span.keyStart ?? span.valueStart), formatting.eol ?? '\n')
    : compactJson(value, { colon: ':', comma: ',' });
  return [{ offset: span.valueStart, length: span.valueEnd - span.valueStart, content }];
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
