import * as fs from 'fs';
import { performance } from 'perf_hooks';
import type { FileResult } from './check';
import { count } from './report';

export interface Timings {
  /** Milliseconds from process start to the CLI's first line (Node start-up and loading the checker). */
  startup: number;
  findFiles: number;
  check: number;
  report: number;
  /** Milliseconds from process start to now. */
  total: number;
  threads: number;
}

export interface Baseline {
  files: number;
  /** Milliseconds to read and JSON.parse every checked file, 10 times over, in this process. */
  parseTenTimes: number;
}

/**
 * The yardstick of the speed requirement: reading and JSON.parse-ing the same files ten times over. Measured after
 * the run, in this process, so that both figures share the same warm file cache.
 */
export function measureBaseline(files: readonly string[]): Baseline {
  const start = performance.now();
  for (let round = 0; round < 10; round++) {
    for (const file of files) {
      try {
        JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch {
        // unreadable or invalid: the checker reads it too
      }
    }
  }
  return { files: files.length, parseTenTimes: performance.now() - start };
}

const ms = (n: number) => `${n.toFixed(1).padStart(7)} ms`;

export function formatStats(results: readonly FileResult[], t: Timings, baseline: Baseline): string {
  const by = (status: FileResult['status']) => results.filter((r) => r.status === status).length;
  const chars = results.reduce((sum, r) => sum + r.size, 0);
  const checkWork = t.findFiles + t.check;
  const lines = [
    `${'files'.padEnd(12)}${count(by('checked'), 'flow')} checked, ${by('skipped')} skipped, ${by('excluded')} excluded, ${by('unreadable')} unreadable; ${(chars / 1e6).toFixed(2)} M characters`,
    `${'threads'.padEnd(12)}${t.threads === 1 ? '1 (no workers)' : `${t.threads} (this one and ${count(t.threads - 1, 'worker')})`}`,
    `${'start-up'.padEnd(12)}${ms(t.startup)}  Node start and loading the checker`,
    `${'find files'.padEnd(12)}${ms(t.findFiles)}`,
    `${'read+check'.padEnd(12)}${ms(t.check)}`,
    `${'report'.padEnd(12)}${ms(t.report)}`,
    `${'total'.padEnd(12)}${ms(t.total)}  since the process started`,
    `${'baseline'.padEnd(12)}${ms(baseline.parseTenTimes)}  reading and JSON.parse-ing the same ${count(baseline.files, 'file')} 10 times over (without Node's start-up)`,
    `${''.padEnd(12)}finding, reading and checking took ${baseline.parseTenTimes > 0 ? (checkWork / baseline.parseTenTimes).toFixed(2) : '-'}x the baseline; the whole process ${baseline.parseTenTimes > 0 ? (t.total / baseline.parseTenTimes).toFixed(2) : '-'}x`,
  ];
  return lines.map((l) => `stats: ${l}`).join('\n') + '\n';
}
