import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from '../helpers/lspClient';
import { callbackAction, endAction, END_ID, flowText, rangeOfText } from '../helpers/flow';
import { openDoc, requireServer } from './editing';

/** Hover text over the protocol: parameters, Type, transitions. */
describe('hover over stdio', () => {
  let client: TestClient;
  beforeAll(async () => {
    requireServer();
    client = await startClient();
  });
  afterAll(async () => client?.stop());

  /** Hovers in the middle of the `occurrence`-th `needle`. */
  async function hoverOn(text: string, needle: string, occurrence = 0): Promise<Hover | null> {
    const { uri } = await openDoc(client, text);
    const range = rangeOfText(text, needle, occurrence);
    const position = { line: range.start.line, character: range.start.character + Math.floor(needle.length / 2) };
    return client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }
  const markdown = (hover: Hover | null) => (hover?.contents as MarkupContent).value;

  it('on a CreateCallbackContact parameter key: what it does, range, form, default; the range is the key', async () => {
    const text = flowText([callbackAction(), endAction]);
    const hover = await hoverOn(text, '"InitialCallDelaySeconds"');
    expect((hover?.contents as MarkupContent).kind).toBe('markdown');
    const value = markdown(hover);
    expect(value).toContain('**InitialCallDelaySeconds** · required parameter of `CreateCallbackContact`');
    expect(value).toContain('Seconds to wait before the first callback attempt.');
    expect(value).toContain('Allowed: A whole number from 1 to 259200, written as a string.');
    expect(value).toContain('Form: Literal value only: a JSONPath reference is not accepted.');
    expect(value).toContain('No effect when `ContactFlowId` is set.');
    expect(hover!.range).toEqual(rangeOfText(text, '"InitialCallDelaySeconds"'));
  });

  it('on a parameter value: the same explanation, over the value', async () => {
    const text = flowText([callbackAction({}, { QueueId: '$.Attributes.queue' }), endAction]);
    const hover = await hoverOn(text, '"$.Attributes.queue"');
    expect(markdown(hover)).toContain('**QueueId** · optional parameter of `CreateCallbackContact`');
    expect(markdown(hover)).toContain('Form: A literal value, or exactly one JSONPath reference as the whole value.');
    expect(markdown(hover)).toContain('Not together with `AgentId`.');
    expect(hover!.range).toEqual(rangeOfText(text, '"$.Attributes.queue"'));
  });

  it('on Type: what the action does, where it may run, its error types', async () => {
    const text = flowText([callbackAction(), endAction]);
    const value = markdown(await hoverOn(text, '"CreateCallbackContact"'));
    expect(value).toContain('**CreateCallbackContact**');
    expect(value).toContain('Queues a callback');
    expect(value).toContain('Runs in: inbound contact flows, transfer flows and customer queue flows.');
    expect(value).toContain('Error types: `NoMatchingError`.');
    expect(value).toContain('Conditions: none.');
  });

  it('on a NextAction value: the target type, name and first parameters', async () => {
    const text = flowText([callbackAction(), endAction]).replace('"ActionMetadata": {}', `"ActionMetadata": { "${END_ID}": { "isFriendlyName": true } }`);
    const value = markdown(await hoverOn(text, `"${END_ID}"`, 1));
    expect(value).toContain(`→ **DisconnectParticipant — ${END_ID}**`);
    expect(value).toContain(`Action 2, Identifier \`${END_ID}\``);
  });

  it('on StartAction: the first parameters of the action it names', async () => {
    const text = flowText([callbackAction(), endAction]);
    const value = markdown(await hoverOn(text, '"callback-0000-0000-0000-000000000000"', 0));
    expect(value).toContain('→ **CreateCallbackContact**');
    expect(value).toContain('- `InitialCallDelaySeconds`: `"5"`');
    expect(value).toContain('- `RetryDelaySeconds`: `"600"`');
  });

  it('on a dangling NextAction: says so', async () => {
    const text = flowText([callbackAction({ Transitions: { NextAction: 'nowhere', Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }] } }), endAction]);
    expect(markdown(await hoverOn(text, '"nowhere"'))).toBe('**No action has the Identifier** `nowhere`: this transition leads nowhere.');
  });

  it('on an Identifier: how many transitions lead to it', async () => {
    const text = flowText([callbackAction(), endAction]);
    // Occurrences: NextAction (0), error NextAction (1), Identifier (2).
    expect(markdown(await hoverOn(text, `"${END_ID}"`, 2))).toContain('2 transitions lead here.');
  });

  it('nothing on designer metadata', async () => {
    const text = flowText([callbackAction(), endAction]);
    expect(await hoverOn(text, '"entryPointPosition"')).toBeNull();
  });
});
