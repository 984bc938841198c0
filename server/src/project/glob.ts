/**
 * Glob matching for settings, without regular expressions. The patterns come from users and from a workspace's
 * `.connectflowrc.json` (an untrusted folder can ship one), and a regex-based matcher can be made to backtrack for
 * minutes: picomatch passes `(a+)+b` through as a regular expression, and `**\/*a*a*a*a*a*b` backtracks
 * polynomially. Here each segment is matched with the two-pointer wildcard algorithm (work bounded by pattern
 * length times segment length) and `**` by one pass per pattern segment over the reachable path positions (no recursion), so a match costs at most about
 * pattern length x path length per brace alternative.
 *
 * Syntax, as picomatch reads it with { dot: true }: `*` and `?` within a segment, `**` as a whole segment (any
 * number of segments), `[abc]` `[a-z]` `[!a]` `[^a]`, `{a,b}` (nested) and `{1..5}` `{a..e}` (at most 64
 * alternatives in all), `\x` for a literal x, and a leading `!` to negate. Anything else is a literal character:
 * parentheses, `+`, `@` and `|` have no special meaning.
 */

type Token = { kind: 'char'; char: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; negated: boolean; ranges: Array<[string, string]> };
type Segment = Token[] | 'globstar';

const MAX_ALTERNATIVES = 64;
/** Marks where a brace alternative begins and ends; matches nothing itself (paths cannot contain NUL). */
const SEAM = '\u0000';
const MAX_PATTERN = 2000;

export interface GlobOptions {
  nocase?: boolean;
}

/**
 * Why `glob` is not usable (it then matches nothing), or undefined when it is: too long, or more than
 * MAX_ALTERNATIVES brace alternatives. These limits bound what compiling and matching one glob can cost.
 */
export function globProblem(glob: string): string | undefined {
  if (typeof glob !== 'string' || glob.length === 0) return 'it is empty';
  if (glob.length > MAX_PATTERN) return `it is longer than ${MAX_PATTERN} characters`;
  if (!expandBraces(glob)) return `its braces expand to more than ${MAX_ALTERNATIVES} alternatives`;
  return undefined;
}

/** A predicate for `glob`. Paths use `/` (backslashes are turned into `/`). Never throws; a pattern it cannot read matches nothing. */
export function compileGlob(glob: string, options: GlobOptions = {}): (path: string) => boolean {
  if (typeof glob !== 'string' || glob.length === 0 || glob.length > MAX_PATTERN) return () => false;
  let negated = false;
  let body = glob;
  while (body.startsWith('!') && !body.startsWith('!(')) {
    negated = !negated;
    body = body.slice(1);
  }
  // A leading `./` means "from here", as in picomatch.
  while (body.startsWith('./')) body = body.slice(2);
  const nocase = options.nocase === true;
  const alternatives = expandBraces(nocase ? body.toLowerCase() : body);
  if (!alternatives) return () => false;
  const compiled = alternatives.map(parsePattern);
  return (path: string) => {
    if (typeof path !== 'string' || path === '') return false;
    const normalised = path.replace(/\\/g, '/');
    const segments = (nocase ? normalised.toLowerCase() : normalised).split('/');
    const hit = compiled.some((pattern) => matchSegments(pattern, segments));
    return negated ? !hit : hit;
  };
}

/** `a{b,c{d,e}}` -> [ab, acd, ace]; undefined when there would be more than MAX_ALTERNATIVES. */
export function expandBraces(pattern: string): string[] | undefined {
  let out = [pattern];
  for (let round = 0; round < 64; round++) {
    const next: string[] = [];
    let changed = false;
    for (const p of out) {
      const expanded = expandFirst(p);
      if (expanded) changed = true;
      next.push(...(expanded ?? [p]));
      if (next.length > MAX_ALTERNATIVES) return undefined;
    }
    out = next;
    if (!changed) return out;
  }
  return undefined;
}

/** Expands the first brace group of `p` (outside brackets, not escaped), or undefined when there is none. */
function expandFirst(p: string): string[] | undefined {
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(p, i) - 1;
    else if (c === '{') {
      let depth = 0;
      const commas: number[] = [];
      for (let j = i; j < p.length; j++) {
        const d = p[j];
        if (d === '\\') j++;
        else if (d === '[') j = classEnd(p, j) - 1;
        else if (d === '{') depth++;
        else if (d === ',' && depth === 1) commas.push(j);
        else if (d === '}' && --depth === 0) {
          const before = p.slice(0, i);
          const after = p.slice(j + 1);
          const inner = p.slice(i + 1, j);
          if (commas.length > 0) {
            const parts: string[] = [];
            let from = i + 1;
            for (const k of [...commas, j]) {
              parts.push(p.slice(from, k));
              from = k + 1;
            }
            // SEAM keeps `*{a,*}` from turning into a globstar `**`: braces never join two stars into one token.
            return parts.map((part) => before + SEAM + part + SEAM + after);
          }
          const range = expandRange(inner);
          if (range) return range.map((r) => before + SEAM + r + SEAM + after);
          // `{x}`: no alternatives; keep the braces as literal characters.
          return [before + '\\{' + inner + '\\}' + after];
        }
      }
      return undefined;
    }
  }
  return undefined;
}

