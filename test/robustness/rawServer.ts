/**
 * A bare-hands LSP client for abuse tests: it writes bytes of its own making (malformed frames included) to
 * `node dist/server.js --stdio` and reads what comes back with vscode-jsonrpc's stream reader. It also reads the
 * server's memory from /proc and, through a preloaded probe (memoryProbe.cjs), its heap after a forced GC.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { StreamMessageReader, type Message, type NotificationMessage, type ResponseMessage } from 'vscode-languageserver-protocol/node';

export const SERVER_JS = path.resolve(__dirname, '../../dist/server.js');
const PROBE = path.resolve(__dirname, 'memoryProbe.cjs');

export function requireServer(): void {
  if (!fs.existsSync(SERVER_JS)) throw new Error('dist/server.js is missing: run `npm run build` first (npm test does it).');
}

export interface StartOptions {
  /** Extra node flags, e.g. --max-old-space-size=96. */
  nodeArgs?: string[];
  /** Preload the heap probe (adds --expose-gc). */
  heapProbe?: boolean;
  /** Preload more modules (-r), e.g. the security harness. */
  preload?: string[];
  env?: NodeJS.ProcessEnv;
  initializationOptions?: unknown;
}

export class RawServer {
  readonly child: ChildProcess;
  readonly notifications: NotificationMessage[] = [];
  readonly responses = new Map<number | string, ResponseMessage>();
  /** Responses with `"id": null`: JSON-RPC's answer to a message whose id could not be read. */
  readonly nullIdResponses: ResponseMessage[] = [];
  readonly stderr: string[] = [];
  exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private nextId = 1;
  private readonly waiters: Array<() => void> = [];
  private heapLines: string[] = [];

  constructor(options: StartOptions = {}) {
    const args = [...(options.nodeArgs ?? [])];
    if (options.heapProbe) args.push('--expose-gc', '-r', PROBE);
    for (const p of options.preload ?? []) args.push('-r', p);
    this.child = spawn(process.execPath, [...args, SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    const reader = new StreamMessageReader(this.child.stdout!);
    reader.listen((m: Message) => {
      const msg = m as ResponseMessage & NotificationMessage;
      const id = (m as { id?: number | string | null }).id;
      const isRequestOrNotification = 'method' in msg;
      if (id !== undefined && id !== null && !isRequestOrNotification) this.responses.set(id, msg);
      else if (isRequestOrNotification && id === undefined) this.notifications.push(msg);
      else if (isRequestOrNotification) {
        // A request from the server (configuration, registration): answer it so the server is not kept waiting.
        this.send({ jsonrpc: '2.0', id: id ?? null, result: null });
      } else if (id === null) this.nullIdResponses.push(msg);
      this.wake();
    });
    this.child.stderr!.on('data', (d: Buffer) => {
      const text = d.toString('utf8');
      this.stderr.push(text);
      for (const line of text.split('\n')) if (line.startsWith('HEAP ')) this.heapLines.push(line);
      this.wake();
    });
    this.child.on('exit', (code, signal) => {
      this.exited = { code, signal };
      this.wake();
    });
    this.child.stdin!.on('error', () => undefined);
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Waits until `test` holds (checked after every message), or fails after `timeoutMs`. */
  async until<T>(test: () => T | undefined | false, timeoutMs = 10_000, what = 'condition'): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = test();
      if (value) return value;
      if (this.exited) throw new Error(`server exited (${JSON.stringify(this.exited)}) while waiting for ${what}; stderr: ${this.stderr.join('').slice(-2000)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
  }

  writeRaw(data: string | Buffer): void {
    this.child.stdin!.write(data);
  }

  static frame(body: string | Buffer): Buffer {
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
  }

  send(message: object): void {
    this.writeRaw(RawServer.frame(JSON.stringify(message)));
  }

  /** Sends a request; returns its id. */
  request(method: string, params?: unknown): number {
    const id = this.nextId++;
    this.send(params === undefined ? { jsonrpc: '2.0', id, method } : { jsonrpc: '2.0', id, method, params });
    return id;
  }

  notify(method: string, params?: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  response(id: number | string, timeoutMs = 10_000): Promise<ResponseMessage> {
    return this.until(() => this.responses.get(id), timeoutMs, `the response to request ${id}`);
  }

  async call(method: string, params?: unknown, timeoutMs?: number): Promise<ResponseMessage> {
    return this.response(this.request(method, params), timeoutMs);
  }

  async initialize(initializationOptions: unknown = {}): Promise<void> {
    const init = await this.call('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions, workspaceFolders: null });
    if (init.error) throw new Error(`initialize failed: ${JSON.stringify(init.error)}`);
    this.notify('initialized', {});
  }

  /** Round trip: once a request sent now is answered, everything sent before it has been read and handled. */
  async settle(timeoutMs = 30_000): Promise<void> {
    await this.call('connectFlow/ping-from-robustness-test', {}, timeoutMs);
  }

  diagnosticsFor(uri: string): Array<{ version?: number; diagnostics: Array<{ code?: string | number; severity?: number; message: string; range: unknown }> }> {
    return this.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === uri).map((n) => n.params as never);
  }

  /** Resident set size of the server process in kB, from /proc (Linux only). */
  rssKb(): number | undefined {
    try {
      const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+) kB/.exec(status);
      return m ? Number(m[1]) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Heap of the server after a forced full GC, via the preloaded probe (SIGUSR2). */
  async heapUsed(): Promise<number> {
    const before = this.heapLines.length;
    this.child.kill('SIGUSR2');
    await this.until(() => this.heapLines.length > before, 10_000, 'the heap probe');
    return JSON.parse(this.heapLines[this.heapLines.length - 1].slice(5)).heapUsed as number;
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    try {
      await this.call('shutdown', undefined, 2000);
      this.notify('exit');
      await this.until(() => this.exited, 2000, 'exit');
    } catch {
      this.child.kill();
    }
  }
}
