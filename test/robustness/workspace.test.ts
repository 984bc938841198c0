/**
 * Nothing a workspace contains may stop the language server (issue 19): hostile `.connectflowrc.json` files
 * (deeply nested, huge, not a file, hundreds of brace-heavy globs), malformed didOpen messages and very long URIs.
 * Configuration problems show as diagnostics on the configuration file; a config file above the workspace folder
 * does not apply. Each test talks to a real `node dist/server.js --stdio`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RawServer, requireServer } from './rawServer';
import { callbackAction, endAction, flowText } from '../helpers/flow';

/** A flow with one warning (param-soft-minimum off turns it off): RetryDelaySeconds 0 is out of range. */
const FLOW = flowText([callbackAction({}, { QueueId: 'q-1', AgentId: 'a-1' }), endAction]);
const BAD_FLOW = flowText([callbackAction({}, { RetryDelaySeconds: '0' }), endAction]);
const ALL_OFF = { rules: { 'param-out-of-range': 'off' } };

let root: string;
const servers: RawServer[] = [];
beforeAll(() => {
  requireServer();
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-flow-workspace-'));
});
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A folder under the test root with these files (relative path -> content). */
function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

async function start(workspaceFolder: string | null, initializationOptions: unknown = {}): Promise<RawServer> {
  const s = new RawServer();
  servers.push(s);
  const folders = workspaceFolder ? [{ uri: pathToFileURL(workspaceFolder).href, name: 'ws' }] : null;
  const init = await s.call('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions, workspaceFolders: folders });
  expect(init.error).toBeUndefined();
  s.notify('initialized', {});
  return s;
}

const uriOf = (file: string) => pathToFileURL(file).href;

function open(s: RawServer, file: string, text: string): string {
  const uri = uriOf(file);
  s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
  return uri;
}

async function diagnostics(s: RawServer, uri: string, timeoutMs = 10_000) {
  const published = await s.until(() => s.diagnosticsFor(uri).at(-1), timeoutMs, `diagnostics for ${uri}`);
  return published.diagnostics;
}

/** The server still answers, and still checks a flow opened now. */
async function stillWorks(s: RawServer): Promise<void> {
  expect((await s.call('connectFlow/noSuchMethod', {})).error?.code).toBe(-32601);
  const uri = open(s, path.join(root, `elsewhere-${Math.random().toString(36).slice(2)}.json`), BAD_FLOW);
  expect((await diagnostics(s, uri)).map((d) => d.code)).toEqual(['param-out-of-range']);
  expect(s.exited).toBeUndefined();
}

describe('hostile configuration files', () => {
  it('an array nested 6,000 deep (12 KB): the flow is checked with the defaults, the config file gets a diagnostic', async () => {
    const dir = folder('deep', { '.connectflowrc.json': '['.repeat(6000) + ']'.repeat(6000) });
    const s = await start(dir);
    const uri = open(s, path.join(dir, 'flow.json'), BAD_FLOW);
    expect((await diagnostics(s, uri)).map((d) => d.code)).toEqual(['param-out-of-range']);
    const config = await diagnostics(s, uriOf(path.join(dir, '.connectflowrc.json')));
    expect(config).toHaveLength(1);
    expect(config[0]).toMatchObject({ code: 'invalid-config', severity: 1, range: { start: { line: 0, character: 64 }, end: { line: 0, character: 65 } } });
    expect(config[0].message).toMatch(/^Invalid \.connectflowrc\.json: It is not read: it nests arrays or objects more than 64 levels deep \(at line 1, column 65\)\.$/);
    await stillWorks(s);
  });

  it('objects nested 100,000 deep inside a valid-looking file, and the config file opened in the editor', async () => {
    const dir = folder('deep-objects', { '.connectflowrc.json': `{"rules": ${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}` });
    const s = await start(dir);
    const config = open(s, path.join(dir, '.connectflowrc.json'), fs.readFileSync(path.join(dir, '.connectflowrc.json'), 'utf8'));
    expect((await diagnostics(s, config)).map((d) => d.code)).toEqual(['invalid-config']);
    const uri = open(s, path.join(dir, 'flow.json'), BAD_FLOW);
    expect((await diagnostics(s, uri)).map((d) => d.code)).toEqual(['param-out-of-range']);
    await stillWorks(s);
  });

  it('a config file that is not valid JSON: a diagnostic where the error is', async () => {
    const dir = folder('syntax', { '.connectflowrc.json': '{\n  "rules": {\n    "param-out-of-range": "off"\n  \n' });
    const s = await start(dir);
    open(s, path.join(dir, 'flow.json'), BAD_FLOW);
    const config = await diagnostics(s, uriOf(path.join(dir, '.connectflowrc.json')));
    expect(config.map((d) => [d.code, d.message, d.range])).toEqual([
      ['invalid-config', 'Invalid .connectflowrc.json: It is not valid JSON: CloseBraceExpected at line 5, column 1.', { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }],
    ]);
  });

  it('a config file larger than 1 MB: a diagnostic, and the flow is checked', async () => {
    const dir = folder('huge', { '.connectflowrc.json': `{"rules": {}, "x": "${'a'.repeat(1_100_000)}"}` });
    const s = await start(dir);
    const uri = open(s, path.join(dir, 'flow.json'), BAD_FLOW);
    expect((await diagnostics(s, uri)).map((d) => d.code)).toEqual(['param-out-of-range']);
    const [d] = await diagnostics(s, uriOf(path.join(dir, '.connectflowrc.json')));
    expect(d.message).toMatch(/It is not read: it has 1100\d+ bytes, more than the limit of 1000000\./);
    await stillWorks(s);
  });

  it('a valid config file with an unknown rule: the diagnostic is on the file, the rest of it applies', async () => {
    const dir = folder('unknown-rule', { '.connectflowrc.json': JSON.stringify({ rules: { 'param-out-of-range': 'off', 'no-such-rule': 'off' } }) });
    const s = await start(dir);
    const uri = open(s, path.join(dir, 'flow.json'), BAD_FLOW);
    expect(await diagnostics(s, uri)).toEqual([]);
    const config = await diagnostics(s, uriOf(path.join(dir, '.connectflowrc.json')));
    expect(config.map((d) => d.message)).toEqual([expect.stringMatching(/^Invalid \.connectflowrc\.json: "rules" names an unknown rule "no-such-rule"\./)]);
  });

  it('600 brace-heavy flowTypes globs: requests stay fast (globs compiled once, at most 100 used), the file says so', async () => {
    // Each glob expands to 64 alternatives; before, every request compiled all 600 again (40-60 s per hover).
    const flowTypes: Record<string, string> = {};
    for (let i = 0; i < 600; i++) flowTypes[`**/{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}/x${i}/**/*.json`] = 'customerHold';
    const dir = folder('globs', { '.connectflowrc.json': JSON.stringify({ flowTypes }) });
    const s = await start(dir);
    const uri = open(s, path.join(dir, 'flow.json'), FLOW);
    await diagnostics(s, uri, 20_000);
    const position = { line: 3, character: 10 };
    const started = Date.now();
    for (let i = 0; i < 20; i++) {
      const r = await s.call('textDocument/hover', { textDocument: { uri }, position }, 5000);
      expect(r.error).toBeUndefined();
    }
    const perHover = (Date.now() - started) / 20;
    console.log(`[robustness] 600 brace-heavy globs: ${perHover.toFixed(1)} ms per hover`);
    expect(perHover).toBeLessThan(200);
    const config = await diagnostics(s, uriOf(path.join(dir, '.connectflowrc.json')));
    expect(config.map((d) => d.message)).toEqual(['Invalid .connectflowrc.json: "flowTypes" has 600 globs; only the first 100 are used.']);
  });
});

describe('a config file above the workspace folder does not apply (issue 19, item 13)', () => {
  it('the parent folder turns every rule off: the workspace folder does not see it; one inside the folder applies', async () => {
    const parent = folder('above', { '.connectflowrc.json': JSON.stringify(ALL_OFF) });
    const ws = folder('above/ws', { 'flows/flow.json': BAD_FLOW, 'inner/.connectflowrc.json': JSON.stringify(ALL_OFF), 'inner/flow.json': BAD_FLOW });
    const s = await start(ws);
    const outer = open(s, path.join(ws, 'flows/flow.json'), BAD_FLOW);
    expect((await diagnostics(s, outer)).map((d) => d.code)).toEqual(['param-out-of-range']);
    const inner = open(s, path.join(ws, 'inner/flow.json'), BAD_FLOW);
    expect(await diagnostics(s, inner)).toEqual([]);
    // The parent's own files are outside the workspace folder and not in a repository: their folder's file applies.
    const beside = open(s, path.join(parent, 'beside.json'), BAD_FLOW);
    expect(await diagnostics(s, beside)).toEqual([]);
  });

  it('a document outside every workspace folder: up to its repository root (a folder with .git), not above', async () => {
    const top = folder('repo-top', { '.connectflowrc.json': JSON.stringify(ALL_OFF), 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/a/b/flow.json': BAD_FLOW });
    const repoConfigured = folder('repo-configured', { '.git/HEAD': 'x', '.connectflowrc.json': JSON.stringify(ALL_OFF), 'a/b/flow.json': BAD_FLOW });
    const s = await start(null);
    const inRepo = open(s, path.join(top, 'repo/a/b/flow.json'), BAD_FLOW);
    expect((await diagnostics(s, inRepo)).map((d) => d.code)).toEqual(['param-out-of-range']);
    const configured = open(s, path.join(repoConfigured, 'a/b/flow.json'), BAD_FLOW);
    expect(await diagnostics(s, configured)).toEqual([]);
  });
});

describe('malformed documents and hostile URIs', () => {
  it('didOpen with text null, a numeric uri, a null version, then a settings change: the server stays up', async () => {
    const dir = folder('malformed', { '.connectflowrc.json': JSON.stringify({ exclude: ['**/legacy/**'] }) });
    const s = await start(dir);
    const flowUri = uriOf(path.join(dir, 'flow.json'));
    for (const textDocument of [
      { uri: flowUri, languageId: 'json', version: 1, text: null },
      { uri: 5, languageId: 'json', version: 1, text: FLOW },
      { uri: flowUri, languageId: 'json', version: null, text: FLOW },
      { uri: flowUri, languageId: 7, version: 1, text: FLOW },
      { uri: { path: '/x' }, languageId: 'json', version: 1, text: FLOW },
    ]) {
      s.notify('textDocument/didOpen', { textDocument });
    }
    s.notify('textDocument/didChange', { textDocument: { uri: flowUri, version: 2 }, contentChanges: [{ text: 5 }] });
    s.notify('textDocument/didChange', { textDocument: { uri: flowUri, version: 2 }, contentChanges: [{ range: { start: 'x' }, text: 'a' }] });
    s.notify('workspace/didChangeConfiguration', { settings: { connectFlow: { rules: {} } } });
    await new Promise((r) => setTimeout(r, 300));
    await stillWorks(s);
    // Nothing was stored for the malformed opens: the flow's URI has no diagnostics of its own.
    expect(s.diagnosticsFor(flowUri).filter((p) => p.diagnostics.length > 0)).toEqual([]);
  });

  it('a document URI of 20,000 path segments with exclude globs set: checked, not a stack overflow', async () => {
    const dir = folder('long-uri', { '.connectflowrc.json': JSON.stringify({ exclude: ['**/legacy/**', '**/a/**/b/**/c.json'] }) });
    const s = await start(dir);
    const deep = `${uriOf(dir)}/${'d/'.repeat(20_000)}flow.json`;
    s.notify('textDocument/didOpen', { textDocument: { uri: deep, languageId: 'json', version: 1, text: BAD_FLOW } });
    expect((await diagnostics(s, deep, 20_000)).map((d) => d.code)).toEqual(['param-out-of-range']);
    const excluded = `${uriOf(dir)}/${'d/'.repeat(20_000)}legacy/flow.json`;
    s.notify('textDocument/didOpen', { textDocument: { uri: excluded, languageId: 'json', version: 1, text: BAD_FLOW } });
    expect(await diagnostics(s, excluded, 20_000)).toEqual([]);
    await stillWorks(s);
  });
});
