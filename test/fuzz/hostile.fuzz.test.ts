/**
 * Fuzzing what a hostile workspace or client controls besides flow text (issue 19): configuration files, document
 * URIs and the bytes of the LSP stream. In process: loadConfigFile never throws and always says what is wrong;
 * glob matching stays cheap whatever the glob and the path; the framing guard passes well-formed streams through
 * byte for byte however they are split, and on garbage either waits or gives up, never throws. Over stdio: a real
 * server fed random URIs and random garbage either keeps answering or exits with code 1; it never hangs, mute.
 * Seeded (FUZZ_SEED); FUZZ_SCALE multiplies the runs.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough } from 'stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileGlob, findConfigFile, flowTypeFor, isExcluded, loadConfigFile, readSettings } from '../../server/src/project';
import { fsPathOf } from '../../server/src/lsp';
import { guardFraming } from '../../server/src/lsp/jsonRpcGuard';
import { RawServer, requireServer } from '../robustness/rawServer';
import { callbackAction, endAction, flowText } from '../helpers/flow';
import { FUZZ_SEED, runs, timeoutFor } from './config';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-flow-hostile-fuzz-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** CPU milliseconds for fn. */
function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

// --- hostile configuration files -------------------------------------------------------------------------------

const globPiece = fc.constantFrom('*', '**', '?', '{a,b}', '{a,{b,{c,d}}}', '{1..60}', '[a-z]', '[!a]', '\\', '/', 'a', '.', '!', '(a+)+', '@(x)', '{', '}', '[', ',');
const hostileGlob = fc.oneof(
  fc.array(globPiece, { maxLength: 40 }).map((xs) => xs.join('')),
  fc.string({ maxLength: 60 }),
  fc.integer({ min: 1, max: 12 }).map((n) => '{a,b}'.repeat(n) + '/**/*.json'),
  fc.integer({ min: 1, max: 3000 }).map((n) => '*a'.repeat(n) + 'b'),
);
const jsonish = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.record({
    rules: fc.oneof(fc.dictionary(fc.string({ maxLength: 30 }), fc.oneof(fc.constantFrom('off', 'warn', 'error', 'bogus'), fc.jsonValue({ maxDepth: 2 }))), fc.jsonValue({ maxDepth: 2 })),
    flowType: fc.oneof(fc.constantFrom('contactFlow', '', 'nope'), fc.jsonValue({ maxDepth: 2 })),
    flowTypes: fc.oneof(fc.dictionary(hostileGlob, fc.constantFrom('customerHold', 'contactFlow', 'x')), fc.jsonValue({ maxDepth: 2 })),
    exclude: fc.oneof(fc.array(hostileGlob, { maxLength: 150 }), fc.jsonValue({ maxDepth: 2 })),
  }, { requiredKeys: [] }),
);
/** Config file text: JSON of hostile content, deep nesting, cut-off text, comments, random characters, a BOM. */
const configText = fc.oneof(
  jsonish.map((v) => JSON.stringify(v)),
  fc.tuple(jsonish.map((v) => JSON.stringify(v)), fc.nat()).map(([t, n]) => t.slice(0, n % (t.length + 1))),
  fc.integer({ min: 1, max: 50_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.integer({ min: 1, max: 50_000 }).map((n) => '{"rules":' + '{"a":'.repeat(n)),
  fc.integer({ min: 1, max: 2000 }).map((n) => `{"exclude": [${Array.from({ length: n }, (_, i) => `"**/{a,b}{c,d}{e,f}/x${i}/**"`).join(',')}]}`),
  fc.string({ maxLength: 300 }),
  fc.constantFrom('\uFEFF{"rules": {}}', '// comment\n{"rules": {} /* x */}', '{"rules": {},}', '', '\u0000', 'null', '"str"'),
);

describe('hostile configuration files', () => {
  it('loadConfigFile never throws, always returns settings, and every problem is a sentence', () => {
    let n = 0;
    fc.assert(
      fc.property(configText, (text) => {
        const file = path.join(dir, `c${n++ % 8}`, '.connectflowrc.json');
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, text);
        const config = loadConfigFile(file);
        expect(config.settings).toBeDefined();
        for (const p of config.problems) expect(typeof p === 'string' && p.length > 0 && p.length < 2000).toBe(true);
        // Whatever the file holds, using its settings on a path is quick and does not throw.
        const ms = cpuMs(() => {
          isExcluded(`${path.dirname(file)}/a/b/c.json`, config.settings);
          flowTypeFor(`${path.dirname(file)}/a/b/c.json`, config.settings);
        });
        expect(ms).toBeLessThan(500);
      }),
      { seed: FUZZ_SEED, numRuns: runs(400) },
    );
  }, timeoutFor(400));

  it('readSettings (what the editor sends) never throws and keeps at most 100 globs of each kind', () => {
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.anything()), (value) => {
        const s = readSettings(value);
        expect(s.exclude.length).toBeLessThanOrEqual(100);
        expect(Object.keys(s.flowTypes).length).toBeLessThanOrEqual(100);
      }),
      { seed: FUZZ_SEED, numRuns: runs(2000) },
    );
  });

  it('a glob matches any path, up to 20,000 segments, in bounded time and never throws', () => {
    const hostilePath = fc.oneof(
      fc.array(fc.constantFrom('a', 'b', 'x1', 'aaaaaaaaaaaaaaaaaaaaaaaab', '', '.', '..', 'c.json'), { maxLength: 30 }).map((xs) => '/' + xs.join('/')),
      fc.integer({ min: 1, max: 20_000 }).map((n) => '/d'.repeat(n) + '/f.json'),
      fc.string({ maxLength: 200 }),
    );
    fc.assert(
      fc.property(hostileGlob, hostilePath, (glob, p) => {
        const ms = cpuMs(() => compileGlob(glob)(p));
        expect(ms).toBeLessThan(1000);
      }),
      { seed: FUZZ_SEED, numRuns: runs(1500) },
    );
  }, timeoutFor(1500));
});

