import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { assertBuilt, ROOT, runCli } from './run';

/** `connect-flow-lint test` through the built dist/cli.js, on a copy of examples/testing. */
let dir: string;

const sales = () => JSON.parse(fs.readFileSync(path.join(dir, 'order-line-sales.test.json'), 'utf8'));
function write(name: string, value: unknown): string {
  fs.writeFileSync(path.join(dir, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return name;
}

beforeAll(() => {
  assertBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-flow-test-'));
  fs.cpSync(path.join(ROOT, 'examples/testing'), dir, { recursive: true });
  // A failing copy: the queue is Sales, not Support.
  const failing = sales();
  failing.Observations[2].Actions[0].Parameters.Operand = 'Support';
  write('order-line-support.test.json', failing);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('connect-flow-lint test', () => {
  it('passes the example tests, finding the flow by the naming convention: exit 0', () => {
    const r = runCli(['test', 'order-line-sales.test.json', 'order-line-lookup.test.json'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('PASS  order-line-sales.test.json (Press 2 reaches the Sales queue)  3/3 observations, 6 actions');
    expect(r.stdout).toContain('PASS  order-line-lookup.test.json  4/4 observations');
    expect(r.stdout).toContain('2 tests: 2 passed, 0 failed.');
    expect(r.code).toBe(0);
  });

  it('prints the failed observation and the trace up to it: exit 1', () => {
    const r = runCli(['test', '*.test.json'], dir);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('FAIL  order-line-support.test.json'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines[at + 1]).toBe('    observation "queued": Assert "queue-is-sales" failed: $.Queue.Name is "Sales", expected Equals "Support".');
    expect(lines[at + 2]).toBe('    trace (6 actions):');
    expect(lines[at + 3]).toBe('      check-hours (CheckHoursOfOperation) -> [= True] welcome  mocked in hours');
    expect(lines[at + 5]).toBe('      menu (GetParticipantInput) -> [= 2] set-queue  input "2"');
    expect(lines[at + 8]).toBe('      transfer (TransferContactToQueue) (stops here)');
    expect(r.stdout).toContain('3 tests: 2 passed, 1 failed.');
  });

  it('--format json gives per test the status, observations and trace', () => {
    const r = runCli(['test', 'order-line-support.test.json', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toEqual({ tests: 1, passed: 0, failed: 1, errors: 0 });
    const t = report.tests[0];
    expect(t).toMatchObject({ file: 'order-line-support.test.json', flow: 'order-line.flow.json', status: 'failed', failure: { observation: 'queued', action: 'queue-is-sales' } });
    expect(t.observations).toEqual([
      { id: 'start', matches: 1, status: 'matched' },
      { id: 'menu', matches: 1, status: 'matched' },
      { id: 'queued', matches: 1, status: 'matched' },
    ]);
    expect(t.trace.map((s: { actionId: string }) => s.actionId)).toEqual(['check-hours', 'welcome', 'menu', 'set-queue', 'to-queue-msg', 'transfer']);
  });

  it('--format junit writes XML a CI dashboard reads', () => {
    const r = runCli(['test', '.', '-f', 'junit'], dir);
    expect(r.code).toBe(1);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(r.stdout);
    expect(doc.testsuites['@_tests']).toBe('3');
    expect(doc.testsuites['@_failures']).toBe('1');
    const failed = doc.testsuites.testsuite.testcase.find((c: { failure?: unknown }) => c.failure);
    expect(failed['@_classname']).toBe('order-line-support.test.json');
    expect(failed.failure['@_message']).toContain('Assert "queue-is-sales" failed');
  });

  it('--coverage reports actions and branches per flow', () => {
    const r = runCli(['test', 'order-line-sales.test.json', 'order-line-lookup.test.json', '--coverage'], dir);
    expect(r.stdout).toContain('Coverage:\n  order-line.flow.json: actions 9/15 (60%), branches 8/37 (21%)\n    actions never run: retry-loop, sorry, in-progress, lookup-failed, closed, bye');
    const json = JSON.parse(runCli(['test', 'order-line-sales.test.json', '--coverage', '-f', 'json'], dir).stdout);
    expect(json.coverage[0]).toMatchObject({ flow: 'order-line.flow.json', actions: { total: 15, taken: 6 } });
  });

  it('--flow names the flow; a test with problems is bad input with positions: exit 2', () => {
    const bad = sales();
    bad.Observations[1].Event.Properties.Colour = 'red';
    write('broken.json', bad);
    const r = runCli(['test', 'broken.json', '--flow', 'order-line.flow.json'], dir);
    expect(r.code).toBe(2);
    const text = fs.readFileSync(path.join(dir, 'broken.json'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('"Colour"')) + 1;
    expect(r.stdout).toContain(`broken.json:${line}:11: error: Unknown field "Colour" in The Properties of a MessageReceived event; allowed: PromptId, Text, SSML, Media, MatchingCriteria.`);
    expect(r.stderr).toContain('connect-flow-lint test: broken.json: 1 problem(s) in the test file');
  });

  it('a test whose flow cannot be found is bad input: exit 2', () => {
    write('lonely.test.json', sales());
    const r = runCli(['test', 'lonely.test.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('lonely.test.json: no flow to run it against');
    fs.rmSync(path.join(dir, 'lonely.test.json'));
  });

  it.each([
    [['test'], 'name the test files'],
    [['test', 'x.test.json', '--format', 'tap'], '--format must be one of text, json, junit, not "tap".'],
    [['test', 'missing.test.json'], '"missing.test.json" does not exist'],
    [['test', 'order-line.flow.json', '--bogus'], 'unknown option "--bogus"'],
  ])('usage errors exit 2: %j', (args, message) => {
    const r = runCli(args as string[], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('prints its help', () => {
    const r = runCli(['test', '--help'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: connect-flow-lint test <test file|directory|glob>');
  });
});