function expandRange(inner: string): string[] | undefined {
  const m = /^(-?\d+)\.\.(-?\d+)$/.exec(inner) ?? /^([A-Za-z])\.\.([A-Za-z])$/.exec(inner);
  if (!m) return undefined;
  const numeric = /\d/.test(m[1]);
  const a = numeric ? Number(m[1]) : m[1].charCodeAt(0);
  const b = numeric ? Number(m[2]) : m[2].charCodeAt(0);
  if (Math.abs(b - a) >= MAX_ALTERNATIVES) return undefined;
  const out: string[] = [];
  for (let v = a; a <= b ? v <= b : v >= b; v += a <= b ? 1 : -1) out.push(numeric ? String(v) : String.fromCharCode(v));
  return out;
}

/** Index just past the `]` closing the class that opens at `i`, or i + 1 when it is not closed (a literal `[`). */
function classEnd(p: string, i: number): number {
  let j = i + 1;
  if (p[j] === '!' || p[j] === '^') j++;
  if (p[j] === ']') j++;
  for (; j < p.length; j++) {
    if (p[j] === '\\') j++;
    else if (p[j] === ']') return j + 1;
    else if (p[j] === '/') break;
  }
  return i + 1;
}

function parsePattern(pattern: string): Segment[] {
  const segments: Segment[] = [];
  let tokens: Token[] = [];
  let raw = '';
  const endSegment = () => {
    segments.push(raw === '**' ? 'globstar' : tokens);
    tokens = [];
    raw = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '/') {
      endSegment();
      continue;
    }
    raw += c;
    if (c === SEAM) continue;
    if (c === '\\' && i + 1 < pattern.length) {
      tokens.push({ kind: 'char', char: pattern[++i] });
      raw += pattern[i];
    } else if (c === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '?') tokens.push({ kind: 'any' });
    else if (c === '[' && classEnd(pattern, i) > i + 1) {
      const end = classEnd(pattern, i);
      tokens.push(parseClass(pattern.slice(i + 1, end - 1)));
      raw += pattern.slice(i + 1, end);
      i = end - 1;
    } else tokens.push({ kind: 'char', char: c });
  }
  endSegment();
  return segments;
}

function parseClass(body: string): Token {
  let negated = false;
  let i = 0;
  if (body[0] === '!' || body[0] === '^') {
    negated = true;
    i = 1;
  }
  const ranges: Array<[string, string]> = [];
  for (; i < body.length; i++) {
    let c = body[i];
    if (c === '\\' && i + 1 < body.length) c = body[++i];
    if (body[i + 1] === '-' && i + 2 < body.length) {
      let d = body[i + 2];
      i += 2;
      if (d === '\\' && i + 1 < body.length) d = body[++i];
      ranges.push([c, d]);
    } else ranges.push([c, c]);
  }
  return { kind: 'class', negated, ranges };
}

function tokenMatches(t: Token, c: string): boolean {
  switch (t.kind) {
    case 'char':
      return t.char === c;
    case 'any':
      return true;
    case 'class': {
      const inside = t.ranges.some(([lo, hi]) => c >= lo && c <= hi);
      return inside !== t.negated;
    }
    default:
      return false;
  }
}

/** One segment against one pattern segment: two pointers, backing up only to the last star. */
function matchSegment(tokens: Token[], s: string): boolean {
  let ti = 0;
  let si = 0;
  let starTi = -1;
  let starSi = 0;
  while (si < s.length) {
    const t = tokens[ti];
    if (t && t.kind === 'star') {
      starTi = ti++;
      starSi = si;
    } else if (t && tokenMatches(t, s[si])) {
      ti++;
      si++;
    } else if (starTi >= 0) {
      ti = starTi + 1;
      si = ++starSi;
    } else return false;
  }
  while (tokens[ti]?.kind === 'star') ti++;
  return ti === tokens.length;
}

/**
 * Pattern segments against path segments; `**` takes any number of whole segments. A pass per pattern segment over
 * the set of path positions reachable so far: m x n segment matches at most, and no recursion, so a path of
 * 20,000 segments costs time, never the stack.
 */
function matchSegments(pattern: Segment[], path: string[]): boolean {
  const n = path.length;
  let reach = new Uint8Array(n + 1);
  reach[0] = 1;
  for (const seg of pattern) {
    const next = new Uint8Array(n + 1);
    let any = false;
    if (seg === 'globstar') {
      // Zero or more whole segments: every position from the first reachable one on.
      let from = reach.indexOf(1);
      if (from >= 0) for (any = true; from <= n; from++) next[from] = 1;
    } else {
      for (let si = 0; si < n; si++) {
        if (reach[si] && matchSegment(seg, path[si])) {
          next[si + 1] = 1;
          any = true;
        }
      }
    }
    if (!any) return false;
    reach = next;
  }
  return reach[n] === 1;
}
