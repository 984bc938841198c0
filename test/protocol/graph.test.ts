import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import * as esbuild from 'esbuild';
import { startClient, type TestClient } from '../helpers/lspClient';
import { openDoc, requireServer } from './editing';
import { GRAPH_REQUEST, IS_FLOW_REQUEST, type GraphResult } from '../../server/src/protocol';

/** The graph preview as a server feature: the client forwards `connectFlow/graph`, the server draws from its model. */
const ROOT = path.resolve(__dirname, '../..');
const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples/callback-mistakes.flow.json'), 'utf8');

describe('connectFlow/graph over stdio', () => {
  let client: TestClient;
  beforeAll(async () => {
    requireServer();
    client = await startClient({ settings: { exclude: ['**/legacy/**'] } });
  });
  afterAll(async () => client?.stop());

  const graph = (uri: string, problems: unknown[] = []) => client.connection.sendRequest<GraphResult>(GRAPH_REQUEST, { uri, problems });

  it('draws an open flow: blocks with their text, the status line, the problems the client forwards', async () => {
    const { uri } = await openDoc(client, EXAMPLE);
    const result = await graph(uri, [{ offset: EXAMPLE.indexOf('"StartAction"'), severity: 2, message: 'x' }]);
    expect(result.kind).toBe('graph');
    if (result.kind !== 'graph') return;
    expect(result.version).toBe(1);
    expect(result.status).toBe('3 actions · 4 transitions · 1 arrow to missing actions · 1 problem outside the actions · designer positions');
    expect(result.transitions).toBe(4);
    expect(result.blocks.map((b) => b.index)).toEqual([0, 1, 2]);
    const second = result.blocks[1];
    expect(EXAMPLE.slice(second.selectStart, second.selectEnd)).toBe('"Callback with delay from attribute"');
    expect(EXAMPLE.slice(second.start, second.end).startsWith('{')).toBe(true);
    expect(result.svg.startsWith('<svg')).toBe(true);
  });

  it('draws the layout the preview asks for: designer positions or automatic (the panel\'s layout button)', async () => {
    const { uri } = await openDoc(client, EXAMPLE);
    const ask = (layout?: string) => client.connection.sendRequest<GraphResult>(GRAPH_REQUEST, { uri, problems: [], ...(layout ? { layout } : {}) });
    const [plain, auto, designer, bogus] = await Promise.all([ask(), ask('auto'), ask('designer'), ask('sideways')]);
    const status = (r: GraphResult) => (r.kind === 'graph' ? r.status.split(' · ').pop() : r.kind);
    expect([status(plain), status(auto), status(designer), status(bogus)]).toEqual(['designer positions', 'automatic layout', 'designer positions', 'designer positions']);
    expect(auto.kind === 'graph' && designer.kind === 'graph' && auto.svg !== designer.svg).toBe(true);
  });

  it('marks the block a forwarded problem falls in', async () => {
    const { uri } = await openDoc(client, EXAMPLE);
    const plain = await graph(uri);
    const marked = await graph(uri, [{ offset: EXAMPLE.indexOf('"Hangup"'), severity: 1, message: 'NextAction names no action' }]);
    expect(plain.kind === 'graph' && plain.svg.includes('NextAction names no action')).toBe(false);
    expect(marked.kind === 'graph' && marked.svg.includes('NextAction names no action')).toBe(true);
  });

  it('draws nothing for a JSON file that is not a flow, one the settings exclude, or one not open', async () => {
    const { uri } = await openDoc(client, '{"name": "not a flow"}');
    const notFlow = await graph(uri);
    expect(notFlow).toEqual({ kind: 'none', message: expect.stringMatching(/^editing-\d+-\d+\.json is not checked as an Amazon Connect flow/) });

    const excluded = 'file:///work/flows/legacy/old.json';
    client.open(excluded, EXAMPLE);
    await client.diagnosticsFor(excluded, 1);
    expect((await graph(excluded)).kind).toBe('none');
    expect(await client.connection.sendRequest(IS_FLOW_REQUEST, { uri: excluded })).toBe(false);

    expect(await graph('file:///work/flows/never-opened.json')).toEqual({ kind: 'none', message: expect.stringContaining('not open in the language server') });
    expect(await graph(42 as unknown as string)).toEqual({ kind: 'none', message: 'No document given.' });
  });

  it('connectFlow/isFlow says which documents get the editor-title button', async () => {
    const flow = await openDoc(client, EXAMPLE);
    const other = await openDoc(client, '{"name": "not a flow"}');
    expect(await client.connection.sendRequest(IS_FLOW_REQUEST, { uri: flow.uri })).toBe(true);
    expect(await client.connection.sendRequest(IS_FLOW_REQUEST, { uri: other.uri })).toBe(false);
    expect(await client.connection.sendRequest(IS_FLOW_REQUEST, {})).toBe(false);
  });
});

describe('the extension bundle', () => {
  it('holds no engine, graph, dagre or jsonc-parser code: the client asks the server', async () => {
    // Both client bundles: the extension's entry and the language client it loads once a flow is open.
    for (const entry of ['client/src/extension.ts', 'client/src/lsp.ts']) {
      const result = await esbuild.build({ entryPoints: [path.join(ROOT, entry)], bundle: true, write: false, metafile: true, platform: 'node', external: ['vscode', './client-lsp.js'], mainFields: ['module', 'main'], logLevel: 'silent', absWorkingDir: ROOT });
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs.filter((f) => /^server\/(?!src\/protocol\/)|@dagrejs|jsonc-parser/.test(f)), entry).toEqual([]);
    }
  });
});

describe('diagnostics over stdio link to their rule page', () => {
  let client: TestClient;
  beforeAll(async () => {
    requireServer();
    client = await startClient({ settings: { maxFileSize: 200 } });
  });
  afterAll(async () => client?.stop());

  it('every published diagnostic has codeDescription.href = docs/rules/<code>.md, the size notice too', async () => {
    const base = 'https://example.invalid/connect-flow-language/blob/main/docs/rules/';
    const small = '{"Version": "2019-10-30", "StartAction": "x", "Actions": [],}';
    const { diagnostics } = await openDoc(client, small);
    expect(diagnostics.map((d) => d.code)).toContain('syntax-error');
    expect(diagnostics.length).toBeGreaterThan(1);
    expect(diagnostics.map((d) => d.codeDescription?.href)).toEqual(diagnostics.map((d) => `${base}${d.code}.md`));
    const { diagnostics: large } = await openDoc(client, EXAMPLE);
    expect(large.map((d) => [d.code, d.codeDescription?.href])).toEqual([['file-too-large', `${base}file-too-large.md`]]);
    expect(large[0].message).toBe(`Not checked: the file has ${EXAMPLE.length} characters, more than connectFlow.maxFileSize (200). Amazon Connect accepts flows of up to 256,000 characters.`);
  });
});
