/**
 * The command-line checker proper (bundled to dist/cli-main.js, loaded by dist/cli.js). The same bundle serves as the
 * script of its worker threads. Everything else is required, not imported, so that worker threads can be started
 * before the checker is loaded.
 */
import { isCheckWorker, prestartWorkers, workerScript } from './threads';

if (isCheckWorker()) {
  (require('./pool') as typeof import('./pool')).serveWorker();
} else {
  // Standard output on a full device, or a pipe whose reader went away (`| head`): say so once and exit 2 (the
  // documented code for trouble that is not about the flows), instead of an uncaught error with exit 1.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    const why = error.code === 'EPIPE' ? 'the reader closed the pipe' : error.code === 'ENOSPC' ? 'no space left on the device' : error.message;
    try {
      process.stderr.write(`connect-flow-lint: cannot write to standard output: ${why}${error.code ? ` (${error.code})` : ''}\n`);
    } catch {
      // stderr is gone too
    }
    process.exit(2);
  });
  process.stderr.on('error', () => process.exit(2));
  const argv = process.argv.slice(2);
  const workers = prestartWorkers(argv, workerScript());
  (require('./main') as typeof import('./main')).runCli(argv, undefined, workers).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`connect-flow-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
