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

export function quote(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(s.length > 60 ? s.slice(0, 57) + '...' : s);
}

export function withArticle(noun: string): string {
  return (/^[aeiou]/i.test(noun) ? 'an ' : 'a ') + noun;
}

export function listOf(items: readonly string[], conjunction = 'or'): string {
  const q = items.map((i) => '`' + i + '`');
  if (q.length <= 1) return q.join('');
  return q.slice(0, -1).join(', ') + ' ' + conjunction + ' ' + q[q.length - 1];
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 8) return 99;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** The closest candidate, if it is close enough to be a likely typo (case, prefix, or a few edits). */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  if (input.length === 0 || input.length > 200) return undefined;
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate === input) continue;
    const c = candidate.toLowerCase();
    let score: number;
    if (c === lower) score = 0;
    else if (lower.length >= 4 && (c.startsWith(lower) || lower.startsWith(c))) score = 1;
    else {
      const d = distance(lower, c);
      score = d <= Math.max(2, Math.floor(Math.max(lower.length, c.length) / 4)) ? 1 + d : Infinity;
    }
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}