// --- hostile URIs ----------------------------------------------------------------------------------------------

const uriText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.webUrl(),
  fc.array(fc.constantFrom('a', '%2F', '%00', '..', '.', '%', '%E0%A4%A', ' ', '\u0000', '\u202e', '🙂', 'C:', '\\', '?q', '#f'), { maxLength: 40 }).map((xs) => `file:///${xs.join('/')}`),
  fc.integer({ min: 1, max: 20_000 }).map((n) => `file:///tmp${'/d'.repeat(n)}/flow.json`),
  fc.constantFrom('file://', 'file:', ':', 'untitled:Untitled-1', 'vscode-notebook-cell:/x.ipynb#W0', 'file://server/share/x.json', 'git:/x.json?{"path":"/x"}'),
);

describe('hostile URIs', () => {
  it('fsPathOf and the config lookup never throw on any URI', () => {
    fc.assert(
      fc.property(uriText, (uri) => {
        const p = fsPathOf(uri);
        if (p !== undefined) findConfigFile(path.dirname(p.length > 0 ? p : '/'), dir);
      }),
      { seed: FUZZ_SEED, numRuns: runs(1500) },
    );
  }, timeoutFor(1500));
});

// --- framing garbage -------------------------------------------------------------------------------------------

function frame(body: string): Buffer {
  const bytes = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`), bytes]);
}

/** Feeds `chunks` through guardFraming; what came out, and whether (and why) it gave up. */
async function throughGuard(chunks: Buffer[]): Promise<{ out: Buffer; broken: string | undefined }> {
  const input = new PassThrough();
  let broken: string | undefined;
  const guarded = guardFraming(input, (reason) => (broken = reason));
  const out: Buffer[] = [];
  guarded.on('data', (d: Buffer) => out.push(d));
  for (const c of chunks) input.write(c);
  input.end();
  await new Promise<void>((resolve) => {
    guarded.on('end', resolve);
    guarded.on('close', resolve);
    setTimeout(resolve, 50);
  });
  return { out: Buffer.concat(out), broken };
}

const message = fc.record({ id: fc.integer(), method: fc.string({ maxLength: 20 }), params: fc.jsonValue({ maxDepth: 3 }) }).map((m) => JSON.stringify({ jsonrpc: '2.0', ...m }));
/** Cut points: a stream split into pieces at arbitrary places. */
function split(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Buffer[] = [];
  let from = 0;
  for (const p of points) {
    pieces.push(bytes.subarray(from, p));
    from = p;
  }
  pieces.push(bytes.subarray(from));
  return pieces;
}

describe('framing garbage', () => {
  it('well-formed streams pass byte for byte, however split, and never count as broken', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 10 }), async (messages, cuts) => {
        const bytes = Buffer.concat(messages.map(frame));
        const { out, broken } = await throughGuard(split(bytes, cuts));
        expect(broken).toBeUndefined();
        expect(out.equals(bytes)).toBe(true);
      }),
      { seed: FUZZ_SEED, numRuns: runs(500) },
    );
  });

  const garbage = fc.oneof(
    fc.uint8Array({ minLength: 1, maxLength: 200 }).map((a) => Buffer.from(a)),
    fc.string({ maxLength: 100 }).map((s) => Buffer.from(`Content-Length: ${s}\r\n\r\n`)),
    fc.string({ maxLength: 100 }).map((s) => Buffer.from(`${s}\r\n\r\n`)),
    fc.tuple(message, fc.integer({ min: -5, max: 5 })).map(([m, d]) => Buffer.concat([Buffer.from(`Content-Length: ${Buffer.byteLength(m) + d}\r\n\r\n${m}`), frame(m)])),
  );

  it('after garbage the guard either waits for more bytes or gives up once with a reason; it never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(message, { maxLength: 2 }), garbage, fc.array(fc.nat(), { maxLength: 5 }), async (before, junk, cuts) => {
        const good = Buffer.concat(before.map(frame));
        const { out, broken } = await throughGuard(split(Buffer.concat([good, junk]), cuts));
        // What was well formed before the garbage went through whole.
        expect(out.subarray(0, good.length).equals(good) || (broken !== undefined && good.subarray(0, out.length).equals(out))).toBe(true);
        if (broken !== undefined) expect(broken.length).toBeGreaterThan(0);
      }),
      { seed: FUZZ_SEED, numRuns: runs(1000) },
    );
  });
});

// --- over stdio ------------------------------------------------------------------------------------------------

describe('a real server fed random URIs and random garbage', () => {
  beforeAll(() => requireServer());
  const FLOW = flowText([callbackAction({}, { RetryDelaySeconds: '0' }), endAction]);

  it('didOpen of 200 random URIs (with exclude globs set): the server stays up and answers', async () => {
    const s = new RawServer();
    try {
      await s.initialize({ settings: { exclude: ['**/legacy/**', '**/{a,b}/**/x*.json'], flowTypes: { '**/hold/**': 'customerHold' } } });
      const uris = fc.sample(uriText, { seed: FUZZ_SEED, numRuns: runs(200) });
      for (const [i, uri] of uris.entries()) {
        s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text: FLOW } });
        if (i % 3 === 0) s.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 5 } });
        if (i % 5 === 0) s.notify('textDocument/didClose', { textDocument: { uri } });
      }
      const r = await s.call('connectFlow/noSuchMethod', {}, 60_000);
      expect(r.error?.code).toBe(-32601);
      expect(s.exited).toBeUndefined();
    } finally {
      await s.stop();
    }
  }, 120_000);

  it('random garbage after a valid exchange: either the next request is answered, or the process exits with code 1', async () => {
    const cases = fc.sample(fc.uint8Array({ minLength: 1, maxLength: 64 }), { seed: FUZZ_SEED, numRuns: runs(8) });
    for (const bytes of cases) {
      const s = new RawServer();
      try {
        await s.initialize();
        s.writeRaw(Buffer.from(bytes));
        const id = s.request('connectFlow/noSuchMethod', {});
        const outcome = await s
          .until(() => (s.exited ? 'exited' : s.responses.get(id) ? 'answered' : undefined), 5000, 'an answer or an exit')
          .catch((error: Error) => (/exited/.test(error.message) ? 'exited' : `hung: ${error.message}`));
        if (outcome === 'exited') {
          expect(s.exited).toEqual({ code: 1, signal: null });
          expect(s.stderr.join('')).toMatch(/the message stream from the client is broken/);
        } else if (outcome !== 'answered') {
          // Garbage that could still be the start of a header (printable, no blank line yet) waits for more bytes;
          // ending the stream must then end the process.
          s.child.stdin!.end();
          expect(await s.until(() => s.exited, 5000, 'exit after end of input')).toEqual({ code: 1, signal: null });
        }
      } finally {
        s.child.kill();
      }
    }
  }, 120_000);
});
