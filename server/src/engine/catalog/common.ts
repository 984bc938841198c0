/** Building blocks shared by several catalogue entries. */
import { FLOW_TYPE_GROUPS, type FlowType } from '../flowType';
import type { ActionSpec, FlowTypeRestriction, ParamSpec } from './types';

type FlowTypeOrGroup = FlowType | 'transfer' | 'whisper' | 'hold';

/**
 * Restricts an action to the listed flow types (groups expand: transfer, whisper, hold). Campaign flows are not
 * covered by the restriction texts the catalogue is based on, so they are always allowed: no diagnostic there.
 */
export function onlyIn(description: string, ...types: FlowTypeOrGroup[]): FlowTypeRestriction {
  const allowed = new Set<FlowType>(['CAMPAIGN']);
  for (const t of types) for (const x of FLOW_TYPE_GROUPS[t] ?? [t as FlowType]) allowed.add(x);
  return { allowed: [...allowed], description };
}

/**
 * The parameters named `names` with their facts marked as documented only (`source: 'docs'`): no real exported or
 * deployed flow we test against uses them, so a problem with them is reported as a warning at most.
 */
export function documentedOnly(params: ParamSpec[], ...names: string[]): ParamSpec[] {
  return params.map((p) => (names.includes(p.name) ? { ...p, source: 'docs' as const } : p));
}

/** The flow types most contact-handling actions run in. */
export const INBOUND_TRANSFER_QUEUE = (): FlowTypeRestriction =>
  onlyIn('inbound flows, transfer flows and customer queue flows', 'CONTACT_FLOW', 'transfer', 'CUSTOMER_QUEUE');

export const INBOUND_TRANSFER = (): FlowTypeRestriction => onlyIn('inbound flows and transfer flows', 'CONTACT_FLOW', 'transfer');

/** QueueId / AgentId pair: one of them picks the queue, neither means the contact's working queue. */
export function queueOrAgent(form: ParamSpec['form'], verb: string): ParamSpec[] {
  return [
    {
      name: 'QueueId',
      form,
      kind: 'string',
      exclusiveWith: ['AgentId'],
      summary: `Queue to ${verb} (queue id or ARN).`,
      doc: `Optional. Without it (and without \`AgentId\`) the contact's working queue is used. Cannot be combined with \`AgentId\`.`,
    },
    {
      name: 'AgentId',
      form,
      kind: 'string',
      exclusiveWith: ['QueueId'],
      summary: `Agent whose personal queue to ${verb} (agent id or ARN).`,
      doc: 'Optional. Targets one agent\'s own queue instead of a shared queue. Cannot be combined with `QueueId`.',
    },
  ];
}

/** What to say to the participant: exactly one of a stored prompt, plain text, SSML or an audio file. */
export function promptParams(what: string): ParamSpec[] {
  const others = (name: string) => ['PromptId', 'Text', 'SSML', 'Media'].filter((n) => n !== name);
  return [
    {
      name: 'PromptId',
      form: 'staticOrReference',
      kind: 'string',
      exclusiveWith: others('PromptId'),
      summary: `Recorded prompt to play ${what} (prompt id or ARN).`,
      doc: 'A prompt from the instance\'s prompt library, given literally or as one JSONPath reference. Voice only. Use one of `PromptId`, `Text`, `SSML` or `Media`.',
    },
    {
      name: 'Text',
      form: 'dynamic',
      kind: 'string',
      exclusiveWith: others('Text'),
      summary: `Plain text to speak or send ${what}.`,
      doc: 'Read out with text-to-speech on voice contacts and sent as a message on chat. May mix literal text and `$.` references. Use one of `PromptId`, `Text`, `SSML` or `Media`.',
    },
    {
      name: 'SSML',
      form: 'dynamic',
      kind: 'string',
      exclusiveWith: others('SSML'),
      summary: `SSML markup to speak ${what}.`,
      doc: 'Speech markup (`<speak>...</speak>`) for text-to-speech, for pauses, emphasis and pronunciation. May contain `$.` references. Use one of `PromptId`, `Text`, `SSML` or `Media`.',
    },
    {
      name: 'Media',
      kind: 'object',
      exclusiveWith: others('Media'),
      summary: `Audio file in S3 to play ${what}.`,
      doc: 'An object `{ "Uri": ..., "SourceType": "S3", "MediaType": "Audio" }` pointing at an audio file. Use one of `PromptId`, `Text`, `SSML` or `Media`.',
    },
  ];
}

/** Customer Profiles request/response pair. */
export function profileParams(requestRequired: boolean, responseSummary = 'Profile fields to copy into `$.Customer` for later actions.'): ParamSpec[] {
  return [
    {
      name: 'ProfileRequestData',
      required: requestRequired,
      kind: 'object',
      summary: 'Fields sent to Customer Profiles (an object of field name to value).',
      doc: 'An object whose values may be literal or contain JSONPath references, e.g. `{ "PhoneNumber": "$.CustomerEndpoint.Address" }`.',
    },
    {
      name: 'ProfileResponseData',
      kind: 'array',
      summary: responseSummary,
      doc: 'A list of field names (for example `["FirstName", "LastName"]`). The values land under `$.Customer`.',
    },
  ];
}

/** An outbound-campaign action: known by name, its parameters and error types left unchecked. */
export function campaignAction(type: string, summary: string, block: string): ActionSpec {
  return {
    type,
    category: 'other',
    summary,
    block,
    doc: 'Used in outbound campaign flows; its parameters are not checked.',
    source: 'docs',
    params: [],
    openParams: true,
    errors: ['NoMatchingError'],
    openErrors: true,
    conditions: {},
  };
}
