#!/usr/bin/env node
// `npm run test:e2e`: compiles the e2e driver and the VS Code API suite, provisions code-server and Chromium,
// packages the extension, then runs the e2e tests with node's test runner (its summary closes the output).
//   node e2e/run.mjs                 code-server + Chromium (what CI runs)
//   node e2e/run.mjs --only=ui       only the Chromium steps (--only=api: only the VS Code API suite)
//   node e2e/run.mjs --code-server=4.93.1   another code-server release (or E2E_CODE_SERVER_VERSION; `oldest` = the
//                                           oldest that meets engines.vscode; default: the pin in provision.ts)
//   node e2e/run.mjs --host=electron VS Code desktop through @vscode/test-electron (needs a VS Code or a download)
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = path.join(repo, '.e2e', 'build');
const electron = process.argv.includes('--host=electron');
const codeServer = process.argv.find((a) => a.startsWith('--code-server='))?.slice('--code-server='.length);
if (codeServer) process.env.E2E_CODE_SERVER_VERSION = codeServer; // read by e2e/provision.ts in the child processes

fs.rmSync(build, { recursive: true, force: true });
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'inline', logLevel: 'warning', mainFields: ['module', 'main'] };
const testDir = path.join(repo, 'client', 'src', 'test');
await Promise.all([
  // The VS Code API suite: one file per test file so mocha can load them one by one; `vscode` and mocha come from the host.
  esbuild.build({
    ...common,
    entryPoints: fs.readdirSync(testDir).filter((f) => ['index.ts', 'runTest.ts'].includes(f) || f.endsWith('.test.ts')).map((f) => path.join(testDir, f)),
    outdir: path.join(build, 'client-tests'),
    external: ['vscode', 'mocha', '@vscode/test-electron'],
  }),
  esbuild.build({
    ...common,
    entryPoints: ['prepare.ts', 'api.test.ts', 'ui.test.ts'].map((f) => path.join(repo, 'e2e', f)),
    outdir: build,
    external: ['playwright-core', '@vscode/vsce', '@vscode/test-electron', 'esbuild'],
  }),
]);

const node = (args) => spawnSync(process.execPath, args, { cwd: repo, stdio: 'inherit' }).status ?? 1;

// esbuild does not check types: a type error in the driver or the suite fails here, before anything starts.
const typecheck = node([path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(repo, 'e2e')]);
if (typecheck !== 0) {
  console.error('[e2e] the e2e driver or the VS Code API suite does not typecheck (tsc -p e2e)');
  process.exit(typecheck);
}

if (electron) {
  // The extension under test is the repository itself (extensionDevelopmentPath), so dist/ must be built.
  const built = spawnSync('npm', ['run', 'build'], { cwd: repo, stdio: 'inherit' }).status ?? 1;
  process.exit(built !== 0 ? built : node([path.join(build, 'client-tests', 'runTest.js')]));
}
const prepared = node([path.join(build, 'prepare.js')]);
if (prepared !== 0) process.exit(prepared);
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const files = ['api', 'ui'].filter((name) => !only || only === name).map((name) => path.join(build, `${name}.test.js`));
process.exit(node(['--test', '--test-concurrency=1', '--test-reporter=spec', ...files]));
