import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DefinitionRequest,
  DocumentSymbolRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  type DocumentSymbol,
  type Location,
} from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from '../helpers/lspClient';
import { callbackAction, END_ID, endAction, flowText, rangeOfText, type ActionInput } from '../helpers/flow';
import { validate } from '../../server/src/engine/validate';
import { applyEdits, editsFor, openDoc, replaceDoc, requireServer } from './editing';

const CB = 'cb-1';

/** A small flow: a menu-like CreateCallbackContact `first` leads (twice) into `cb-1`, which the flow also starts at. */
function navFlow(): string {
  const first: ActionInput = callbackAction({ Identifier: 'first', Transitions: { NextAction: CB, Errors: [{ NextAction: CB, ErrorType: 'NoMatchingError' }], Conditions: [] } });
  const callback = callbackAction({ Identifier: CB });
  const text = flowText([first, callback, endAction], { start: 'first' });
  return text.replace(
    '"ActionMetadata": {}',
    `"ActionMetadata": {\n      "first": { "position": { "x": 1, "y": 2 } },\n      "${CB}": { "position": { "x": 3, "y": 4 } },\n      "${END_ID}": { "isFriendlyName": true }\n    }`,
  );
}

describe('navigation over stdio', () => {
  let client: TestClient;
  beforeAll(async () => {
    requireServer();
    client = await startClient();
  });
  afterAll(async () => client?.stop());

  const inside = (text: string, needle: string, occurrence: number) => {
    const r = rangeOfText(text, needle, occurrence);
    return { line: r.start.line, character: r.start.character + 2 };
  };

  it('definition: from a NextAction to the Identifier of the action it names', async () => {
    const text = navFlow();
    const { uri } = await openDoc(client, text);
    // Occurrences of "cb-1": ActionMetadata key (0), NextAction (1), error NextAction (2), Identifier (3).
    const result = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: inside(text, `"${CB}"`, 1) })) as Location[];
    expect(result).toEqual([{ uri, range: rangeOfText(text, `"${CB}"`, 3) }]);
  });

  it('definition: from StartAction', async () => {
    const text = navFlow();
    const { uri } = await openDoc(client, text);
    const result = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: inside(text, '"first"', 0) })) as Location[];
    expect(result).toEqual([{ uri, range: rangeOfText(text, '"first"', 2) }]);
  });

  it('references: every transition into the action, and the declaration when asked', async () => {
    const text = navFlow();
    const { uri } = await openDoc(client, text);
    const position = inside(text, `"${CB}"`, 3);
    const withDeclaration = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: true } })) as Location[];
    expect(withDeclaration.map((l) => l.range)).toEqual([rangeOfText(text, `"${CB}"`, 3), rangeOfText(text, `"${CB}"`, 1), rangeOfText(text, `"${CB}"`, 2)]);
    const without = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: false } })) as Location[];
    expect(without).toHaveLength(2);
  });

  it('rename: the Identifier, every NextAction, and the ActionMetadata key', async () => {
    const text = navFlow();
    const { uri, diagnostics } = await openDoc(client, text);
    expect(diagnostics).toEqual([]);
    const position = inside(text, `"${CB}"`, 1);
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position });
    const r = rangeOfText(text, `"${CB}"`, 1);
    expect(prepared).toEqual({ range: { start: { line: r.start.line, character: r.start.character + 1 }, end: { line: r.end.line, character: r.end.character - 1 } }, placeholder: CB });

    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'callback-main' });
    const renamed = applyEdits(text, editsFor(edit ?? undefined, uri));
    expect(renamed).toBe(text.split(`"${CB}"`).join('"callback-main"'));
    expect(validate(renamed)).toEqual([]);
    expect(await replaceDoc(client, uri, text, renamed, 2)).toEqual([]);
  });

  it('rename: renaming the start action also changes StartAction', async () => {
    const text = navFlow();
    const { uri } = await openDoc(client, text);
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: inside(text, '"first"', 2), newName: 'entry' });
    expect(applyEdits(text, editsFor(edit ?? undefined, uri))).toBe(text.split('"first"').join('"entry"'));
  });

  it('rename: refuses a name another action has, or one with forbidden characters', async () => {
    const text = navFlow();
    const { uri } = await openDoc(client, text);
    const position = inside(text, `"${CB}"`, 3);
    await expect(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'first' })).rejects.toThrow('Another action already has the Identifier "first".');
    await expect(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'a:b' })).rejects.toThrow(/cannot contain/);
  });

  it('prepare rename: nothing to rename on a parameter', async () => {
    const text = navFlow();
    const { uri } = await openDoc(client, text);
    expect(await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: inside(text, '"600"', 0) })).toBeNull();
  });

  it('document symbols: each action leads with its name, its type as the detail', async () => {
    const text = navFlow();
    const { uri } = await openDoc(client, text);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols.map((s) => [s.name, s.detail])).toEqual([
      ['first', 'CreateCallbackContact'],
      [CB, 'CreateCallbackContact'],
      [END_ID, 'DisconnectParticipant'],
    ]);
    expect(symbols[1].selectionRange).toEqual(rangeOfText(text, `"${CB}"`, 3));
    const start = rangeOfText(text, '{\n      "Parameters"', 1).start;
    expect(symbols[1].range.start).toEqual(start);
  });
});
