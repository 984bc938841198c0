/**
 * Flows inside CloudFormation templates (YAML or JSON): every `AWS::Connect::ContactFlow` and
 * `AWS::Connect::ContactFlowModule` resource whose `Content` is a string, a block scalar, `Fn::Sub` (with or without
 * a variable map) or `Fn::Join`, with a map from each flow character to its place in the template.
 *
 * Parsed with the `yaml` package's Document API (`keepSourceTokens`): it keeps each node's source range and its CST
 * token (the raw text of a scalar, its quotes, escapes and block header), and keeps CloudFormation's short-form tags
 * (`!Sub`, `!Join`, `!Ref`, `!GetAtt`) on the nodes, so no YAML is parsed by hand here. JSON templates are YAML
 * too (a JSON string is a double-quoted YAML scalar with the same escapes), so one path serves both.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { normalizeFlowType } from '../../engine';
import { MappedTextBuilder } from './offsetMap';
import { decodeBlockScalar, decodeFlowScalar } from './scalars';
import type { ContentForm, DeclaredType, EmbeddedFlow, Encoding, TemplateResource, TemplateScan } from './types';

export const FLOW_RESOURCE = 'AWS::Connect::ContactFlow';
export const MODULE_RESOURCE = 'AWS::Connect::ContactFlowModule';

/** Cheap test before parsing: a template without these words holds no flow resource. */
export function mightHoldCloudFormationFlows(text: string): boolean {
  return text.includes(FLOW_RESOURCE);
}

/** The flows a CloudFormation template embeds; undefined when the text is not a template with flow resources. */
export function scanCloudFormation(text: string): TemplateScan | undefined {
  if (!mightHoldCloudFormationFlows(text)) return undefined;
  let root: Node | null;
  try {
    const doc = parseDocument(text, { keepSourceTokens: true, uniqueKeys: false, strict: false, prettyErrors: false });
    root = doc.contents as Node | null;
  } catch {
    return undefined;
  }
  if (!isMap(root)) return undefined;
  const resourcesNode = valueOf(root, 'Resources');
  if (!isMap(resourcesNode)) return undefined;
  const parametersNode = valueOf(root, 'Parameters');
  const parameters = isMap(parametersNode) ? parametersNode.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')).filter(Boolean) : [];
  const scan: TemplateScan = { format: 'cloudformation', flows: [], references: [], resources: [], parameters };
  for (const pair of resourcesNode.items) {
    const key = pair.key as Node | null;
    const name = isScalar(key) ? String(key.value) : undefined;
    const body = pair.value as Node | null;
    if (name === undefined || !isMap(body)) continue;
    const typeNode = valueOf(body, 'Type');
    const type = isScalar(typeNode) && typeof typeNode.value === 'string' ? typeNode.value : '';
    const [start, end] = key!.range ?? [0, 0];
    const resource: TemplateResource = { name, type, start, end };
    scan.resources.push(resource);
    if (type !== FLOW_RESOURCE && type !== MODULE_RESOURCE) continue;
    const properties = valueOf(body, 'Properties');
    if (!isMap(properties)) continue;
    resource.declared = declaredType(type === MODULE_RESOURCE, valueOf(properties, 'Type'), name);
    const content = valueOf(properties, 'Content');
    if (!content) continue;
    const rendered = renderContent(content, text);
    if (!rendered) continue;
    const { text: flowText, map } = rendered.builder.build();
    const segments = rendered.builder.segments;
    const [contentStart, , contentEnd] = content.range ?? [0, 0, 0];
    scan.flows.push({
      format: 'cloudformation',
      resource: name,
      form: rendered.form,
      text: flowText,
      map,
      exact: rendered.exact,
      declared: resource.declared,
      contentStart,
      contentEnd,
      segments,
      variables: rendered.variables,
      substituted: rendered.form === 'sub' || rendered.form === 'sub-map',
    } satisfies EmbeddedFlow);
  }
  return scan;
}

function valueOf(map: YAMLMap, key: string): Node | null {
  for (const pair of map.items) {
    const k = pair.key as Node | null;
    if (isScalar(k) && k.value === key) return pair.value as Node | null;
  }
  return null;
}

