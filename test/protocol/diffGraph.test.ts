import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClient, type TestClient } from '../helpers/lspClient';
import { openDoc, replaceDoc, requireServer } from './editing';
import { DIFF_GRAPH_REQUEST, type DiffGraphResult } from '../../server/src/protocol';
import { NEW_FLOW, OLD_FLOW } from '../diff/editorFlows';

/**
 * "Compare flow with HEAD": the extension reads the old text from git and forwards it with `connectFlow/diffGraph`;
 * the server diffs it against the open document and draws the current flow with the changes marked.
 */
describe('connectFlow/diffGraph over stdio', () => {
  let client: TestClient;
  beforeAll(async () => {
    requireServer();
    client = await startClient({ settings: { exclude: ['**/legacy/**'] } });
  });
  afterAll(async () => client?.stop());

  const diffGraph = (uri: string, oldText: string | null, oldLabel = 'HEAD') => client.connection.sendRequest<DiffGraphResult>(DIFF_GRAPH_REQUEST, { uri, oldText, oldLabel, problems: [] });
  const marked = (svg: string) => ({
    blocks: [...svg.matchAll(/<g class="block[^"]*diff-(added|removed|changed)[^"]*" data-key="([^"]+)"/g)].map((m) => `${m[2]} ${m[1]}`),
    edges: [...svg.matchAll(/<g class="edge[^"]*diff-(added|removed)[^"]*" data-from="([^"]+)" data-to="([^"]+)"/g)].map((m) => `${m[2]}->${m[3]} ${m[1]}`),
  });

  it('marks exactly the changed, added and removed blocks and the rewired arrows, and lists the changes', async () => {
    const { uri } = await openDoc(client, NEW_FLOW);
    const result = await diffGraph(uri, OLD_FLOW);
    expect(result.kind).toBe('diff');
    if (result.kind !== 'diff') return;
    expect(result.version).toBe(1);
    expect(result.behaviourChanged).toBe(true);
    expect(result.summary).toBe('2 actions changed, 1 added, 1 removed');
    expect(result.status).toBe('Compared with HEAD: 2 actions changed, 1 added, 1 removed');
    expect(marked(result.svg)).toEqual({
      blocks: ['a0 changed', 'a1 changed', 'a2 added', 'r0 removed'],
      edges: ['a1->a2 added', 'a2->a3 added', 'a1->r0 removed', 'r0->a3 removed'],
    });
    expect(result.items.map((i) => [i.state, i.key, i.details.length])).toEqual([
      ['changed', 'a0', 1],
      ['changed', 'a1', 1],
      ['added', 'a2', 0],
      ['removed', 'r0', 0],
    ]);
    const greet = result.items[0].details[0];
    expect(greet.text).toBe('~ Text: "Hello" → "Hello there"');
    expect(NEW_FLOW.slice(greet.select!.start, greet.select!.end)).toBe('"Hello there"');
    expect(result.items[3].select).toBeUndefined();
    expect(result.blocks.map((b) => NEW_FLOW.slice(b.selectStart, b.selectEnd))).toEqual(['"Greet"', '"Menu"', '"Support"', '"Bye"']);
  });

  it('follows edits of the open document, and says "no change in behaviour" when it matches the old text again', async () => {
    const { uri } = await openDoc(client, NEW_FLOW);
    await replaceDoc(client, uri, NEW_FLOW, OLD_FLOW, 2);
    const result = await diffGraph(uri, OLD_FLOW, 'HEAD~1');
    expect(result.kind === 'diff' && [result.version, result.behaviourChanged, result.status, result.items.length, marked(result.svg)]).toEqual([
      2,
      false,
      'Compared with HEAD~1: no change in behaviour',
      0,
      { blocks: [], edges: [] },
    ]);
  });

  it('treats a file missing in the revision (null) as new: every block added', async () => {
    const { uri } = await openDoc(client, NEW_FLOW);
    const result = await diffGraph(uri, null);
    expect(result.kind === 'diff' && marked(result.svg).blocks).toEqual(['a0 added', 'a1 added', 'a2 added', 'a3 added']);
    expect(result.kind === 'diff' && result.status.startsWith('Compared with HEAD (new file): ')).toBe(true);
  });

  it('answers "none" for what it cannot compare, and never fails on bad input', async () => {
    const notFlow = await openDoc(client, '{"name": "not a flow"}');
    expect(await diffGraph(notFlow.uri, OLD_FLOW)).toEqual({ kind: 'none', message: expect.stringContaining('is not checked as an Amazon Connect flow') });
    expect(await diffGraph('file:///work/flows/never-opened.json', OLD_FLOW)).toEqual({ kind: 'none', message: expect.stringContaining('not open') });
    const { uri } = await openDoc(client, NEW_FLOW);
    expect(await client.connection.sendRequest(DIFF_GRAPH_REQUEST, { uri, oldText: 42 })).toEqual({ kind: 'none', message: 'No older version given.' });
    expect(await client.connection.sendRequest(DIFF_GRAPH_REQUEST, {})).toEqual({ kind: 'none', message: 'No document given.' });
    // An old text that is not a flow (or not JSON): everything in the current version is added.
    const garbage = await diffGraph(uri, '{ not json');
    expect(garbage.kind === 'diff' && marked(garbage.svg).blocks).toEqual(['a0 added', 'a1 added', 'a2 added', 'a3 added']);
  });
});
