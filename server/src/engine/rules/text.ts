/** Small helpers for rule messages. */

export function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'an object';
    default:
      return 'nothing';
  }
}

/** A name in backticks for a message, shortened when a document puts something absurdly long there. */
/** User text as it goes into a message: cut to 60 characters, so a huge value never makes a huge message. */
export function shorten(text: string): string {
  return text.length > 60 ? text.slice(0, 57) + '...' : text;
}

export function codeName(name: string): string {
  return '`' + shorten(name) + '`';
}

/**
 * A value as a message shows it: a string in quotes, anything else as JSON without quotes around it (`7`, `true`,
 * `{"a":1}`), so a number never reads as if it had been written as a string. Shortened like all user text.
 */
export function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(shorten(value));
  // JSON.stringify writes a number beyond the double range (1e400 parses as Infinity) as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return shorten(JSON.stringify(value) ?? String(value));
}

export function withArticle(noun: string): string {
  return (/^[aeiou]/i.test(noun) ? 'an ' : 'a ') + noun;
}

export function listOf(items: readonly string[], conjunction = 'or'): string {
  const q = items.map((i) => '`' + i + '`');
  if (q.length <= 1) return q.join('');
  return q.slice(0, -1).join(', ') + ' ' + conjunction + ' ' + q[q.length - 1];
}

/** Character counts folded into 64 buckets, ignoring ASCII case. Half the L1 gap between two of these is a lower bound of the edit distance. */
function histogram(s: string, h: Int16Array): Int16Array {
  h.fill(0);
  for (let i = 0; i < s.length; i++) h[(s.charCodeAt(i) | 32) & 63]++;
  return h;
}

/** Buffers reused by every didYouMean call: typed arrays are costly to allocate, and it runs once per unknown key. */
const INPUT_HISTOGRAM = new Int16Array(64);
const SCRATCH = new Int16Array(64);

function histogramGap(base: Int16Array, s: string, scratch: Int16Array): number {
  scratch.set(base);
  for (let i = 0; i < s.length; i++) scratch[(s.charCodeAt(i) | 32) & 63]--;
  let gap = 0;
  for (let i = 0; i < 64; i++) gap += scratch[i] < 0 ? -scratch[i] : scratch[i];
  return gap;
}

/** Edit distance between a and b, or `limit + 1` as soon as it is certain to exceed `limit`. */
function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const row = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      const v = Math.min(tmp + 1, row[j - 1] + 1, prev + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = v;
      if (v < rowMin) rowMin = v;
      prev = tmp;
    }
    if (rowMin > limit) return limit + 1;
  }
  return row[b.length];
}

/**
 * The closest candidate, if it is close enough to be a likely typo: same text in another case, a prefix (a truncated
 * id), or a few edits (a quarter of the length, between 2 and 4). Bounded work per candidate, so flows with
 * thousands of Identifiers stay fast.
 */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  if (input.length === 0 || input.length > 200) return undefined;
  const lower = input.toLowerCase();
  const inputHistogram = histogram(lower, INPUT_HISTOGRAM);
  const scratch = SCRATCH;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate === input || candidate.length > 200) continue;
    const maxLimit = Math.max(2, Math.min(4, Math.floor(Math.max(lower.length, candidate.length) / 4)));
    // Cheap rejection before any allocation: same-length candidates (the common case of ids) far apart in content.
    if (candidate.length === lower.length && histogramGap(inputHistogram, candidate, scratch) > 2 * maxLimit) continue;
    const c = candidate.toLowerCase();
    if (c === lower) return candidate;
    if (bestScore <= 1) continue;
    if (lower.length >= 4 && c.length !== lower.length && (c.startsWith(lower) || lower.startsWith(c))) {
      bestScore = 1;
      best = candidate;
      continue;
    }
    const limit = Math.min(maxLimit, bestScore - 2);
    if (limit < 1 || histogramGap(inputHistogram, c, scratch) > 2 * limit) continue;
    const d = boundedDistance(lower, c, limit);
    if (d <= limit && 1 + d < bestScore) {
      bestScore = 1 + d;
      best = candidate;
    }
  }
  return best;
}
