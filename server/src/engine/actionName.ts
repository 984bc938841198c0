import { isObject, type ActionEntry, type FlowModel, type JsonObject } from './model';

/**
 * What a person calls an action: the name typed in the designer (a friendly Identifier), else what the block
 * says: its type and its telling parameter (the prompt text, the queue, the Lambda function). Completion rows,
 * quick-fix titles and the outline use it instead of a bare UUID.
 */
export interface ActionName {
  /** The designer name: an Identifier marked `isFriendlyName`, or an Identifier that is not a UUID. */
  name: string | undefined;
  type: string | undefined;
  /** The telling parameter as a person reads it: prompt text, queue or flow name, Lambda function name. */
  telling: string | undefined;
}

const MAX_TELLING = 48;

/** The parameter that says what an action of this type is about, in order of preference. */
const TELLING_PARAMS: Record<string, readonly string[]> = {
  MessageParticipant: ['Text', 'SSML', 'PromptId', 'Media'],
  MessageParticipantIteratively: ['Messages'],
  GetParticipantInput: ['Text', 'SSML', 'PromptId'],
  InvokeLambdaFunction: ['LambdaFunctionARN'],
  UpdateContactTargetQueue: ['QueueId', 'AgentId'],
  TransferContactToQueue: ['QueueId'],
  CreateCallbackContact: ['QueueId', 'AgentId'],
  TransferToFlow: ['ContactFlowId'],
  InvokeFlowModule: ['FlowModuleId'],
  UpdateContactEventHooks: ['EventHooks'],
  Compare: ['ComparisonValue'],
  ConnectParticipantWithLexBot: ['LexV2Bot', 'LexBot', 'Text', 'SSML'],
  TransferParticipantToThirdParty: ['ThirdPartyPhoneNumber'],
  CheckHoursOfOperation: ['HoursOfOperationId'],
  UpdateContactAttributes: ['Attributes'],
  UpdateFlowAttributes: ['FlowAttributes'],
  UpdateContactData: ['Name', 'Description'],
  UpdateContactCallbackNumber: ['CallbackNumber'],
  SendSms: ['Text'],
  DisconnectParticipant: [],
};

/** Where the console's export keeps a readable name for a parameter's id (`ActionMetadata[id]`). */
const METADATA_NAMES: Record<string, readonly (readonly string[])[]> = {
  QueueId: [['queue', 'text']],
  ContactFlowId: [['ContactFlow', 'text'], ['contactFlow', 'text']],
  PromptId: [['promptName']],
  LexV2Bot: [['lexV2BotName']],
  FlowModuleId: [['contactFlowModuleName']],
  HoursOfOperationId: [['Hours', 'text']],
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(id: string): boolean {
  return UUID.test(id);
}

function metadataOf(model: FlowModel, id: string | undefined): JsonObject | undefined {
  if (id === undefined) return undefined;
  const metadata = model.rootObject?.Metadata;
  const byId = isObject(metadata) ? metadata.ActionMetadata : undefined;
  if (!isObject(byId) || !Object.prototype.hasOwnProperty.call(byId, id)) return undefined;
  const entry = byId[id];
  return isObject(entry) ? entry : undefined;
}

export function describeAction(model: FlowModel, action: ActionEntry): ActionName {
  const meta = metadataOf(model, action.id);
  const id = action.id;
  const name = id !== undefined && id.trim() !== '' && (meta?.isFriendlyName === true || !isUuid(id)) ? id : undefined;
  return { name, type: action.type, telling: tellingValue(action, meta) };
}

/** The described action with this Identifier, or undefined when no action has it. */
export function describeId(model: FlowModel, id: string): ActionName | undefined {
  const action = model.byId.get(id);
  return action ? describeAction(model, action) : undefined;
}

/**
 * A target as a fix title names it: "`Hang up` (DisconnectParticipant)", "`Thanks for calling` (MessageParticipant)",
 * or, when nothing better is known, the type and the start of the UUID.
 */
export function targetLabel(model: FlowModel, id: string): string {
  const d = describeId(model, id);
  if (!d) return `"${clip(id)}"`;
  const type = d.type ?? 'no Type';
  if (d.name !== undefined) return `\`${clip(d.name)}\` (${type})`;
  if (d.telling !== undefined) return `\`${d.telling}\` (${type})`;
  return `the ${type} action ${id.slice(0, 8)}`;
}

function clip(s: string): string {
  return s.length > MAX_TELLING ? s.slice(0, MAX_TELLING - 1) + '…' : s;
}

function tellingValue(action: ActionEntry, meta: JsonObject | undefined): string | undefined {
  const params = action.object?.Parameters;
  if (!isObject(params) || action.type === undefined) return undefined;
  const order = TELLING_PARAMS[action.type] ?? Object.keys(params).slice(0, 1);
  for (const key of order) {
    const raw = params[key];
    if (raw === undefined || raw === null || raw === '') continue;
    const shown = metadataName(key, meta) ?? valueText(raw);
    if (shown) return clip(shown.replace(/\s+/g, ' ').trim());
  }
  return undefined;
}

/** The readable name the designer metadata gives a parameter's value (a queue's name for its ARN), if any. */
export function metadataName(param: string, meta: JsonObject | undefined): string | undefined {
  if (!meta) return undefined;
  const fromParams = isObject(meta.parameters) ? meta.parameters[param] : undefined;
  if (isObject(fromParams) && typeof fromParams.displayName === 'string' && fromParams.displayName) return fromParams.displayName;
  for (const route of METADATA_NAMES[param] ?? []) {
    let v: unknown = meta;
    for (const key of route) v = isObject(v) ? v[key] : undefined;
    if (typeof v === 'string' && v) return v;
  }
  return undefined;
}

function valueText(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw.startsWith('arn:') ? arnTail(raw) : stripSsml(raw);
  if (isObject(raw)) {
    const keys = Object.keys(raw);
    return keys.length ? keys.slice(0, 3).join(', ') + (keys.length > 3 ? ', …' : '') : undefined;
  }
  return undefined;
}

/** `arn:aws:lambda:…:function:routeCaller` → `routeCaller`; `…:queue/1234` → `queue/1234`. */
function arnTail(arn: string): string {
  const fn = /:function:([^:]+)/.exec(arn);
  if (fn) return fn[1];
  const slash = arn.indexOf('/');
  const tail = slash >= 0 ? arn.slice(arn.lastIndexOf('/', arn.lastIndexOf('/') - 1) + 1) : arn.slice(arn.lastIndexOf(':') + 1);
  return tail || arn;
}

function stripSsml(text: string): string {
  return /^\s*<speak/i.test(text) ? text.replace(/<[^>]*>/g, ' ') : text;
}
