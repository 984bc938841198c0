/**
 * `connect-flow-lint`: the command-line checker (bundled to dist/cli.js). The same bundle serves as the script of
 * its worker threads. The implementation lives in cli/.
 */
import { runCli } from './cli/main';
import { isCheckWorker, serveWorker } from './cli/pool';

if (isCheckWorker()) {
  serveWorker();
} else {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`connect-flow-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
