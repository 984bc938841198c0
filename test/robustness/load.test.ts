/**
 * Memory and size (issue 9): memory stays flat over 10,000 open/edit/close cycles; a 20,000-action flow keeps
 * hover and completion answering while it is checked; a file over connectFlow.maxFileSize gets one notice.
 *
 * Memory is read two ways, both from the real server process: its heap after a forced full GC (a probe preloaded
 * with `node --expose-gc -r memoryProbe.cjs`, triggered by SIGUSR2; the server's code is untouched), which is the
 * number that shows a leak, and its resident set size from /proc/<pid>/status, which includes V8's free pages
 * and code and moves with allocator behaviour, so it gets a looser bound.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RawServer, requireServer } from './rawServer';
import { callbackAction, endAction, flowText } from '../helpers/flow';

const MB = 1024 * 1024;
const log = (line: string) => console.log(`[robustness] ${line}`);

beforeAll(() => requireServer());

describe('memory over 10,000 open/edit/close cycles', () => {
  let s: RawServer;
  beforeAll(async () => {
    s = new RawServer({ heapProbe: true });
    await s.initialize();
  });
  afterAll(async () => s?.stop());

  it('heap after GC grows by less than 2 MB between cycle 1,000 and cycle 10,000', async () => {
    // Each cycle uses a new URI (per-document state that is never dropped shows up as growth) and a flow with
    // diagnostics, a hover and a code action, so caches of every kind get filled.
    const text = flowText([callbackAction({}, { QueueId: 'q-1', AgentId: 'a-1', RetryDelaySeconds: '0' }), endAction]);
    const typeAt = TextDocument.create('file:///x', 'json', 1, text).positionAt(text.indexOf('"CreateCallbackContact"') + 3);
    const editAt = TextDocument.create('file:///x', 'json', 1, text).positionAt(text.indexOf('"q-1"') + 2);
    let cycle = 0;
    const runCycles = async (n: number) => {
      for (let batch = 0; batch < n / 100; batch++) {
        const uris = Array.from({ length: 100 }, () => `file:///tmp/connect-flow-heap/flow-${++cycle}.json`);
        const frames: Buffer[] = [];
        for (const uri of uris) {
          frames.push(RawServer.frame(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'json', version: 1, text } } })));
          frames.push(RawServer.frame(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: editAt, end: editAt }, text: 'x' }] } })));
        }
        s.writeRaw(Buffer.concat(frames));
        // Every document gets checked before it is closed.
        const published = new Set<string>();
        await s.until(() => {
          for (const m of s.notifications.splice(0)) {
            const p = m.params as { uri: string; version?: number; diagnostics: unknown[] };
            if (m.method === 'textDocument/publishDiagnostics' && p.version === 2 && p.diagnostics.length > 0) published.add(p.uri);
          }
          return published.size === uris.length;
        }, 60_000, 'diagnostics for the batch');
        frames.length = 0;
        for (const uri of uris) {
          const textDocument = { uri };
          frames.push(RawServer.frame(JSON.stringify({ jsonrpc: '2.0', id: `h-${uri}`, method: 'textDocument/hover', params: { textDocument, position: typeAt } })));
          frames.push(RawServer.frame(JSON.stringify({ jsonrpc: '2.0', id: `c-${uri}`, method: 'textDocument/codeAction', params: { textDocument, range: { start: editAt, end: editAt }, context: { diagnostics: [] } } })));
          frames.push(RawServer.frame(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didClose', params: { textDocument } })));
        }
        s.writeRaw(Buffer.concat(frames));
        await s.settle(60_000);
        expect(s.responses.get(`h-${uris[0]}`)?.result).not.toBeNull();
        // Keep the client's own bookkeeping small too.
        s.responses.clear();
        s.notifications.length = 0;
      }
    };
    const started = Date.now();
    await runCycles(1000);
    const heap1k = await s.heapUsed();
    const rss1k = s.rssKb()!;
    await runCycles(9000);
    const heap10k = await s.heapUsed();
    const rss10k = s.rssKb()!;
    log(`10,000 cycles in ${((Date.now() - started) / 1000).toFixed(0)} s; heap after GC ${(heap1k / MB).toFixed(1)} MB at 1,000 -> ${(heap10k / MB).toFixed(1)} MB at 10,000; RSS ${(rss1k / 1024).toFixed(0)} -> ${(rss10k / 1024).toFixed(0)} MB`);
    expect(cycle).toBe(10_000);
    expect(heap10k - heap1k).toBeLessThan(2 * MB);
    expect(rss10k - rss1k).toBeLessThan(50 * 1024);
    expect(s.exited).toBeUndefined();
  }, 300_000);
});

/** A flow of `n` actions, one per line (compact enough to stay under the 5,000,000-character default limit). */
function bigFlow(n: number): string {
  const id = (i: number) => `action-${String(i).padStart(6, '0')}`;
  const actions: string[] = [];
  for (let i = 0; i < n; i++) {
    const next = id(i + 1);
    actions.push(JSON.stringify({ Identifier: id(i), Type: 'MessageParticipant', Parameters: { Text: `Step ${i}` }, Transitions: { NextAction: next, Errors: [{ NextAction: next, ErrorType: 'NoMatchingError' }] } }));
  }
  actions.push(JSON.stringify({ Identifier: id(n), Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }));
  return `{"Version":"2019-10-30","StartAction":"${id(0)}","Metadata":{"entryPointPosition":{"x":0,"y":0}},"Actions":[\n${actions.join(',\n')}\n]}\n`;
}

