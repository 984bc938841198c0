/**
 * The server survives abuse over stdio (issue 9): malformed frames, unknown methods, requests about documents it
 * does not have, positions off the end, cancellation, bursts of edits, closing. Each test talks to a real
 * `node dist/server.js --stdio` through RawServer, which writes bytes of its own making.
 */
import * as path from 'path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RawServer, requireServer } from './rawServer';
import { validate } from '../../server/src/engine/validate';
import { callbackAction, endAction, flowText } from '../helpers/flow';

const FLOW = flowText([callbackAction({}, { QueueId: 'q-1', AgentId: 'a-1' }), endAction]);
/** On the action's Type value: hover has something to say there. */
const ON_TYPE = TextDocument.create('file:///x', 'json', 1, FLOW).positionAt(FLOW.indexOf('"CreateCallbackContact"') + 3);
let docCounter = 0;
const freshUri = () => `file:///tmp/connect-flow-robustness/flow-${process.pid}-${++docCounter}.json`;

function open(s: RawServer, uri: string, text: string, version = 1): void {
  s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version, text } });
}

/** The features a client can ask about a position, with params for `uri` at `position`. */
function featureRequests(uri: string, position: { line: number; character: number }): Array<[string, unknown]> {
  const textDocument = { uri };
  const range = { start: position, end: position };
  return [
    ['textDocument/hover', { textDocument, position }],
    ['textDocument/completion', { textDocument, position }],
    ['textDocument/definition', { textDocument, position }],
    ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
    ['textDocument/prepareRename', { textDocument, position }],
    ['textDocument/rename', { textDocument, position, newName: 'renamed' }],
    ['textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }],
    ['textDocument/documentSymbol', { textDocument }],
  ];
}

/** An empty answer: null, an empty list, or a completion list without items. */
function isEmpty(result: unknown): boolean {
  if (result === null || result === undefined) return true;
  if (Array.isArray(result)) return result.length === 0;
  if (typeof result === 'object' && 'items' in (result as object)) return (result as { items: unknown[] }).items.length === 0;
  return false;
}

beforeAll(() => requireServer());

describe('malformed JSON-RPC and unknown methods', () => {
  let s: RawServer;
  beforeAll(async () => {
    s = new RawServer();
    await s.initialize();
  });
  afterAll(async () => s?.stop());

  // What JSON-RPC 2.0 asks for each: the error reply (code, id) or, for a well-formed message, none.
  const garbage: Array<[string, string | Buffer, { code: number; id: number | null } | undefined]> = [
    ['a body that is not JSON', RawServer.frame('{"jsonrpc":"2.0","id":'), { code: -32700, id: null }],
    ['a JSON array (batch)', RawServer.frame('[]'), { code: -32600, id: null }],
    ['a JSON number', RawServer.frame('42'), { code: -32600, id: null }],
    ['an object that is no message', RawServer.frame('{"jsonrpc":"2.0"}'), { code: -32600, id: null }],
    ['a message without "jsonrpc"', RawServer.frame('{"id":92,"method":"textDocument/hover","params":{}}'), { code: -32600, id: 92 }],
    ['bytes that are not UTF-8', RawServer.frame(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), { code: -32700, id: null }],
    ['a method that is a number', RawServer.frame('{"jsonrpc":"2.0","id":91,"method":123}'), { code: -32600, id: 91 }],
    ['an id that is an object', RawServer.frame('{"jsonrpc":"2.0","id":{"a":1},"method":"textDocument/hover","params":{}}'), { code: -32600, id: null }],
    ['didOpen without a usable document', RawServer.frame('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":5,"text":null}}}'), undefined],
    ['didChange of a document never opened', RawServer.frame('{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///nope.json","version":2},"contentChanges":[{"text":"x"}]}}'), undefined],
    ['didChange whose text is null', RawServer.frame('{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///nope.json","version":3},"contentChanges":[{"text":null}]}}'), undefined],
    ['didClose of a document never opened', RawServer.frame('{"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"file:///never.json"}}}'), undefined],
    ['an unknown notification', RawServer.frame('{"jsonrpc":"2.0","method":"connectFlow/noSuchNotification","params":{}}'), undefined],
    ['a response nobody asked for', RawServer.frame('{"jsonrpc":"2.0","id":123456,"result":{}}'), undefined],
  ];
  for (const [name, bytes, expected] of garbage) {
    it(`survives ${name}, ${expected ? `answers it with error ${expected.code}` : 'sends no error for it'}, and answers the next request`, async () => {
      const nulls = s.nullIdResponses.length;
      s.writeRaw(bytes);
      const next = await s.call('connectFlow/noSuchMethod', {});
      expect(next.error?.code).toBe(-32601);
      const replies = [...s.nullIdResponses.slice(nulls), ...(expected?.id != null ? [s.responses.get(expected.id)] : [])].filter((r) => r !== undefined);
      if (expected) {
        expect(replies.map((r) => [r!.error?.code, r!.id])).toEqual([[expected.code, expected.id]]);
        expect(replies[0]!.error?.message).toMatch(expected.code === -32700 ? /^Parse error: / : /^Invalid Request: /);
      } else expect(replies).toEqual([]);
      expect(s.exited).toBeUndefined();
    });
  }

  it('unknown methods get MethodNotFound (-32601), $/ ones too', async () => {
    for (const method of ['connectFlow/doesNotExist', 'workspace/noSuchThing', '$/noSuchThing', ''])
      expect((await s.call(method, {})).error?.code, method).toBe(-32601);
  });

  it('known methods with unusable params get an error reply with their id, not silence', async () => {
    const cases: Array<[string, unknown]> = [
      ['textDocument/hover', null],
      ['textDocument/hover', undefined],
      ['textDocument/hover', [1, 2]],
      ['textDocument/definition', 'text'],
      ['textDocument/completion', 42],
    ];
    for (const [method, params] of cases) {
      const r = await s.call(method, params);
      const acceptable = r.error !== undefined ? [-32602, -32603].includes(r.error.code) : isEmpty(r.result);
      expect(acceptable, `${method} ${JSON.stringify(params)} -> ${JSON.stringify(r)}`).toBe(true);
    }
    expect(s.exited).toBeUndefined();
  });
});

describe('broken framing (Content-Length headers): the server exits instead of hanging (issue 19)', () => {
  // LSP frames carry no marker to resynchronise on: after a header the reader cannot parse, vscode-jsonrpc logged an
  // error and then waited for bytes that never line up again, alive but deaf. Now the framing is checked as bytes
  // arrive, and a broken stream ends the process with exit code 1 and a reason on stderr (the client restarts it).
  const next = RawServer.frame('{"jsonrpc":"2.0","id":99,"method":"connectFlow/noSuchMethod","params":{}}');
  const cases: Array<[string, string | Buffer, RegExp]> = [
    ['a header block without Content-Length', 'X-Foo: 1\r\n\r\n', /without Content-Length/],
    ['a Content-Length that is not a number', 'Content-Length: abc\r\n\r\n', /not a number of bytes: "abc"/],
    ['a negative Content-Length', 'Content-Length: -5\r\n\r\n{}', /not a number of bytes: "-5"/],
    ['a Content-Length too large to be a message', 'Content-Length: 99999999999\r\n\r\n{}', /more than the limit/],
    ['a Content-Length of 2^53 and more digits', `Content-Length: ${'9'.repeat(40)}\r\n\r\n`, /not a number of bytes/],
    ['a line of plain text', 'hello world\r\n\r\n', /not "Name: value"/],
    ['a header line without a colon', 'Content-Length 17\r\n\r\n{"jsonrpc":"2.0"}', /not "Name: value"/],
    ['a Content-Length shorter than the body', Buffer.concat([Buffer.from('Content-Length: 5\r\n\r\n{"jsonrpc":"2.0"}'), next]), /where a message header should be|not "Name: value"/],
    ['binary garbage', Buffer.from([0x00, 0xff, 0x13, 0x37, 0x80, 0x0d, 0x0a]), /a byte 0x00 where a message header should be/],
    ['a header that never ends', 'X'.repeat(10_000), /header longer than 8192 bytes/],
  ];
  for (const [name, bytes, reason] of cases) {
    it(`${name}: exit code 1 with the reason on stderr`, async () => {
      const s = new RawServer();
      try {
        await s.initialize();
        s.writeRaw(bytes);
        const exited = await s.until(() => s.exited, 5000, 'the server to exit').catch(() => undefined);
        expect(exited, `still running; stderr: ${s.stderr.join('')}`).toEqual({ code: 1, signal: null });
        expect(s.stderr.join('')).toMatch(/the message stream from the client is broken/);
        expect(s.stderr.join('')).toMatch(reason);
      } finally {
        s.child.kill();
      }
    });
  }

  it('well-formed frames split across writes at every byte, and Content-Length: 0, keep working', async () => {
    const s = new RawServer();
    try {
      await s.initialize();
      const bytes = Buffer.concat([RawServer.frame(''), RawServer.frame('{"jsonrpc":"2.0","id":"split","method":"connectFlow/noSuchMethod","params":{}}')]);
      for (let i = 0; i < bytes.length; i++) s.writeRaw(bytes.subarray(i, i + 1));
      expect((await s.response('split')).error?.code).toBe(-32601);
      expect(s.nullIdResponses.map((r) => r.error?.code)).toEqual([-32700]);
      expect(s.exited).toBeUndefined();
    } finally {
      s.child.kill();
    }
  });
});

describe('the LSP life cycle (issue 19)', () => {
  it('a request before initialize is answered ServerNotInitialized (-32002); initialize then works', async () => {
    const s = new RawServer();
    try {
      const early = await s.call('textDocument/hover', { textDocument: { uri: 'file:///x.json' }, position: { line: 0, character: 0 } }, 5000);
      expect(early.error?.code).toBe(-32002);
      await s.initialize();
      expect((await s.call('connectFlow/noSuchMethod', {})).error?.code).toBe(-32601);
    } finally {
      await s.stop();
    }
  });

  it('a request after shutdown is answered with an error (-32600), and exit still ends the process with 0', async () => {
    const s = new RawServer();
    await s.initialize();
    expect((await s.call('shutdown')).error).toBeUndefined();
    const late = await s.call('textDocument/documentSymbol', { textDocument: { uri: 'file:///x.json' } }, 5000);
    expect(late.error?.code).toBe(-32600);
    s.notify('exit');
    expect(await s.until(() => s.exited, 5000, 'exit')).toEqual({ code: 0, signal: null });
  });

  it('when the client stops reading (EPIPE on stdout) the process ends cleanly: exit code 1, no crash report', async () => {
    const s = new RawServer();
    try {
      await s.initialize();
      s.child.stdout!.destroy();
      // The server's next writes (the answers) find the pipe closed; stdin stays open.
      for (let i = 0; i < 5; i++) s.request('connectFlow/noSuchMethod', {});
      const exited = await s.until(() => s.exited, 5000, 'the server to exit').catch(() => undefined);
      expect(exited).toEqual({ code: 1, signal: null });
      // Before, the EPIPE went uncaught: the same exit code, with a crash dump (source and stack) on stderr.
      expect(s.stderr.join('')).toBe('');
    } finally {
      s.child.kill();
    }
  });
});

describe('documents the server does not have, positions off the end', () => {
  let s: RawServer;
  let uri: string;
  beforeAll(async () => {
    s = new RawServer();
    await s.initialize();
    uri = freshUri();
    open(s, uri, FLOW);
    await s.until(() => s.diagnosticsFor(uri).length > 0, 10_000, 'diagnostics');
  });
  afterAll(async () => s?.stop());

  it('every feature on a document that was never opened answers empty, without an error', async () => {
    for (const [method, params] of featureRequests('file:///tmp/never-opened.json', { line: 3, character: 5 })) {
      const r = await s.call(method, params);
      expect(r.error, method).toBeUndefined();
      expect(isEmpty(r.result), `${method}: ${JSON.stringify(r.result)}`).toBe(true);
    }
  });

  it('positions beyond the last line or the line end answer empty, without an error', async () => {
    const lines = FLOW.split('\n');
    for (const position of [
      { line: 1_000_000, character: 0 },
      { line: 0, character: 1_000_000 },
      { line: lines.length - 1, character: 2 ** 31 - 1 },
      { line: lines.length + 5, character: 3 },
    ]) {
      for (const [method, params] of featureRequests(uri, position)) {
        if (method === 'textDocument/documentSymbol' || method === 'textDocument/codeAction') continue;
        const r = await s.call(method, params);
        expect(r.error, `${method} at ${JSON.stringify(position)}`).toBeUndefined();
        expect(isEmpty(r.result), `${method} at ${JSON.stringify(position)}: ${JSON.stringify(r.result)?.slice(0, 200)}`).toBe(true);
      }
    }
  });

  it('negative positions (invalid in LSP) get an empty answer or an error, and the server stays up', async () => {
    for (const [method, params] of featureRequests(uri, { line: -1, character: -7 })) {
      const r = await s.call(method, params);
      expect(r.error !== undefined || r.result !== undefined, method).toBe(true);
    }
    expect(s.exited).toBeUndefined();
  });
});

describe('cancellation', () => {
  let s: RawServer;
  let uri: string;
  beforeAll(async () => {
    s = new RawServer();
    await s.initialize();
    uri = freshUri();
    open(s, uri, FLOW);
    await s.settle();
  });
  afterAll(async () => s?.stop());

  it('a request cancelled before it runs is answered RequestCancelled (-32800) and not computed', async () => {
    const frames: Buffer[] = [];
    const ids: number[] = [];
    for (let i = 0; i < 20; i++) {
      const id = 70_000 + i;
      ids.push(id);
      frames.push(RawServer.frame(JSON.stringify({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: { textDocument: { uri }, position: ON_TYPE } })));
      frames.push(RawServer.frame(JSON.stringify({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id } })));
    }
    s.writeRaw(Buffer.concat(frames));
    for (const id of ids) expect((await s.response(id)).error?.code).toBe(-32800);
  });

  it('the same request not cancelled gets its answer (the hover above is not empty)', async () => {
    const r = await s.call('textDocument/hover', { textDocument: { uri }, position: ON_TYPE });
    expect(r.result).not.toBeNull();
  });

  it('cancelling an unknown or finished request is harmless', async () => {
    const done = await s.call('connectFlow/noSuchMethod', {});
    s.notify('$/cancelRequest', { id: done.id });
    s.notify('$/cancelRequest', { id: 'never-sent' });
    s.notify('$/cancelRequest', {});
    expect((await s.call('connectFlow/noSuchMethod', {})).error?.code).toBe(-32601);
  });
});

