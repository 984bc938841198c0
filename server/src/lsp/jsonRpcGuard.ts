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

/** A content-type decoder for `application/json` that answers broken messages itself. */
export function guardedJsonDecoder(options: GuardOptions) {
  const reply = (id: Id, code: number, message: string) => {
    const response = { jsonrpc: '2.0', id, error: { code, message } } as ResponseMessage;
    void options.writer()?.write(response).catch(() => undefined);
  };
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
      options.onMessage?.(value as Message);
      return value as Message;
    },
  };
}
