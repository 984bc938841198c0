/** Runs the built CLI (dist/cli.js) as a process, on copies of the fixture trees under test/fixtures/cli/. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '../..');
export const CLI = path.join(ROOT, 'dist/cli.js');
export const FIXTURES = path.join(ROOT, 'test/fixtures/cli');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function assertBuilt(): void {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does it).`);
}

export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: 'true', ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh copy of the fixture trees in a temporary folder (no config file above it), removed by the caller. */
export function copyFixtures(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-flow-cli-'));
  fs.cpSync(FIXTURES, dir, { recursive: true });
  return dir;
}

/** 1-based line and column of the n-th occurrence of `needle` in a file's text. */
export function lineColumn(text: string, needle: string, occurrence = 0): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${JSON.stringify(needle)} occurs fewer than ${occurrence + 1} times`);
  }
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}
