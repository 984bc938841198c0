/**
 * Inputs of about 1 MB, built to hit the slow paths a linter can have: quadratic lookups over many siblings or
 * many identifiers, deep nesting, huge strings, the tolerant parser on big broken text, line counting.
 */
import { randomUUIDs } from './seededIds';

export const MB = 1_000_000;

function flow(actions: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ Version: '2019-10-30', StartAction: 'start', Metadata: { entryPointPosition: { x: 0, y: 0 } }, Actions: actions, ...extra }, null, 2);
}

/** Actions until the text is about `size` characters. */
function fill(size: number, make: (i: number, ids: string[]) => unknown): unknown[] {
  const one = JSON.stringify(make(0, randomUUIDs(2, 1)), null, 2).length + 8;
  const n = Math.max(1, Math.floor(size / one));
  const ids = randomUUIDs(n * 2, 42);
  return Array.from({ length: n }, (_, i) => make(i, ids));
}

const message = (i: number, ids: string[], next: string) => ({
  Identifier: i === 0 ? 'start' : ids[i],
  Type: 'MessageParticipant',
  Parameters: { Text: `Hello ${i}` },
  Transitions: { NextAction: next, Errors: [{ NextAction: next, ErrorType: 'NoMatchingError' }] },
});

export interface LargeInput {
  name: string;
  text(size: number): string;
}

export const LARGE_INPUTS: LargeInput[] = [
  { name: 'valid flow, every transition resolves', text: (s) => flow(fill(s, (i, ids) => message(i, ids, ids[i + 1] ?? 'start'))) },
  { name: 'every NextAction dangling (unique ids: typo suggestions over thousands of ids)', text: (s) => flow(fill(s, (i, ids) => message(i, ids, ids[ids.length / 2 + i] ?? 'x'))) },
  { name: 'every Identifier the same', text: (s) => flow(fill(s, (i) => ({ ...message(i, [], 'start'), Identifier: 'start' }))) },
  { name: 'same valid flow with a syntax error at the end (tolerant parser)', text: (s) => flow(fill(s, (i, ids) => message(i, ids, ids[i + 1] ?? 'start'))) + ',' },
  { name: 'same flow, CRLF line ends and a BOM', text: (s) => '\ufeff' + flow(fill(s, (i, ids) => message(i, ids, ids[i + 1] ?? 'start'))).replace(/\n/g, '\r\n') },
  {
    name: 'one action with tens of thousands of unknown parameters',
    text: (s) => flow([{ Identifier: 'start', Type: 'CreateCallbackContact', Parameters: Object.fromEntries(Array.from({ length: Math.floor(s / 22) }, (_, i) => [`Unknown${i}`, 'v'])) }]),
  },
  {
    name: 'one action with tens of thousands of Errors branches',
    text: (s) => flow([{ Identifier: 'start', Type: 'CreateCallbackContact', Transitions: { Errors: Array.from({ length: Math.floor(s / 90) }, (_, i) => ({ NextAction: `missing${i}`, ErrorType: `E${i}` })) } }]),
  },
  { name: 'a 1 MB string value', text: (s) => flow([], { StartAction: 'x'.repeat(s) }) },
  { name: 'a 1 MB unterminated string', text: (s) => '{"Version":"2019-10-30","StartAction":"' + 'x'.repeat(s) },
  { name: 'a string of escaped quotes and backslashes', text: (s) => flow([], { StartAction: '\\"'.repeat(s / 4) }) },
  { name: '[ nested, never closed', text: (s) => '['.repeat(s) },
  { name: '[ nested and closed', text: (s) => '['.repeat(s / 2) + ']'.repeat(s / 2) },
  { name: '{"a": nested, never closed', text: (s) => '{"a":'.repeat(s / 5) },
  { name: 'an object of 1-character keys, never closed', text: (s) => '{' + '"a":1,'.repeat(s / 6) },
  { name: 'an array of numbers, never closed', text: (s) => '[' + '1,'.repeat(s / 2) },
  { name: 'only quotes', text: (s) => '"'.repeat(s) },
  { name: 'only newlines', text: (s) => '\n'.repeat(s) },
  { name: 'only carriage returns', text: (s) => '\r'.repeat(s) },
  { name: 'lone surrogates', text: (s) => '\ud800'.repeat(s) },
  { name: 'emoji inside one long line', text: (s) => flow([], { StartAction: '😀'.repeat(s / 2) }) },
];
