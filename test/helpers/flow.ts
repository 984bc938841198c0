/** Builders and lookups for rule tests: small flows written as real exports write them. */
import { validate, type ValidateOptions } from '../../server/src/engine/validate';
import type { Diagnostic } from '../../server/src/engine/diagnostic';
import { LineIndex } from '../../server/src/engine/text/lineIndex';

export interface ActionInput {
  Identifier?: unknown;
  Type?: unknown;
  Parameters?: unknown;
  Transitions?: unknown;
  [key: string]: unknown;
}

export const END_ID = 'end-0000-0000-0000-000000000000';

/** A CreateCallbackContact action with the defaults real exports use; override any part. */
export function callbackAction(overrides: Partial<ActionInput> = {}, params: Record<string, unknown> = {}): ActionInput {
  return {
    Parameters: { InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1', RetryDelaySeconds: '600', ...params },
    Identifier: 'callback-0000-0000-0000-000000000000',
    Type: 'CreateCallbackContact',
    Transitions: { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }], Conditions: [] },
    ...overrides,
  };
}

export const endAction: ActionInput = { Parameters: {}, Identifier: END_ID, Type: 'DisconnectParticipant', Transitions: {} };

/** A whole flow as pretty-printed JSON (2-space indent, like console exports). */
export function flowText(actions: ActionInput[], extra: { metadataType?: string; start?: string; top?: Record<string, unknown> } = {}): string {
  const metadata: Record<string, unknown> = { entryPointPosition: { x: 40, y: 40 }, ActionMetadata: {} };
  if (extra.metadataType) metadata.type = extra.metadataType;
  const flow = {
    Version: '2019-10-30',
    StartAction: extra.start ?? (typeof actions[0]?.Identifier === 'string' ? actions[0].Identifier : ''),
    Metadata: metadata,
    Actions: actions,
    ...extra.top,
  };
  return JSON.stringify(flow, null, 2);
}

export function check(text: string, options?: ValidateOptions): Diagnostic[] {
  return validate(text, options);
}

export function withCode(diagnostics: Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

/**
 * The LSP range of the n-th (0-based) occurrence of `needle` in `text`: use it to assert exact squiggles,
 * e.g. rangeOfText(text, '"AgentId"') for a key, rangeOfText(text, '"$.Attributes.delay"') for a value.
 */
export function rangeOfText(text: string, needle: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${JSON.stringify(needle)} occurs fewer than ${occurrence + 1} times`);
  }
  const lines = new LineIndex(text);
  return { start: lines.positionAt(at), end: lines.positionAt(at + needle.length) };
}

/** The range of `value` written right after the first `prefix` (for unquoted values such as numbers). */
export function valueRange(text: string, prefix: string, value: string) {
  const at = text.indexOf(prefix + value);
  if (at < 0) throw new Error(`${JSON.stringify(prefix + value)} not found`);
  const lines = new LineIndex(text);
  const start = at + prefix.length;
  return { start: lines.positionAt(start), end: lines.positionAt(start + value.length) };
}

/** Where the shared corpus lives (beside the project); undefined in a user's clone. */
export { sharedDir } from './shared';

/** The parameter diagnostics (param-*) of a flow with one CreateCallbackContact that has `params`, and its text. */
export function callbackParamDiagnostics(params: Record<string, unknown>): { text: string; found: Diagnostic[] } {
  const text = flowText([callbackAction({}, params), endAction]);
  const found = check(text).filter((d) => d.code.startsWith('param-'));
  return { text, found };
}

/**
 * A flow with one action of `type` (Identifier "a1") followed by a DisconnectParticipant, with `NextAction` and a
 * `NoMatchingError` branch to it unless `transitions` is given; and its diagnostics.
 */
export function oneAction(
  type: string,
  params: Record<string, unknown> | undefined,
  transitions?: Record<string, unknown>,
  extra: { metadataType?: string; top?: Record<string, unknown>; options?: ValidateOptions } = {},
): { text: string; diagnostics: Diagnostic[] } {
  const action: ActionInput = {
    Parameters: params,
    Identifier: 'a1',
    Type: type,
    Transitions: transitions ?? { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }] },
  };
  if (params === undefined) delete action.Parameters;
  const text = flowText([action, endAction], extra);
  return { text, diagnostics: check(text, extra.options) };
}