describe('bursts of edits and closing', () => {
  let s: RawServer;
  beforeAll(async () => {
    s = new RawServer();
    await s.initialize();
  });
  afterAll(async () => s?.stop());

  it('1,000 didChange in one burst: diagnostics end on the last version, versions never go back, nothing stale after', async () => {
    const uri = freshUri();
    open(s, uri, FLOW);
    await s.settle();
    let doc = TextDocument.create(uri, 'json', 1, FLOW);
    // Typing and deleting a quote inside a value: the text flips between broken JSON and a valid flow. The
    // last change replaces everything with a flow whose only problem is different from all the earlier ones.
    const at = doc.positionAt(FLOW.indexOf('"q-1"') + 3);
    const frames: Buffer[] = [];
    const final = flowText([callbackAction({}, { RetryDelaySeconds: '0' }), endAction]);
    for (let version = 2; version <= 1001; version++) {
      const change =
        version === 1001
          ? { text: final }
          : version % 2 === 0
            ? { range: { start: at, end: at }, text: '"' }
            : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
      doc = TextDocument.update(doc, [change], version);
      frames.push(RawServer.frame(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [change] } })));
    }
    expect(doc.getText()).toBe(final);
    const started = Date.now();
    s.writeRaw(Buffer.concat(frames));
    await s.until(() => s.diagnosticsFor(uri).some((p) => p.version === 1001), 30_000, 'diagnostics for version 1001');
    const ms = Date.now() - started;
    await new Promise((r) => setTimeout(r, 500));
    await s.settle();
    const published = s.diagnosticsFor(uri);
    const versions = published.map((p) => p.version ?? -1);
    for (let i = 1; i < versions.length; i++) expect(versions[i], `publication ${i}: ${versions.join(',')}`).toBeGreaterThanOrEqual(versions[i - 1]);
    const last = published[published.length - 1];
    expect(last.version).toBe(1001);
    const expected = validate(final, { uri });
    expect(last.diagnostics.map((d) => [d.code, d.range, d.message])).toEqual(expected.map((d) => [d.code, d.range, d.message]));
    expect(last.diagnostics.map((d) => d.code)).toEqual(['param-out-of-range']);
    console.log(`[robustness] 1,000 changes: ${published.length - 1} publications, last version after ${ms} ms`);
    expect(published.length).toBeLessThan(200);
  });

  it('closing a document clears its diagnostics, and nothing is published for it afterwards', async () => {
    const uri = freshUri();
    open(s, uri, FLOW);
    await s.until(() => s.diagnosticsFor(uri).some((p) => p.diagnostics.length > 0), 10_000, 'diagnostics');
    // Close while a check is pending: an edit right before the close must not publish after it.
    s.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: FLOW + ' ' }] });
    s.notify('textDocument/didClose', { textDocument: { uri } });
    await s.until(() => s.diagnosticsFor(uri).some((p) => p.diagnostics.length === 0), 10_000, 'the clearing publication');
    await new Promise((r) => setTimeout(r, 500));
    await s.settle();
    const published = s.diagnosticsFor(uri);
    expect(published[published.length - 1].diagnostics).toEqual([]);
    const clearedAt = published.findIndex((p) => p.diagnostics.length === 0);
    expect(published.slice(clearedAt).every((p) => p.diagnostics.length === 0)).toBe(true);
  });

  it('features on a closed document answer empty', async () => {
    const uri = freshUri();
    open(s, uri, FLOW);
    await s.settle();
    s.notify('textDocument/didClose', { textDocument: { uri } });
    for (const [method, params] of featureRequests(uri, ON_TYPE)) {
      const r = await s.call(method, params);
      expect(r.error, method).toBeUndefined();
      expect(isEmpty(r.result), method).toBe(true);
    }
  });
});

