import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, copyFixtures, lineColumn, runCli } from './run';

let dir: string;
const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const json = (args: string[]) => {
  const run = runCli([...args, '--format', 'json'], dir);
  return { ...run, report: JSON.parse(run.stdout) };
};

beforeAll(() => {
  assertBuilt();
  dir = copyFixtures();
  // A package below node_modules must never be searched (node_modules is not kept in the fixture tree by git).
  fs.mkdirSync(path.join(dir, 'basic/node_modules/lib'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'basic/node_modules/lib/flow.json'), read('basic/mistakes.flow.json'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('stylish output', () => {
  it('groups problems by file with line:col, severity, message and rule id, then a summary', () => {
    const run = runCli(['basic'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    const at = lines.indexOf('basic/mistakes.flow.json');
    expect(at).toBeGreaterThan(0);
    const version = lineColumn(read('basic/mistakes.flow.json'), '"2019-10-31"');
    expect(lines[at + 1]).toBe(
      `  ${version.line}:${version.column}   error    \`Version\` is "2019-10-31"; the flow language has one version, "2019-10-30".  flow-version`,
    );
    expect(lines.slice(at + 1, at + 5).map((l) => l.trim().split(/\s+/).at(-1))).toEqual([
      'flow-version',
      'param-not-string',
      'param-not-integer',
      'conditions-not-supported',
    ]);
    expect(run.stdout).toContain('basic/nested/warnings.json\n');
    expect(run.stdout).not.toContain('clean.json');
    expect(run.stdout).not.toContain('node_modules');
    expect(run.stdout).toContain('\n7 problems (5 errors, 1 warning, 1 info) in 3 of 4 flow files; 1 other file skipped (not a flow).\n');
    expect(run.stdout).toContain('  3 problems can be fixed with the --fix option.\n');
  });

  it('says so when everything is clean, and exits 0', () => {
    const run = runCli(['basic/clean.json'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('\n1 flow file checked: no problems.\n');
  });

  it('checks what a quoted glob matches, like the directory', () => {
    const byGlob = runCli(['basic/**/*.json'], dir);
    const byDir = runCli(['basic'], dir);
    expect(byGlob.code).toBe(1);
    expect(byGlob.stdout).toBe(byDir.stdout);
  });

  it('--quiet reports errors only', () => {
    const run = runCli(['--quiet', 'basic'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/^ +\d+:\d+ +warning /m);
    expect(run.stdout).not.toContain('warnings.json');
    expect(run.stdout).toContain('5 problems (5 errors, 0 warnings)');
  });
});

describe('exit codes', () => {
  it('0 with warnings only, 1 once warnings exceed --max-warnings', () => {
    expect(runCli(['basic/nested/warnings.json'], dir).code).toBe(0);
    expect(runCli(['--max-warnings', '1', 'basic/nested/warnings.json'], dir).code).toBe(0);
    const over = runCli(['--max-warnings', '0', 'basic/nested/warnings.json'], dir);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('connect-flow-lint: 1 warning found, more than --max-warnings 0 allows.\n');
  });

  it('--rule changes a severity, or turns a rule off', () => {
    const raised = json(['--rule', 'param-soft-minimum=error', 'basic/nested/warnings.json']);
    expect(raised.code).toBe(1);
    expect(raised.report.files[0].diagnostics.map((d: { severity: string; ruleId: string }) => [d.ruleId, d.severity])).toEqual([['param-soft-minimum', 'error']]);
    const off = json(['--rule', 'flow-version=off,param-not-integer=off', '--rule', 'conditions-not-supported:warn', 'basic/mistakes.flow.json']);
    expect(off.code).toBe(0);
    expect(off.report.files[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(['param-not-string', 'conditions-not-supported']);
  });

  it('--exit-zero exits 0 despite errors', () => {
    const run = runCli(['--exit-zero', 'basic'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('5 errors');
  });

  it('2 with a clear message for usage mistakes', () => {
    const unknownRule = runCli(['--rule', 'param-soft-minimun=off', 'basic'], dir);
    expect(unknownRule.code).toBe(2);
    expect(unknownRule.stderr).toContain('there is no rule "param-soft-minimun". Did you mean "param-soft-minimum"?');
    const badOption = runCli(['--frobnicate', 'basic'], dir);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toMatch(/^connect-flow-lint: Unknown option '--frobnicate'\. Run connect-flow-lint --help/);
    const badFormat = runCli(['--format', 'xml', 'basic'], dir);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format must be one of stylish, json, sarif; got "xml".');
    const nothing = runCli([], dir);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('name the files, directories or globs to check');
    expect(runCli(['--max-warnings', 'many', 'basic'], dir).stderr).toContain('--max-warnings takes a whole number');
    expect(runCli(['--flow-type', 'lobby', 'basic'], dir).stderr).toContain('--flow-type "lobby" is not a flow type');
  });

  it('2 for a missing file, a glob without match, a directory without flows', () => {
    const missing = runCli(['basic/nope.json'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('connect-flow-lint: "basic/nope.json" does not exist (no such file or directory).\n');
    const glob = runCli(['flows/**/*.json'], dir);
    expect(glob.code).toBe(2);
    expect(glob.stderr).toBe('connect-flow-lint: No files match the glob "flows/**/*.json".\n');
    const empty = runCli(['no-flows'], dir);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('connect-flow-lint: nothing to check: the directory "no-flows" holds 2 files, none of them a flow.\n');
    expect(runCli(['--no-error-on-unmatched-pattern', 'no-flows', 'flows/*.json'], dir).code).toBe(0);
  });

  it('2 for a file that cannot be read, after checking the others', () => {
    const odd = path.join(dir, 'unreadable');
    fs.mkdirSync(odd, { recursive: true });
    fs.symlinkSync('self.json', path.join(odd, 'self.json'));
    const loop = runCli(['unreadable/self.json'], dir);
    expect(loop.code).toBe(2);
    expect(loop.stderr).toBe('connect-flow-lint: Cannot read "unreadable/self.json" (ELOOP).\n');
    // Permissions do not stop root (as in CI); a named pipe cannot be read as a file either (and must not hang).
    expect(spawnSync('mkfifo', [path.join(odd, 'pipe.json')]).status).toBe(0);
    const run = json(['unreadable/pipe.json', 'basic/clean.json']);
    expect(run.code).toBe(2);
    expect(run.report.summary).toMatchObject({ checked: 1, unreadable: 1 });
    expect(run.report.files[0]).toMatchObject({ path: 'unreadable/pipe.json', status: 'unreadable', error: 'it is not a regular file' });
    expect(run.stderr).toBe(`connect-flow-lint: cannot read ${path.join(odd, 'pipe.json')}: it is not a regular file\n`);
    fs.rmSync(odd, { recursive: true });
  });

  it('does not read files far above the size limit: a notice for a flow, a skip for other JSON', () => {
    const big = path.join(dir, 'big');
    fs.mkdirSync(big);
    // Sparse files: 3 GB on paper, no disk used. Reading one whole would take many seconds.
    fs.writeFileSync(path.join(big, 'huge.flow.json'), '{"Version": "2019-10-30", "StartAction": "a", "Actions": [');
    fs.truncateSync(path.join(big, 'huge.flow.json'), 3e9);
    fs.writeFileSync(path.join(big, 'data.json'), '[1, 2, 3');
    fs.truncateSync(path.join(big, 'data.json'), 3e9);
    const run = json(['big']);
    expect(run.code).toBe(0);
    expect(run.report.files.map((f: { path: string; status: string }) => `${f.path} ${f.status}`)).toEqual(['big/data.json skipped', 'big/huge.flow.json checked']);
    expect(run.report.files[1].diagnostics).toMatchObject([
      { ruleId: 'file-too-large', severity: 'info', line: 1, column: 1, message: 'Not checked: the file has 3000000000 bytes, more than the limit of 5000000 characters. Amazon Connect accepts flows of up to 256,000 characters.' },
    ]);
    fs.rmSync(big, { recursive: true });
  });
});

describe('configuration file', () => {
  it('applies the nearest .connectflowrc.json: rule severities, flow types by glob, excludes', () => {
    const { code, report } = json(['configured']);
    expect(code).toBe(1);
    const byPath = Object.fromEntries(report.files.map((f: { path: string }) => [f.path, f]));
    expect(byPath['configured/soft-minimum.json'].diagnostics).toEqual([]);
    expect(byPath['configured/legacy/old.json'].status).toBe('excluded');
    const hold = byPath['configured/hold/callback-in-hold.json'];
    expect(hold.flowType).toBe('CUSTOMER_HOLD');
    expect(hold.diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(['action-flow-type']);
    expect(byPath['configured/untyped.json'].flowType).toBeNull();
    expect(report.summary).toMatchObject({ checked: 3, excluded: 1, errors: 1, warnings: 0 });
  });

  it('gives way to command-line options', () => {
    const { report } = json(['--rule', 'param-soft-minimum=warn', '--flow-type', 'agentWhisper', 'configured']);
    const byPath = Object.fromEntries(report.files.map((f: { path: string }) => [f.path, f]));
    expect(byPath['configured/soft-minimum.json'].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(['param-soft-minimum']);
    expect(byPath['configured/untyped.json'].flowType).toBe('AGENT_WHISPER');
    expect(byPath['configured/untyped.json'].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(['action-flow-type']);
  });

  it('is ignored with --no-config, and --config names one explicitly', () => {
    const none = json(['--no-config', 'configured']);
    expect(none.report.summary).toMatchObject({ checked: 4, excluded: 0 });
    const explicit = json(['--config', 'configured/.connectflowrc.json', 'basic/nested/warnings.json']);
    expect(explicit.code).toBe(0);
    expect(explicit.report.summary.warnings).toBe(0);
  });

  it('exits 2 listing every problem of an invalid file', () => {
    const run = runCli(['bad-config'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`invalid configuration file ${path.join(dir, 'bad-config/.connectflowrc.json')}:`);
    expect(run.stderr).toContain('Unknown setting "flowtype". Did you mean "flowType"?');
    expect(run.stderr).toContain('"rules" names an unknown rule "param-soft-minimun". Did you mean "param-soft-minimum"?');
    expect(run.stderr).toContain('"rules"."param-unknown" must be "off", "info", "hint", "warn" or "error", not "loud".');
    fs.writeFileSync(path.join(dir, 'broken-config.json'), '{ "rules": { ');
    const broken = runCli(['--config', 'broken-config.json', 'basic'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/It is not valid JSON: \w+ at line 1, column \d+\./);
  });
});

describe('json output', () => {
  it('lists every file with its status and 1-based positions', () => {
    const { code, report } = json(['basic']);
    expect(code).toBe(1);
    expect(report.schemaVersion).toBe(1);
    expect(report.tool.name).toBe('connect-flow-lint');
    expect(report.files.map((f: { path: string; status: string }) => `${f.path} ${f.status}`)).toEqual([
      'basic/broken.json checked',
      'basic/clean.json checked',
      'basic/mistakes.flow.json checked',
      'basic/nested/warnings.json checked',
      'basic/package.json skipped',
    ]);
    const mistakes = report.files[2];
    const text = read('basic/mistakes.flow.json');
    const value = lineColumn(text, '5,');
    expect(mistakes.diagnostics[1]).toEqual({
      ruleId: 'param-not-string',
      severity: 'info',
      message: '`InitialCallDelaySeconds` in CreateCallbackContact is a number; flows exported by Amazon Connect write it as a string: "5".',
      line: value.line,
      column: value.column,
      endLine: value.line,
      endColumn: value.column + 1,
      jsonPath: ['Actions', 0, 'Parameters', 'InitialCallDelaySeconds'],
      fixable: true,
      related: [],
    });
    expect(report.summary).toMatchObject({ files: 5, checked: 4, skipped: 1, errors: 5, warnings: 1, infos: 1, fixable: 3 });
  });

  it('is the same with worker threads as on one thread', () => {
    const one = runCli(['--jobs', '1', '--format', 'json', 'basic', 'configured'], dir);
    const three = runCli(['--jobs', '3', '--format', 'json', 'basic', 'configured'], dir);
    expect(three.code).toBe(one.code);
    expect(three.stdout).toBe(one.stdout);
  });
});

describe('--output, --version, --help, --list-rules, --stats', () => {
  it('--output writes the report to a file and nothing to stdout', () => {
    const run = runCli(['--format', 'json', '--output', 'reports/lint.json', 'basic'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(JSON.parse(read('reports/lint.json')).summary.errors).toBe(5);
  });

  it('--version prints the package version', () => {
    const version = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')).version;
    expect(runCli(['--version'], dir)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help and --list-rules', () => {
    const help = runCli(['--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: connect-flow-lint \[options\] <file\|directory\|glob> \.\.\./);
    expect(help.stdout).toContain('--max-warnings <n>');
    const rules = runCli(['--list-rules'], dir);
    expect(rules.stdout).toMatch(/^syntax-error +error +/m);
    expect(rules.stdout).toMatch(/^param-soft-minimum +warning +A value below/m);
  });

  it('--stats prints timings and the JSON.parse baseline on stderr only', () => {
    const run = runCli(['--stats', '--format', 'json', 'basic'], dir);
    expect(JSON.parse(run.stdout).summary.checked).toBe(4);
    expect(run.stderr).toMatch(/^stats: files +4 flows checked, 1 skipped/m);
    expect(run.stderr).toMatch(/^stats: read\+check +\d+\.\d ms/m);
    expect(run.stderr).toMatch(/^stats: baseline +\d+\.\d ms +reading and JSON\.parse-ing the same 4 files 10 times over/m);
  });
});
