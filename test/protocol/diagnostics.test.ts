import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'fs';
import { startClient, SERVER_JS, type TestClient } from '../helpers/lspClient';
import { callbackAction, endAction, flowText, rangeOfText } from '../helpers/flow';

/** The server as an editor uses it: over stdio, with open/change/close notifications and published diagnostics. */
describe('language server over stdio: diagnostics', () => {
  let client: TestClient;

  beforeAll(async () => {
    if (!fs.existsSync(SERVER_JS)) throw new Error('dist/server.js is missing: run `npm run build` first (npm test does it).');
    client = await startClient();
  });
  afterAll(async () => client?.stop());

  it('publishes CreateCallbackContact diagnostics for a JSON document whose content is a flow', async () => {
    const uri = 'file:///work/flows/main.json';
    const text = flowText([callbackAction({}, { QueueId: 'q-1', AgentId: 'a-1' }), endAction]);
    client.open(uri, text, 'json', 1);
    const params = await client.diagnosticsFor(uri, 1);
    expect(params.diagnostics.map((d) => [d.code, d.severity, d.source])).toEqual([['param-exclusive', 1, 'connect-flow']]);
    expect(params.diagnostics[0].range).toEqual(rangeOfText(text, '"AgentId"'));
  });

  it('re-checks after an incremental edit and publishes for the new version', async () => {
    const uri = 'file:///work/flows/edit.json';
    const text = flowText([callbackAction(), endAction]);
    client.open(uri, text, 'json', 1);
    expect((await client.diagnosticsFor(uri, 1)).diagnostics).toEqual([]);

    // Replace "600" with "$.Attributes.retry": the retry delay must be static.
    const range = rangeOfText(text, '"600"');
    client.change(uri, 2, [{ range, text: '"$.Attributes.retry"' }]);
    const after = await client.diagnosticsFor(uri, 2);
    expect(after.diagnostics.map((d) => d.code)).toEqual(['param-static-only']);
    expect(after.diagnostics[0].range).toEqual({ start: range.start, end: { line: range.start.line, character: range.start.character + '"$.Attributes.retry"'.length } });

    // Undo it: the diagnostic goes away.
    client.change(uri, 3, [{ range: after.diagnostics[0].range, text: '"600"' }]);
    expect((await client.diagnosticsFor(uri, 3)).diagnostics).toEqual([]);
  });

  it('checks the connect-flow language id whatever the content, and a half-typed document', async () => {
    const uri = 'file:///work/flows/new.flow.json';
    client.open(uri, '{\n  "Version": "2019-10-30",\n  "Actions": [\n', 'connect-flow', 1);
    const params = await client.diagnosticsFor(uri, 1);
    const codes = params.diagnostics.map((d) => d.code);
    expect(codes).toContain('syntax-error');
    expect(codes).toContain('flow-start-action');
  });

  it('leaves other JSON documents alone', async () => {
    const uri = 'file:///work/package.json';
    client.open(uri, '{ "name": "x", "version": 1, "Actions": "not a flow" }', 'json', 1);
    expect((await client.diagnosticsFor(uri, 1)).diagnostics).toEqual([]);
  });

  it('clears diagnostics when the document closes', async () => {
    const uri = 'file:///work/flows/closing.json';
    client.open(uri, flowText([callbackAction({}, { QueueId: '' }), endAction]), 'json', 1);
    expect((await client.diagnosticsFor(uri, 1)).diagnostics).toHaveLength(1);
    const before = client.published.length;
    client.close(uri);
    await expect.poll(() => client.published.slice(before).find((p) => p.uri === uri)?.diagnostics, { timeout: 5000 }).toEqual([]);
  });

  it('applies settings sent by the client: flow type fallback and rule severities', async () => {
    const configured = await startClient({ settings: { flowType: 'agentWhisper', rules: { 'param-soft-minimum': 'off' } } });
    try {
      const uri = 'file:///work/flows/whisper.json';
      configured.open(uri, flowText([callbackAction({}, { MaximumConnectionAttempts: '0' }), endAction]), 'json', 1);
      const params = await configured.diagnosticsFor(uri, 1);
      expect(params.diagnostics.map((d) => d.code)).toEqual(['action-flow-type']);
    } finally {
      await configured.stop();
    }
  });
});
