/**
 * The command-line checker proper (bundled to dist/cli-main.js, loaded by dist/cli.js). The same bundle serves as the
 * script of its worker threads. Everything else is required, not imported, so that worker threads can be started
 * before the checker is loaded.
 */
import { isCheckWorker, prestartWorkers, workerScript } from './threads';

if (isCheckWorker()) {
  (require('./pool') as typeof import('./pool')).serveWorker();
} else {
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
