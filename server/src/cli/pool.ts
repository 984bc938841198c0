import type { Worker } from 'worker_threads';
import { checkFile, type FileResult, type FileTask } from './check';
import { READY, dismiss, isReady, workerThreads } from './threads';

interface Request {
  batch: number;
  tasks: FileTask[];
}
interface Reply {
  batch: number;
  results: FileResult[];
}

/** The worker side: checks each batch it is sent and replies with the results. */
export function serveWorker(): void {
  const { parentPort } = workerThreads();
  parentPort?.on('message', (request: Request) => {
    const reply: Reply = { batch: request.batch, results: request.tasks.map(checkFile) };
    parentPort!.postMessage(reply);
  });
  parentPort?.postMessage(READY);
}

function batches(tasks: readonly FileTask[], size: number): FileTask[][] {
  const out: FileTask[][] = [];
  for (let i = 0; i < tasks.length; i += size) out.push(tasks.slice(i, i + size));
  return out;
}

/**
 * Checks on this thread with plain synchronous reads. (Reading ahead with fs.promises, so that disk waits overlap
 * with checking, measured slower on a warm file cache: each async read costs more than the whole sync read.)
 */
export function runSync(tasks: readonly FileTask[], onDone: (n: number) => void): FileResult[] {
  return tasks.map((task) => {
    const result = checkFile(task);
    onDone(1);
    return result;
  });
}

/** Worker threads that check batches of files alongside this thread; `close()` ends them. */
export class CheckPool {
  constructor(private readonly workers: Worker[]) {}

  get size(): number {
    return this.workers.length;
  }

  /**
   * Checks the tasks on the workers and this thread. Work goes out in small batches on demand: a worker gets its
   * first batch once it has said it is ready (until then this thread checks), then keeps two in hand. So a slow
   * start or a slow file does not hold up the rest; results come back in the order of `tasks`.
   */
  async run(tasks: readonly FileTask[], onDone: (n: number) => void, batchSize = 8): Promise<FileResult[]> {
    const queue = batches(tasks, batchSize);
    const results: FileResult[] = new Array(tasks.length);
    let next = 0;
    let outstanding = 0;
    let settle!: (error?: Error) => void;
    const finished = new Promise<void>((resolve, reject) => (settle = (error) => (error ? reject(error) : resolve())));
    const store = (batch: number, batchResults: FileResult[]) => {
      for (let j = 0; j < batchResults.length; j++) results[batch * batchSize + j] = batchResults[j];
      onDone(batchResults.length);
    };
    const maybeFinish = () => {
      if (next >= queue.length && outstanding === 0) settle();
    };
    const send = (worker: Worker) => {
      if (next >= queue.length) return;
      const batch = next++;
      outstanding++;
      worker.postMessage({ batch, tasks: queue[batch] } satisfies Request);
    };
    const listeners = this.workers.map((worker) => {
      const onMessage = (reply: Reply | typeof READY) => {
        if (reply === READY) {
          send(worker);
          send(worker);
          return;
        }
        outstanding--;
        store(reply.batch, reply.results);
        send(worker);
        maybeFinish();
      };
      const onError = (error: Error) => settle(error);
      const onExit = () => settle(new Error('a checking worker thread stopped unexpectedly'));
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      if (isReady(worker)) {
        send(worker);
        send(worker);
      }
      return () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
    });
    // This thread takes a batch whenever it is free, between handling the workers' replies.
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
      for (const off of listeners) off();
    }
    return results;
  }

  close(): void {
    dismiss(this.workers);
  }
}
