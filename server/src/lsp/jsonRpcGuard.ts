import { Transform, type Readable } from 'stream';
import { TextDecoder } from 'util';
import type { Message, MessageWriter, ResponseMessage } from 'vscode-languageserver/node';

/**
 * JSON-RPC 2.0 asks a server to answer a body that is not JSON with a Parse error (-32700) and a message that is not
 * a request, notification or response with an Invalid Request error (-32600). vscode-jsonrpc only logs both, so a
 * client that sent garbage waits for an answer that never comes. This decoder sits where vscode-jsonrpc turns a
 * frame's bytes into a message (used for `--stdio`): it answers those two cases itself, through the same writer, and
 * hands the connection a `$/` notification that it ignores.
 */

export const PARSE_ERROR = -32700;
export const INVALID_REQUEST = -32600;
/** LSP: a request before `initialize`. */
export const SERVER_NOT_INITIALIZED = -32002;

/** The message handed on in place of one that was answered here: `$/` notifications without a handler are ignored. */
const DROPPED: Message = { jsonrpc: '2.0', method: '$/connectFlow/dropped' } as Message;

type Id = number | string | null;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isId = (v: unknown): v is number | string => typeof v === 'number' || typeof v === 'string';

/** Why `value` is not a JSON-RPC 2.0 message (request, notification or response), or undefined when it is one. */
export function invalidMessage(value: unknown): { reason: string; id: Id } | undefined {
  if (!isObject(value)) return { reason: Array.isArray(value) ? 'batches are not supported' : 'a message must be a JSON object', id: null };
  // Only the id of something meant as a request is echoed: on anything else it may be one of the server's own.
  const id = isId(value.id) && 'method' in value ? value.id : null;
  if (value.jsonrpc !== '2.0') return { reason: '"jsonrpc" must be "2.0"', id };
  if ('id' in value && value.id !== null && !isId(value.id)) return { reason: '"id" must be a number or a string', id: null };
  if ('method' in value) return typeof value.method === 'string' ? undefined : { reason: '"method" must be a string', id };
  if ('id' in value && ('result' in value || 'error' in value)) return undefined;
  return { reason: 'neither a request, a notification nor a response', id };
}

export interface GuardOptions {
  writer: () => MessageWriter | undefined;
  /** Called with every message that passes, before the connection sees it. */
  onMessage?(message: Message): void;
}

/**
 * The LSP life cycle, kept where messages arrive: a request before `initialize` is answered ServerNotInitialized
 * (-32002) and a notification then is dropped (except `exit`); a request after `shutdown` is answered
 * InvalidRequest (-32600). Returns the error reply to send, 'drop', or undefined to pass the message on.
 */
export function lifecycle(): (message: Message) => { code: number; message: string } | 'drop' | undefined {
  let state: 'new' | 'running' | 'shutdown' = 'new';
  return (m) => {
    const { method, id } = m as { method?: string; id?: unknown };
    if (typeof method !== 'string') return undefined; // a response
    const isRequest = id !== undefined;
    if (state === 'new') {
      if (method === 'initialize' && isRequest) {
        state = 'running';
        return undefined;
      }
      if (method === 'exit') return undefined;
      return isRequest ? { code: SERVER_NOT_INITIALIZED, message: `Server not initialized: "${method}" came before "initialize".` } : 'drop';
    }
    if (state === 'shutdown' && isRequest) return { code: INVALID_REQUEST, message: `Invalid Request: "${method}" came after "shutdown".` };
    if (method === 'shutdown' && isRequest) state = 'shutdown';
    return undefined;
  };
}

