import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Worker } from 'worker_threads';

/**
 * Worker threads, started as the very first thing so that their start-up (a new V8 isolate, Node's bootstrap,
 * loading the checker: ~40 ms) overlaps with the main thread's. Light on purpose: the CLI entry imports this module
 * before anything else is loaded.
 */

/** Marks the workers in their process.argv, so that telling a worker from the main thread needs no module. */
export const WORKER_FLAG = '--connect-flow-lint-worker';

export function workerThreads(): typeof import('worker_threads') {
  return require('worker_threads') as typeof import('worker_threads');
}

/** True inside a checking worker (the flag alone, typed on a command line, is not enough). */
export function isCheckWorker(): boolean {
  return process.argv.includes(WORKER_FLAG) && !workerThreads().isMainThread;
}

export function cores(): number {
  const n = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(n, 4));
}

/**
 * The script workers run: dist/cli.js (which loads this bundle through the code cache) beside this bundle, or the
 * bundle itself; undefined when running from the TypeScript sources (tests), where there is no bundle to run.
 */
export function workerScript(): string | undefined {
  if (!__filename.endsWith('.js')) return undefined;
  const loader = path.join(__dirname, 'cli.js');
  return loader !== __filename && fs.existsSync(loader) ? loader : __filename;
}

/** The message a worker sends once it has loaded the checker and can take work. */
export const READY = 'ready';

const ready = new WeakSet<Worker>();

/** Whether a worker has said it is ready (it may have said so before anyone listened: this remembers). */
export function isReady(worker: Worker): boolean {
  return ready.has(worker);
}

/** Starts one checking worker running `script` (the CLI bundle). */
export function startWorker(script: string): Worker {
  const worker = new (workerThreads().Worker)(script, { argv: [WORKER_FLAG] });
  const onReady = (message: unknown) => {
    if (message !== READY) return;
    ready.add(worker);
    worker.off('message', onReady);
  };
  worker.on('message', onReady);
  // A worker must never keep the process alive, nor crash it: errors surface when work is given to it.
  worker.on('error', () => undefined);
  return worker;
}

/**
 * Workers worth starting before the command line is even parsed: with `--jobs N`, N - 1; when an argument is a
 * directory or a glob (many files likely), one per further core; otherwise none. A guess: the caller ends the
 * workers it does not use.
 */
export function prestartWorkers(argv: readonly string[], script: string | undefined, cwd = process.cwd()): Worker[] {
  if (!script || argv[0] === 'graph' || argv.some((a) => a === '-h' || a === '--help' || a === '-v' || a === '--version' || a === '--list-rules')) return [];
  let wanted = 0;
  const jobsAt = argv.findIndex((a) => a === '-j' || a === '--jobs' || a.startsWith('--jobs='));
  if (jobsAt >= 0) {
    const value = argv[jobsAt].startsWith('--jobs=') ? argv[jobsAt].slice(7) : argv[jobsAt + 1];
    wanted = /^\d+$/.test(value ?? '') ? Math.min(Number(value), 32) - 1 : 0;
  } else if (argv.some((a) => !a.startsWith('-') && directoryOrGlob(a, cwd))) {
    wanted = cores() - 1;
  }
  const workers: Worker[] = [];
  for (let i = 0; i < wanted; i++) workers.push(startWorker(script));
  return workers;
}

function directoryOrGlob(arg: string, cwd: string): boolean {
  try {
    return fs.statSync(path.resolve(cwd, arg)).isDirectory();
  } catch {
    return /[*?[\]{}()!]/.test(arg);
  }
}

/** Ends workers without making the process wait for them. */
export function dismiss(workers: readonly Worker[]): void {
  for (const w of workers) {
    w.unref();
    void w.terminate();
  }
}
