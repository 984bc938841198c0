import { isObject, metadataName, type ActionEntry, type JsonObject } from '../engine';
import type { GraphParam } from './types';

/** What a block shows beside its type: a title and a few key parameters. */

const MAX_PARAMS = 3;
const MAX_VALUE = 40;

/** Parameters worth showing first, per action type; other types show their first parameters as written. */
const KEY_PARAMS: Record<string, readonly string[]> = {
  CreateCallbackContact: ['InitialCallDelaySeconds', 'RetryDelaySeconds', 'MaximumConnectionAttempts', 'QueueId', 'AgentId'],
  MessageParticipant: ['Text', 'SSML', 'PromptId', 'Media'],
  GetParticipantInput: ['Text', 'SSML', 'PromptId', 'InputTimeLimitSeconds'],
  InvokeLambdaFunction: ['LambdaFunctionARN', 'InvocationTimeLimitSeconds', 'ResponseValidation'],
  UpdateContactTargetQueue: ['QueueId', 'AgentId'],
  TransferToFlow: ['ContactFlowId'],
  InvokeFlowModule: ['FlowModuleId'],
  Compare: ['ComparisonValue'],
  Loop: ['LoopCount'],
  Wait: ['TimeLimitSeconds', 'Events'],
  ConnectParticipantWithLexBot: ['LexV2Bot', 'LexBot', 'Text', 'SSML'],
  TransferParticipantToThirdParty: ['ThirdPartyPhoneNumber', 'ThirdPartyConnectionTimeLimitSeconds'],
  CheckHoursOfOperation: ['HoursOfOperationId'],
  UpdateContactCallbackNumber: ['CallbackNumber'],
};


/** The console marks Identifiers that the user typed as names with `isFriendlyName`. */
export function titleOf(id: string | undefined, meta: JsonObject | undefined): { title: string; friendly: boolean } {
  if (id === undefined) return { title: '(no Identifier)', friendly: false };
  if (meta?.isFriendlyName === true) return { title: id, friendly: true };
  return { title: shortId(id), friendly: false };
}

/** `6f1e2c3d-…` for UUIDs; other Identifiers stay as they are (the renderers truncate long text). */
export function shortId(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(id) ? id.slice(0, 8) : id;
}

export function keyParams(action: ActionEntry, meta: JsonObject | undefined): GraphParam[] {
  const params = action.object?.Parameters;
  if (!isObject(params)) return [];
  const names = Object.keys(params);
  const preferred = action.type ? KEY_PARAMS[action.type] : undefined;
  const ordered = preferred ? [...preferred.filter((n) => names.includes(n)), ...names.filter((n) => !preferred.includes(n))] : names;
  const out: GraphParam[] = [];
  for (const name of ordered) {
    if (out.length === MAX_PARAMS) break;
    const raw = params[name];
    if (raw === '' || raw === undefined || raw === null) continue;
    const full = typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? '');
    const seconds = name.endsWith('Seconds') && name.length > 7 && typeof raw === 'string' && /^\d+(\.\d+)?$/.test(raw);
    const display = metadataName(name, meta) ?? valueText(raw);
    out.push({ name: seconds ? name.slice(0, -7) : name, value: seconds ? `${raw} s` : display, full });
  }
  return out;
}

function valueText(raw: unknown): string {
  if (typeof raw === 'string') return shortenArn(raw);
  if (Array.isArray(raw)) return `[${raw.length} item${raw.length === 1 ? '' : 's'}]`;
  if (isObject(raw)) {
    const keys = Object.keys(raw);
    return `{${keys.slice(0, 4).join(', ')}${keys.length > 4 ? ', …' : ''}}`;
  }
  return JSON.stringify(raw) ?? '';
}

/** ARNs are long and their tail is what people recognise: `…function:routeCaller`. */
function shortenArn(value: string): string {
  if (!value.startsWith('arn:') || value.length <= MAX_VALUE) return value;
  const cut = Math.max(value.lastIndexOf('/'), value.lastIndexOf(':', value.length - 2));
  return cut > 0 ? `…${value.slice(cut + 1)}` : value;
}
