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
import { prepareWorkspace } from '../../../e2e/workspace';

async function main(): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cf-e2e-electron-'));
  const workspace = prepareWorkspace(path.join(scratch, 'workspace'));
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
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
  console.error(`VS Code API tests failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
