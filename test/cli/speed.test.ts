import { spawnSync } from 'child_process';
import * as path from 'path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedDir } from '../helpers/shared';
import { CLI, ROOT, assertBuilt, runCli } from './run';

/**
 * The speed requirement: checking the whole real-flow corpus costs less than reading and JSON.parse-ing every file
 * of it ten times over. Timings need a quiet machine: on a busy one (tests running in parallel) V8's background
 * compiler is starved and the checker, unlike the native JSON.parse, stays slow for longer. So by default only a
 * loose guard against gross regressions runs; CONNECT_FLOW_SPEED_TEST=1 asserts the requirement itself, in-process
 * (--stats) and end to end (two processes timed against each other), e.g.
 *   CONNECT_FLOW_SPEED_TEST=1 npx vitest run test/cli/speed.test.ts
 */
const strict = process.env.CONNECT_FLOW_SPEED_TEST === '1';
const shared = sharedDir();
const corpus = shared ? path.join(shared, 'corpus/real-flows') : undefined;
if (!corpus) console.warn('test/cli/speed.test.ts: ../shared/corpus is absent: the corpus speed checks are skipped.');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function wallMs(args: string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status === null) throw new Error(`${args.join(' ')} did not finish`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

describe.skipIf(!corpus)('speed on the real-flow corpus', () => {
  beforeAll(() => assertBuilt());

  it(`--stats: finding, reading and checking every file costs ${strict ? 'less than' : 'at most 3 times'} JSON.parse-ing it 10 times`, () => {
    const ratios: number[] = [];
    for (let i = 0; i < 3; i++) {
      const run = runCli(['--stats', '--format', 'json', corpus!], ROOT);
      expect(run.code).not.toBe(2);
      expect(JSON.parse(run.stdout).summary.checked).toBeGreaterThan(100);
      const match = /took (\d+\.\d+)x the baseline/.exec(run.stderr);
      expect(match, run.stderr).not.toBeNull();
      ratios.push(Number(match![1]));
    }
    expect(Math.min(...ratios)).toBeLessThan(strict ? 1 : 3);
  });

  it.runIf(strict)('end to end: the CLI process beats `node -e` parsing every file 10 times', () => {
    const parseTenTimes = `const fs=require('fs'),p=require('path');const d=${JSON.stringify(corpus)};const fl=fs.readdirSync(d).filter(f=>f.endsWith('.json'));for(let i=0;i<10;i++)for(const f of fl)JSON.parse(fs.readFileSync(p.join(d,f),'utf8'))`;
    wallMs([CLI, corpus!]); // writes the code cache, as any first run does
    const cli: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < 15; i++) {
      cli.push(wallMs([CLI, corpus!]));
      baseline.push(wallMs(['-e', parseTenTimes]));
    }
    console.log(`CLI ${median(cli).toFixed(0)} ms, node -e JSON.parse x10 ${median(baseline).toFixed(0)} ms (medians of 15)`);
    expect(median(cli)).toBeLessThan(median(baseline));
  });
});
