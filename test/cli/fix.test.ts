import * as fs from 'fs';
import * as path from 'path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, copyFixtures, runCli } from './run';

let dir: string;
const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const codes = (args: string[]) => {
  const report = JSON.parse(runCli([...args, '--format', 'json'], dir).stdout);
  return report.files.map((f: { path: string; diagnostics: Array<{ ruleId: string }> }) => [f.path, f.diagnostics.map((d) => d.ruleId)]);
};

beforeAll(() => {
  assertBuilt();
  dir = copyFixtures();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('--fix', () => {
  it('applies the safe fixes in place, reports them, and a re-check no longer shows them', () => {
    expect(codes(['basic/mistakes.flow.json'])).toEqual([
      ['basic/mistakes.flow.json', ['flow-version', 'param-not-string', 'param-not-integer', 'conditions-not-supported']],
    ]);
    const run = runCli(['--fix', 'basic/mistakes.flow.json'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('\nbasic/mistakes.flow.json\n');
    expect(run.stdout).toContain('  fixed    Set `Version` to "2019-10-30"  flow-version\n');
    expect(run.stdout).toContain('  fixed    Write it as the string "5"  param-not-string\n');
    expect(run.stdout).toContain('  fixed    Remove the condition branches  conditions-not-supported\n');
    expect(run.stdout).toContain('3 fixes applied in 1 file.');

    const text = read('basic/mistakes.flow.json');
    const flow = JSON.parse(text);
    expect(flow.Version).toBe('2019-10-30');
    expect(flow.Actions[0].Parameters.InitialCallDelaySeconds).toBe('5');
    expect(flow.Actions[0].Transitions.Conditions).toEqual([]);
    // What no safe fix exists for is left as it was.
    expect(flow.Actions[0].Parameters.RetryDelaySeconds).toBe('ten minutes');
    expect(codes(['basic/mistakes.flow.json'])).toEqual([['basic/mistakes.flow.json', ['param-not-integer']]]);
  });

  it('reports the fixes in the JSON output', () => {
    fs.writeFileSync(path.join(dir, 'again.flow.json'), read('basic/clean.json').replace('"2019-10-30"', '"2020-01-01"'));
    const report = JSON.parse(runCli(['--fix', '--format', 'json', 'again.flow.json'], dir).stdout);
    expect(report.files[0].fixes).toEqual([{ ruleId: 'flow-version', title: 'Set `Version` to "2019-10-30"' }]);
    expect(report.summary).toMatchObject({ fixesApplied: 1, filesFixed: 1 });
  });

  it('never touches a file with JSON syntax errors, and says why', () => {
    const before = read('basic/broken.json');
    const report = JSON.parse(runCli(['--fix', '--format', 'json', 'basic/broken.json'], dir).stdout);
    expect(read('basic/broken.json')).toBe(before);
    expect(report.files[0].fixes).toEqual([]);
    expect(report.files[0].fixSkipped).toBe('the file has JSON syntax errors');
  });

  it('leaves clean files and non-flow files byte for byte as they were', () => {
    const clean = read('basic/clean.json');
    const pkg = read('basic/package.json');
    const run = runCli(['--fix', 'basic/clean.json', 'basic/package.json'], dir);
    expect(run.code).toBe(0);
    expect(read('basic/clean.json')).toBe(clean);
    expect(read('basic/package.json')).toBe(pkg);
  });

  it('does not fix what a rule setting turned off', () => {
    fs.writeFileSync(path.join(dir, 'off.flow.json'), read('basic/clean.json').replace('"2019-10-30"', '"2019-10-31"'));
    runCli(['--fix', '--rule', 'flow-version=off', 'off.flow.json'], dir);
    expect(JSON.parse(read('off.flow.json')).Version).toBe('2019-10-31');
  });
});

describe('--fix keeps the author\'s intent, and a plain check does not try fix-all (issues 14 §4, 19.4, 19.5)', () => {
  const write = (name: string, flow: unknown, indent = 2) => {
    fs.mkdirSync(path.join(dir, 'intent'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'intent', name), JSON.stringify(flow, null, indent));
  };
  const flow = (actions: unknown[]) => ({ Version: '2019-10-30', StartAction: 'a0', Metadata: {}, Actions: actions });
  const end = { Identifier: 'end', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };

  it('"Atributes" is renamed with its data: the error is fixed, not hidden behind an empty Attributes (19.5)', () => {
    write('atributes.flow.json', flow([{ Identifier: 'a0', Type: 'UpdateContactAttributes', Parameters: { Atributes: { customerTier: 'gold' } }, Transitions: { NextAction: 'end', Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] } }, end]));
    const run = runCli(['--fix', 'intent/atributes.flow.json'], dir);
    expect(run.stdout).toContain('  fixed    Rename `Atributes` to `Attributes`  param-required\n');
    expect(run.code).toBe(0);
    expect(JSON.parse(read('intent/atributes.flow.json')).Actions[0].Parameters).toEqual({ Attributes: { customerTier: 'gold' } });
  });

  it('"RetryDelaySecond": "120" keeps its 120 seconds (was: "RetryDelaySeconds": "600" added beside it)', () => {
    write('retry.flow.json', flow([{ Identifier: 'a0', Type: 'CreateCallbackContact', Parameters: { InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1', RetryDelaySecond: '120' }, Transitions: { NextAction: 'end', Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] } }, end]));
    runCli(['--fix', 'intent/retry.flow.json'], dir);
    expect(JSON.parse(read('intent/retry.flow.json')).Actions[0].Parameters).toEqual({ InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1', RetryDelaySeconds: '120' });
  });

  it('a 1.4 MB flow with 9,000 fixable warnings: a plain check lists 200 per rule, counts them fixable, and is quick (was: 56 s)', () => {
    const actions = Array.from({ length: 4500 }, (_, i) => ({
      Identifier: `a${i}`,
      Type: 'CreateCallbackContact',
      Parameters: { InitialCallDelaySeconds: 5, MaximumConnectionAttempts: 1, RetryDelaySeconds: '600' },
      Transitions: { NextAction: i + 1 < 4500 ? `a${i + 1}` : 'end', Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] },
    }));
    write('big.flow.json', flow([...actions, end]));
    const start = Date.now();
    const run = runCli(['--format', 'json', 'intent/big.flow.json'], dir);
    const ms = Date.now() - start;
    console.log(`[perf] CLI check, 1.4 MB, 9,000 fixable warnings: ${ms} ms wall`);
    const report = JSON.parse(run.stdout);
    const notString = report.files[0].diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'param-not-string');
    expect(notString).toHaveLength(201);
    expect(notString[200].message).toMatch(/^8800 more `param-not-string` problems in this file are not listed/);
    expect(report.summary.fixable).toBe(200);
    expect(ms).toBeLessThan(15_000);
  });
});
