import { createRequire } from 'module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CompletionResolveRequest,
  DocumentSymbolRequest,
  HoverRequest,
  type CodeAction,
  type DocumentSymbol,
  type Hover,
  type MarkupContent,
} from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from '../helpers/lspClient';
import { END_ID, endAction, flowText, rangeOfText } from '../helpers/flow';
import { openDoc, replaceDoc, requireServer } from './editing';

/** VS Code renders hovers with markdown-it: the same renderer, with HTML on (the most permissive setting). */
const MarkdownIt = createRequire(__filename)('markdown-it') as new (options: { html: boolean; linkify: boolean }) => { render(text: string): string };
const render = (markdown: string) => new MarkdownIt({ html: true, linkify: true }).render(markdown);

/** An Identifier that, rendered as Markdown, would fetch a remote image, and a few more ways to break out. */
const HOSTILE = 'Q** ![t](https://example.invalid/p.png) <img src=x> [l](https://example.invalid) `c` # h';

/** What the hover shows once rendered: no image, no link, no raw HTML from the document, the text as written. */
function expectInert(markdown: string): void {
  const html = render(markdown);
  expect(html).not.toMatch(/<img|<a |<h1|<script/);
  const shown = html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  expect(shown).toContain('![t](https://example.invalid/p.png)');
}

describe('document text is never markup, over stdio (issue 14 §5)', () => {
  let client: TestClient;
  beforeAll(async () => {
    requireServer();
    client = await startClient();
  });
  afterAll(async () => client?.stop());

  const text = flowText(
    [
      { Identifier: 'start', Type: 'MessageParticipant', Parameters: { Text: 'Hi', [HOSTILE]: 'v' }, Transitions: { NextAction: HOSTILE, Errors: [{ NextAction: END_ID, ErrorType: HOSTILE }] } },
      { Identifier: HOSTILE, Type: 'MessageParticipant', Parameters: { Text: 'Hi' }, Transitions: { NextAction: END_ID } },
      { Identifier: 'odd', Type: HOSTILE, Parameters: {}, Transitions: { NextAction: END_ID } },
      endAction,
    ],
    { top: { Metadata: { ActionMetadata: { [HOSTILE]: { isFriendlyName: true } } } } },
  );

  async function hoverAt(uri: string, needle: string, occurrence = 0): Promise<string> {
    const range = rangeOfText(text, needle, occurrence);
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: range.start.line, character: range.start.character + 1 } })) as Hover | null;
    expect(hover, `a hover on ${needle}`).not.toBeNull();
    return (hover!.contents as MarkupContent).value;
  }

  it('hovers: on a transition to the action, on its Identifier, on an unknown key, an unknown Type and an ErrorType', async () => {
    const { uri } = await openDoc(client, text);
    const quoted = JSON.stringify(HOSTILE);
    // 0 is the designer metadata key; then the unknown key, NextAction, ErrorType, the Identifier, the Type.
    for (const occurrence of [1, 2, 3, 4, 5]) expectInert(await hoverAt(uri, quoted, occurrence));
  });

  it('outline entries are plain text (a DocumentSymbol name is never rendered): the Identifier reads as written', async () => {
    const { uri } = await openDoc(client, text);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    // Entries lead with the action's name (here its Identifier), the type as the detail: both as written.
    expect(symbols.map((s) => [s.name, s.detail])).toContainEqual([HOSTILE, 'MessageParticipant · Hi']);
    expect(symbols.map((s) => [s.name, s.detail])).toContainEqual(['odd', HOSTILE]);
    expect(symbols.every((s) => typeof s.name === 'string' && (s.detail === undefined || typeof s.detail === 'string'))).toBe(true);
  });

  it('completion documentation is catalogue text: markup a client sends back in `data` is not rendered (was: shown as Markdown)', async () => {
    const item = await client.connection.sendRequest(CompletionResolveRequest.type, { label: 'x', data: { doc: 'text', text: '![t](https://example.invalid/p.png)' } });
    expect(item.documentation).toBeUndefined();
    const known = await client.connection.sendRequest(CompletionResolveRequest.type, { label: 'Text', data: { doc: 'param', type: 'MessageParticipant', name: 'Text' } });
    expect((known.documentation as MarkupContent).value).toContain('**Text**');
  });
});

describe('quick fixes come from the server\'s own diagnostics of the current version (issue 19.7)', () => {
  let client: TestClient;
  beforeAll(async () => {
    requireServer();
    client = await startClient();
  });
  afterAll(async () => client?.stop());

  const say = (id: string, skip: boolean) => ({ Identifier: id, Type: 'MessageParticipant', Parameters: { Text: 'Hi', SkipWhenDTMFBufferEnabled: skip }, Transitions: { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }] } });

  it('a diagnostic from before an action was deleted gets no fix (was: its data turned the neighbour\'s false into "True")', async () => {
    const before = flowText([say('first', true), say('second', false), endAction]);
    const { uri, diagnostics } = await openDoc(client, before);
    const stale = diagnostics.find((d) => d.code === 'param-not-string' && String(d.message).includes('"True"'))!;
    expect(stale).toBeDefined();
    const after = flowText([say('second', false), endAction], { start: 'second' });
    const current = await replaceDoc(client, uri, before, after, 2);
    const ask = async (d: typeof stale) =>
      ((await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } })) ?? []) as CodeAction[];
    expect(await ask(stale)).toEqual([]);
    // The stale data pointing at the neighbour, on the neighbour's own range: still not trusted.
    const own = current.find((d) => d.code === 'param-not-string')!;
    expect((await ask({ ...own, data: stale.data, message: stale.message })).map((a) => a.title)).toEqual([]);
    // The current diagnostic gets its own fix, computed from the server's data.
    expect((await ask({ ...own, data: { path: ['Actions', 0, 'Parameters', 'SkipWhenDTMFBufferEnabled'], replacement: 'True' } })).map((a) => a.title)).toEqual(['Write it as the string "False"']);
  });
});

describe('thousands of one problem over stdio (issue 14 §5)', () => {
  let client: TestClient;
  beforeAll(async () => {
    requireServer();
    client = await startClient();
  });
  afterAll(async () => client?.stop());

  it('20,000 unknown keys with a trailing comma: 200 listed and one summary, published promptly (was: 3.3 s, 20,004 entries)', async () => {
    const params = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`Unknown${i}`, 'v']));
    const text = JSON.stringify({ Version: '2019-10-30', StartAction: 'a0', Actions: [{ Identifier: 'a0', Type: 'DisconnectParticipant', Parameters: params, Transitions: {} }] }).replace('"v"}', '"v",}');
    const start = Date.now();
    const { uri, diagnostics } = await openDoc(client, text);
    const ms = Date.now() - start;
    console.log(`[perf] stdio, ${(text.length / 1000).toFixed(0)} KB, 20,000 unknown keys and a trailing comma: first diagnostics after ${ms} ms wall`);
    const unknown = diagnostics.filter((d) => d.code === 'param-unknown');
    expect(unknown).toHaveLength(201);
    expect(unknown[200].message).toMatch(/^19800 more `param-unknown` problems in this file are not listed/);
    // The summary stands for problems, it has no fix of its own.
    const ask = async (d: (typeof unknown)[number]) =>
      ((await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } })) ?? []) as CodeAction[];
    expect(await ask(unknown[200])).toEqual([]);
    expect(ms).toBeLessThan(10_000);
  });
});
