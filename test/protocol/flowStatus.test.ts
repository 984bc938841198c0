import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClient, type TestClient } from '../helpers/lspClient';
import { callbackAction, endAction, flowText } from '../helpers/flow';
import { requireServer } from './editing';

/** `connectFlow/flowStatus`, the request behind the status-bar item (issue 20 §5). */
describe('flow status over stdio', () => {
  let client: TestClient;
  let dir: string;
  beforeAll(async () => {
    requireServer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cf-status-'));
    fs.mkdirSync(path.join(dir, 'hold'));
    fs.writeFileSync(path.join(dir, 'hold', '.connectflowrc.json'), JSON.stringify({ flowType: 'customerHold' }));
    client = await startClient({ settings: { flowTypes: { '**/queue/*.json': 'customerQueue' } } });
  });
  afterAll(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function status(uri: string, text: string, languageId = 'json') {
    client.open(uri, text, languageId, 1);
    await client.diagnosticsFor(uri, 1);
    return client.connection.sendRequest('connectFlow/flowStatus', { uri });
  }
  const untyped = flowText([callbackAction(), endAction]);

  it('says the type came from Metadata when the file names it', async () => {
    const text = flowText([callbackAction(), endAction], { metadataType: 'contactFlow' });
    expect(await status('file:///work/a/typed.json', text)).toEqual({ isFlow: true, flowType: 'contactFlow', source: 'metadata' });
  });

  it('says the type came from the settings when a connectFlow.flowTypes pattern gave it', async () => {
    expect(await status('file:///work/queue/q.json', untyped)).toEqual({ isFlow: true, flowType: 'customerQueue', source: 'setting' });
  });

  it('names the .connectflowrc.json that gave the type', async () => {
    const file = path.join(dir, 'hold', 'music.json');
    const answer = await status(pathToFileURL(file).href, untyped);
    expect(answer).toEqual({ isFlow: true, flowType: 'customerHold', source: 'configFile', configFile: path.join(dir, 'hold', '.connectflowrc.json') });
  });

  it('says a flow has no known type, and that other JSON is not a flow', async () => {
    expect(await status('file:///work/b/untyped.json', untyped)).toEqual({ isFlow: true });
    expect(await status('file:///work/b/package.json', '{ "name": "x" }')).toEqual({ isFlow: false });
    expect(await client.connection.sendRequest('connectFlow/flowStatus', { uri: 'file:///never/opened.json' })).toEqual({ isFlow: false });
    expect(await client.connection.sendRequest('connectFlow/flowStatus', null)).toEqual({ isFlow: false });
  });
});
