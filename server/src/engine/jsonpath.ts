/** How a parameter value uses JSONPath references. */
export type ValueShape = 'static' | 'reference' | 'mixed';

const SINGLE_REFERENCE = /^\$(?:\.[A-Za-z0-9_-]+|\[(?:'[^']*'|"[^"]*"|[0-9]+)\])+$/;
const EMBEDDED_REFERENCE = /\$(?:\.[A-Za-z_]|\[['"0-9])/;

/** `$.Attributes.x` is a reference; `"Hi $.Name"` is mixed; anything without `$.`/`$[` is static. */
export function valueShape(value: string): ValueShape {
  if (SINGLE_REFERENCE.test(value)) return 'reference';
  return EMBEDDED_REFERENCE.test(value) ? 'mixed' : 'static';
}

/** The segments of a single reference: `$.Attributes['a b'].c` gives Attributes, a b, c. */
export function referenceSegments(value: string): string[] | undefined {
  if (!SINGLE_REFERENCE.test(value)) return undefined;
  const out: string[] = [];
  const re = /\.([A-Za-z0-9_-]+)|\['([^']*)'\]|\["([^"]*)"\]|\[([0-9]+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(value))) out.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return out;
}

/**
 * Deployment placeholders that stand in for values until deploy time: `${Var}` (Terraform, CloudFormation Sub),
 * `{{...}}` (mustache-style templaters) and `%Name%`. Bounded patterns only: no backtracking blow-up.
 */
const PLACEHOLDER = /\$\{[^{}]{0,200}\}|\{\{[^{}]{0,200}\}\}|%[A-Za-z0-9_]{1,100}%/;

export function hasPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value);
}

/**
 * First segments of the flow data that references may start with: system values, agent, queue metrics, telephony,
 * media streams, Lex, Cases, Lambda results, user attributes and the newer sections (views, flow attributes,
 * modules, data tables, ...). `CallbackNumber` is written by the console although the attribute list omits it.
 */
export const NAMESPACES: readonly string[] = [
  'Attributes', 'External', 'Customer', 'CustomerEndpoint', 'CustomerId', 'SystemEndpoint', 'StoredCustomerInput',
  'Queue', 'TextToSpeechVoiceId', 'ContactId', 'InitialContactId', 'PreviousContactId', 'RelatedContactId', 'Task',
  'Channel', 'InstanceARN', 'InitiationMethod', 'Name', 'Description', 'References', 'LanguageCode', 'AwsRegion',
  'Agent', 'Metrics', 'Media', 'MediaStreams', 'Lex', 'Case', 'AdditionalEmailRecipients', 'SegmentAttributes',
  'Views', 'Capabilities', 'Email', 'FlowAttributes', 'Loop', 'Modules', 'DataTables', 'DataTableList', 'Tags',
  'Wisdom', 'LambdaInvocation', 'CallbackNumber',
];
const NAMESPACE_SET = new Set(NAMESPACES);

export function isKnownNamespace(segment: string): boolean {
  return NAMESPACE_SET.has(segment);
}
