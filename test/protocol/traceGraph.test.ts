import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { startClient, type TestClient } from '../helpers/lspClient';
import { requireServer } from './editing';
import { SIMULATE_GRAPH_REQUEST, TRACE_GRAPH_REQUEST, type SimulateGraphResult, type SimulationAnswer, type TraceGraphResult } from '../../server/src/protocol';
import { MENU_FLOW, PRESS_1_TEST } from '../graph/traceFlows';

/**
 * "Show trace on graph": the extension forwards the test file's URI with `connectFlow/traceGraph`; the server runs
 * the test against its flow and draws the flow with the path the contact took marked.
 */
describe('connectFlow/traceGraph over stdio', () => {
  let client: TestClient;
  let dir: string;
  beforeAll(async () => {
    requireServer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-flow-trace-lsp-'));
    fs.writeFileSync(path.join(dir, 'menu.flow.json'), MENU_FLOW);
    fs.writeFileSync(path.join(dir, 'menu-press-1.test.json'), PRESS_1_TEST);
    client = await startClient();
  });
  afterAll(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const traceGraph = (file: string) => client.connection.sendRequest<TraceGraphResult>(TRACE_GRAPH_REQUEST, { uri: URI.file(path.join(dir, file)).toString(), problems: [] });
  const marked = (svg: string) => ({
    taken: [...svg.matchAll(/<g class="block[^"]*" data-key="([^"]+)"/g)].filter((m) => m[0].includes(' trace-taken')).map((m) => m[1] + (m[0].includes('trace-end') ? ' (end)' : '')),
    untaken: [...svg.matchAll(/<g class="block[^"]*trace-untaken[^"]*" data-key="([^"]+)"/g)].map((m) => m[1]),
    arrows: [...svg.matchAll(/<g class="edge (next|condition|error)[^"]*trace-taken[^"]*" data-from="([^"]+)" data-to="([^"]+)"/g)].map((m) => `${m[2]}->${m[3]} ${m[1]}`),
    faded: [...svg.matchAll(/<g class="edge[^"]*trace-untaken/g)].length,
  });

  it('runs the test file from disk and marks exactly the blocks and arrows the contact took', async () => {
    const result = await traceGraph('menu-press-1.test.json');
    expect(result.kind).toBe('trace');
    if (result.kind !== 'trace') return;
    expect(result.flowUri).toBe(URI.file(path.join(dir, 'menu.flow.json')).toString());
    expect(result.version).toBeUndefined(); // read from disk: the flow is not open
    expect(result.testStatus).toBe('passed');
    expect(result.status).toBe('Test "Press 1 reaches sales" passed · 4 of 5 actions and 3 of 12 arrows taken');
    expect(marked(result.svg)).toEqual({ taken: ['a0', 'a1', 'a2', 'a4 (end)'], untaken: ['a3'], arrows: ['a0->a1 next', 'a1->a2 condition', 'a2->a4 next'], faded: 9 });
    expect(result.blocks.map((b) => MENU_FLOW.slice(b.selectStart, b.selectEnd))).toEqual(['"greet"', '"menu"', '"sales"', '"support"', '"bye"']);
  });

  it('draws the open flow document as edited, and runs the open test text', async () => {
    const flowUri = URI.file(path.join(dir, 'menu.flow.json')).toString();
    // The flow as edited: 1 leads to support now. The test (as open, unsaved) expects the support message.
    client.open(flowUri, MENU_FLOW.replace('"NextAction": "sales"', '"NextAction": "support"'), 'json', 3);
    await client.diagnosticsFor(flowUri, 3);
    const testUri = URI.file(path.join(dir, 'menu-press-1.test.json')).toString();
    client.open(testUri, PRESS_1_TEST.replace('"Sales here."', '"Support here."'), 'json', 1);
    const result = await client.connection.sendRequest<TraceGraphResult>(TRACE_GRAPH_REQUEST, { uri: testUri });
    expect(result.kind === 'trace' && [result.version, result.testStatus, marked(result.svg).arrows]).toEqual([3, 'passed', ['a0->a1 next', 'a1->a3 condition', 'a3->a4 next']]);
  });

  it('shows a failed run up to where it stopped, and says why it failed', async () => {
    fs.writeFileSync(path.join(dir, 'menu-wrong.test.json'), PRESS_1_TEST.replace('"Value": 1', '"Value": 9'));
    const result = await traceGraph('menu-wrong.test.json');
    expect(result.kind === 'trace' && [result.testStatus, marked(result.svg).arrows, marked(result.svg).taken]).toEqual(['failed', ['a0->a1 next', 'a1->a4 error'], ['a0', 'a1', 'a4 (end)']]);
    expect(result.kind === 'trace' && result.status.startsWith('Test "Press 1 reaches sales" failed: ')).toBe(true);
  });

  it('answers "none" with the reason when there is no flow to run the test against', async () => {
    fs.writeFileSync(path.join(dir, 'lonely.test.json'), PRESS_1_TEST);
    const result = await traceGraph('lonely.test.json');
    expect(result).toEqual({ kind: 'none', message: expect.stringMatching(/^Press 1 reaches sales: no flow to run it against/) });
  });

  it('"Simulate flow": the open flow up to the next question, then along each answer', async () => {
    const uri = URI.file(path.join(dir, 'sim', 'menu.flow.json')).toString();
    client.open(uri, MENU_FLOW, 'json', 1);
    await client.diagnosticsFor(uri, 1);
    const step = (answers: SimulationAnswer[]) => client.connection.sendRequest<SimulateGraphResult>(SIMULATE_GRAPH_REQUEST, { uri, answers, problems: [] });
    const first = await step([]);
    expect(first.kind).toBe('simulation');
    if (first.kind !== 'simulation') return;
    expect(first.status).toBe('Simulation, 0 answers given, waiting at GetParticipantInput "menu" · 2 of 5 actions and 1 of 12 arrows taken');
    expect(first.question?.choices.map((c) => c.label)).toEqual(['Press 1', 'Press 2', 'Stay silent', 'Hang up']);
    expect(marked(first.svg)).toMatchObject({ taken: ['a0', 'a1 (end)'], arrows: ['a0->a1 next'] });
    const second = await step([first.question!.choices[1].answer]);
    expect(second.kind === 'simulation' && [second.question, second.status, marked(second.svg).arrows]).toEqual([
      undefined,
      'Simulation, 1 answer given, ended: The flow disconnected the contact. · 4 of 5 actions and 3 of 12 arrows taken',
      ['a0->a1 next', 'a1->a3 condition', 'a3->a4 next'],
    ]);
    expect(await step([{ kind: 'bogus' } as unknown as SimulationAnswer])).toMatchObject({ kind: 'simulation', status: expect.stringContaining('0 answers given, waiting at') });
  });
});