/** The type a resource declares: `Type` (a literal) and module-ness; a parameter or condition leaves it unknown. */
function declaredType(module: boolean, typeNode: Node | null, resource: string): DeclaredType {
  if (module) return { flowType: undefined, module: true, origin: `resource ${resource} is an ${MODULE_RESOURCE}` };
  if (isScalar(typeNode) && !typeNode.tag && typeof typeNode.value === 'string') {
    const flowType = normalizeFlowType(typeNode.value);
    if (flowType) return { flowType, module: false, origin: `Type: ${typeNode.value} of resource ${resource}` };
    return { flowType: undefined, module: false, origin: `Type "${typeNode.value}" of resource ${resource} is not a flow type` };
  }
  if (!typeNode) return { flowType: undefined, module: false, origin: `resource ${resource} has no Type` };
  return { flowType: undefined, module: false, origin: `Type of resource ${resource} is set at deploy time (${intrinsicName(typeNode) ?? 'an expression'})` };
}

interface Rendered {
  builder: MappedTextBuilder;
  form: ContentForm;
  exact: boolean;
  variables?: Record<string, string | null>;
}

/** The name of the intrinsic function a node is (`!Ref`, `Fn::If`, ...), if it is one. */
function intrinsicName(node: Node): string | undefined {
  if (node.tag && node.tag.startsWith('!') && !node.tag.startsWith('!!')) return node.tag;
  if (isMap(node) && node.items.length === 1) {
    const k = node.items[0].key as Node | null;
    if (isScalar(k) && typeof k.value === 'string' && (k.value === 'Ref' || k.value.startsWith('Fn::'))) return k.value;
  }
  return undefined;
}

/** The argument of a one-key intrinsic map or the tagged node itself. */
function intrinsicArgument(node: Node): Node | null {
  if (isMap(node) && node.items.length === 1 && !node.tag) return node.items[0].value as Node | null;
  return node;
}

function renderContent(node: Node, template: string): Rendered | undefined {
  const fn = intrinsicName(node);
  if (!fn) {
    if (!isScalar(node) || typeof node.value !== 'string') return undefined;
    const builder = new MappedTextBuilder();
    const exact = appendScalar(builder, node, template);
    const form: ContentForm = node.type === 'BLOCK_LITERAL' ? 'block-literal' : node.type === 'BLOCK_FOLDED' ? 'block-folded' : 'string';
    return { builder, form, exact };
  }
  const arg = intrinsicArgument(node);
  if (!arg) return undefined;
  if (fn === '!Sub' || fn === 'Fn::Sub') {
    const builder = new MappedTextBuilder();
    if (isScalar(arg) && typeof arg.value === 'string') return { builder, form: 'sub', exact: appendScalar(builder, arg, template) };
    if (isSeq(arg)) {
      const first = arg.items[0] as Node | undefined;
      if (isScalar(first) && typeof first.value === 'string') {
        return { builder, form: 'sub-map', exact: appendScalar(builder, first, template), variables: subVariables(arg.items[1] as Node | undefined) };
      }
    }
    return undefined;
  }
  if (fn === '!Join' || fn === 'Fn::Join') {
    const builder = new MappedTextBuilder();
    const exact = appendJoin(builder, arg, template);
    return exact === undefined ? undefined : { builder, form: 'join', exact };
  }
  return undefined;
}

/** Appends `Fn::Join [delimiter, [parts]]`; intrinsic parts become `${...}` placeholders. */
function appendJoin(out: MappedTextBuilder, arg: Node, template: string): boolean | undefined {
  if (!isSeq(arg) || arg.items.length !== 2) return undefined;
  const [delimiterNode, partsNode] = arg.items as Node[];
  if (!isScalar(delimiterNode) || !isSeq(partsNode)) return undefined;
  const delimiter = delimiterNode.value == null ? '' : String(delimiterNode.value);
  let exact = true;
  (partsNode as YAMLSeq).items.forEach((item, index) => {
    const part = item as Node;
    if (index > 0 && delimiter) {
      const [s, e] = delimiterNode.range ?? [0, 0];
      out.atomic(delimiter, s, e);
    }
    exact = appendPart(out, part, template) && exact;
  });
  return exact;
}

