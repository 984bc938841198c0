import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { startClient, SERVER_JS, type TestClient } from '../helpers/lspClient';
import { copyFixtures } from './run';

/** The language server reads `.connectflowrc.json` too, so that the editor and CI agree. */
describe('language server: .connectflowrc.json', () => {
  let dir: string;
  let plain: TestClient;
  let withSettings: TestClient;
  const uri = (file: string) => pathToFileURL(path.join(dir, file)).href;
  const text = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
  const codes = async (client: TestClient, file: string, version = 1) =>
    (await client.diagnosticsFor(uri(file), version)).diagnostics.map((d) => `${d.code}:${d.severity}`);

  beforeAll(async () => {
    if (!fs.existsSync(SERVER_JS)) throw new Error('dist/server.js is missing: run `npm run build` first (npm test does it).');
    dir = copyFixtures();
    fs.mkdirSync(path.join(dir, 'elsewhere'));
    fs.copyFileSync(path.join(dir, 'configured/soft-minimum.json'), path.join(dir, 'elsewhere/soft-minimum.json'));
    // The copy is the workspace folder: config files apply up to it (not above).
    const folders = [pathToFileURL(dir).href];
    plain = await startClient({}, {}, folders);
    withSettings = await startClient({ settings: { rules: { 'param-soft-minimum': 'error' } } }, {}, folders);
  });
  afterAll(async () => {
    await plain?.stop();
    await withSettings?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('applies the rule severities, flow types and excludes of the nearest config file', async () => {
    plain.open(uri('elsewhere/soft-minimum.json'), text('elsewhere/soft-minimum.json'));
    expect(await codes(plain, 'elsewhere/soft-minimum.json')).toEqual(['param-soft-minimum:2']);
    plain.open(uri('configured/soft-minimum.json'), text('configured/soft-minimum.json'));
    expect(await codes(plain, 'configured/soft-minimum.json')).toEqual([]);
    plain.open(uri('configured/hold/callback-in-hold.json'), text('configured/hold/callback-in-hold.json'));
    expect(await codes(plain, 'configured/hold/callback-in-hold.json')).toEqual(['action-flow-type:1']);
    plain.open(uri('configured/legacy/old.json'), text('configured/legacy/old.json'));
    expect(await codes(plain, 'configured/legacy/old.json')).toEqual([]);
  });

  it("keeps the editor's own settings on top of the file's", async () => {
    withSettings.open(uri('configured/soft-minimum.json'), text('configured/soft-minimum.json'));
    expect(await codes(withSettings, 'configured/soft-minimum.json')).toEqual(['param-soft-minimum:1']);
  });

  it('re-checks open documents when a config file changes', async () => {
    const config = path.join(dir, 'configured/.connectflowrc.json');
    fs.writeFileSync(config, JSON.stringify({ rules: { 'param-soft-minimum': 'info' } }));
    const before = plain.published.length;
    await plain.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(config).href, type: FileChangeType.Changed }],
    });
    const deadline = Date.now() + 5000;
    let latest: string[] | undefined;
    while (Date.now() < deadline) {
      const update = plain.published.slice(before).filter((p) => p.uri === uri('configured/soft-minimum.json')).at(-1);
      latest = update?.diagnostics.map((d) => `${d.code}:${d.severity}`);
      if (latest?.length) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(latest).toEqual(['param-soft-minimum:3']);
  });
});