/** A content-type decoder for `application/json` that answers broken messages itself. */
export function guardedJsonDecoder(options: GuardOptions) {
  const reply = (id: Id, code: number, message: string) => {
    const response = { jsonrpc: '2.0', id, error: { code, message } } as ResponseMessage;
    void options.writer()?.write(response).catch(() => undefined);
  };
  const inLifecycle = lifecycle();
  return {
    name: 'application/json',
    async decode(buffer: Uint8Array, decoderOptions: { charset: string }): Promise<Message> {
      let value: unknown;
      try {
        value = JSON.parse(new TextDecoder(decoderOptions.charset).decode(buffer));
      } catch (error) {
        reply(null, PARSE_ERROR, `Parse error: the message body is not JSON (${error instanceof Error ? error.message : String(error)}).`);
        return DROPPED;
      }
      const invalid = invalidMessage(value);
      if (invalid) {
        reply(invalid.id, INVALID_REQUEST, `Invalid Request: ${invalid.reason}.`);
        return DROPPED;
      }
      const refused = inLifecycle(value as Message);
      if (refused === 'drop') return DROPPED;
      if (refused) {
        reply((value as { id: Id }).id, refused.code, refused.message);
        return DROPPED;
      }
      options.onMessage?.(value as Message);
      return value as Message;
    },
  };
}

/** A header block longer than this is not LSP: real ones are about 30 bytes. */
export const MAX_HEADER_BYTES = 8192;
/** A Content-Length above this is refused (a message with a flow of the largest checked size is far smaller). */
export const MAX_CONTENT_LENGTH = 256 * 1024 * 1024;

/**
 * Checks the LSP framing of a byte stream as it passes through unchanged: each message is a header block of
 * `Name: value` lines in ASCII ending with an empty line, with one `Content-Length` of decimal digits (at most
 * MAX_CONTENT_LENGTH), then exactly that many bytes. vscode-jsonrpc's reader, on a broken header, logs an error and
 * then waits for bytes that will never line up again, so the server stays alive and never answers. LSP frames have
 * nothing to resynchronise on; the honest reaction is to give up: `onBroken` is called once, with the reason, and
 * nothing more is passed on. (The client then restarts the server, as it does after any exit.)
 */
export function guardFraming(input: Readable, onBroken: (reason: string) => void): Readable {
  let header: number[] = [];
  let bodyLeft = 0;
  let broken = false;
  const fail = (reason: string) => {
    if (broken) return;
    broken = true;
    onBroken(reason);
  };
  const endOfHeader = () => {
    const lines = Buffer.from(header).toString('latin1').split('\r\n').slice(0, -2);
    header = [];
    let length: number | undefined;
    for (const line of lines) {
      const colon = line.indexOf(':');
      const name = colon < 0 ? '' : line.slice(0, colon).trim();
      if (!/^[A-Za-z0-9-]+$/.test(name)) return fail(`a header line is not "Name: value": ${JSON.stringify(line.slice(0, 80))}`);
      if (name.toLowerCase() !== 'content-length') continue;
      const value = line.slice(colon + 1).trim();
      if (!/^\d{1,12}$/.test(value)) return fail(`Content-Length is not a number of bytes: ${JSON.stringify(value.slice(0, 80))}`);
      length = Number(value);
      if (length > MAX_CONTENT_LENGTH) return fail(`Content-Length ${length} is more than the limit of ${MAX_CONTENT_LENGTH} bytes`);
    }
    if (length === undefined) return fail('a header block without Content-Length');
    bodyLeft = length;
  };
  const guard = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (broken) return done();
      let i = 0;
      while (i < chunk.length && !broken) {
        if (bodyLeft > 0) {
          const take = Math.min(bodyLeft, chunk.length - i);
          bodyLeft -= take;
          i += take;
          continue;
        }
        const byte = chunk[i++];
        // Header bytes are printable ASCII, CR and LF; anything else is not a header (binary garbage, a body
        // longer than its Content-Length said).
        if (byte !== 0x0d && byte !== 0x0a && (byte < 0x20 || byte > 0x7e)) {
          fail(`a byte 0x${byte.toString(16).padStart(2, '0')} where a message header should be`);
          break;
        }
        header.push(byte);
        const n = header.length;
        if (n >= 4 && header[n - 1] === 0x0a && header[n - 2] === 0x0d && header[n - 3] === 0x0a && header[n - 4] === 0x0d) endOfHeader();
        else if (n > MAX_HEADER_BYTES) fail(`a message header longer than ${MAX_HEADER_BYTES} bytes`);
      }
      if (broken) return done();
      done(null, chunk);
    },
  });
  input.on('error', (error) => guard.destroy(error));
  input.pipe(guard);
  return guard;
}
