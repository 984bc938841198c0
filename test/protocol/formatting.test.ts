import { afterEach, describe, expect, it } from 'vitest';
import { DocumentFormattingRequest, DocumentRangeFormattingRequest, type TextEdit } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from '../helpers/lspClient';
import { callbackAction, endAction, flowText } from '../helpers/flow';
import { applyEdits, openDoc, requireServer } from './editing';

/** Format Document / Format Selection for the connect-flow language (issue 20 §1). */
describe('formatting over stdio', () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  const minified = JSON.stringify(JSON.parse(flowText([callbackAction(), endAction])));

  it('formats a whole flow with the editor tab size, spaces or tabs', async () => {
    requireServer();
    client = await startClient();
    expect(client.initializeResult.capabilities.documentFormattingProvider).toBe(true);
    expect(client.initializeResult.capabilities.documentRangeFormattingProvider).toBe(true);
    const { uri } = await openDoc(client, minified, 'connect-flow');
    const spaces = (await client.connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument: { uri },
      options: { tabSize: 4, insertSpaces: true },
    })) as TextEdit[];
    expect(applyEdits(minified, spaces)).toBe(JSON.stringify(JSON.parse(minified), null, 4));
    const tabs = (await client.connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument: { uri },
      options: { tabSize: 4, insertSpaces: false, insertFinalNewline: true },
    })) as TextEdit[];
    expect(applyEdits(minified, tabs)).toBe(JSON.stringify(JSON.parse(minified), null, '\t') + '\n');
  });

  it('formats a selection and leaves the rest as it was', async () => {
    requireServer();
    client = await startClient();
    const text = '{\n"Version":   "2019-10-30",\n  "StartAction":"a",\n"Actions": [ {"Identifier":"a","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}} ]\n}';
    const { uri } = await openDoc(client, text, 'connect-flow');
    const edits = (await client.connection.sendRequest(DocumentRangeFormattingRequest.type, {
      textDocument: { uri },
      range: { start: { line: 3, character: 0 }, end: { line: 3, character: 98 } },
      options: { tabSize: 2, insertSpaces: true },
    })) as TextEdit[];
    const out = applyEdits(text, edits);
    expect(out.split('\n').slice(0, 3)).toEqual(['{', '"Version":   "2019-10-30",', '  "StartAction":"a",']);
    // As in VS Code's JSON: the selection keeps the indentation of its first line, and what is inside it is laid out.
    expect(out.split('\n').slice(3, 7)).toEqual(['"Actions": [', '  {', '    "Identifier": "a",', '    "Type": "DisconnectParticipant",']);
    expect(out.endsWith('  }\n]\n}')).toBe(true);
  });

  it('keeps CRLF line endings', async () => {
    requireServer();
    client = await startClient();
    const text = '{\r\n"Version": "2019-10-30","StartAction": "a","Actions": []}';
    const { uri } = await openDoc(client, text, 'connect-flow');
    const edits = (await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })) as TextEdit[];
    expect(applyEdits(text, edits)).toBe('{\r\n  "Version": "2019-10-30",\r\n  "StartAction": "a",\r\n  "Actions": []\r\n}');
  });

  it('registers formatting for the flow language only when the editor registers dynamically (so .json keeps one formatter)', async () => {
    requireServer();
    const dynamic = { dynamicRegistration: true };
    client = await startClient({}, { textDocument: { formatting: dynamic, rangeFormatting: dynamic } });
    expect(client.initializeResult.capabilities.documentFormattingProvider).toBeUndefined();
    const deadline = Date.now() + 5000;
    while (client.registrations.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const formatting = client.registrations.filter((r) => r.method.endsWith('ormatting'));
    expect(formatting.map((r) => r.method).sort()).toEqual(['textDocument/formatting', 'textDocument/rangeFormatting']);
    for (const r of formatting) expect(r.registerOptions).toEqual({ documentSelector: [{ language: 'connect-flow' }] });
  });
});
