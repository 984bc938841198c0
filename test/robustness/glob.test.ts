/**
 * Settings globs (connectFlow.exclude, connectFlow.flowTypes, .connectflowrc.json) cannot hang the server.
 * server/src/project/glob.ts matches without regular expressions; here it is compared with picomatch (the reference for
 * glob meaning) on random patterns, and timed on patterns that make regex-based matchers backtrack.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { compileGlob, expandBraces } from '../../server/src/project/glob';
import { matchesGlob } from '../../server/src/project/settings';
import { FUZZ_SEED, runs } from '../fuzz/config';

// Well-formed globs: `**` only as a whole segment, no two stars side by side (picomatch has quirks there, such as
// reading `**{a,b}` as a globstar), and paths without `.` or `..` segments (which picomatch never matches, and
// which file paths do not contain). `[!a]` is left out on purpose: picomatch 4 reads it as "! or a", we read it
// as "not a", as shells and minimatch do (checked below).
const token = fc.constantFrom('a', 'b', '.', '*', '?', '[ab]', '[^a]', '[a-c]', '{a,b}', '{a,{b,.}}', '{a,*}', '\\*', '{1..3}', 'x', '1');
const segment = fc.array(token, { minLength: 1, maxLength: 4 }).map((xs) => xs.join('').replace(/\*{2,}/g, '*'));
// `**` first only (the usual "**/dir/*.json"): picomatch lets an inner or trailing "/**/" also swallow the slashes
// around it ("**/a/**/*" matches "/a"); we keep to whole segments, as bash and minimatch do (examples below).
const glob = fc.tuple(fc.constantFrom('', '/', '**/'), fc.array(segment, { minLength: 1, maxLength: 5 })).map(([start, segs]) => start + segs.join('/'));
const pathSegment = fc.constantFrom('a', 'b', 'c', 'x', '1', '2', 'ab', '.a', 'a.b', '*', 'ba', 'abc');
// Absolute paths, as the server matches fsPaths.
const path = fc.array(pathSegment, { minLength: 1, maxLength: 6 }).map((segs) => '/' + segs.join('/'));

/** CPU milliseconds for fn. */
function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe('glob matching without regular expressions', () => {
  it('agrees with picomatch { dot: true } on random globs and paths', () => {
    fc.assert(
      fc.property(glob, fc.array(path, { minLength: 1, maxLength: 8 }), (g, paths) => {
        const ours = compileGlob(g);
        const reference = picomatch(g, { dot: true });
        for (const p of paths) expect(ours(p), `glob ${JSON.stringify(g)} path ${JSON.stringify(p)}`).toBe(reference(p));
      }),
      { seed: FUZZ_SEED, numRuns: runs(3000) },
    );
  });

  it('matches the patterns the settings documentation shows', () => {
    const cases: Array<[string, string, boolean]> = [
      ['**/hold/*.json', '/repo/flows/hold/a.json', true],
      ['**/hold/*.json', '/repo/flows/hold/deep/a.json', false],
      ['**/legacy/**', '/repo/legacy/x/y.json', true],
      ['**/legacy/**', '/repo/legacy', true],
      ['**/*.flow.json', 'C:/work/a.flow.json', true],
      ['**/{hold,queue}/*.json', '/r/queue/q.json', true],
      ['!**/keep/**', '/r/keep/a.json', false],
      ['!**/keep/**', '/r/other/a.json', true],
      ['/r/**/a.json', '/r/a.json', true],
      ['/r/**/a.json', '/r/x/y/a.json', true],
      ['**/a/**/*', '/a', false],
      ['/x/*/**', '/x/y', true],
      ['./**', '/any/where.json', true],
      ['/repo/\\(draft\\)/*.json', '/repo/(draft)/a.json', true],
    ];
    for (const [g, p, expected] of cases) expect(compileGlob(g)(p), `${g} on ${p}`).toBe(expected);
  });

  it('[!a] is "not a", as in shells', () => {
    expect(compileGlob('[!a]')('a')).toBe(false);
    expect(compileGlob('[!a]')('b')).toBe(true);
  });

  it('regular-expression syntax is literal: (a+)+b is not a regex group', () => {
    expect(compileGlob('(a+)+b')('(a+)+b')).toBe(true);
    expect(compileGlob('(a+)+b')('aaab')).toBe(false);
    expect(compileGlob('@(a|b)')('a')).toBe(false);
  });

  it('brace explosions are refused, not expanded: the pattern matches nothing', () => {
    expect(expandBraces('{a,b}'.repeat(10))).toBeUndefined();
    expect(compileGlob('{1..100000}')('5')).toBe(false);
    expect(compileGlob('{a,b}'.repeat(10))('a'.repeat(10))).toBe(false);
  });
});

describe('patterns that make regex-based matchers hang', () => {
  const paths = ['/' + 'a'.repeat(60) + 'c', 'a/'.repeat(200) + 'c', '/x/' + 'a'.repeat(4000), '/' + 'a/a'.repeat(300) + 'c'];
  const evil = [
    '@(a+)+b',
    '(a+)+b',
    '(a|aa)+b',
    '((a+)+)+b',
    '*(a+)+b',
    '**/*a*a*a*a*a*a*a*a*a*a*b',
    '**/' + '*a'.repeat(40) + 'b',
    '**/'.repeat(50) + 'b',
    '**' + '{a,*a}'.repeat(3) + '*?*' + 'a'.repeat(10) + 'b',
    '*?'.repeat(500) + 'b',
    '[a]'.repeat(300) + '*b',
    '{' + 'a,'.repeat(60) + 'a}' + '*a'.repeat(30) + 'b',
  ];
  for (const g of evil) {
    it(`${g.length > 40 ? g.slice(0, 40) + '...' : g} against long paths: under 50 ms each`, () => {
      for (const p of paths) {
        const ms = cpuMs(() => matchesGlob(p, g));
        expect(ms, `${g} on a ${p.length}-character path`).toBeLessThan(50);
      }
    });
  }

  it('random globs of the full syntax against adversarial paths stay fast', () => {
    const anyGlob = fc.array(fc.constantFrom('a', '*', '**/', '**', '?', '{a,*a}', '[a]', '(', ')', '+', '|', '@', '!', '/', 'b'), { maxLength: 60 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(anyGlob, fc.constantFrom(...paths), (g, p) => {
        const ms = cpuMs(() => matchesGlob(p, g));
        if (ms > 50) throw new Error(`${ms.toFixed(0)} ms for ${g}`);
      }),
      { seed: FUZZ_SEED, numRuns: runs(500) },
    );
  });
});
