/**
 * Flows in Terraform: `aws_connect_contact_flow` and `aws_connect_contact_flow_module` resources. Inline content
 * (a heredoc, or `jsonencode(...)` whose argument is converted to JSON with a map back to the HCL) is checked in
 * place; `filename = "..."`, `file("...")` and `templatefile("...", ...)` name a flow file that gets the resource's
 * type (`CONTACT_FLOW` when `type` is omitted, as the provider does).
 */
import { normalizeFlowType } from '../../engine';
import { bracketEnd, literalString, readHeredoc, skipTrivia, stringEnd, topLevelBlocks, type HclAttribute } from './hcl';
import { MappedTextBuilder } from './offsetMap';
import type { DeclaredType, EmbeddedFlow, FlowFileReference, TemplateScan } from './types';

export const TF_FLOW = 'aws_connect_contact_flow';
export const TF_MODULE = 'aws_connect_contact_flow_module';

export function mightHoldTerraformFlows(text: string): boolean {
  return text.includes(TF_FLOW);
}

export function scanTerraform(text: string): TemplateScan | undefined {
  if (!mightHoldTerraformFlows(text)) return undefined;
  const scan: TemplateScan = { format: 'terraform', flows: [], references: [], resources: [] };
  for (const block of topLevelBlocks(text)) {
    if (block.kind !== 'resource' || block.labels.length < 2) continue;
    const [type, name] = block.labels;
    const address = `${type}.${name}`;
    scan.resources.push({ name: address, type, start: block.start, end: block.bodyStart - 1 });
    if (type !== TF_FLOW && type !== TF_MODULE) continue;
    const attributes = new Map<string, HclAttribute>(block.attributes.map((a) => [a.name, a]));
    const declared = declaredType(text, type === TF_MODULE, attributes.get('type'), address);
    const filename = attributes.get('filename');
    if (filename) {
      const path = filePath(text, filename.start, filename.end);
      if (path) scan.references.push({ format: 'terraform', resource: address, path, declared, start: filename.start, end: filename.end });
    }
    const content = attributes.get('content');
    if (!content) continue;
    const flow = inlineContent(text, content.start, content.end);
    if (flow) {
      const { text: flowText, map } = flow.builder.build();
      const segments = flow.builder.segments.length > 0 ? flow.builder.segments : [{ flowStart: 0, flowEnd: flowText.length, encoding: { kind: 'none' as const } }];
      scan.flows.push({ format: 'terraform', resource: address, form: flow.form, text: flowText, map, exact: true, declared, contentStart: content.start, contentEnd: content.end, segments } satisfies EmbeddedFlow);
      continue;
    }
    const call = /^(file|templatefile)\s*\(/.exec(text.slice(content.start, content.end));
    if (call) {
      const argStart = skipTrivia(text, content.start + call[0].length, true);
      if (text[argStart] === '"') {
        const argEnd = stringEnd(text, argStart);
        const path = filePath(text, argStart, argEnd);
        if (path) scan.references.push({ format: 'terraform', resource: address, path, declared, start: argStart, end: argEnd } satisfies FlowFileReference);
      }
    }
  }
  return scan;
}

function declaredType(text: string, module: boolean, attribute: HclAttribute | undefined, address: string): DeclaredType {
  if (module) return { flowType: undefined, module: true, origin: `${address} is a flow module` };
  if (!attribute) return { flowType: 'CONTACT_FLOW', module: false, origin: `${address} has no type: the provider deploys it as CONTACT_FLOW` };
  const value = literalString(text, attribute.start, attribute.end);
  if (value === undefined) return { flowType: undefined, module: false, origin: `type of ${address} is set at plan time (${text.slice(attribute.start, attribute.end)})` };
  const flowType = normalizeFlowType(value);
  return flowType
    ? { flowType, module: false, origin: `type = "${value}" of ${address}` }
    : { flowType: undefined, module: false, origin: `type "${value}" of ${address} is not a flow type` };
}

/** A path string: `"flows/x.json"`, `"${path.module}/flows/x.json"` (relative to the module); others: undefined. */
function filePath(text: string, start: number, end: number): string | undefined {
  const raw = text.slice(start, end);
  const m = /^"(?:\$\{path\.(?:module|root|cwd)\}\/)?([^"$%\\]+)"$/.exec(raw);
  return m ? m[1] : undefined;
}

