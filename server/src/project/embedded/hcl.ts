/**
 * A small lexical locator for the parts of Terraform (HCL native syntax) that flows live in: top-level
 * `resource "TYPE" "NAME" { ... }` blocks, their top-level `name = expression` attributes, heredocs and string
 * literals. It is not an HCL parser: it knows strings (with `${...}` templates), heredocs, comments and bracket
 * nesting, enough to find where each attribute's expression starts and ends. Anything it does not understand
 * ends the block (no flow is found there); it never throws.
 */

const isIdentStart = (c: string | undefined) => c !== undefined && /[A-Za-z_]/.test(c);
const isIdentPart = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_-]/.test(c);

/** Skips blanks and comments; with `newlines`, line breaks too. Returns the next offset. */
export function skipTrivia(text: string, i: number, newlines: boolean): number {
  for (;;) {
    const c = text[i];
    if (c === ' ' || c === '\t' || (newlines && (c === '\n' || c === '\r'))) i++;
    else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else return i;
  }
}

/** End (after the closing quote) of the string literal opening at i; template `${...}` may hold strings too. */
export function stringEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text[j];
    if (c === '\\') j += 2;
    else if (c === '"') return j + 1;
    else if ((c === '$' || c === '%') && text[j + 1] === '{') {
      if (text[j - 1] === c && text[j - 2] !== c) {
        // `$${` is an escaped literal, not a template
        j += 2;
        continue;
      }
      j = bracketEnd(text, j + 1);
    } else if (c === '\n') return j; // unterminated: stop at the line end
    else j++;
  }
  return j;
}

export interface Heredoc {
  /** `<<-` strips the common indentation. */
  indented: boolean;
  marker: string;
  /** Offsets of the body: the first line after the header up to (not including) the closing marker's line. */
  bodyStart: number;
  bodyEnd: number;
  /** After the closing marker. */
  end: number;
}

/** The heredoc opening at i (`<<EOF` or `<<-EOF`), or undefined. */
export function readHeredoc(text: string, i: number): Heredoc | undefined {
  const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_]*)[ \t]*\r?\n/.exec(text.slice(i, i + 200));
  if (!m) return undefined;
  const bodyStart = i + m[0].length;
  let lineStart = bodyStart;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (line.trim() === m[2]) return { indented: m[1] === '-', marker: m[2], bodyStart, bodyEnd: lineStart, end: lineStart + line.length };
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** After the bracket (`{`, `[` or `(`) that opens at i is closed. */
export function bracketEnd(text: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < text.length) {
    const c = text[j];
    if (c === '"') {
      j = stringEnd(text, j);
      continue;
    }
    if (c === '<' && text[j + 1] === '<') {
      const h = readHeredoc(text, j);
      if (h) {
        j = h.end;
        continue;
      }
    }
    if (c === '#' || (c === '/' && (text[j + 1] === '/' || text[j + 1] === '*'))) {
      j = skipTrivia(text, j, false);
      continue;
    }
    if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
  return text.length;
}

/** End of the expression starting at i: the end of its line at bracket depth 0 (a comment ends it too). */
export function expressionEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text[j];
    if (c === '\n' || c === '\r' || c === '#' || (c === '/' && (text[j + 1] === '/' || text[j + 1] === '*'))) break;
    if (c === '"') j = stringEnd(text, j);
    else if (c === '{' || c === '[' || c === '(') j = bracketEnd(text, j);
    else if (c === '<' && text[j + 1] === '<') {
      const h = readHeredoc(text, j);
      j = h ? h.end : j + 2;
    } else if (c === '}') break;
    else j++;
  }
  let end = j;
  while (end > i && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}

export interface HclAttribute {
  name: string;
  nameStart: number;
  /** The expression's offsets. */
  start: number;
  end: number;
}

export interface HclBlock {
  /** `resource`, `data`, ... */
  kind: string;
  labels: string[];
  /** Offset of the keyword. */
  start: number;
  /** Offsets just inside the braces. */
  bodyStart: number;
  bodyEnd: number;
  attributes: HclAttribute[];
}

/** The top-level blocks of a Terraform file with their labels and top-level attributes. */
export function topLevelBlocks(text: string): HclBlock[] {
  const blocks: HclBlock[] = [];
  let i = 0;
  while (i < text.length) {
    i = skipTrivia(text, i, true);
    if (i >= text.length) break;
    if (!isIdentStart(text[i])) {
      // Not a block or attribute start: skip the line (or the bracket it opens).
      i = text[i] === '{' || text[i] === '[' || text[i] === '(' ? bracketEnd(text, i) : lineEnd(text, i);
      continue;
    }
    const start = i;
    while (isIdentPart(text[i])) i++;
    const kind = text.slice(start, i);
    const labels: string[] = [];
    for (;;) {
      i = skipTrivia(text, i, false);
      if (text[i] === '"') {
        const end = stringEnd(text, i);
        labels.push(text.slice(i + 1, end - 1));
        i = end;
      } else if (isIdentStart(text[i])) {
        const s = i;
        while (isIdentPart(text[i])) i++;
        labels.push(text.slice(s, i));
      } else break;
    }
    if (text[i] === '{') {
      const end = bracketEnd(text, i);
      const bodyEnd = text[end - 1] === '}' ? end - 1 : end;
      blocks.push({ kind, labels, start, bodyStart: i + 1, bodyEnd, attributes: attributesOf(text, i + 1, bodyEnd) });
      i = end;
    } else if (text[i] === '=') i = expressionEnd(text, i + 1);
    else i = lineEnd(text, i);
  }
  return blocks;
}

function lineEnd(text: string, i: number): number {
  const end = text.indexOf('\n', i);
  return end < 0 ? text.length : end + 1;
}

/** The `name = expression` attributes directly inside a block body (nested blocks are skipped). */
export function attributesOf(text: string, start: number, end: number): HclAttribute[] {
  const out: HclAttribute[] = [];
  let i = start;
  while (i < end) {
    i = skipTrivia(text, i, true);
    if (i >= end) break;
    if (!isIdentStart(text[i])) {
      i = text[i] === '{' || text[i] === '[' || text[i] === '(' ? bracketEnd(text, i) : Math.min(end, lineEnd(text, i));
      continue;
    }
    const nameStart = i;
    while (isIdentPart(text[i])) i++;
    const name = text.slice(nameStart, i);
    let j = skipTrivia(text, i, false);
    if (text[j] === '=' && text[j + 1] !== '=') {
      const valueStart = skipTrivia(text, j + 1, false);
      const valueEnd = Math.min(end, expressionEnd(text, valueStart));
      out.push({ name, nameStart, start: valueStart, end: valueEnd });
      i = Math.max(valueEnd, valueStart + 1);
      continue;
    }
    // A nested block: labels then braces.
    while (j < end && text[j] !== '{' && text[j] !== '\n') j = text[j] === '"' ? stringEnd(text, j) : j + 1;
    i = text[j] === '{' ? bracketEnd(text, j) : Math.min(end, lineEnd(text, j));
  }
  return out;
}

/** The value of a string literal without templates (`"CONTACT_FLOW"`), or undefined. */
export function literalString(text: string, start: number, end: number): string | undefined {
  const raw = text.slice(start, end);
  if (!/^"(?:[^"\\$%]|\\.|\$(?!\{)|%(?!\{))*"$/.test(raw)) return undefined;
  try {
    return JSON.parse(raw) as string;
  } catch {
    return undefined;
  }
}
