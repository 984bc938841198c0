import { actionSpec, type ActionSpec, type ParamSpec, FLOW_TYPE_LABELS, isObject, type ActionEntry, type FlowModel, type JsonPath, OPERATORS as ENGINE_OPERATORS } from '../../engine';

/** What the features know about a place in the document: the action it is in, that action's catalogue entry. */
export interface ActionPlace {
  action: ActionEntry;
  spec: ActionSpec | undefined;
  /** The path below the action: ['Parameters', 'QueueId'], ['Transitions', 'Errors', 0, 'ErrorType'], ... */
  rel: JsonPath;
}

export function actionPlace(model: FlowModel, path: JsonPath): ActionPlace | undefined {
  if (path[0] !== 'Actions' || typeof path[1] !== 'number') return undefined;
  const action = model.actions[path[1]];
  if (!action) return undefined;
  return { action, spec: actionSpec(action.type), rel: path.slice(2) };
}

/** Whether `path` (below an action) is a NextAction in Transitions, Errors or Conditions. */
export function isNextActionPath(rel: JsonPath): boolean {
  if (rel[0] !== 'Transitions' || rel[rel.length - 1] !== 'NextAction') return false;
  return rel.length === 2 || (rel.length === 4 && (rel[1] === 'Errors' || rel[1] === 'Conditions') && typeof rel[2] === 'number');
}

/** The designer metadata of an action (`Metadata.ActionMetadata[id]`). */
export function actionMetadata(model: FlowModel, id: string): Record<string, unknown> | undefined {
  const metadata = model.rootObject?.Metadata;
  const byId = isObject(metadata) ? metadata.ActionMetadata : undefined;
  if (!isObject(byId) || !Object.prototype.hasOwnProperty.call(byId, id)) return undefined;
  const entry = byId[id];
  return isObject(entry) ? entry : undefined;
}

/** The name a person gave the action in the designer (the Identifier itself, when the designer marks it friendly). */
export function friendlyName(model: FlowModel, id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  const meta = actionMetadata(model, id);
  return meta?.isFriendlyName === true ? id : undefined;
}

/** What the designer shows on the block: the queue, flow or prompt it names. */
export function designerHint(model: FlowModel, id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  const meta = actionMetadata(model, id);
  if (!meta) return undefined;
  for (const key of ['queue', 'ContactFlow', 'contactFlow', 'contactFlowModuleName', 'promptName', 'lexV2BotName']) {
    const v = meta[key];
    if (typeof v === 'string' && v) return v;
    if (isObject(v) && typeof v.text === 'string' && v.text) return v.text;
  }
  return undefined;
}

/** One line describing an action for completion details and symbols: "CreateCallbackContact — General Callback". */
export function actionDetail(model: FlowModel, action: ActionEntry): string {
  const type = action.type ?? 'no Type';
  const name = friendlyName(model, action.id) ?? designerHint(model, action.id);
  return name ? `${type} — ${name}` : type;
}

const FORM_TEXT: Record<string, string> = {
  static: 'Literal value only: a JSONPath reference is not accepted.',
  staticOrReference: 'A literal value, or exactly one JSONPath reference as the whole value.',
  dynamic: 'Literal text, which may contain JSONPath references.',
  referenceOnly: 'Exactly one JSONPath reference, such as `$.Attributes.name`.',
};

/** "From 1 to 259200", "1 or more", or the allowed values. */
export function allowedText(param: ParamSpec): string | undefined {
  if (param.kind === 'integer') {
    const { min, max } = param;
    if (min !== undefined && max !== undefined) return `A whole number from ${min} to ${max}, written as a string.`;
    if (min !== undefined) return `A whole number of ${min} or more, written as a string.`;
    if (max !== undefined) return `A whole number up to ${max}, written as a string.`;
    return 'A whole number, written as a string.';
  }
  if (param.kind === 'boolean') return '`"True"` or `"False"`.';
  if (param.values) return `One of ${param.values.map((v) => '`"' + v + '"`').join(', ')}.`;
  if (param.kind === 'object') return 'An object.';
  if (param.kind === 'array') return 'A list.';
  return undefined;
}