function inlineContent(text: string, start: number, end: number): { builder: MappedTextBuilder; form: 'heredoc' | 'jsonencode' } | undefined {
  if (text.startsWith('<<', start)) {
    const heredoc = readHeredoc(text, start);
    if (!heredoc) return undefined;
    const builder = new MappedTextBuilder();
    const strip = appendHeredocWithIndent(builder, text, heredoc.bodyStart, heredoc.bodyEnd, heredoc.indented);
    builder.segments.push({ flowStart: 0, flowEnd: builder.size, encoding: { kind: 'heredoc', indent: strip } });
    return { builder, form: 'heredoc' };
  }
  const call = /^jsonencode\s*\(/.exec(text.slice(start, end));
  if (call) {
    const open = start + call[0].length - 1;
    const close = bracketEnd(text, open) - 1;
    const builder = new MappedTextBuilder();
    const at = hclValueToJson(text, open + 1, close, builder);
    if (at === undefined || skipTrivia(text, at, true) !== close) return undefined;
    return { builder, form: 'jsonencode' };
  }
  return undefined;
}

/**
 * A heredoc body: its lines one for one (less the common indentation for `<<-`); `$${` and `%%{` stand for `${`,
 * `%{`. Returns the indentation stripped.
 */
function appendHeredocWithIndent(out: MappedTextBuilder, text: string, bodyStart: number, bodyEnd: number, indented: boolean): number {
  const lines: Array<[number, number]> = [];
  for (let s = bodyStart; s < bodyEnd; ) {
    let e = text.indexOf('\n', s);
    e = e < 0 || e >= bodyEnd ? bodyEnd : e + 1;
    lines.push([s, e]);
    s = e;
  }
  let strip = 0;
  if (indented) {
    strip = Infinity;
    for (const [s, e] of lines) {
      const line = text.slice(s, e);
      if (line.trim() === '') continue;
      strip = Math.min(strip, line.length - line.trimStart().length);
    }
    if (strip === Infinity) strip = 0;
  }
  for (const [s, e] of lines) {
    const from = Math.min(e, s + strip);
    const line = text.slice(from, e);
    let runStart = 0;
    for (let k = 0; k < line.length - 2; k++) {
      if ((line[k] === '$' || line[k] === '%') && line[k + 1] === line[k] && line[k + 2] === '{') {
        out.literal(line.slice(runStart, k), from + runStart);
        out.atomic(`${line[k]}{`, from + k, from + k + 3);
        k += 2;
        runStart = k + 1;
      }
    }
    out.literal(line.slice(runStart), from + runStart);
  }
  return strip;
}

const LITERAL_TOKEN = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)(?![A-Za-z0-9_.\-[(])/;

/**
 * Writes the HCL value at i as JSON: JSON syntax (`"key": value`) is copied one for one; HCL syntax (`key = value`,
 * items on separate lines, trailing commas) is converted; any other expression (`var.x`, `format(...)`) becomes a
 * `"${...}"` placeholder. Returns the offset after the value, or undefined when it cannot be converted.
 */
function hclValueToJson(text: string, i: number, limit: number, out: MappedTextBuilder): number | undefined {
  i = skipTrivia(text, i, true);
  if (i >= limit) return undefined;
  const c = text[i];
  if (c === '{' || c === '[') {
    const close = c === '{' ? '}' : ']';
    out.literal(c, i);
    i++;
    let first = true;
    let comma = -1;
    for (;;) {
      i = skipTrivia(text, i, true);
      if (i >= limit) return undefined;
      if (text[i] === close) {
        out.literal(close, i);
        return i + 1;
      }
      if (!first) {
        if (comma >= 0) out.literal(',', comma);
        else out.atomic(',', i, i);
      }
      first = false;
      if (c === '{') {
        if (text[i] === '"') {
          const end = stringEnd(text, i);
          out.literal(text.slice(i, end), i);
          i = end;
        } else if (/[A-Za-z_]/.test(text[i])) {
          const s = i;
          while (i < limit && /[A-Za-z0-9_-]/.test(text[i])) i++;
          out.atomic(`"${text.slice(s, i)}"`, s, i);
        } else return undefined;
        i = skipTrivia(text, i, false);
        if (text[i] === ':') out.literal(':', i);
        else if (text[i] === '=') out.atomic(':', i, i + 1);
        else return undefined;
        i++;
      }
      const next = hclValueToJson(text, i, limit, out);
      if (next === undefined) return undefined;
      i = skipTrivia(text, next, true);
      comma = -1;
      if (text[i] === ',') {
        comma = i;
        i++;
      }
    }
  }
  if (c === '"') {
    const end = stringEnd(text, i);
    out.literal(text.slice(i, end), i);
    return end;
  }
  const literal = LITERAL_TOKEN.exec(text.slice(i, Math.min(limit, i + 64)));
  if (literal) {
    out.literal(literal[0], i);
    return i + literal[0].length;
  }
  // Any other expression, up to the next separator at depth 0.
  let j = i;
  while (j < limit) {
    const d = text[j];
    if (d === ',' || d === '}' || d === ']' || d === '\n' || d === '\r' || d === '#') break;
    if (d === '"') j = stringEnd(text, j);
    else if (d === '(' || d === '[' || d === '{') j = bracketEnd(text, j);
    else j++;
  }
  let e = j;
  while (e > i && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  if (e === i) return undefined;
  out.atomic(`"\${${text.slice(i, e).replace(/["\\\n\r{}]/g, "'")}}"`, i, e);
  return e;
}