function appendPart(out: MappedTextBuilder, part: Node, template: string): boolean {
  const [s, e] = part.range ?? [0, 0];
  const fn = intrinsicName(part);
  if (!fn) {
    if (isScalar(part) && part.value !== null && part.value !== undefined) {
      if (typeof part.value === 'string') return appendScalar(out, part, template);
      out.atomic(String(part.value), s, e);
      return true;
    }
    out.atomic('${?}', s, e);
    return false;
  }
  const arg = intrinsicArgument(part);
  if ((fn === '!Sub' || fn === 'Fn::Sub') && isScalar(arg) && typeof arg.value === 'string') return appendScalar(out, arg, template);
  if ((fn === '!Join' || fn === 'Fn::Join') && arg) return appendJoin(out, arg, template) ?? false;
  out.atomic(`\${${placeholderName(fn, arg)}}`, s, e);
  return true;
}

/** `${Name}` for a Ref, `${Name.Attribute}` for a GetAtt, `${Fn::X}` for anything else. */
function placeholderName(fn: string, arg: Node | null): string {
  if ((fn === '!Ref' || fn === 'Ref') && isScalar(arg)) return String(arg.value);
  if (fn === '!GetAtt' || fn === 'Fn::GetAtt') {
    if (isScalar(arg)) return String(arg.value);
    if (isSeq(arg)) return arg.items.map((i) => (isScalar(i) ? String(i.value) : '?')).join('.');
  }
  return fn.replace(/^!/, 'Fn::');
}

/**
 * Appends a scalar's value with an exact map when the decoder agrees with the YAML library; otherwise the value
 * mapped as one block to the scalar (returns false).
 */
export function appendScalar(out: MappedTextBuilder, node: Scalar, template: string): boolean {
  const value = String(node.value);
  const token = node.srcToken as
    | { type: string; offset: number; indent: number; source: string; props?: Array<{ type: string; offset: number; source: string }> }
    | undefined;
  const trial = new MappedTextBuilder();
  try {
    if (token?.type === 'block-scalar' && token.props) {
      const header = token.props.find((p) => p.type === 'block-scalar-header')?.source ?? '|';
      const last = token.props[token.props.length - 1];
      const contentStart = last.offset + last.source.length;
      if (template.startsWith(token.source, contentStart)) decodeBlockScalar(trial, header, token.source, contentStart, token.indent);
    } else if (token?.type === 'double-quoted-scalar') decodeFlowScalar(trial, token.source, token.offset, 'double');
    else if (token?.type === 'single-quoted-scalar') decodeFlowScalar(trial, token.source, token.offset, 'single');
    else if (token?.type === 'scalar') decodeFlowScalar(trial, token.source, token.offset, 'plain');
  } catch {
    // fall through to the coarse map
  }
  const decoded = trial.text();
  if (decoded !== value && decoded.startsWith(value) && token?.type === 'block-scalar') trial.truncate(value.length);
  if (trial.text() === value && value.length > 0) {
    out.segment(encodingOf(node, token, template), () => out.append(trial));
    return true;
  }
  const [s, e] = node.range ?? [0, 0];
  out.atomic(value, s, e);
  return false;
}

/** How an edit must be written inside this scalar. */
function encodingOf(node: Scalar, token: { type: string; offset: number; source: string; props?: Array<{ offset: number; source: string }> } | undefined, template: string): Encoding {
  if (token?.type === 'double-quoted-scalar') return { kind: 'double' };
  if (token?.type === 'single-quoted-scalar') return { kind: 'single' };
  if (token?.type === 'block-scalar' && node.type === 'BLOCK_LITERAL' && token.props) {
    const last = token.props[token.props.length - 1];
    const start = last.offset + last.source.length;
    let k = start;
    while (template[k] === ' ') k++;
    return { kind: 'block', indent: k - start };
  }
  return { kind: 'none' };
}

/** The Fn::Sub variable map: each variable with the resource it names (`!GetAtt X.Attr`, `!Ref X`), else null. */
function subVariables(node: Node | undefined): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if (!isMap(node)) return out;
  for (const pair of node.items) {
    const k = pair.key as Node | null;
    if (!isScalar(k)) continue;
    const value = pair.value as Node | null;
    const fn = value ? intrinsicName(value) : undefined;
    const arg = value && fn ? intrinsicArgument(value) : null;
    let target: string | null = null;
    if (fn && (fn === '!Ref' || fn === 'Ref' || fn === '!GetAtt' || fn === 'Fn::GetAtt')) target = placeholderName(fn, arg).split('.')[0];
    out[String(k.value)] = target;
  }
  return out;
}