/** Markdown for a parameter: what it does, its range and form, its default. */
export function paramMarkdown(spec: ActionSpec, param: ParamSpec): string {
  const lines = [`**${param.name}** · ${param.required ? 'required' : 'optional'} parameter of \`${spec.type}\``, '', param.summary];
  if (param.doc) lines.push('', param.doc);
  const facts: string[] = [];
  const allowed = allowedText(param);
  if (allowed) facts.push(`Allowed: ${allowed}`);
  if (param.kind !== 'object' && param.kind !== 'array') facts.push(`Form: ${FORM_TEXT[param.form ?? 'dynamic']}`);
  if (param.softMin !== undefined && param.min !== undefined) facts.push(`Values from ${param.softMin} up to ${param.min} are only a warning.`);
  if (param.default !== undefined) facts.push(`Default: \`${param.kind === 'object' || param.kind === 'array' ? param.default : JSON.stringify(param.default)}\``);
  if (param.exclusiveWith?.length) facts.push(`Not together with ${param.exclusiveWith.map((p) => '`' + p + '`').join(', ')}.`);
  if (param.ignoredWhen) facts.push(`No effect when \`${param.ignoredWhen}\` is set.`);
  if (facts.length) lines.push('', ...facts.map((f) => `- ${f}`));
  return lines.join('\n');
}

/** Markdown for an action type: what it does, where it may run, how it can end. */
export function actionMarkdown(spec: ActionSpec): string {
  const lines = [`**${spec.type}**${spec.block ? ` · console block: ${spec.block}` : ''}`, '', spec.summary];
  if (spec.doc) lines.push('', spec.doc);
  const facts: string[] = [];
  facts.push(`Runs in: ${spec.flowTypes?.description ?? 'every flow type'}.`);
  facts.push(spec.errors.length ? `Error types: ${spec.errors.map((e) => '`' + e + '`').join(', ')}.` : 'Raises no errors.');
  if (spec.conditions) {
    const outcomes = spec.conditions.outcomes ?? spec.conditions.requiredOutcomes;
    facts.push(`Conditions: yes${outcomes?.length ? ` (${outcomes.map((o) => '`' + o + '`').join(', ')})` : ''}.`);
  } else facts.push('Conditions: none.');
  if (spec.terminal) facts.push('Ends the flow: no `NextAction`.');
  const required = spec.params.filter((p) => p.required).map((p) => '`' + p.name + '`');
  if (required.length) facts.push(`Required parameters: ${required.join(', ')}.`);
  lines.push('', ...facts.map((f) => `- ${f}`));
  return lines.join('\n');
}

export function flowTypeLabel(model: FlowModel): string | undefined {
  return model.flowType ? FLOW_TYPE_LABELS[model.flowType] : undefined;
}

/** Short notes on the common error types, for hovers and completion details. */
export const ERROR_TYPE_NOTES: Record<string, string> = {
  NoMatchingError: 'Taken when the action fails and no other error branch matches.',
  NoMatchingCondition: 'Taken when no condition branch matches.',
  QueueAtCapacity: 'Taken when the queue is full.',
  InputTimeLimitExceeded: 'Taken when the customer gives no input in time.',
  InvalidPhoneNumber: 'Taken when the stored input is not a valid phone number.',
  InvalidCallbackNumber: 'Taken when the callback number is not valid.',
  CallbackNumberNotDialable: 'Taken when the callback number cannot be dialled.',
  ConnectionTimeLimitExceeded: 'Taken when the third party does not answer in time.',
  CallFailed: 'Taken when the call to the third party fails.',
};

/** The eight condition operators offered by default (the engine's list, without campaign flows' `Exists`). */
export const OPERATORS: readonly string[] = ENGINE_OPERATORS.filter((o) => o !== 'Exists');
