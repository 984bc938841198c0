import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, CodeActionResolveRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from '../helpers/lspClient';
import { callbackAction, endAction, END_ID, flowText, type ActionInput } from '../helpers/flow';
import { applyEdits, editsFor, openDoc, replaceDoc, requireServer } from './editing';

const CALLBACK_ID = 'callback-0000-0000-0000-000000000000';

/**
 * Each quick fix over the protocol: open a flow with one problem, ask for the code actions of its diagnostic, apply
 * the chosen WorkspaceEdit, compare with the expected document, then send the edit back and check that the
 * diagnostic is gone and nothing new appeared.
 */
describe('quick fixes over stdio', () => {
  let client: TestClient;
  beforeAll(async () => {
    requireServer();
    client = await startClient();
  });
  afterAll(async () => client?.stop());

  async function actionsFor(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const result = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } });
    return (result ?? []) as CodeAction[];
  }

  interface Case {
    name: string;
    code: string;
    before: ActionInput[];
    after: ActionInput[];
    title: string;
    preferred?: boolean;
    extra?: Parameters<typeof flowText>[1];
    /** Codes left after the fix, when not "all the others" (a fix can settle two diagnostics at once). */
    remaining?: string[];
  }

  const cases: Case[] = [
    {
      name: 'remove AgentId next to QueueId',
      code: 'param-exclusive',
      before: [callbackAction({}, { QueueId: 'q-1', AgentId: 'a-1' }), endAction],
      after: [callbackAction({}, { QueueId: 'q-1' }), endAction],
      title: 'Remove `AgentId`',
      preferred: true,
    },
    {
      name: 'or remove QueueId instead',
      code: 'param-exclusive',
      before: [callbackAction({}, { QueueId: 'q-1', AgentId: 'a-1' }), endAction],
      after: [callbackAction({}, { AgentId: 'a-1' }), endAction],
      title: 'Remove `QueueId`',
    },
    {
      name: 'write a JSON number as a string',
      code: 'param-not-string',
      before: [callbackAction({}, { InitialCallDelaySeconds: 5 }), endAction],
      after: [callbackAction(), endAction],
      title: 'Write it as the string "5"',
      preferred: true,
    },
    {
      name: 'clamp an out-of-range delay',
      code: 'param-out-of-range',
      before: [callbackAction({}, { RetryDelaySeconds: '300000' }), endAction],
      after: [callbackAction({}, { RetryDelaySeconds: '259200' }), endAction],
      title: 'Change it to "259200", the nearest allowed value',
      preferred: true,
    },
    {
      name: 'clamp a zero delay up to 1',
      code: 'param-out-of-range',
      before: [callbackAction({}, { InitialCallDelaySeconds: '0' }), endAction],
      after: [callbackAction({}, { InitialCallDelaySeconds: '1' }), endAction],
      title: 'Change it to "1", the nearest allowed value',
    },
    {
      name: 'set "0" attempts to "1"',
      code: 'param-soft-minimum',
      before: [callbackAction({}, { MaximumConnectionAttempts: '0' }), endAction],
      after: [callbackAction(), endAction],
      title: 'Change it to "1"',
    },
    {
      name: 'remove non-empty Conditions',
      code: 'conditions-not-supported',
      before: [
        callbackAction({
          Transitions: {
            NextAction: END_ID,
            Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }],
            Conditions: [{ NextAction: END_ID, Condition: { Operator: 'Equals', Operands: ['1'] } }],
          },
        }),
        endAction,
      ],
      after: [callbackAction(), endAction],
      title: 'Remove the condition branches',
    },
    {
      name: 'change a wrong ErrorType to NoMatchingError',
      code: 'error-type-unsupported',
      before: [callbackAction({ Transitions: { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 'QueueAtCapacity' }], Conditions: [] } }), endAction],
      after: [callbackAction(), endAction],
      title: 'Change the error type to `NoMatchingError`',
      // The action had no NoMatchingError branch either; now it has.
      remaining: [],
    },
    {
      name: 'add a missing NoMatchingError branch pointing at NextAction',
      code: 'missing-error-branch',
      before: [callbackAction({ Transitions: { NextAction: END_ID, Conditions: [] } }), endAction],
      after: [callbackAction(), endAction],
      title: `Add a \`NoMatchingError\` branch to \`${END_ID}\` (DisconnectParticipant)`,
    },
    {
      name: 'add a missing NoMatchingError branch to an empty Errors list',
      code: 'missing-error-branch',
      before: [callbackAction({ Transitions: { NextAction: END_ID, Errors: [], Conditions: [] } }), endAction],
      after: [callbackAction(), endAction],
      title: `Add a \`NoMatchingError\` branch to \`${END_ID}\` (DisconnectParticipant)`,
    },
    {
      name: 'add a missing required parameter with its default',
      code: 'param-required',
      before: [callbackAction({ Parameters: { MaximumConnectionAttempts: '1', RetryDelaySeconds: '600' } }), endAction],
      after: [callbackAction({ Parameters: { MaximumConnectionAttempts: '1', RetryDelaySeconds: '600', InitialCallDelaySeconds: '5' } }), endAction],
      title: 'Add `InitialCallDelaySeconds`: "5"',
    },
    {
      name: 'add all required parameters to an empty Parameters object',
      code: 'param-required',
      before: [callbackAction({ Parameters: {} }), endAction],
      after: [callbackAction(), endAction],
      title: 'Add all 3 required parameters',
      remaining: [],
    },
    {
      name: 'rename an unknown key to the suggested one',
      code: 'param-unknown',
      before: [callbackAction({}, { QueueID: 'q-1' }), endAction],
      after: [callbackAction({}, { QueueId: 'q-1' }), endAction],
      title: 'Rename to `QueueId`',
    },
    {
      name: 'point a dangling NextAction at the suggested Identifier',
      code: 'dangling-next-action',
      before: [callbackAction({ Transitions: { NextAction: END_ID.replace('end-', 'edn-'), Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }], Conditions: [] } }), endAction],
      after: [callbackAction(), endAction],
      title: `Point it at \`${END_ID}\` (DisconnectParticipant)`,
    },
    {
      name: 'a misspelt action type (rules that report a replacement share one fix)',
      code: 'action-type-unknown',
      before: [callbackAction({ Type: 'CreateCallBackContact' }), endAction],
      after: [callbackAction(), endAction],
      title: 'Change it to "CreateCallbackContact"',
    },
    {
      name: 'a misspelt JSONPath namespace',
      code: 'jsonpath-namespace',
      before: [callbackAction({}, { QueueId: '$.Atributes.queue' }), endAction],
      after: [callbackAction({}, { QueueId: '$.Attributes.queue' }), endAction],
      title: 'Change it to "$.Attributes.queue"',
    },
  ];

  it.each(cases)('$code: $name', async ({ code, before, after, title, preferred, extra, remaining: expectedRemaining }) => {
    const text = flowText(before, extra);
    const expected = flowText(after, extra);
    const { uri, diagnostics } = await openDoc(client, text);
    const target = diagnostics.filter((d) => d.code === code).slice(0, 1);
    expect(target).toHaveLength(1);
    const actions = await actionsFor(uri, target);
    const action = actions.find((a) => a.title === title);
    expect(action, `titles offered: ${actions.map((a) => a.title).join(' | ')}`).toBeDefined();
    expect(action!.kind).toBe('quickfix');
    expect(action!.diagnostics).toEqual(target);
    if (preferred) expect(action!.isPreferred).toBe(true);
    const fixed = applyEdits(text, editsFor(action!.edit, uri));
    expect(fixed).toBe(expected);

    const remaining = await replaceDoc(client, uri, text, fixed, 2);
    const others = diagnostics.filter((d) => d.code !== code).map((d) => d.code);
    expect(remaining.map((d) => d.code)).toEqual(expectedRemaining ?? others);
  });

  it('flow-version: sets Version', async () => {
    const text = flowText([callbackAction(), endAction]).replace('"2019-10-30"', '"2019-10-31"');
    const { uri, diagnostics } = await openDoc(client, text);
    expect(diagnostics.map((d) => d.code)).toEqual(['flow-version']);
    const [action] = await actionsFor(uri, diagnostics);
    expect(action.title).toBe('Set `Version` to "2019-10-30"');
    const fixed = applyEdits(text, editsFor(action.edit, uri));
    expect(fixed).toBe(flowText([callbackAction(), endAction]));
    expect(await replaceDoc(client, uri, text, fixed, 2)).toEqual([]);
  });

  it('action-identifier: adds a missing Identifier (a fresh UUID) after Parameters', async () => {
    const { Identifier: _id, ...withoutId } = callbackAction();
    const text = flowText([withoutId, endAction], { start: END_ID });
    const { uri, diagnostics } = await openDoc(client, text);
    const target = diagnostics.filter((d) => d.code === 'action-identifier');
    const [action] = await actionsFor(uri, target);
    const id = /^Add an Identifier \("([0-9a-f-]{36})"\)$/.exec(action.title)?.[1];
    expect(id).toBeDefined();
    const fixed = applyEdits(text, editsFor(action.edit, uri));
    expect(fixed).toBe(flowText([{ Parameters: withoutId.Parameters, Identifier: id, ...withoutId }, endAction], { start: END_ID }));
    const codes = (await replaceDoc(client, uri, text, fixed, 2)).map((d) => d.code);
    expect(codes).not.toContain('action-identifier');
  });

  it('duplicate-identifier: gives the second action a new Identifier', async () => {
    const text = flowText([callbackAction(), callbackAction({ Transitions: { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }] } }), endAction]);
    const { uri, diagnostics } = await openDoc(client, text);
    const target = diagnostics.filter((d) => d.code === 'duplicate-identifier');
    expect(target).toHaveLength(1);
    const [action] = await actionsFor(uri, target);
    const id = /\("([0-9a-f-]{36})"\)$/.exec(action.title)?.[1];
    const fixed = applyEdits(text, editsFor(action.edit, uri));
    expect(JSON.parse(fixed).Actions.map((a: { Identifier: string }) => a.Identifier)).toEqual([CALLBACK_ID, id, END_ID]);
    expect((await replaceDoc(client, uri, text, fixed, 2)).map((d) => d.code)).not.toContain('duplicate-identifier');
  });

  it('keeps a tab-indented file tab-indented', async () => {
    const text = JSON.stringify(JSON.parse(flowText([callbackAction({ Transitions: { NextAction: END_ID, Conditions: [] } }), endAction])), null, '\t');
    const { uri, diagnostics } = await openDoc(client, text);
    const [action] = await actionsFor(uri, diagnostics.filter((d) => d.code === 'missing-error-branch'));
    const fixed = applyEdits(text, editsFor(action.edit, uri));
    expect(fixed).toBe(JSON.stringify(JSON.parse(flowText([callbackAction(), endAction])), null, '\t'));
  });

  it('keeps a one-line file on one line', async () => {
    const text = JSON.stringify(JSON.parse(flowText([callbackAction({}, { QueueId: 'q-1', AgentId: 'a-1' }), endAction])));
    const { uri, diagnostics } = await openDoc(client, text);
    const [action] = await actionsFor(uri, diagnostics);
    expect(applyEdits(text, editsFor(action.edit, uri))).toBe(JSON.stringify(JSON.parse(flowText([callbackAction({}, { QueueId: 'q-1' }), endAction]))));
  });

  it('offers "fix all of this kind in the file" and fixes every one', async () => {
    const second = callbackAction({ Identifier: 'callback-2', Transitions: { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }], Conditions: [] } }, { InitialCallDelaySeconds: 10, RetryDelaySeconds: 60 });
    const first = callbackAction({ Transitions: { NextAction: 'callback-2', Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }], Conditions: [] } }, { MaximumConnectionAttempts: 2 });
    const text = flowText([first, second, endAction]);
    const { uri, diagnostics } = await openDoc(client, text);
    const numbers = diagnostics.filter((d) => d.code === 'param-not-string');
    expect(numbers).toHaveLength(3);
    const actions = await actionsFor(uri, [numbers[0]]);
    expect(actions.map((a) => a.title)).toEqual(['Write it as the string "2"', 'Fix all 3 "param-not-string" problems in this file']);
    let all = actions[1];
    if (!all.edit) all = await client.connection.sendRequest(CodeActionResolveRequest.type, all);
    const fixed = applyEdits(text, editsFor(all.edit, uri));
    const secondFixed = { ...second, Parameters: { ...(second.Parameters as object), InitialCallDelaySeconds: '10', RetryDelaySeconds: '60' } };
    const firstFixed = { ...first, Parameters: { ...(first.Parameters as object), MaximumConnectionAttempts: '2' } };
    expect(fixed).toBe(flowText([firstFixed, secondFixed, endAction]));
    expect(await replaceDoc(client, uri, text, fixed, 2)).toEqual([]);
  });

  it('source.fixAll applies every safe fix, and leaves the choices to the user', async () => {
    const text = flowText([callbackAction({ Parameters: {}, Transitions: { NextAction: END_ID, Conditions: [] } }, {}), endAction]).replace(
      '"Parameters": {}',
      '"Parameters": {\n        "QueueID": "q-1",\n        "AgentId": "a-1"\n      }',
    );
    const { uri, diagnostics } = await openDoc(client, text);
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['missing-error-branch', 'param-required', 'param-required', 'param-required', 'param-unknown'].sort());
    const actions = await actionsFor(uri, [], ['source.fixAll']);
    expect(actions.map((a) => [a.title, a.kind])).toEqual([['Fix all safe problems in this file', 'source.fixAll.connect-flow']]);
    let action = actions[0];
    if (!action.edit) action = await client.connection.sendRequest(CodeActionResolveRequest.type, action);
    const fixed = applyEdits(text, editsFor(action.edit, uri));
    // QueueID → QueueId is a letter-case typo, but renaming it here would make QueueId and AgentId clash (a new
    // error): fix-all leaves it, and which to keep is the user's call.
    expect(JSON.parse(fixed).Actions[0]).toEqual({
      Parameters: { QueueID: 'q-1', AgentId: 'a-1', InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1', RetryDelaySeconds: '600' },
      Identifier: CALLBACK_ID,
      Type: 'CreateCallbackContact',
      // A failure sent where success goes is the user's call too (issue 14): no branch is added unasked.
      Transitions: { NextAction: END_ID, Conditions: [] },
    });
    expect((await replaceDoc(client, uri, text, fixed, 2)).map((d) => d.code)).toEqual(['param-unknown', 'missing-error-branch']);
  });

  it('offers no fix that would bring a new error: the rename of `QueueID` next to `AgentId` is left out, the removal stays', async () => {
    const text = flowText([callbackAction({}, { QueueID: 'q-1', AgentId: 'a-1' }), endAction]);
    const { uri, diagnostics } = await openDoc(client, text);
    const unknown = diagnostics.filter((d) => d.code === 'param-unknown');
    expect(unknown.map((d) => d.message)).toEqual([expect.stringContaining('Did you mean `QueueId`?')]);
    const actions = await actionsFor(uri, unknown, ['quickfix']);
    expect(actions.map((a) => a.title)).toEqual(['Remove `QueueID`']);
    const fixed = applyEdits(text, editsFor(actions[0].edit, uri));
    expect(JSON.parse(fixed).Actions[0].Parameters).toEqual({ AgentId: 'a-1', InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1', RetryDelaySeconds: '600' });
    const after = await replaceDoc(client, uri, text, fixed, 2);
    expect(after.map((d) => d.code)).toEqual(diagnostics.filter((d) => d.code !== 'param-unknown').map((d) => d.code));
  });

  it('offers no fix where none is clear', async () => {
    const text = flowText([callbackAction({}, { QueueId: 'queue-$.Attributes.x' }), endAction]);
    const { uri, diagnostics } = await openDoc(client, text);
    expect(diagnostics.map((d) => d.code)).toEqual(['param-mixed-reference']);
    expect(await actionsFor(uri, diagnostics, ['quickfix'])).toEqual([]);
  });
});
