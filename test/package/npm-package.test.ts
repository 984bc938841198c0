import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The npm package `connect-flow-lint` (packages/cli, issue 15 §5): built from the production bundles into a
 * temporary folder, packed offline, installed from the tarball into a scratch project, then used the way a user
 * would: `npx connect-flow-lint` and `require('connect-flow-lint')`.
 */
const root = path.resolve(__dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const offline = { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
let work: string;
let built: string;
let project: string;
let packed: Array<{ path: string }>;

beforeAll(() => {
  for (const file of ['cli.js', 'cli-main.js', 'api.js', 'engine.js']) {
    if (!fs.existsSync(path.join(root, 'dist', file))) throw new Error(`dist/${file} is missing: run \`npm run build\` first (npm test does it).`);
  }
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'cfl-npm-'));
  built = path.join(work, 'connect-flow-lint');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'npm-package.mjs'), '--out', built], { stdio: 'pipe' });
  const dry = execFileSync(npm, ['pack', '--dry-run', '--json'], { cwd: built, env: offline, encoding: 'utf8' });
  packed = JSON.parse(dry)[0].files;
  execFileSync(npm, ['pack', '--pack-destination', work], { cwd: built, env: offline, stdio: 'pipe' });
  project = path.join(work, 'project');
  fs.mkdirSync(path.join(project, 'flows'), { recursive: true });
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'scratch', version: '1.0.0', private: true }));
  fs.copyFileSync(path.join(root, 'examples', 'callback-mistakes.flow.json'), path.join(project, 'flows', 'callback-mistakes.flow.json'));
  const tarball = fs.readdirSync(work).find((f) => f.endsWith('.tgz'))!;
  execFileSync(npm, ['install', '--no-save', '--offline', path.join(work, tarball)], { cwd: project, env: offline, stdio: 'pipe' });
}, 180_000);
afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('npm package connect-flow-lint', () => {
  it('holds the CLI, the Node API, the engine, their source maps and type declarations, and nothing else', () => {
    const files = packed.map((f) => f.path).sort();
    expect(files.filter((f) => !f.startsWith('types/'))).toEqual([
      'LICENSE',
      'README.md',
      'dist/api.js',
      'dist/api.js.map',
      'dist/cli-main.js',
      'dist/cli-main.js.map',
      'dist/cli.js',
      'dist/cli.js.map',
      'dist/engine.js',
      'dist/engine.js.map',
      'package.json',
    ]);
    expect(files).toContain('types/cli/api.d.ts');
    expect(files).toContain('types/engine/index.d.ts');
    expect(files.filter((f) => f.startsWith('types/') && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('is publishable: not private, a bin, exports with types, the version of the extension', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(built, 'package.json'), 'utf8'));
    const extension = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.private).toBeUndefined();
    expect(pkg.version).toBe(extension.version);
    expect(pkg.bin).toEqual({ 'connect-flow-lint': './dist/cli.js' });
    expect(pkg.exports['.']).toEqual({ types: './types/cli/api.d.ts', default: './dist/api.js' });
    expect(pkg.exports['./engine']).toEqual({ types: './types/engine/index.d.ts', default: './dist/engine.js' });
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('`npx connect-flow-lint` runs the installed bin: findings, exit 1, the package version', () => {
    const run = (args: string[]) => spawnSync(npm, ['exec', '--offline', '--no', '--', 'connect-flow-lint', ...args], { cwd: project, env: { ...offline, NO_COLOR: '1' }, encoding: 'utf8' });
    const version = run(['--version']);
    expect(version.stdout.trim()).toBe('0.1.0');
    const lint = run(['--format', 'json', 'flows/']);
    expect(lint.status).toBe(1);
    const report = JSON.parse(lint.stdout);
    const codes = report.files.flatMap((f: any) => f.diagnostics.map((d: any) => d.ruleId));
    expect(codes).toContain('dangling-next-action');
  });

  it('`require("connect-flow-lint")` gives lintFiles and validate; `connect-flow-lint/engine` the engine alone', () => {
    const script = `
      const api = require('connect-flow-lint');
      const engine = require('connect-flow-lint/engine');
      let internal = 'exported';
      try { require('connect-flow-lint/dist/cli-main.js'); } catch (e) { internal = e.code; }
      api.lintFiles(['flows/'], { cwd: process.cwd() }).then(async (result) => {
        let setup;
        try { await api.lintFiles(['nowhere/*.json']); } catch (e) { setup = e.name + ': ' + e.problems[0]; }
        const text = require('fs').readFileSync('flows/callback-mistakes.flow.json', 'utf8');
        console.log(JSON.stringify({
          files: result.files.map((f) => [require('path').basename(f.file), f.status]),
          errors: result.summary.errors,
          codes: [...new Set(result.files[0].diagnostics.map((d) => d.code))].sort(),
          validate: engine.validate(text).length === api.validate(text).length && api.validate(text).length > 0,
          setup,
          internal,
        }));
      });`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: project, encoding: 'utf8' }));
    expect(out.files).toEqual([['callback-mistakes.flow.json', 'checked']]);
    expect(out.errors).toBeGreaterThan(0);
    expect(out.codes).toContain('dangling-next-action');
    expect(out.validate).toBe(true);
    expect(out.setup).toBe('LintSetupError: No files match the glob "nowhere/*.json".');
    expect(out.internal).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  it('the bundles point to their shipped source maps', () => {
    for (const file of ['cli-main.js', 'api.js', 'engine.js']) {
      const text = fs.readFileSync(path.join(built, 'dist', file), 'utf8');
      expect(text.trimEnd().endsWith(`//# sourceMappingURL=${file}.map`)).toBe(true);
      expect(JSON.parse(fs.readFileSync(path.join(built, 'dist', `${file}.map`), 'utf8')).version).toBe(3);
    }
  });
});

describe('the .vsix', () => {
  it('ships only what the extension loads from dist/: no CLI, no engine bundle, no source map', () => {
    const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim());
    expect(ignore[0]).toBe('**');
    expect(ignore.filter((l) => l.startsWith('!dist/')).sort()).toEqual(['!dist/client-lsp.js', '!dist/client.js', '!dist/server.js']);
    // The extension's bundles do not name a map that the .vsix does not hold.
    for (const file of ['client.js', 'client-lsp.js', 'server.js']) {
      expect(fs.readFileSync(path.join(root, 'dist', file), 'utf8')).not.toMatch(/sourceMappingURL=data:|sourceMappingURL=\S+\.map\s*$/);
    }
  });
});
