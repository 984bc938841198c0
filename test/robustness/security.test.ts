/**
 * Security (issue 9): the language server opens no network connections, starts no processes and runs no code
 * taken from documents or settings; settings patterns cannot hang it; the extension declares how it behaves in
 * untrusted and virtual workspaces.
 *
 * Two views: at run time, the real server under a harness (securityHarness.cjs, preloaded with -r) that refuses
 * and records every process, socket, DNS, HTTP and worker call and records run-time code compilation, through a
 * session of hostile documents and settings; statically, the server's own modules (from esbuild's metafile of the
 * server bundle) import none of those APIs and build no code or regular expressions from strings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import * as esbuild from 'esbuild';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RawServer, requireServer } from './rawServer';
import { callbackAction, endAction, flowText } from '../helpers/flow';

const ROOT = path.resolve(__dirname, '../..');
const HARNESS = path.resolve(__dirname, 'securityHarness.cjs');
const MARKER = `cfmarker${process.pid}x${Date.now()}`;
const PWNED = path.join(os.tmpdir(), `connect-flow-pwned-${MARKER}`);

interface HarnessEntry {
  kind: 'loaded' | 'refused' | 'compiled';
  name: string;
  detail: string;
  stack: string;
}

function readLog(file: string): HarnessEntry[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as HarnessEntry);
}

/** Strings an attacker would put in a flow or in settings, each carrying the marker. */
const PAYLOADS = [
  `require('child_process').execSync('touch ${PWNED}')`,
  `\${process.mainModule.require('child_process').execSync('touch ${PWNED}')}`,
  `{{constructor.constructor('return process')().exit(7)}} ${MARKER}`,
  `$.Attributes['${MARKER}'].constructor.constructor('return process')()`,
  `javascript:fetch('http://${MARKER}.invalid/')`,
  `"; require('net').connect(80, '${MARKER}.invalid'); "`,
  `(a+)+b${MARKER}`,
];

function hostileFlows(): string[] {
  const flows: string[] = [];
  for (const p of PAYLOADS) {
    flows.push(flowText([callbackAction({ Identifier: p }, { QueueId: p, AgentId: p, [p]: p, RetryDelaySeconds: p }), { ...endAction, Identifier: p }], { top: { [MARKER]: p } }));
    flows.push(flowText([callbackAction({}, { QueueId: `$.${p}`, InitialCallDelaySeconds: p }), endAction], { metadataType: p, start: p }));
  }
  // Prototype keys everywhere, as a parsed object would see them.
  flows.push(`{"__proto__":{"polluted":"${MARKER}"},"constructor":{"prototype":{"x":1}},"Version":"2019-10-30","StartAction":"a","Actions":[{"Identifier":"a","Type":"__proto__","Parameters":{"__proto__":{"toString":"${MARKER}"},"constructor":"x"},"Transitions":{"NextAction":"__proto__","Errors":[{"NextAction":"constructor","ErrorType":"toString"}],"Conditions":[{"NextAction":"a","Condition":{"Operator":"Equals","Operands":[{"toString":"${MARKER}","valueOf":"${MARKER}"}]}}]}}]}`);
  // The same, broken (tolerant parser: prototype-less objects).
  flows.push(flows[flows.length - 1].slice(0, -3));
  return flows;
}

beforeAll(() => requireServer());