describe('a 20,000-action flow', () => {
  let s: RawServer;
  beforeAll(async () => {
    s = new RawServer();
    await s.initialize();
  });
  afterAll(async () => s?.stop());

  it('hover and completion keep answering while it is opened, checked and edited (latencies measured)', async () => {
    const text = bigFlow(20_000);
    expect(text.length).toBeLessThan(5_000_000);
    const uri = 'file:///tmp/connect-flow-big/flow.json';
    const doc = TextDocument.create(uri, 'json', 1, text);
    const middle = text.indexOf('"MessageParticipant"', Math.floor(text.length / 2));
    const onType = doc.positionAt(middle + 3);
    const inParams = doc.positionAt(text.indexOf('"Parameters":{', middle) + '"Parameters":{'.length);
    const latencies: Record<'hover' | 'completion', number[]> = { hover: [], completion: [] };
    const results: Record<'hover' | 'completion', unknown[]> = { hover: [], completion: [] };
    const ask = async (kind: 'hover' | 'completion') => {
      const t0 = Date.now();
      const r = await s.call(kind === 'hover' ? 'textDocument/hover' : 'textDocument/completion', { textDocument: { uri }, position: kind === 'hover' ? onType : inParams }, 30_000);
      latencies[kind].push(Date.now() - t0);
      results[kind].push(r.result);
    };
    /** A hover and a completion request every 50 ms, without waiting for answers (as a user moving and typing). */
    const askWhile = async (done: () => boolean) => {
      const pending: Array<Promise<void>> = [];
      while (!done()) {
        pending.push(ask('hover'), ask('completion'));
        await new Promise((r) => setTimeout(r, 50));
      }
      await Promise.all(pending);
    };
    const opened = Date.now();
    s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
    await askWhile(() => s.diagnosticsFor(uri).some((p) => p.version === 1));
    const checkMs = Date.now() - opened;
    const first = s.diagnosticsFor(uri).find((p) => p.version === 1)!;
    // Real flows hold at most 250 actions and 256,000 characters: those limits are the errors; every transition resolves.
    const errors = first.diagnostics.filter((d) => d.severity === 1);
    expect(errors.map((d) => d.code)).toEqual(['flow-action-limit', 'flow-content-size']);
    expect(errors[0].message).toContain('20001 actions');

    // An edit in the middle: one character, while the requests keep coming.
    const edited = Date.now();
    const at = doc.positionAt(text.indexOf('Step ', middle) + 5);
    s.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: '9' }] });
    await askWhile(() => s.diagnosticsFor(uri).some((p) => p.version === 2));
    const recheckMs = Date.now() - edited;

    const stats = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return { n: xs.length, median: sorted[Math.floor(sorted.length / 2)], p90: sorted[Math.floor(sorted.length * 0.9)], max: sorted[sorted.length - 1] };
    };
    const h = stats(latencies.hover);
    const c = stats(latencies.completion);
    log(`20,000 actions (${(text.length / 1e6).toFixed(1)} MB): diagnostics ${checkMs} ms after open, ${recheckMs} ms after an edit; hover median ${h.median} / p90 ${h.p90} / max ${h.max} ms (n=${h.n}); completion median ${c.median} / p90 ${c.p90} / max ${c.max} ms (n=${c.n})`);
    expect(results.hover.some((r) => r !== null)).toBe(true);
    expect(results.completion.some((r) => r !== null && (r as { items: unknown[] }).items.length > 0)).toBe(true);
    // The check runs in slices (server/src/lsp/slicedValidation.ts): a request waits for the model of a new version
    // (one parse) and at most one slice or one rule, never for the whole check.
    for (const x of [h, c]) {
      expect(x.median).toBeLessThan(500);
      expect(x.max).toBeLessThan(1500);
    }
  }, 120_000);
});

