import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentSymbolRequest, type DocumentSymbol } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from '../helpers/lspClient';
import { callbackAction, endAction, flowText } from '../helpers/flow';
import { requireServer } from './editing';

/**
 * Living beside VS Code's JSON support (issue 20 §2): in json/jsonc documents the editor's JSON service already
 * reports syntax errors, so ours would be a second copy; the VS Code client says so at initialize.
 */
describe('syntax errors in documents the editor also validates as JSON', () => {
  let client: TestClient;
  beforeAll(async () => {
    requireServer();
    client = await startClient({ editorValidatesJson: true });
  });
  afterAll(async () => client?.stop());

  // A missing comma between two parameters of a flow that is otherwise fine.
  const broken = flowText([callbackAction({}, { QueueId: 'q-1' }), endAction]).replace('"QueueId": "q-1"', '"QueueId": "q-1" "CallerId": "x"');

  it('a .json flow: no syntax-error from us (VS Code reports it), the flow checks still run', async () => {
    const uri = 'file:///work/flows/missing-comma.json';
    client.open(uri, broken, 'json', 1);
    const codes = (await client.diagnosticsFor(uri, 1)).diagnostics.map((d) => d.code);
    expect(codes).not.toContain('syntax-error');
    const withExclusive = broken.replace('"CallerId": "x"', '"CallerId": "x", "AgentId": "a-1"');
    client.open(`${uri}2`, withExclusive, 'jsonc', 1);
    const second = (await client.diagnosticsFor(`${uri}2`, 1)).diagnostics.map((d) => d.code);
    expect(second).toEqual(['param-exclusive']);
  });

  it('a connect-flow document keeps our syntax-error: no other service checks it', async () => {
    const uri = 'file:///work/flows/missing-comma.flow.json';
    client.open(uri, broken, 'connect-flow', 1);
    const d = (await client.diagnosticsFor(uri, 1)).diagnostics.filter((x) => x.code === 'syntax-error');
    expect(d).toHaveLength(1);
    expect(d[0].severity).toBe(1);
  });

  it('an editor that does not say so (Neovim, Helix) keeps our syntax-error in .json flows too', async () => {
    const other = await startClient();
    try {
      const uri = 'file:///work/flows/missing-comma-other.json';
      other.open(uri, broken, 'json', 1);
      expect((await other.diagnosticsFor(uri, 1)).diagnostics.map((d) => d.code)).toContain('syntax-error');
    } finally {
      await other.stop();
    }
  });
});

describe('the outline beside VS Code JSON outline', () => {
  it('json documents: no second outline group from us; connect-flow documents: ours', async () => {
    requireServer();
    const client = await startClient({ editorOutlinesJson: true });
    try {
      const text = flowText([callbackAction(), endAction]);
      client.open('file:///work/o/a.json', text, 'json', 1);
      client.open('file:///work/o/a.flow.json', text, 'connect-flow', 1);
      await client.diagnosticsFor('file:///work/o/a.flow.json', 1);
      const symbols = (uri: string) => client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as Promise<DocumentSymbol[]>;
      expect(await symbols('file:///work/o/a.json')).toEqual([]);
      expect((await symbols('file:///work/o/a.flow.json')).map((s) => s.detail)).toEqual(['CreateCallbackContact', 'DisconnectParticipant']);
    } finally {
      await client.stop();
    }
  });
});