describe('the server under a harness that refuses processes, sockets and network', () => {
  const log = path.join(os.tmpdir(), `connect-flow-harness-${MARKER}.jsonl`);
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-flow-untrusted-'));
  let s: RawServer;
  let answered = 0;

  beforeAll(async () => {
    // An untrusted folder may ship its own settings file: hostile globs and values.
    fs.writeFileSync(
      path.join(workspace, '.connectflowrc.json'),
      JSON.stringify({ exclude: ['@(a+)+b', `**/${MARKER}/**`, '**/' + '*a'.repeat(30) + 'b'], flowTypes: { ['(a|aa)+' + MARKER]: 'customerHold' }, rules: { [MARKER]: 'error', 'param-unknown': `${MARKER}` } }),
    );
    s = new RawServer({ preload: [HARNESS], env: { CONNECT_FLOW_HARNESS_LOG: log } });
    await s.initialize({
      settings: {
        exclude: [`(a+)+$${MARKER}`, '**/' + '*a'.repeat(40) + 'b'],
        flowTypes: { [`{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}${MARKER}`]: 'contactFlow', '@(a+)+b': 'customerQueue' },
        rules: { [MARKER]: 'off', 'dangling-next-action': PAYLOADS[0] },
        flowType: PAYLOADS[1],
        maxFileSize: 5_000_000,
      },
    });
    s.notify('workspace/didChangeConfiguration', { settings: { connectFlow: { exclude: PAYLOADS, flowTypes: { [PAYLOADS[2]]: PAYLOADS[3] }, rules: { [PAYLOADS[4]]: 'warn' } } } });
    s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(workspace, '.connectflowrc.json')).href, type: 2 }] });

    const flows = hostileFlows();
    for (let i = 0; i < flows.length; i++) {
      const dir = i % 2 === 0 ? workspace : path.join(workspace, 'a'.repeat(60) + 'c');
      const uri = pathToFileURL(path.join(dir, `flow-${i}.json`)).href;
      const text = flows[i];
      s.notify('textDocument/didOpen', { textDocument: { uri, languageId: i % 3 === 0 ? 'connect-flow' : 'json', version: 1, text } });
      const doc = TextDocument.create(uri, 'json', 1, text);
      const textDocument = { uri };
      const step = Math.max(1, Math.floor(text.length / 40));
      for (let offset = 0; offset <= text.length; offset += step) {
        const position = doc.positionAt(offset);
        for (const [method, params] of [
          ['textDocument/hover', { textDocument, position }],
          ['textDocument/completion', { textDocument, position }],
          ['textDocument/definition', { textDocument, position }],
          ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
          ['textDocument/prepareRename', { textDocument, position }],
          ['textDocument/rename', { textDocument, position, newName: PAYLOADS[i % PAYLOADS.length] }],
        ] as const) {
          await s.call(method, params, 20_000);
          answered++;
        }
      }
      const actions = await s.call('textDocument/codeAction', { textDocument, range: { start: doc.positionAt(0), end: doc.positionAt(text.length) }, context: { diagnostics: [] } }, 20_000);
      for (const action of (actions.result as unknown[] | null) ?? []) await s.call('codeAction/resolve', action, 20_000);
      await s.call('textDocument/documentSymbol', { textDocument }, 20_000);
      for (const item of ((await s.call('textDocument/completion', { textDocument, position: doc.positionAt(Math.floor(text.length / 2)) })).result as { items?: unknown[] } | null)?.items ?? [])
        await s.call('completionItem/resolve', item, 20_000);
      s.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: text.replace(/"/, '') }] });
      s.notify('textDocument/didClose', { textDocument });
    }
    await s.settle();
  }, 240_000);

  afterAll(async () => {
    await s?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(log, { force: true });
    fs.rmSync(PWNED, { force: true });
  });

  it('the harness was loaded into the server process', () => {
    const entries = readLog(log);
    expect(entries.filter((e) => e.kind === 'loaded').map((e) => Number(e.detail))).toEqual([s.child.pid]);
    expect(answered).toBeGreaterThan(100);
    expect(s.exited).toBeUndefined();
  });

  it('no process was started, no socket, DNS or HTTP request was made', () => {
    expect(readLog(log).filter((e) => e.kind === 'refused')).toEqual([]);
    expect(fs.existsSync(PWNED)).toBe(false);
  });

  it('no code was compiled from document or settings text (and none at all at run time)', () => {
    const compiled = readLog(log).filter((e) => e.kind === 'compiled');
    expect(compiled.filter((e) => e.detail.includes(MARKER) || e.detail.includes('child_process'))).toEqual([]);
    expect(compiled.map((e) => `${e.name}: ${e.detail.slice(0, 80)}`)).toEqual([]);
  });

  it('prototype keys in documents did not pollute Object.prototype in the server (it still answers normally)', async () => {
    const r = await s.call('connectFlow/noSuchMethod', {});
    expect(r.error?.code).toBe(-32601);
  });
});

