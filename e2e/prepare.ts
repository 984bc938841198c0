/**
 * Everything before the tests: provision (apt, code-server), package the extension as users get it, package the
 * test-only helper extension, and write .e2e/build/context.json for the test files.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { createVSIX } from '@vscode/vsce';
import { provision } from './provision';
import { BUILD_DIR, CLIENT_TESTS_DIR, CONTEXT_FILE, REPO, SCREENSHOT_DIR, VSIX, type RunContext } from './paths';

function log(message: string): void {
  process.stdout.write(`[e2e] ${message}\n`);
}

/** `npm run package`, under the shared build lock when this machine has one (several builds may run at once). */
function packageExtension(): void {
  const started = Date.now();
  const hasFlock = spawnSync('flock', ['--version']).status === 0;
  const [cmd, args] = hasFlock ? ['flock', ['/tmp/build.lock', 'npm', 'run', 'package']] : ['npm', ['run', 'package']];
  const r = spawnSync(cmd, args, { cwd: REPO, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0 || !fs.existsSync(VSIX)) {
    throw new Error(`\`npm run package\` failed (exit ${r.status ?? r.signal}); the e2e tests need the packaged .vsix:\n${r.stdout}\n${r.stderr}`);
  }
  log(`npm run package: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function packageHelper(): Promise<string> {
  const source = path.join(REPO, 'e2e', 'helper-extension');
  const dir = path.join(BUILD_DIR, 'helper-extension');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(source, dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'e2e-config.json'), JSON.stringify({ suite: path.join(CLIENT_TESTS_DIR, 'index.js') }, null, 2));
  const out = path.join(BUILD_DIR, 'connect-flow-e2e-helper.vsix');
  const quiet = console.log;
  console.log = () => undefined; // vsce prints a "DONE" banner per package.
  try {
    await createVSIX({ cwd: dir, packagePath: out, dependencies: false, allowMissingRepository: true, skipLicense: true });
  } finally {
    console.log = quiet;
  }
  return out;
}

async function main(): Promise<void> {
  const provisioned = provision();
  packageExtension();
  const helperVsix = await packageHelper();
  fs.rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const context: RunContext = {
    codeServerBin: provisioned.codeServerBin,
    chromium: provisioned.chromium,
    vsix: VSIX,
    helperVsix,
    codeServerVersion: provisioned.codeServerVersion,
    vscodeVersion: provisioned.vscodeVersion,
  };
  fs.writeFileSync(CONTEXT_FILE, JSON.stringify(context, null, 2));
}

main().catch((error) => {
  process.stderr.write(`[e2e] preparation failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
