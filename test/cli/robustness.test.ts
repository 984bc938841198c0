/**
 * The CLI against hostile workspaces and failing disks (issue 19), through the built dist/cli.js: --fix never loses
 * a file (full disk, kill, another writer), a hostile config file is a clear error (exit 2), flow text and file names
 * cannot write terminal escapes or workflow commands, directory walks stay in the tree and report folders they
 * cannot read, config lookup stops at the repository root or the current directory, and output errors exit 2.
 */
import { execFileSync, spawnSync, type SpawnSyncOptions } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackAction, endAction, flowText } from '../helpers/flow';
import { CLI, assertBuilt } from './run';

const HARNESS = path.join(__dirname, 'diskHarness.cjs');
/** One param-not-string problem with a safe fix (5 -> "5"): --fix makes the file 2 bytes longer. */
const FIXABLE = flowText([callbackAction({}, { InitialCallDelaySeconds: 5 }), endAction]);
/** One error, param-out-of-range; turned off by ALL_OFF. */
const BAD = flowText([callbackAction({}, { RetryDelaySeconds: '0' }), endAction]);
const ALL_OFF = JSON.stringify({ rules: { 'param-out-of-range': 'off' } });

let root: string;
beforeAll(() => {
  assertBuilt();
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-flow-cli-robust-'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

let counter = 0;
function tree(files: Record<string, string>): string {
  const dir = path.join(root, `t${++counter}`);
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string, options: { env?: Record<string, string>; preload?: string; spawn?: SpawnSyncOptions } = {}): Run {
  const node = options.preload ? ['-r', options.preload] : [];
  const r = spawnSync(process.execPath, [...node, CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: 'true', CONNECT_FLOW_LINT_NO_CACHE: '1', ...options.env },
    timeout: 30_000,
    ...options.spawn,
  });
  return { code: r.status, signal: r.signal, stdout: String(r.stdout), stderr: String(r.stderr) };
}

const leftovers = (dir: string) => fs.readdirSync(dir).filter((n) => n.includes('connect-flow-lint'));

describe('--fix writes all or nothing (item 1)', () => {
  it('the disk fills up while the fixed text is written: exit 2, the file is whole, no temporary file is left', () => {
    const dir = tree({ 'flow.json': FIXABLE });
    const file = path.join(dir, 'flow.json');
    // Injected: every file opened for writing in `dir` takes 100 bytes, then write() fails with ENOSPC. (The old
    // in-place write had truncated the file by then: it was left as its first 100 bytes.)
    const run = cli(['--fix', 'flow.json'], dir, { preload: HARNESS, env: { CONNECT_FLOW_TEST_DIR: dir, CONNECT_FLOW_TEST_FULL_AFTER: '100' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('connect-flow-lint: problem with');
    expect(run.stderr).toMatch(/cannot write the fixed text: no space left on the device \(ENOSPC\); the file was left as it was/);
    expect(fs.readFileSync(file, 'utf8')).toBe(FIXABLE);
    expect(leftovers(dir)).toEqual([]);
    // The report shows the problems of the file as it is, and no fix as applied.
    expect(run.stdout).toContain('param-not-string');
    expect(run.stdout).not.toMatch(/^\s+fixed\s/m);
  });

  const canMount = (() => {
    if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
    const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-flow-mount-probe-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
      execFileSync('umount', [probe], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    } finally {
      fs.rmSync(probe, { recursive: true, force: true });
    }
  })();
  if (!canMount) console.log('[skipped] the real full-disk test needs root and tmpfs (Linux); the injected ENOSPC test above still runs');

  it.skipIf(!canMount)('on a real full file system (a 64 KB tmpfs, filled up): exit 2 and the file is byte for byte the same', () => {
    const mount = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-flow-tmpfs-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount]);
    try {
      // 8,191 bytes: two pages. Fixed it is 8,193 bytes: three pages. With the rest of the disk filled, the old
      // in-place write freed two pages by truncating, wrote two, and failed: the file was cut at 8,192 bytes.
      const text = FIXABLE + ' '.repeat(8191 - Buffer.byteLength(FIXABLE));
      const file = path.join(mount, 'flow.json');
      fs.writeFileSync(file, text);
      const filler = fs.openSync(path.join(mount, 'filler'), 'w');
      try {
        for (;;) fs.writeSync(filler, Buffer.alloc(4096));
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
      } finally {
        fs.closeSync(filler);
      }
      const run = cli(['--fix', 'flow.json'], mount);
      expect(run.stderr).toMatch(/no space left on the device \(ENOSPC\)/);
      expect(run.code).toBe(2);
      expect(fs.readFileSync(file, 'utf8')).toBe(text);
      expect(leftovers(mount)).toEqual([]);
    } finally {
      execFileSync('umount', [mount]);
      fs.rmSync(mount, { recursive: true, force: true });
    }
  });

  it('killed in the middle of writing: the file is the original, whole (the old write left a prefix)', () => {
    const dir = tree({ 'flow.json': FIXABLE });
    const run = cli(['--fix', 'flow.json'], dir, { preload: HARNESS, env: { CONNECT_FLOW_TEST_DIR: dir, CONNECT_FLOW_TEST_KILL_AFTER: '100' } });
    expect(run.signal).toBe('SIGKILL');
    expect(fs.readFileSync(path.join(dir, 'flow.json'), 'utf8')).toBe(FIXABLE);
  });

  it('another program writes the file after it was read: that change is kept, the fix is skipped, and it says so (exit 2)', () => {
    const dir = tree({ 'flow.json': FIXABLE });
    const file = path.join(dir, 'flow.json');
    const theirs = FIXABLE.replace('"Version"', '"Description": "edited meanwhile", "Version"');
    const run = cli(['--fix', 'flow.json'], dir, {
      preload: HARNESS,
      env: { CONNECT_FLOW_TEST_DIR: dir, CONNECT_FLOW_TEST_OTHER_WRITER: file, CONNECT_FLOW_TEST_OTHER_TEXT: theirs },
    });
    expect(fs.readFileSync(file, 'utf8')).toBe(theirs);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`connect-flow-lint: problem with ${file}: not fixed: it changed on disk while it was being checked`);
    expect(leftovers(dir)).toEqual([]);
    const json = cli(['--fix', '--format', 'json', 'flow.json'], dir, {
      preload: HARNESS,
      env: { CONNECT_FLOW_TEST_DIR: dir, CONNECT_FLOW_TEST_OTHER_WRITER: file, CONNECT_FLOW_TEST_OTHER_TEXT: FIXABLE },
    });
    expect(JSON.parse(json.stdout).files[0]).toMatchObject({ fixes: [], fixSkipped: 'the file changed on disk while it was being checked' });
  });

  // What the in-place write did anyway, and the new one must keep doing.
  it('keeps the permissions, writes through a symbolic link (the link stays a link), and fixes as before', () => {
    const dir = tree({ 'real/flow.json': FIXABLE });
    const real = path.join(dir, 'real/flow.json');
    fs.chmodSync(real, 0o640);
    fs.symlinkSync(real, path.join(dir, 'link.json'));
    const run = cli(['--fix', 'link.json'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('fixed    Write it as the string "5"');
    expect(fs.lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(fs.readFileSync(real, 'utf8')).Actions[0].Parameters.InitialCallDelaySeconds).toBe('5');
    expect(fs.statSync(real).mode & 0o777).toBe(0o640);
    expect(leftovers(path.join(dir, 'real'))).toEqual([]);
  });
});

describe('hostile configuration files are a clear error, exit 2 (item 2)', () => {
  it('an array nested 6,000 deep: "invalid configuration file", not an internal RangeError', () => {
    const dir = tree({ '.connectflowrc.json': '['.repeat(6000) + ']'.repeat(6000), 'flow.json': BAD });
    const run = cli(['.'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('internal error');
    expect(run.stderr).toBe(
      `connect-flow-lint: invalid configuration file ${path.join(dir, '.connectflowrc.json')}:\n` +
        '  - It is not read: it nests arrays or objects more than 64 levels deep (at line 1, column 65).\n',
    );
  });

  it('--config naming a FIFO or /dev/zero: refused at once, exit 2', () => {
    const dir = tree({ 'flow.json': BAD });
    fs.mkdirSync(path.join(dir, 'fifo-dir'));
    execFileSync('mkfifo', [path.join(dir, 'fifo-dir/rc.json')]);
    for (const config of ['fifo-dir/rc.json', '/dev/zero']) {
      const run = cli(['--config', config, 'flow.json'], dir, { spawn: { timeout: 10_000 } });
      expect(run.code, config).toBe(2);
      expect(run.stderr).toContain('Cannot read it: it is not a regular file.');
    }
  });
});

describe('flow text and file names cannot act on the terminal or the CI log (item 6)', () => {
  it('newline, ESC and BEL in a parameter key, an action Type and a file name are printed escaped', () => {
    const key = 'Key\n::warning::x\u001b]0;title\u0007';
    const text = flowText([callbackAction({}, { [key]: '1' }), endAction]);
    const typed = flowText([callbackAction({ Type: 'Evil\n::error::pwned\u001b[2J' } as never), endAction]);
    const dir = tree({ 'x\n::error file=a::b\u001b[31m.json': text, '::notice::c.json': typed });
    const run = cli(['.'], dir);
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('::'))).toEqual([]);
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(run.stdout).toContain('`Key\\n::warning::x\\x1b]0;title\\x07` is not a parameter of CreateCallbackContact.');
    expect(lines).toContain('x\\n::error file=a::b\\x1b[31m.json');
    expect(lines).toContain('./::notice::c.json');
    expect(run.stderr).toBe('');
  });

  it('a file name with control characters in an error message on stderr is escaped too', () => {
    const dir = tree({ 'bad\u001b[31m\n::error::x.json': '{"Version": "2019-10-30", "StartAction": "a", "Actions": [' });
    fs.chmodSync(path.join(dir, 'bad\u001b[31m\n::error::x.json'), 0o000);
    fs.chmodSync(root, 0o755);
    const run = cli(['.'], dir, { spawn: process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {} });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`connect-flow-lint: cannot read ${dir}/bad\\x1b[31m\\n::error::x.json: permission denied (EACCES)\n`);
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});

describe('directory walks stay inside the tree and report what they cannot read (items 9, 10)', () => {
  it('a symbolic link to a folder outside the argument is not followed (a note says so); one inside is', () => {
    const outside = tree({ 'secret/flow.json': BAD });
    const dir = tree({ 'repo/flows/a.json': BAD });
    fs.symlinkSync(path.join(outside, 'secret'), path.join(dir, 'repo/flows/out'));
    fs.symlinkSync('/', path.join(dir, 'repo/flows/root'));
    fs.symlinkSync(path.join(dir, 'repo/flows'), path.join(dir, 'repo/z-again'));
    const started = Date.now();
    const run = cli(['--format', 'json', 'repo'], dir);
    expect(Date.now() - started).toBeLessThan(20_000);
    const files = JSON.parse(run.stdout).files.map((f: { path: string }) => f.path);
    // The flow once (repo/z-again is a link to repo/flows, inside the tree: followed, and seen to be the same).
    expect(files).toEqual(['repo/flows/a.json']);
    expect(run.stderr).toContain(`connect-flow-lint: note: not following ${path.join(dir, 'repo/flows/out')}: the symbolic link leads out of the directory being checked.`);
    expect(run.stderr).toContain(`not following ${path.join(dir, 'repo/flows/root')}`);
    expect(run.code).toBe(1);
    // A glob does not follow links at all.
    const glob = cli(['--format', 'json', 'repo/**/*.json'], dir);
    expect(JSON.parse(glob.stdout).files.map((f: { path: string }) => f.path)).toEqual(['repo/flows/a.json']);
  });

  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  it.skipIf(process.platform === 'win32')('a folder it cannot list: "cannot read" and exit 2, not "no problems" and exit 0', () => {
    const dir = tree({ 'flows/ok.json': FIXABLE.replace('5', '"5"'), 'flows/locked/hidden.json': BAD });
    fs.chmodSync(root, 0o755);
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(path.join(dir, 'flows/locked'), 0o000);
    try {
      // As root permissions do not stop a read: the CLI runs as nobody then.
      const run = cli(['flows'], dir, { spawn: asNobody });
      expect(run.stderr).toContain(`connect-flow-lint: cannot read ${path.join(dir, 'flows/locked')}: permission denied (EACCES)`);
      expect(run.code).toBe(2);
      expect(run.stdout).toContain('1 unreadable');
    } finally {
      fs.chmodSync(path.join(dir, 'flows/locked'), 0o755);
    }
  });
});

describe('config lookup stops at the repository root, or at the current directory outside a repository (item 13)', () => {
  it('a config file above the repository root does not apply; one inside it does, from any folder below', () => {
    const dir = tree({ '.connectflowrc.json': ALL_OFF, 'repo/.git/HEAD': 'x', 'repo/flows/a.json': BAD, 'configured/.git/HEAD': 'x', 'configured/.connectflowrc.json': ALL_OFF, 'configured/flows/a.json': BAD });
    expect(cli(['flows'], path.join(dir, 'repo')).code).toBe(1);
    expect(cli(['.'], path.join(dir, 'repo/flows')).code).toBe(1);
    expect(cli(['flows'], path.join(dir, 'configured')).code).toBe(0);
    expect(cli(['a.json'], path.join(dir, 'configured/flows')).code).toBe(0);
  });

  it('outside a repository: up to the current directory, not above it', () => {
    const dir = tree({ '.connectflowrc.json': ALL_OFF, 'project/flows/a.json': BAD, 'project/b.json': BAD });
    expect(cli(['flows'], path.join(dir, 'project')).code).toBe(1);
    expect(cli(['project'], dir).code).toBe(0);
  });
});

describe('output that cannot be written, inputs that never end (item 14)', () => {
  it('standard output on a full device (/dev/full): a message and exit 2', () => {
    const dir = tree({ 'flow.json': BAD });
    const out = fs.openSync('/dev/full', 'w');
    try {
      const run = cli(['flow.json'], dir, { spawn: { stdio: ['ignore', out, 'pipe'] } });
      expect(run.stderr).toBe('connect-flow-lint: cannot write to standard output: no space left on the device (ENOSPC)\n');
      expect(run.code).toBe(2);
      const graph = cli(['graph', 'flow.json'], dir, { spawn: { stdio: ['ignore', out, 'pipe'] } });
      expect(graph.code).toBe(2);
    } finally {
      fs.closeSync(out);
    }
  });

  it('standard output a pipe closed by its reader: exit 2, no stack trace', () => {
    const dir = tree({ 'flow.json': BAD });
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" flow.json | true; echo "exit \${PIPESTATUS:-x}"`], { cwd: dir, encoding: 'utf8' });
    // sh has no PIPESTATUS: run through bash when present.
    const bash = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" flow.json | true; echo "exit \${PIPESTATUS[0]}"`], { cwd: dir, encoding: 'utf8' });
    const result = bash.error ? r : bash;
    if (!bash.error) expect(result.stdout.trim()).toBe('exit 2');
    expect(result.stderr).not.toContain('Unhandled');
    expect(result.stderr).not.toContain('    at ');
  });

  it('graph on a FIFO or /dev/zero: refused at once (exit 2), not blocked or reading gigabytes', () => {
    const dir = tree({});
    execFileSync('mkfifo', [path.join(dir, 'pipe.json')]);
    for (const target of ['pipe.json', '/dev/zero']) {
      const started = Date.now();
      const run = cli(['graph', target], dir, { spawn: { timeout: 10_000 } });
      expect(run.code, target).toBe(2);
      expect(run.stderr).toBe(`connect-flow-lint graph: cannot read ${target}: it is not a regular file\n`);
      expect(Date.now() - started).toBeLessThan(5000);
    }
  });

  it('graph on a file larger than 15 MB: refused (exit 2)', () => {
    const dir = tree({});
    fs.writeFileSync(path.join(dir, 'big.json'), Buffer.alloc(15_000_001, 0x20));
    const run = cli(['graph', 'big.json'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('connect-flow-lint graph: cannot read big.json: it has 15000001 bytes, more than the limit of 15000000\n');
  });
});
