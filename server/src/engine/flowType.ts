/** Flow types as the API names them, and how exported files and users spell them. */
export const FLOW_TYPES = [
  'CONTACT_FLOW',
  'CUSTOMER_QUEUE',
  'CUSTOMER_HOLD',
  'CUSTOMER_WHISPER',
  'AGENT_HOLD',
  'AGENT_WHISPER',
  'OUTBOUND_WHISPER',
  'AGENT_TRANSFER',
  'QUEUE_TRANSFER',
  'CAMPAIGN',
] as const;
export type FlowType = (typeof FLOW_TYPES)[number];

/** Named groups used by the catalogue's restrictions. */
export const FLOW_TYPE_GROUPS: Record<string, readonly FlowType[]> = {
  transfer: ['AGENT_TRANSFER', 'QUEUE_TRANSFER'],
  whisper: ['CUSTOMER_WHISPER', 'AGENT_WHISPER', 'OUTBOUND_WHISPER'],
  hold: ['CUSTOMER_HOLD', 'AGENT_HOLD'],
};

/** Human names for messages. */
export const FLOW_TYPE_LABELS: Record<FlowType, string> = {
  CONTACT_FLOW: 'inbound contact flow',
  CUSTOMER_QUEUE: 'customer queue flow',
  CUSTOMER_HOLD: 'customer hold flow',
  CUSTOMER_WHISPER: 'customer whisper flow',
  AGENT_HOLD: 'agent hold flow',
  AGENT_WHISPER: 'agent whisper flow',
  OUTBOUND_WHISPER: 'outbound whisper flow',
  AGENT_TRANSFER: 'transfer-to-agent flow',
  QUEUE_TRANSFER: 'transfer-to-queue flow',
  CAMPAIGN: 'campaign flow',
};

const ALIASES: Record<string, FlowType> = {
  contactflow: 'CONTACT_FLOW',
  inbound: 'CONTACT_FLOW',
  customerqueue: 'CUSTOMER_QUEUE',
  customerhold: 'CUSTOMER_HOLD',
  customerwhisper: 'CUSTOMER_WHISPER',
  agenthold: 'AGENT_HOLD',
  agentwhisper: 'AGENT_WHISPER',
  outboundwhisper: 'OUTBOUND_WHISPER',
  agenttransfer: 'AGENT_TRANSFER',
  transfertoagent: 'AGENT_TRANSFER',
  queuetransfer: 'QUEUE_TRANSFER',
  transfertoqueue: 'QUEUE_TRANSFER',
  campaign: 'CAMPAIGN',
};

/** Accepts `contactFlow`, `CONTACT_FLOW`, `contact-flow`, ...; returns undefined for anything else. */
export function normalizeFlowType(value: unknown): FlowType | undefined {
  if (typeof value !== 'string') return undefined;
  return ALIASES[value.replace(/[_\-\s]/g, '').toLowerCase()];
}
