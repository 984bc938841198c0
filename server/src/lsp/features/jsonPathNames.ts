import { NAMESPACES as ENGINE_NAMESPACES, isObject, type FlowModel } from '../../engine';

/** A JSONPath name offered in completions: `$.<namespace>` and, for some namespaces, the fields below it. */
export interface PathName {
  name: string;
  summary: string;
  /** Fields that are always there (`$.Queue.Name`); absent for free-form namespaces. */
  fields?: readonly string[];
  /** Free-form: the keys are whatever the flow or a function put there. */
  open?: boolean;
}

/** The flow data namespaces, names only (the flow language's attribute reference), with our own one-line notes. */
const DESCRIBED: readonly PathName[] = [
  { name: 'Attributes', summary: 'User-defined contact attributes, set by UpdateContactAttributes.', open: true },
  { name: 'External', summary: 'What the last Lambda function invocation returned.', open: true },
  { name: 'StoredCustomerInput', summary: 'Digits stored by GetParticipantInput with StoreInput "True".' },
  { name: 'Queue', summary: 'The contact\'s current queue.', fields: ['Name', 'ARN', 'OutboundCallerId.Address', 'OutboundCallerId.Type'] },
  { name: 'CustomerEndpoint', summary: 'The customer\'s address (phone number, chat or email).', fields: ['Address', 'Type', 'DisplayName'] },
  { name: 'SystemEndpoint', summary: 'The address the customer contacted.', fields: ['Address', 'Type', 'DisplayName'] },
  { name: 'ContactId', summary: 'Id of this contact.' },
  { name: 'InitialContactId', summary: 'Id of the first contact of a transfer chain.' },
  { name: 'PreviousContactId', summary: 'Id of the contact this one was transferred from.' },
  { name: 'CustomerId', summary: 'Customer number, if one was set.' },
  { name: 'Channel', summary: 'VOICE, CHAT, TASK or EMAIL.' },
  { name: 'InitiationMethod', summary: 'How the contact started (INBOUND, OUTBOUND, TRANSFER, CALLBACK, API, ...).' },
  { name: 'InstanceARN', summary: 'ARN of the Amazon Connect instance.' },
  { name: 'AwsRegion', summary: 'Region of the instance.' },
  { name: 'LanguageCode', summary: 'Language of the contact.' },
  { name: 'TextToSpeechVoiceId', summary: 'Voice used for text to speech.' },
  { name: 'Name', summary: 'Contact name (tasks).' },
  { name: 'Description', summary: 'Contact description (tasks).' },
  { name: 'References', summary: 'Task references by name.', open: true },
  { name: 'Agent', summary: 'The agent on the contact (whisper, hold and transfer-to-agent flows).', fields: ['UserName', 'FirstName', 'LastName', 'ARN'] },
  { name: 'Metrics', summary: 'Queue and agent metrics loaded by GetMetricData.', fields: ['Queue.Name', 'Queue.ARN', 'Queue.Size', 'Queue.OldestContactAge', 'Agents.Online.Count', 'Agents.Available.Count', 'Agents.Staffed.Count'] },
  { name: 'Lex', summary: 'Result of the last Amazon Lex bot.', fields: ['IntentName', 'IntentConfidence.Score', 'Slots', 'SessionAttributes', 'SentimentResponse.Label', 'DialogState'] },
  { name: 'Media', summary: 'Telephony data such as SIP headers.', fields: ['Sip.Headers'] },
  { name: 'MediaStreams', summary: 'Live media streaming details.', fields: ['Customer.Audio.StreamARN', 'Customer.Audio.StartTimestamp'] },
  { name: 'Customer', summary: 'Customer profile loaded by the customer profile actions.', open: true },
  { name: 'Case', summary: 'Case loaded by the case actions.', open: true },
  { name: 'FlowAttributes', summary: 'Attributes that live only during this flow.', open: true },
  { name: 'SegmentAttributes', summary: 'Contact segment attributes.', open: true },
  { name: 'Views', summary: 'Result of a ShowView action.', fields: ['Action', 'ViewResultData'] },
  { name: 'Wisdom', summary: 'Amazon Q in Connect session.', fields: ['SessionArn'] },
  { name: 'Task', summary: 'The task contact.', fields: ['ContactId'] },
  { name: 'RelatedContactId', summary: 'Id of the related contact.' },
  { name: 'Capabilities', summary: 'Screen sharing and video capabilities of agent and customer.', open: true },
  { name: 'Email', summary: 'The email message of an email contact.', open: true },
  { name: 'AdditionalEmailRecipients', summary: 'Cc and To lists of an email contact.', fields: ['CcList', 'ToList'] },
  { name: 'Loop', summary: 'The state of a Loop action, by loop name.', open: true },
  { name: 'Modules', summary: 'Input and result of a flow module.', fields: ['Input', 'Result', 'ResultData'] },
  { name: 'DataTables', summary: 'Values read from data tables.', open: true },
  { name: 'DataTableList', summary: 'Lists read from data tables.', open: true },
  { name: 'Tags', summary: 'Contact tags.', open: true },
  { name: 'LambdaInvocation', summary: 'Result of an asynchronous Lambda invocation.', fields: ['ResultData'] },
  { name: 'CallbackNumber', summary: 'The customer\'s callback number (written by the console; not in the attribute list).' },
];

/** Every namespace the checker accepts (engine/jsonpath.ts), with the notes above where there are some. */
export const NAMESPACES: readonly PathName[] = (() => {
  const known = new Set(ENGINE_NAMESPACES);
  const described = DESCRIBED.filter((n) => known.has(n.name));
  const names = new Set(described.map((n) => n.name));
  return [...described, ...ENGINE_NAMESPACES.filter((n) => !names.has(n)).map((name) => ({ name, summary: 'Flow data namespace.' }))];
})();

export const NAMESPACE_BY_NAME = new Map(NAMESPACES.map((n) => [n.name, n]));

/** Parameter names by which a flow sets attributes, per attribute namespace. */
const SETTERS: Record<string, { type: string; param: string }> = {
  Attributes: { type: 'UpdateContactAttributes', param: 'Attributes' },
  FlowAttributes: { type: 'UpdateFlowAttributes', param: 'FlowAttributes' },
};

const setCache = new WeakMap<FlowModel, Map<string, string[]>>();

/** The attribute names this flow sets in a namespace (`Attributes`: the keys of every UpdateContactAttributes). */
export function namesSetInFlow(model: FlowModel, namespace: string): string[] {
  let byNamespace = setCache.get(model);
  if (!byNamespace) setCache.set(model, (byNamespace = new Map()));
  const cached = byNamespace.get(namespace);
  if (cached) return cached;
  const setter = SETTERS[namespace];
  const names = new Set<string>();
  if (setter) {
    for (const action of model.actions) {
      if (action.type !== setter.type) continue;
      const params = action.object?.Parameters;
      const map = isObject(params) ? params[setter.param] : undefined;
      if (isObject(map)) for (const key of Object.keys(map)) if (key && !key.includes('$.')) names.add(key);
    }
  }
  const list = [...names].sort();
  byNamespace.set(namespace, list);
  return list;
}
