/**
 * Runs the VS Code API tests in VS Code desktop through @vscode/test-electron: `npm run test:e2e:electron`.
 * It downloads VS Code (VSCODE_VERSION, default "stable") unless VSCODE_EXECUTABLE_PATH names an installed one.
 * Machines without a route to the VS Code update server cannot download it; there, `npm run test:e2e` runs the same
 * suite inside code-server instead.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { CLIENT_TESTS_DIR, REPO } from '../../../e2e/paths';
import { cacheDir } from '../../../e2e/provision';
import { prepareWorkspace } from '../../../e2e/workspace';

async function main(): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cf-e2e-electron-'));
  const workspace = prepareWorkspace(path.join(scratch, 'workspace'));
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      cachePath: path.join(cacheDir(), 'vscode-test'), // downloads stay outside the repository
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: path.join(CLIENT_TESTS_DIR, 'index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir',
        path.join(scratch, 'user-data'),
      ],
    });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  const message = error instanceof Error ? error.message : String(error);
  const offline = /ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|download/i.test(message);
  console.error(`VS Code API tests failed: ${message}`);
  if (offline) {
    console.error('VS Code could not be downloaded. Set VSCODE_EXECUTABLE_PATH to an installed VS Code, or run `npm run test:e2e` (code-server).');
  }
  process.exit(1);
});