describe('connectFlow.maxFileSize', () => {
  it('a file over the limit gets exactly one information diagnostic and the features stay quiet', async () => {
    const s = new RawServer();
    try {
      await s.initialize({ settings: { maxFileSize: 500 } });
      const text = flowText([callbackAction({}, { QueueId: 'q-1', AgentId: 'a-1', RetryDelaySeconds: '0' }), endAction]);
      expect(text.length).toBeGreaterThan(500);
      const uri = 'file:///tmp/connect-flow-big/too-large.json';
      s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
      const published = await s.until(() => s.diagnosticsFor(uri)[0], 10_000, 'diagnostics');
      expect(published.diagnostics).toHaveLength(1);
      const [d] = published.diagnostics;
      expect(d.code).toBe('file-too-large');
      expect(d.severity).toBe(3);
      expect(d.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } });
      expect(d.message).toContain(`${text.length} characters`);
      expect(d.message).toContain('connectFlow.maxFileSize (500)');
      const position = TextDocument.create(uri, 'json', 1, text).positionAt(text.indexOf('"CreateCallbackContact"') + 3);
      expect((await s.call('textDocument/hover', { textDocument: { uri }, position })).result).toBeNull();
      // Shrinking it below the limit brings the real check back.
      const small = '{"Version":"2019-10-30","StartAction":"a","Actions":[]}';
      s.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: small }] });
      const again = await s.until(() => s.diagnosticsFor(uri).find((p) => p.version === 2), 10_000, 'diagnostics v2');
      expect(again.diagnostics.map((x) => x.code)).toEqual(['flow-start-action']);
    } finally {
      await s.stop();
    }
  });

  it('the notice stays inside the document when the first line is empty (was: end at character 1 of an empty line)', async () => {
    const s = new RawServer();
    try {
      await s.initialize({ settings: { maxFileSize: 100 } });
      const uri = 'file:///tmp/connect-flow-big/empty-first-line.json';
      const text = '\n' + flowText([callbackAction(), endAction]);
      s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'connect-flow', version: 1, text } });
      const published = await s.until(() => s.diagnosticsFor(uri)[0], 10_000, 'diagnostics');
      expect(published.diagnostics.map((d) => [d.code, d.range])).toEqual([['file-too-large', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }]]);
    } finally {
      await s.stop();
    }
  });

  it('a 6 MB flow with the default limit: one notice, published quickly', async () => {
    const s = new RawServer();
    try {
      await s.initialize();
      const text = bigFlow(32_000);
      expect(text.length).toBeGreaterThan(5_000_000);
      const uri = 'file:///tmp/connect-flow-big/default-limit.json';
      const t0 = Date.now();
      s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
      const published = await s.until(() => s.diagnosticsFor(uri)[0], 20_000, 'diagnostics');
      log(`${(text.length / 1e6).toFixed(1)} MB over the default limit: notice after ${Date.now() - t0} ms`);
      expect(published.diagnostics.map((d) => [d.code, d.severity])).toEqual([['file-too-large', 3]]);
    } finally {
      await s.stop();
    }
  }, 60_000);
});
