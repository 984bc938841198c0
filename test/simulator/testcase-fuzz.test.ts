import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { buildModel } from '../../server/src/engine';
import { readTestCase, runTestCase } from '../../server/src/simulator';

/** No crash on any input: the test-case reader and runner on random JSON and on damaged copies of the examples. */
const dir = path.resolve(__dirname, '../../examples/testing');
const flow = buildModel(fs.readFileSync(path.join(dir, 'order-line.flow.json'), 'utf8'));
const examples = ['order-line-sales.test.json', 'order-line-lookup.test.json'].map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as unknown);

/** Every path into a JSON value. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function replaceAt(value: unknown, at: Array<string | number>, replacement: unknown): unknown {
  if (at.length === 0) return replacement;
  const copy = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
  (copy as Record<string | number, unknown>)[at[0]] = replaceAt((value as Record<string | number, unknown>)[at[0]], at.slice(1), replacement);
  return copy;
}

function readAndRun(text: string): void {
  const r = readTestCase(text, { flow });
  for (const p of r.problems) {
    expect(typeof p.message).toBe('string');
    expect(p.range.start.line).toBeGreaterThanOrEqual(0);
  }
  if (r.testCase) expect(['passed', 'failed']).toContain(runTestCase(r.testCase, flow).status);
}

describe('test-case reader and runner never crash', () => {
  it('on random JSON values', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), (v) => readAndRun(JSON.stringify(v))), { numRuns: 500, seed: 18 });
  });
  it('on the examples with one part replaced by random JSON', () => {
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.nat(), fc.jsonValue({ maxDepth: 3 }), (example, n, replacement) => {
        const all = paths(example);
        readAndRun(JSON.stringify(replaceAt(example, all[n % all.length], replacement), null, 2));
      }),
      { numRuns: 800, seed: 19 },
    );
  });
  it('on cut-off text', () => {
    const text = JSON.stringify(examples[1], null, 2);
    fc.assert(fc.property(fc.nat({ max: text.length }), (n) => readAndRun(text.slice(0, n))), { numRuns: 200, seed: 20 });
  });
});
