import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { startClient, SERVER_JS, type TestClient } from '../helpers/lspClient';

/** Test cases in the testing language get diagnostics in the editor: their structure, and against their flow on disk. */
describe('language server over stdio: test case files', () => {
  let client: TestClient;
  let dir: string;
  const examples = path.resolve(__dirname, '../../examples/testing');

  beforeAll(async () => {
    if (!fs.existsSync(SERVER_JS)) throw new Error('dist/server.js is missing: run `npm run build` first (npm test does it).');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-flow-tests-lsp-'));
    fs.copyFileSync(path.join(examples, 'order-line.flow.json'), path.join(dir, 'order-line.flow.json'));
    client = await startClient();
  });
  afterAll(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const sales = () => JSON.parse(fs.readFileSync(path.join(examples, 'order-line-sales.test.json'), 'utf8'));

  it('publishes nothing for a valid test of its flow', async () => {
    const uri = URI.file(path.join(dir, 'order-line-ok.test.json')).toString();
    client.open(uri, JSON.stringify(sales(), null, 2), 'json', 1);
    expect((await client.diagnosticsFor(uri, 1)).diagnostics).toEqual([]);
  });

  it('reports an unknown field at its place, and a prompt the flow never plays', async () => {
    const test = sales();
    test.Observations[1].Event.Properties.Text = 'Welcome to the weather line';
    test.Observations[0].Colour = 'red';
    const text = JSON.stringify(test, null, 2);
    const uri = URI.file(path.join(dir, 'order-line-bad.test.json')).toString();
    client.open(uri, text, 'json', 1);
    const params = await client.diagnosticsFor(uri, 1);
    const lines = text.split('\n');
    const colour = lines.findIndex((l) => l.includes('"Colour"'));
    expect(params.diagnostics.map((d) => [d.severity, d.code, d.range.start.line, d.message])).toEqual([[1, 'test-case', colour, 'Unknown field "Colour" in An observation; allowed: Identifier, Event, Actions, Usage, Transitions.']]);
    // Without the structural error, the flow check speaks.
    delete test.Observations[0].Colour;
    const fixed = JSON.stringify(test, null, 2);
    client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } }, text: fixed }]);
    const after = await client.diagnosticsFor(uri, 2);
    const line = fixed.split('\n').findIndex((l) => l.includes('weather line'));
    expect(after.diagnostics.map((d) => [d.severity, d.range.start.line, d.message])).toEqual([[2, line, 'No prompt of the flow says "Welcome to the weather line" or anything like it: this observation can never match.']]);
  });
});

describe('language server over stdio: running a test case (connectFlow/runTest)', () => {
  let client: TestClient;
  let dir: string;
  const examples = path.resolve(__dirname, '../../examples/testing');

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-flow-run-lsp-'));
    for (const f of fs.readdirSync(examples)) fs.copyFileSync(path.join(examples, f), path.join(dir, f));
    client = await startClient();
  });
  afterAll(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs a file from disk and reports it passed, with the flow and the trace', async () => {
    const uri = URI.file(path.join(dir, 'order-line-sales.test.json')).toString();
    const reply = (await client.connection.sendRequest('connectFlow/runTest', { uri })) as { status: string; flow: string; trace: Array<{ actionId: string }> };
    expect(reply.status).toBe('passed');
    expect(reply.flow).toBe(path.join(dir, 'order-line.flow.json'));
    expect(reply.trace.map((s) => s.actionId)).toEqual(['check-hours', 'welcome', 'menu', 'set-queue', 'to-queue-msg', 'transfer']);
  });

  it('runs the open document as edited, and places the failure at the failing Assert', async () => {
    const uri = URI.file(path.join(dir, 'order-line-sales.test.json')).toString();
    const text = fs.readFileSync(path.join(dir, 'order-line-sales.test.json'), 'utf8').replace('"Operand": "Sales"', '"Operand": "Support"');
    client.open(uri, text, 'json', 1);
    const reply = (await client.connection.sendRequest('connectFlow/runTest', { uri })) as { status: string; message: string; observation: string; range: { start: { line: number } } };
    expect(reply.status).toBe('failed');
    expect(reply.observation).toBe('queued');
    expect(reply.message).toBe('Assert "queue-is-sales" failed: $.Queue.Name is "Sales", expected Equals "Support".');
    const assertLine = text.split('\n').findIndex((l) => l.includes('"Identifier": "queue-is-sales"'));
    expect(reply.range.start.line).toBe(assertLine - 1);
  });
});