describe('process lifecycle over stdio', () => {
  it('exits with 0 after shutdown and exit', async () => {
    const s = new RawServer();
    await s.initialize();
    expect((await s.call('shutdown')).error).toBeUndefined();
    s.notify('exit');
    expect(await s.until(() => s.exited, 5000, 'exit')).toEqual({ code: 0, signal: null });
  });

  it('exits with 1 when the client closes stdin without shutdown (no orphan process)', async () => {
    const s = new RawServer();
    await s.initialize();
    s.child.stdin!.end();
    expect(await s.until(() => s.exited, 5000, 'exit')).toEqual({ code: 1, signal: null });
  });

  it('exits with 0 when stdin closes after shutdown', async () => {
    const s = new RawServer();
    await s.initialize();
    await s.call('shutdown');
    s.child.stdin!.end();
    expect(await s.until(() => s.exited, 5000, 'exit')).toEqual({ code: 0, signal: null });
  });

  it('console output of the server process goes to the client log, never into the protocol stream', async () => {
    const s = new RawServer({ preload: [path.join(__dirname, 'consoleOnStart.cjs')] });
    await s.initialize();
    const logged = () => s.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message);
    await s.until(() => logged().length > 0, 5000, 'a log message');
    expect(logged()).toContain('console.log from the robustness test');
    expect((await s.call('connectFlow/noSuchMethod', {})).error?.code).toBe(-32601);
    await s.stop();
  });
});
