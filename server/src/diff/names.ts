import type { FlowModel, ActionEntry } from '../engine';
import { clip, isObject, has, type JsonObject } from './values';

/**
 * How a person knows an action: the designer name (an Identifier the console marks `isFriendlyName`), else the type
 * and its most telling parameter (prompt text, queue, Lambda function, …), else the type and the Identifier.
 */

const MAX_TEXT = 40;

/** Parameters that tell actions of a type apart, in order of preference, with the designer metadata that names them. */
const TELLING: Record<string, readonly (readonly [param: string, metadata?: readonly string[]])[]> = {
  MessageParticipant: [['Text'], ['SSML'], ['PromptId', ['promptName']], ['Media']],
  GetParticipantInput: [['Text'], ['SSML'], ['PromptId', ['promptName']]],
  ConnectParticipantWithLexBot: [['Text'], ['SSML'], ['LexV2Bot', ['lexV2BotName']], ['LexBot']],
  MessageParticipantIteratively: [['Messages']],
  UpdateContactTargetQueue: [['QueueId', ['queue', 'text']], ['AgentId']],
  InvokeLambdaFunction: [['LambdaFunctionARN']],
  TransferToFlow: [['ContactFlowId', ['ContactFlow', 'text']], ['ContactFlowId', ['contactFlow', 'text']]],
  InvokeFlowModule: [['FlowModuleId', ['contactFlowModuleName']]],
  CheckHoursOfOperation: [['HoursOfOperationId', ['Hours', 'text']]],
  Compare: [['ComparisonValue']],
  Loop: [['LoopCount']],
  Wait: [['TimeLimitSeconds']],
  TransferParticipantToThirdParty: [['ThirdPartyPhoneNumber']],
  UpdateContactCallbackNumber: [['CallbackNumber']],
  UpdateContactAttributes: [['Attributes']],
  TagContact: [['Tags']],
  CreateTask: [['Name']],
  UpdateFlowLoggingBehavior: [['FlowLoggingBehavior']],
  UpdateContactRecordingBehavior: [['RecordingBehavior']],
};

/** Designer metadata of an action (`Metadata.ActionMetadata[id]`). */
export function actionMetadata(model: FlowModel, id: string | undefined): JsonObject | undefined {
  const metadata = model.rootObject?.Metadata;
  const all = isObject(metadata) ? metadata.ActionMetadata : undefined;
  if (id === undefined || !isObject(all) || !has(all, id)) return undefined;
  const meta = all[id];
  return isObject(meta) ? meta : undefined;
}

export function actionName(model: FlowModel, action: ActionEntry): string {
  const meta = actionMetadata(model, action.id);
  if (action.id !== undefined && meta?.isFriendlyName === true) return action.id;
  const type = action.type ?? '(no Type)';
  const telling = tellingValue(action, meta);
  if (telling) return `${type} ${telling}`;
  return action.id === undefined ? `${type} (no Identifier)` : `${type} ${shortId(action.id)}`;
}

/** `6f1e2c3d` for UUIDs; other Identifiers as written. */
export function shortId(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(id) ? id.slice(0, 8) : id;
}

function tellingValue(action: ActionEntry, meta: JsonObject | undefined): string | undefined {
  const params = action.object?.Parameters;
  if (!isObject(params)) return undefined;
  const rules = (action.type && TELLING[action.type]) || [['Text'] as const];
  for (const [param, route] of rules) {
    if (!has(params, param)) continue;
    const fromMeta = route ? follow(meta, route) : undefined;
    if (fromMeta) return quote(fromMeta);
    const text = describe(param, params[param]);
    if (text) return text;
  }
  return undefined;
}

function follow(meta: JsonObject | undefined, route: readonly string[]): string | undefined {
  let v: unknown = meta;
  for (const key of route) v = isObject(v) && has(v, key) ? v[key] : undefined;
  return typeof v === 'string' && v ? v : undefined;
}

function describe(param: string, value: unknown): string | undefined {
  if (typeof value === 'string') {
    if (value === '') return undefined;
    if (param === 'LambdaFunctionARN') return lambdaName(value);
    if (value.startsWith('arn:')) return arnTail(value);
    if (param.endsWith('Seconds')) return `${value} s`;
    return quote(value);
  }
  if (isObject(value)) {
    const keys = Object.keys(value);
    return keys.length === 0 ? undefined : clip(keys.join(', '), MAX_TEXT);
  }
  if (Array.isArray(value)) return value.length === 0 ? undefined : `[${value.length}]`;
  return value === undefined || value === null ? undefined : String(value);
}

function quote(text: string): string {
  return `"${clip(text.replace(/\s+/g, ' ').trim(), MAX_TEXT)}"`;
}

/** `arn:aws:lambda:…:function:routeCaller[:alias]` → `routeCaller`; placeholders and others: the tail. */
function lambdaName(arn: string): string {
  const m = /:function:([^:]+)/.exec(arn);
  return m ? m[1] : arnTail(arn);
}

function arnTail(value: string): string {
  if (!value.startsWith('arn:')) return quote(value);
  const cut = Math.max(value.lastIndexOf('/'), value.lastIndexOf(':', value.length - 2));
  return cut > 0 ? `…${value.slice(cut + 1)}` : value;
}
