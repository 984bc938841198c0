import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, CompletionRequest, DefinitionRequest, HoverRequest, type CodeAction, type CompletionList, type Hover, type Location, type TextEdit } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from '../helpers/lspClient';
import { requireServer } from '../protocol/editing';
import { LineIndex } from '../../server/src/engine/text/lineIndex';

const FLOW = {
  Version: '2019-10-30',
  StartAction: 'play',
  Metadata: { entryPointPosition: { x: 40, y: 40 }, ActionMetadata: {} },
  Actions: [
    { Parameters: { Text: 'Hi' }, Identifier: 'play', Type: 'MessageParticipant', Transitions: { NextAction: 'ennd', Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] } },
    { Parameters: {}, Identifier: 'end', Type: 'DisconnectParticipant', Transitions: {} },
  ],
};
const YAML = `Resources:\n  Main:\n    Type: AWS::Connect::ContactFlow\n    Properties:\n      Type: CONTACT_FLOW\n      Content: !Sub |\n${JSON.stringify(FLOW, null, 2).split('\n').map((l) => `        ${l}`).join('\n')}\n`;
const JSON_TEMPLATE = JSON.stringify({ Resources: { Main: { Type: 'AWS::Connect::ContactFlow', Properties: { Type: 'CONTACT_FLOW', Content: JSON.stringify(FLOW) } } } }, null, 2);

function rangeOf(text: string, needle: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  const lines = new LineIndex(text);
  return { start: lines.positionAt(at), end: lines.positionAt(at + needle.length) };
}

describe('templates over the protocol', () => {
  let client: TestClient;
  beforeAll(async () => {
    requireServer();
    client = await startClient();
  });
  afterAll(async () => client?.stop());

  it('a YAML template gets diagnostics at template positions, hover, definition and a quick fix written into the block', async () => {
    const uri = 'file:///work/stack.yaml';
    client.open(uri, YAML, 'yaml', 1);
    const published = await client.diagnosticsFor(uri, 1);
    const dangling = published.diagnostics.find((d) => d.code === 'dangling-next-action')!;
    expect(dangling.range).toEqual(rangeOf(YAML, '"ennd"'));

    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: rangeOf(YAML, 'MessageParticipant').start })) as Hover | null;
    expect(JSON.stringify(hover?.contents)).toContain('MessageParticipant');
    if (hover?.range) expect(hover.range.start.line).toBe(rangeOf(YAML, 'MessageParticipant').start.line);

    const onEnd = rangeOf(YAML, '"end"', 0).start;
    const top = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 6, character: 8 } })) as Hover | null;
    expect(top?.contents).toEqual({ kind: 'markdown', value: 'Embedded flow of `Main`: flow type CONTACT_FLOW — Type: CONTACT_FLOW of resource Main.' });

    const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line: onEnd.line, character: onEnd.character + 2 } })) as Location[];
    expect(definition.map((l) => l.range.start.line)).toEqual([rangeOf(YAML, '"Identifier": "end"').start.line]);

    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: dangling.range, context: { diagnostics: [dangling] } })) as CodeAction[];
    const fix = actions.find((a) => a.title.includes('`end`'))!;
    expect(fix.edit?.changes?.[uri]).toEqual([{ range: rangeOf(YAML, '"ennd"'), newText: '"end"' }]);
    client.close(uri);
  });

  it('go-to-definition on ${Other.ContactFlowArn} jumps to the resource', async () => {
    const uri = 'file:///work/refs.yaml';
    const text = YAML.replace('"Text": "Hi"', '"Text": "${Other.ContactFlowArn}"') + '  Other:\n    Type: AWS::Connect::ContactFlow\n';
    client.open(uri, text, 'yaml', 1);
    await client.diagnosticsFor(uri, 1);
    const at = rangeOf(text, 'Other.ContactFlowArn').start;
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: at })) as Location[];
    expect(definition.map((l) => l.range)).toEqual([rangeOf(text, 'Other:')].map((r) => ({ start: r.start, end: { line: r.end.line, character: r.end.character - 1 } })));
    client.close(uri);
  });

  it('a JSON template: the squiggle and the fix inside the escaped string', async () => {
    const uri = 'file:///work/stack.template.json';
    client.open(uri, JSON_TEMPLATE, 'json', 1);
    const published = await client.diagnosticsFor(uri, 1);
    const dangling = published.diagnostics.find((d) => d.code === 'dangling-next-action')!;
    expect(dangling.range).toEqual(rangeOf(JSON_TEMPLATE, '\\"ennd\\"'));
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: dangling.range, context: { diagnostics: [dangling] } })) as CodeAction[];
    expect(actions.flatMap((a) => a.edit?.changes?.[uri] ?? [])).toContainEqual({ range: rangeOf(JSON_TEMPLATE, '\\"ennd\\"'), newText: '\\"end\\"' });
    client.close(uri);
  });

  it('completion of an action type: in a YAML block as in a flow, escaped inside a JSON string', async () => {
    const yamlText = YAML.replace('"Type": "DisconnectParticipant"', '"Type": "Disc"');
    const yamlUri = 'file:///work/complete.yaml';
    client.open(yamlUri, yamlText, 'yaml', 1);
    const yamlAt = rangeOf(yamlText, '"Disc"');
    const yamlItems = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: yamlUri }, position: { line: yamlAt.start.line, character: yamlAt.start.character + 5 } })) as CompletionList;
    const yamlItem = yamlItems.items.find((i) => i.label === 'DisconnectParticipant')!;
    expect(yamlItem.textEdit).toEqual({ range: yamlAt, newText: '"DisconnectParticipant"' });
    client.close(yamlUri);

    const jsonText = JSON_TEMPLATE.replace('\\"Type\\":\\"DisconnectParticipant\\"', '\\"Type\\":\\"Disc\\"');
    const jsonUri = 'file:///work/complete.template.json';
    client.open(jsonUri, jsonText, 'json', 1);
    const jsonAt = rangeOf(jsonText, '\\"Disc\\"');
    const jsonItems = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: jsonUri }, position: { line: jsonAt.start.line, character: jsonAt.start.character + 6 } })) as CompletionList;
    const jsonItem = jsonItems.items.find((i) => i.label === 'DisconnectParticipant')!;
    expect(jsonItem.textEdit as TextEdit).toEqual({ range: jsonAt, newText: '\\"DisconnectParticipant\\"' });
    expect(jsonItem.filterText).toBe('\\"DisconnectParticipant\\"');
    client.close(jsonUri);
  });

  it('a YAML file without flows gets no diagnostics', async () => {
    const uri = 'file:///work/other.yaml';
    client.open(uri, 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n', 'yaml', 1);
    expect((await client.diagnosticsFor(uri, 1)).diagnostics).toEqual([]);
  });
});
