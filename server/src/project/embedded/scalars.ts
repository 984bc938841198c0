/**
 * Decoding of the string forms a flow is written in inside a template, keeping where every character came from:
 * YAML plain, single- and double-quoted scalars (JSON strings are double-quoted YAML scalars), literal and folded
 * block scalars. Each decoder appends to a MappedTextBuilder; callers compare the result with the value the YAML
 * library decoded and fall back to a coarse map when they differ, so a decoder gap can cost precision, never text.
 */
import type { MappedTextBuilder } from './offsetMap';

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

const isBlank = (c: string) => c === ' ' || c === '\t';
const isBreak = (c: string) => c === '\n' || c === '\r';

/** Length of the line break at i (1 or 2 for CRLF), 0 when there is none. */
function breakLength(s: string, i: number): number {
  if (s[i] === '\n') return 1;
  if (s[i] === '\r') return s[i + 1] === '\n' ? 2 : 1;
  return 0;
}

export type FlowScalarKind = 'plain' | 'single' | 'double';

/**
 * Appends the value of a flow scalar whose source (quotes included for quoted kinds) starts at `offset` in the
 * template. Handles escapes (double), `''` (single) and line folding (all three).
 */
export function decodeFlowScalar(out: MappedTextBuilder, source: string, offset: number, kind: FlowScalarKind): void {
  const quoted = kind !== 'plain';
  const end = quoted ? source.length - 1 : source.length;
  let i = quoted ? 1 : 0;
  let runStart = i;
  const flush = (to: number) => {
    if (to > runStart) out.literal(source.slice(runStart, to), offset + runStart);
  };
  while (i < end) {
    const c = source[i];
    if (kind === 'double' && c === '\\') {
      flush(i);
      const next = source[i + 1];
      const brk = breakLength(source, i + 1);
      if (brk > 0) {
        // An escaped line break joins the lines without a space; the next line's indentation goes too.
        let j = i + 1 + brk;
        while (j < end && isBlank(source[j])) j++;
        i = j;
      } else if (next !== undefined && next in HEX_LENGTH) {
        const n = HEX_LENGTH[next];
        const hex = source.slice(i + 2, i + 2 + n);
        const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === n ? parseInt(hex, 16) : NaN;
        const text = Number.isNaN(code) || code > 0x10ffff ? '' : String.fromCodePoint(code);
        out.atomic(text, offset + i, offset + i + 2 + n);
        i += 2 + n;
      } else if (next !== undefined && next in SIMPLE_ESCAPES) {
        out.atomic(SIMPLE_ESCAPES[next], offset + i, offset + i + 2);
        i += 2;
      } else {
        out.literal(source.slice(i, i + 2), offset + i);
        i += 2;
      }
      runStart = i;
      continue;
    }
    if (kind === 'single' && c === "'" && source[i + 1] === "'") {
      flush(i);
      out.atomic("'", offset + i, offset + i + 2);
      i += 2;
      runStart = i;
      continue;
    }
    if (isBlank(c) || isBreak(c)) {
      // Trailing blanks before a line break are dropped; the break folds.
      let j = i;
      while (j < end && isBlank(source[j])) j++;
      if (j >= end || !isBreak(source[j])) {
        // Blanks inside a line (or before the closing quote) are text.
        i = j;
        continue;
      }
      flush(i);
      const foldStart = i;
      let empties = -1;
      while (j < end && isBreak(source[j])) {
        j += breakLength(source, j);
        empties++;
        while (j < end && isBlank(source[j])) j++;
      }
      if (j >= end) {
        // Blanks or breaks just before the closing quote (or the end of a plain scalar).
        if (kind === 'plain') {
          i = j;
          runStart = i;
          continue;
        }
      }
      out.atomic(empties > 0 ? '\n'.repeat(empties) : ' ', offset + foldStart, offset + j);
      i = j;
      runStart = i;
      continue;
    }
    i++;
  }
  flush(Math.min(i, end));
}

/**
 * Appends the value of a block scalar (`|`, `>`, with chomping and indentation indicators). `contentStart` is the
 * template offset where its first content line begins (after the header line); `source` the content lines;
 * `parentIndent` the indentation of the node that holds it (for an explicit indentation indicator).
 */
export function decodeBlockScalar(out: MappedTextBuilder, header: string, source: string, contentStart: number, parentIndent: number): void {
  const folded = header.trimStart().startsWith('>');
  const digit = /[1-9]/.exec(header);
  const lines: Array<{ start: number; end: number; breakLength: number }> = [];
  for (let i = 0; i < source.length; ) {
    let j = i;
    while (j < source.length && !isBreak(source[j])) j++;
    const brk = breakLength(source, j);
    lines.push({ start: i, end: j, breakLength: brk });
    i = j + brk;
    if (brk === 0) break;
  }
  let indent: number;
  if (digit) indent = parentIndent + Number(digit[0]);
  else {
    indent = 0;
    for (const line of lines) {
      let k = line.start;
      while (k < line.end && source[k] === ' ') k++;
      if (k < line.end) {
        indent = k - line.start;
        break;
      }
    }
  }
  const contentOf = (line: { start: number; end: number }) => {
    const from = Math.min(line.start + indent, line.end);
    return { from, text: source.slice(from, line.end) };
  };
  const emitBreak = (line: { end: number; breakLength: number }, text = '\n') => {
    if (line.breakLength === 0) return;
    if (line.breakLength === 1 && text === '\n' && source[line.end] === '\n') out.literal('\n', contentStart + line.end);
    else out.atomic(text, contentStart + line.end, contentStart + line.end + line.breakLength);
  };
  if (!folded) {
    for (const line of lines) {
      const { from, text } = contentOf(line);
      out.literal(text, contentStart + from);
      emitBreak(line);
    }
    return;
  }
  // Folded: a break between two ordinary lines becomes a space, or disappears before empty lines (each of which
  // gives a newline); around more-indented lines every break is kept.
  let previous: { normal: boolean; line: (typeof lines)[number] } | undefined;
  let empties: Array<(typeof lines)[number]> = [];
  for (const line of lines) {
    const { from, text } = contentOf(line);
    if (text.trim() === '' && text.indexOf('\t') < 0) {
      if (previous) empties.push(line);
      else emitBreak(line);
      continue;
    }
    const normal = !isBlank(text[0]);
    if (previous) {
      const first = previous.line;
      const spanStart = contentStart + first.end;
      const spanEnd = contentStart + from;
      if (previous.normal && normal) out.atomic(empties.length === 0 ? ' ' : '\n'.repeat(empties.length), spanStart, spanEnd);
      else out.atomic('\n'.repeat(1 + empties.length), spanStart, spanEnd);
    }
    empties = [];
    out.literal(text, contentStart + from);
    previous = { normal, line };
  }
  if (previous) {
    emitBreak(previous.line);
    for (const line of empties) emitBreak(line);
  }
}