describe('the harness itself', () => {
  it('catches a process start and a connection (so an empty log above means something)', () => {
    const log = path.join(os.tmpdir(), `connect-flow-harness-control-${MARKER}.jsonl`);
    const script = `try { require('child_process').spawnSync('true') } catch {} try { require('net').connect(9, '127.0.0.1') } catch {} try { new Function('return 1') } catch {}`;
    const r = spawnSync(process.execPath, ['-r', HARNESS, '-e', script], { env: { ...process.env, CONNECT_FLOW_HARNESS_LOG: log }, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const entries = readLog(log);
    fs.rmSync(log, { force: true });
    expect(entries.map((e) => `${e.kind} ${e.name}`)).toEqual(expect.arrayContaining(['loaded harness', 'refused child_process.spawnSync', 'refused net.connect', 'compiled Function']));
  });
});

describe("the server's own code", () => {
  let sources: Array<{ file: string; text: string }> = [];
  beforeAll(async () => {
    const result = await esbuild.build({ entryPoints: [path.join(ROOT, 'server/src/lsp/server.ts')], bundle: true, write: false, metafile: true, platform: 'node', mainFields: ['module', 'main'], logLevel: 'silent', absWorkingDir: ROOT });
    sources = Object.keys(result.metafile.inputs)
      .filter((f) => f.startsWith('server/src/'))
      .map((file) => ({ file, text: fs.readFileSync(path.join(ROOT, file), 'utf8') }));
  });

  it('is found (the server bundle has dozens of our modules)', () => {
    expect(sources.length).toBeGreaterThan(20);
    expect(sources.map((s) => s.file)).toContain('server/src/lsp/server.ts');
  });

  it('imports no process, network, worker or vm module', () => {
    const forbidden = /(?:from\s+|require\()\s*['"](?:node:)?(child_process|net|tls|http|https|http2|dgram|dns|worker_threads|vm|cluster|inspector)['"]/;
    expect(sources.filter((s) => forbidden.test(s.text)).map((s) => `${s.file}: ${forbidden.exec(s.text)![1]}`)).toEqual([]);
  });

  it('compiles no code and no regular expression from strings (eval, new Function, RegExp(...))', () => {
    const dynamic = /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*['"`]|\bRegExp\s*\(/;
    expect(sources.filter((s) => dynamic.test(s.text)).map((s) => `${s.file}: ${dynamic.exec(s.text)![0]}`)).toEqual([]);
  });

  it('matches settings globs with glob.ts (no regular expressions), not with a regex-based matcher', () => {
    const settings = sources.find((s) => s.file === 'server/src/project/settings.ts')!;
    expect(settings.text).toContain("from './glob'");
    expect(sources.filter((s) => /from ['"](picomatch|micromatch|minimatch)['"]/.test(s.text)).map((s) => s.file)).toEqual([]);
  });
});

describe('package.json declares workspace trust and virtual workspace support', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    capabilities?: { untrustedWorkspaces?: { supported?: unknown; description?: string }; virtualWorkspaces?: unknown };
  };
  it('capabilities.untrustedWorkspaces', () => {
    expect([true, 'limited']).toContain(pkg.capabilities?.untrustedWorkspaces?.supported);
    expect(pkg.capabilities?.untrustedWorkspaces?.description ?? '').not.toBe('');
  });
  it('capabilities.virtualWorkspaces', () => {
    const v = pkg.capabilities?.virtualWorkspaces;
    expect(v === true || (typeof v === 'object' && v !== null && 'supported' in v)).toBe(true);
  });
});
