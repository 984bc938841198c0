import * as fs from 'fs';
import type { Worker } from 'worker_threads';
import { checkFile, checkText, ioMessage, type FileResult, type FileTask } from './check';

/**
 * Marks the worker threads the CLI starts from its own bundle (in their process.argv, so that telling a worker from
 * the main thread needs no module; worker_threads is loaded only when workers are used: loading it costs ~10 ms).
 */
export const WORKER_FLAG = '--connect-flow-lint-worker';

function workerThreads(): typeof import('worker_threads') {
  return require('worker_threads') as typeof import('worker_threads');
}

interface Request {
  batch: number;
  tasks: FileTask[];
}
interface Reply {
  batch: number;
  results: FileResult[];
}

/** True inside a checking worker started by runInWorkers. */
export function isCheckWorker(): boolean {
  return process.argv.includes(WORKER_FLAG);
}

/** The worker side: checks each batch it is sent and replies with the results. */
export function serveWorker(): void {
  const { parentPort } = workerThreads();
  parentPort?.on('message', (request: Request) => {
    const reply: Reply = { batch: request.batch, results: request.tasks.map(checkFile) };
    parentPort!.postMessage(reply);
  });
}

function batches(tasks: readonly FileTask[], size: number): FileTask[][] {
  const out: FileTask[][] = [];
  for (let i = 0; i < tasks.length; i += size) out.push(tasks.slice(i, i + size));
  return out;
}

/**
 * Checks on this thread. Reads run ahead of the checks (`readAhead` files in flight on libuv's thread pool), so
 * disk waits overlap with checking.
 */
export async function runOnMainThread(tasks: readonly FileTask[], onDone: (n: number) => void, readAhead = 8): Promise<FileResult[]> {
  const results: FileResult[] = new Array(tasks.length);
  const reads: Array<Promise<string | Error> | undefined> = new Array(tasks.length);
  const read = (i: number) => {
    if (i < tasks.length && !reads[i]) reads[i] = fs.promises.readFile(tasks[i].file, 'utf8').catch((e: Error) => e);
  };
  for (let i = 0; i < Math.min(readAhead, tasks.length); i++) read(i);
  for (let i = 0; i < tasks.length; i++) {
    read(i + readAhead);
    const text = await reads[i]!;
    reads[i] = undefined;
    const task = tasks[i];
    results[i] =
      typeof text === 'string'
        ? checkText(task, text, (fixed) => fs.writeFileSync(task.file, fixed, 'utf8'))
        : { file: task.file, status: 'unreadable', size: 0, flowType: undefined, diagnostics: [], fixes: [], fixSkipped: undefined, error: ioMessage(text) };
    onDone(1);
  }
  return results;
}

/** Checks on this thread with plain synchronous reads (no read-ahead). */
export function runSync(tasks: readonly FileTask[], onDone: (n: number) => void): FileResult[] {
  return tasks.map((task) => {
    const result = checkFile(task);
    onDone(1);
    return result;
  });
}

/**
 * Checks on `workers` worker threads plus this one. Work goes out in small batches on demand (each worker keeps two
 * in hand), so a slow file does not hold up the rest; results come back in the order of `tasks`.
 */
export async function runInWorkers(script: string, tasks: readonly FileTask[], workers: number, onDone: (n: number) => void, batchSize = 16): Promise<FileResult[]> {
  const queue = batches(tasks, batchSize);
  const starts: number[] = queue.map((_, i) => i * batchSize);
  const results: FileResult[] = new Array(tasks.length);
  let next = 0;
  let outstanding = 0;
  const pool: Worker[] = [];
  let fail: ((error: Error) => void) | undefined;
  let finish: (() => void) | undefined;
  const finished = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const store = (batch: number, batchResults: FileResult[]) => {
    for (let j = 0; j < batchResults.length; j++) results[starts[batch] + j] = batchResults[j];
    onDone(batchResults.length);
  };
  const send = (worker: Worker) => {
    if (next >= queue.length) return;
    const batch = next++;
    outstanding++;
    worker.postMessage({ batch, tasks: queue[batch] } satisfies Request);
  };
  const maybeFinish = () => {
    if (next >= queue.length && outstanding === 0) finish!();
  };
  for (let w = 0; w < workers; w++) {
    const worker = new (workerThreads().Worker)(script, { argv: [WORKER_FLAG] });
    worker.on('message', (reply: Reply) => {
      outstanding--;
      store(reply.batch, reply.results);
      send(worker);
      maybeFinish();
    });
    worker.on('error', (error) => fail!(error));
    pool.push(worker);
    send(worker);
    send(worker);
  }
  // This thread takes a batch too whenever it is free, between handling the workers' replies.
  const mainLoop = async () => {
    while (next < queue.length) {
      const batch = next++;
      store(batch, queue[batch].map(checkFile));
      await new Promise((resolve) => setImmediate(resolve));
    }
    maybeFinish();
  };
  try {
    await Promise.all([mainLoop(), finished]);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}
