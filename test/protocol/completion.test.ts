import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompletionRequest, CompletionResolveRequest, type CompletionItem, type CompletionList, type TextEdit } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from '../helpers/lspClient';
import { callbackAction, endAction, END_ID, flowText } from '../helpers/flow';
import { validate } from '../../server/src/engine/validate';
import { applyEdits, expandSnippet, insertSnippet, openDoc, requireServer, withCursor } from './editing';

/** Completions over the protocol, at each place the editing-help issue names. `|` marks the cursor. */
describe('completion over stdio', () => {
  let client: TestClient;
  beforeAll(async () => {
    requireServer();
    client = await startClient();
  });
  afterAll(async () => client?.stop());

  async function complete(source: string): Promise<{ text: string; offset: number; items: CompletionItem[] }> {
    const { text, position, offset } = withCursor(source);
    const { uri } = await openDoc(client, text);
    const result = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })) as CompletionList | null;
    return { text, offset, items: result?.items ?? [] };
  }

  const labels = (items: CompletionItem[]) => items.map((i) => i.label);
  const sorted = (items: CompletionItem[]) => [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  const edit = (item: CompletionItem) => item.textEdit as TextEdit;

  /** A pretty-printed flow with `|` put in place of the string "CURSOR" (quotes included). */
  function flowWithCursor(actions: unknown[], extra: Parameters<typeof flowText>[1] = {}): string {
    return flowText(actions as never, extra).replace(/"CURSOR"/, '|');
  }

  describe('parameter keys of CreateCallbackContact', () => {
    it('offers the parameters not yet present, without AgentId when QueueId is there', async () => {
      const source = flowText([callbackAction({}, { QueueId: 'q-1' }), endAction]).replace('"QueueId": "q-1"', '"QueueId": "q-1",\n        |');
      const { items } = await complete(source);
      // The three required ones are already there; AgentId excludes itself next to QueueId.
      expect(labels(sorted(items))).toEqual(['ContactFlowId', 'CallerId', 'CallbackMode']);
    });

    it('offers every parameter in an empty Parameters object, required ones first, with detail and a snippet value', async () => {
      const source = flowText([callbackAction({ Parameters: {} }), endAction]).replace('"Parameters": {}', '"Parameters": {|}');
      const { items } = await complete(source);
      expect(labels(sorted(items))).toEqual(['InitialCallDelaySeconds', 'MaximumConnectionAttempts', 'RetryDelaySeconds', 'QueueId', 'AgentId', 'ContactFlowId', 'CallerId', 'CallbackMode']);
      const byLabel = new Map(items.map((i) => [i.label, i]));
      expect(edit(byLabel.get('InitialCallDelaySeconds')!).newText).toBe('"InitialCallDelaySeconds": "${1:5}"');
      expect(edit(byLabel.get('MaximumConnectionAttempts')!).newText).toBe('"MaximumConnectionAttempts": "${1:1}"');
      expect(edit(byLabel.get('RetryDelaySeconds')!).newText).toBe('"RetryDelaySeconds": "${1:600}"');
      expect(byLabel.get('InitialCallDelaySeconds')!.insertTextFormat).toBe(2);
      expect(byLabel.get('InitialCallDelaySeconds')!.detail).toBe('Required · Seconds to wait before the first callback attempt.');
      expect(byLabel.get('QueueId')!.detail).toMatch(/^Optional · /);
    });

    it('does not offer QueueId when AgentId is present', async () => {
      const source = flowText([callbackAction({}, { AgentId: 'a-1' }), endAction]).replace('"AgentId": "a-1"', '"AgentId": "a-1",\n        |');
      const { items } = await complete(source);
      expect(labels(items)).not.toContain('QueueId');
      expect(labels(items)).not.toContain('AgentId');
      expect(labels(items)).toContain('ContactFlowId');
    });

    it('resolves markdown documentation with range, form and default', async () => {
      const source = flowText([callbackAction({ Parameters: {} }), endAction]).replace('"Parameters": {}', '"Parameters": {|}');
      const { items } = await complete(source);
      const item = items.find((i) => i.label === 'InitialCallDelaySeconds')!;
      expect(item.documentation).toBeUndefined();
      const resolved = await client.connection.sendRequest(CompletionResolveRequest.type, item);
      expect(resolved.documentation).toMatchObject({ kind: 'markdown' });
      const doc = (resolved.documentation as { value: string }).value;
      expect(doc).toContain('**InitialCallDelaySeconds** · required parameter of `CreateCallbackContact`');
      expect(doc).toContain('Allowed: A whole number from 1 to 259200, written as a string.');
      expect(doc).toContain('Form: Literal value only: a JSONPath reference is not accepted.');
      expect(doc).toContain('Default: `"5"`');
    });

    it('works while typing: a trailing comma before an unclosed key', async () => {
      const base = flowText([callbackAction({ Parameters: { QueueId: 'q-1' } }), endAction]);
      const source = base.replace('"QueueId": "q-1"', '"QueueId": "q-1",\n        "Ret|');
      const { text, offset, items } = await complete(source);
      expect(validate(text).some((d) => d.code === 'syntax-error')).toBe(true);
      const retry = items.find((i) => i.label === 'RetryDelaySeconds')!;
      expect(retry).toBeDefined();
      // The range covers the half-typed key, quote included, so that the client filters on `"Ret`.
      const e = edit(retry);
      expect(text.slice(offset - 4, offset)).toBe('"Ret');
      expect(e.range.end.character - e.range.start.character).toBe(4);
      expect(retry.filterText).toBe('"RetryDelaySeconds"');
      expect(labels(items)).not.toContain('AgentId');
    });

    it('adds the missing comma after the previous entry', async () => {
      const source = flowText([callbackAction({ Parameters: { QueueId: 'q-1' } }), endAction]).replace('"QueueId": "q-1"', '"QueueId": "q-1"\n        |');
      const { text, items } = await complete(source);
      const item = items.find((i) => i.label === 'InitialCallDelaySeconds')!;
      expect(item.additionalTextEdits).toHaveLength(1);
      const at = item.additionalTextEdits![0].range.start;
      const lines = text.split('\n');
      expect(lines[at.line].slice(0, at.character).trimStart()).toBe('"QueueId": "q-1"');
      expect(item.additionalTextEdits![0].newText).toBe(',');
    });

    it('typing a new key at the top, above the existing keys: only the unset parameters, and the comma the next key needs', async () => {
      const queue = 'arn:aws:connect:eu-west-2:111122223333:instance/i/queue/q';
      const base = flowText([callbackAction({ Parameters: { InitialCallDelaySeconds: '5', QueueId: queue } }), endAction]);
      const source = base.replace('"Parameters": {\n', '"Parameters": {\n        "Ret|\n');
      const { text, offset, items } = await complete(source);
      expect(validate(text).some((d) => d.code === 'syntax-error')).toBe(true);
      // InitialCallDelaySeconds and QueueId are set (the tolerant parse loses the first of them); AgentId excludes itself.
      expect(labels(sorted(items))).toEqual(['MaximumConnectionAttempts', 'RetryDelaySeconds', 'ContactFlowId', 'CallerId', 'CallbackMode']);
      const retry = items.find((i) => i.label === 'RetryDelaySeconds')!;
      expect(edit(retry).newText).toBe('"RetryDelaySeconds": "${1:600}",');
      expect(retry.additionalTextEdits).toBeUndefined();
      const edited = applyEdits(text, [{ range: edit(retry).range, newText: expandSnippet(edit(retry).newText) }]);
      expect(edited.slice(offset - '"Parameters": {\n        "Ret'.length)).toMatch(/^"Parameters": \{\n {8}"RetryDelaySeconds": "600",\n {8}"InitialCallDelaySeconds": "5",\n/);
      expect(JSON.parse(edited).Actions[0].Parameters).toEqual({ RetryDelaySeconds: '600', InitialCallDelaySeconds: '5', QueueId: queue });
    });
  });

  describe('values', () => {
    it('Type: the known action types, CreateCallbackContact first', async () => {
      const source = flowWithCursor([callbackAction({ Type: 'CURSOR' }), endAction]);
      const { items } = await complete(source);
      const list = labels(sorted(items));
      expect(list[0]).toBe('CreateCallbackContact');
      expect(list).toEqual(expect.arrayContaining(['DisconnectParticipant', 'TransferContactToQueue']));
      expect(list.length).toBeGreaterThan(10);
      expect(edit(items.find((i) => i.label === 'CreateCallbackContact')!).newText).toBe('"CreateCallbackContact"');
    });

    it('Type: a type that fits the parameters already written comes first', async () => {
      const source = flowWithCursor([callbackAction({ Type: 'CURSOR', Parameters: { Text: 'Hello' } }), endAction]);
      const { items } = await complete(source);
      expect(labels(sorted(items))[0]).not.toBe('CreateCallbackContact');
    });

    function namedFlow(cursorAt: 'next' | 'error' | 'start' | 'condition') {
      const callback = callbackAction({
        Transitions: {
          NextAction: cursorAt === 'next' ? 'CURSOR' : END_ID,
          Errors: [{ NextAction: cursorAt === 'error' ? 'CURSOR' : END_ID, ErrorType: 'NoMatchingError' }],
          Conditions: cursorAt === 'condition' ? [{ NextAction: 'CURSOR', Condition: { Operator: 'Equals', Operands: ['x'] } }] : [],
        },
      });
      const text = flowText([callback, endAction], { start: cursorAt === 'start' ? 'CURSOR' : undefined });
      const withNames = text.replace('"ActionMetadata": {}', `"ActionMetadata": {\n      "${END_ID}": { "isFriendlyName": true }\n    }`);
      return withNames.replace('"CURSOR"', '|');
    }

    it.each(['next', 'error', 'condition', 'start'] as const)('NextAction / StartAction (%s): the Identifiers, with type and name', async (where) => {
      const { items } = await complete(namedFlow(where));
      const byLabel = new Map(items.map((i) => [i.label, i]));
      expect([...byLabel.keys()].sort()).toEqual(['callback-0000-0000-0000-000000000000', END_ID].sort());
      expect(byLabel.get(END_ID)!.detail).toBe(`DisconnectParticipant — ${END_ID}`);
      expect(byLabel.get('callback-0000-0000-0000-000000000000')!.detail).toBe('CreateCallbackContact');
      expect(edit(byLabel.get(END_ID)!).newText).toBe(JSON.stringify(END_ID));
    });

    it('ErrorType: only NoMatchingError for CreateCallbackContact', async () => {
      const source = flowWithCursor([callbackAction({ Transitions: { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 'CURSOR' }] } }), endAction]);
      const { items } = await complete(source);
      expect(labels(items)).toEqual(['NoMatchingError']);
    });

    it('parameter value: the default real exports use', async () => {
      const source = flowWithCursor([callbackAction({}, { RetryDelaySeconds: 'CURSOR' }), endAction]);
      const { items } = await complete(source);
      expect(labels(items)).toEqual(['600']);
    });

    it('JSONPath: `$.` then the namespaces', async () => {
      const source = flowText([callbackAction({}, { QueueId: '$.' }), endAction]).replace('"$."', '"$.|"');
      const { items } = await complete(source);
      expect(labels(items)).toEqual(expect.arrayContaining(['$.Attributes.', '$.External.', '$.Queue.', '$.StoredCustomerInput']));
      const attributes = items.find((i) => i.label === '$.Attributes.')!;
      expect(edit(attributes).newText).toBe('"\\$.Attributes.$1"');
      expect(attributes.command?.command).toBe('editor.action.triggerSuggest');
    });

    it('JSONPath: under `$.Attributes.` the attribute names the flow sets', async () => {
      const setter = {
        Parameters: { Attributes: { callbackQueue: 'q-1', language: 'en-US' } },
        Identifier: 'set-attributes',
        Type: 'UpdateContactAttributes',
        Transitions: { NextAction: 'callback-0000-0000-0000-000000000000', Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }] },
      };
      const source = flowText([setter, callbackAction({}, { QueueId: '$.Attributes.' }), endAction]).replace('"$.Attributes."', '"$.Attributes.|"');
      const { items } = await complete(source);
      expect(labels(items)).toEqual(['$.Attributes.callbackQueue', '$.Attributes.language']);
      expect(edit(items[0]).newText).toBe('"$.Attributes.callbackQueue"');
    });

    it('no JSONPath for a parameter that must be static', async () => {
      const source = flowText([callbackAction({}, { RetryDelaySeconds: '$.' }), endAction]).replace('"$."', '"$.|"');
      const { items } = await complete(source);
      expect(labels(items).some((l) => l.startsWith('$.'))).toBe(false);
    });
  });

  it('designer metadata: the Identifiers that have no ActionMetadata entry yet', async () => {
    const text = flowText([callbackAction(), endAction]).replace('"ActionMetadata": {}', `"ActionMetadata": {\n      "${END_ID}": {},\n      |\n    }`);
    const { items } = await complete(text);
    expect(labels(items)).toEqual(['callback-0000-0000-0000-000000000000']);
    expect(items[0].detail).toBe('Designer data of CreateCallbackContact');
  });

  describe('a whole new action', () => {
    const source = () => flowText([callbackAction(), endAction]).replace(/\n {4}\{\n {6}"Parameters": \{\},\n {6}"Identifier": "end/, '\n    |\n    {\n      "Parameters": {},\n      "Identifier": "end');

    it('inserts a complete CreateCallbackContact with a fresh UUID that checks clean once its NextActions are filled', async () => {
      const first = await complete(source());
      const item = first.items.find((i) => i.label === 'New CreateCallbackContact action')!;
      expect(item).toBeDefined();
      const snippet = edit(item).newText;
      const id = /"Identifier": "([0-9a-f-]{36})"/.exec(snippet)?.[1];
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(snippet).toContain('"ErrorType": "NoMatchingError"');
      // The comma after the inserted action, since another action follows.
      expect(snippet.endsWith('},')).toBe(true);

      const second = await complete(source());
      const again = edit(second.items.find((i) => i.label === 'New CreateCallbackContact action')!).newText;
      expect(/"Identifier": "([0-9a-f-]{36})"/.exec(again)?.[1]).not.toBe(id);

      // Fill the new action's NextActions and lead the first callback into it, so that every action is reachable.
      const inserted = insertSnippet(first.text, first.offset, first.offset, snippet)
        .replace(/"NextAction": ""/g, `"NextAction": "${END_ID}"`)
        .replace(`"NextAction": "${END_ID}"`, `"NextAction": "${id}"`);
      expect(JSON.parse(inserted).Actions[1]).toEqual({
        Parameters: { InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1', RetryDelaySeconds: '600' },
        Identifier: id,
        Type: 'CreateCallbackContact',
        Transitions: { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }], Conditions: [] },
      });
      expect(validate(inserted)).toEqual([]);
    });
  });
});
