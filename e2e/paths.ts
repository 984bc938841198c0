/** Where things are during an e2e run. Bundles run from .e2e/build/, two levels below the repository. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

function findRepoRoot(): string {
  let dir = __dirname;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'connect-flow-language') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find the connect-flow-language repository above ${__dirname}`);
    dir = up;
  }
}

export const REPO = findRepoRoot();
export const BUILD_DIR = path.join(REPO, '.e2e', 'build');
/** The compiled VS Code API suite (client/src/test), loaded by both hosts. */
export const CLIENT_TESTS_DIR = path.join(BUILD_DIR, 'client-tests');
export const CONTEXT_FILE = path.join(BUILD_DIR, 'context.json');
export const SCREENSHOT_DIR = path.join(REPO, 'test-results', 'e2e');
export const VSIX = path.join(REPO, 'dist', 'connect-flow-language.vsix');

/** What prepare.ts found and built, for the test files. */
export interface RunContext {
  codeServerBin: string;
  chromium: string;
  vsix: string;
  helperVsix: string;
  codeServerVersion: string;
  vscodeVersion: string;
}

export function readContext(): RunContext {
  if (!fs.existsSync(CONTEXT_FILE)) throw new Error(`${CONTEXT_FILE} is missing: run the e2e tests with \`npm run test:e2e\`.`);
  const context = JSON.parse(fs.readFileSync(CONTEXT_FILE, 'utf8')) as RunContext;
  // Another build of the extension, e.g. to measure an older one's activation time (docs/e2e.md).
  if (process.env.E2E_VSIX) context.vsix = process.env.E2E_VSIX;
  return context;
}

/**
 * A fresh scratch directory outside the repository (code-server puts a unix socket in its user-data dir, so the
 * path must stay short).
 */
export function scratchDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `cf-e2e-${label}-`));
}
