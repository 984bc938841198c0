/**
 * A template open in the editor: its embedded flows checked, and the two directions of mapping the editor features
 * need: a template offset to the flow (and flow offset) under it, and flow edits (quick fixes) back to template
 * edits written the way the template writes that text (escapes, block indentation). An edit that cannot be
 * written exactly is dropped: every mapped edit is tried on a copy and kept only when the template's flow then
 * reads as the fixed flow.
 */
import { fixesFor, type Diagnostic, type Fix, type TextEdit, type ValidateOptions } from '../../engine';
import { LineIndex } from '../../engine';
import { checkTemplate, type CheckedEmbeddedFlow } from './check';
import { scanTemplate } from './scan';
import type { Encoding, EmbeddedFlow, TemplateScan } from './types';

export interface TemplateModel {
  fileName: string;
  text: string;
  lines: LineIndex;
  scan: TemplateScan;
  checked: CheckedEmbeddedFlow[];
  /** Every flow's diagnostics, at template positions. */
  diagnostics: Diagnostic[];
  options: ValidateOptions;
}

/** The template model of a text, or undefined when it holds no embedded flow. */
export function buildTemplateModel(text: string, fileName: string, options: ValidateOptions = {}): TemplateModel | undefined {
  const scan = scanTemplate(text, fileName);
  if (!scan || scan.flows.length === 0) return undefined;
  const checked = checkTemplate(text, scan, options);
  return { fileName, text, lines: new LineIndex(text), scan, checked, diagnostics: checked.flatMap((c) => c.diagnostics), options };
}

/** The embedded flow under a template offset, with the flow offset there. */
export function flowAt(model: TemplateModel, offset: number): { checked: CheckedEmbeddedFlow; flowOffset: number } | undefined {
  for (const checked of model.checked) {
    const { flow } = checked;
    if (offset < flow.contentStart || offset > flow.contentEnd) continue;
    const flowOffset = flow.map.toFlow(offset);
    if (flowOffset !== undefined) return { checked, flowOffset };
  }
  return undefined;
}

/** A flow offset range as a template range (LSP positions). */
export function toTemplateRange(model: TemplateModel, flow: EmbeddedFlow, start: number, end: number) {
  const r = flow.map.rangeToTemplate(start, end);
  return { start: model.lines.positionAt(r.start), end: model.lines.positionAt(r.end) };
}

/** Writes flow text the way the template writes it under `encoding`; undefined when it cannot. */
export function encode(content: string, encoding: Encoding): string | undefined {
  switch (encoding.kind) {
    case 'block':
      return content.replace(/\r?\n/g, '\n' + ' '.repeat(encoding.indent));
    case 'double':
      return JSON.stringify(content).slice(1, -1);
    case 'single':
      return /[\r\n]/.test(content) ? undefined : content.replace(/'/g, "''");
    case 'heredoc':
      return content.replace(/([$%])\{/g, '$1$1{').replace(/\r?\n/g, '\n' + ' '.repeat(encoding.indent));
    default:
      return undefined;
  }
}

/** Flow edits as template edits, or undefined when one of them cannot be written exactly. */
export function toTemplateEdits(model: TemplateModel, flow: EmbeddedFlow, edits: readonly TextEdit[]): TextEdit[] | undefined {
  const out: TextEdit[] = [];
  for (const edit of edits) {
    const end = edit.offset + edit.length;
    const segment = flow.segments?.find((s) => s.flowStart <= edit.offset && end <= s.flowEnd && (edit.length > 0 || edit.offset < s.flowEnd || s.flowEnd === flow.text.length));
    if (!segment) return undefined;
    const content = encode(edit.content, segment.encoding);
    if (content === undefined) return undefined;
    const range = edit.length > 0 ? flow.map.rangeToTemplate(edit.offset, end) : { start: flow.map.toTemplate(edit.offset), end: flow.map.toTemplate(edit.offset) };
    out.push({ offset: range.start, length: range.end - range.start, content });
  }
  // Tried on a copy: the template's flow must read as the edited flow.
  const expected = applyEdits(flow.text, edits);
  const rescanned = scanTemplate(applyEdits(model.text, out), model.fileName)?.flows.find((f) => f.resource === flow.resource);
  return rescanned?.text === expected ? out : undefined;
}

/** The quick fixes of a template diagnostic, with their edits in template offsets (fixes that cannot be mapped are left out). */
export function templateFixes(model: TemplateModel, diagnostic: Pick<Diagnostic, 'code' | 'data'>): Array<Fix & { templateEdits: TextEdit[] }> {
  const resource = (diagnostic.data as { resource?: string } | undefined)?.resource;
  const checked = model.checked.find((c) => c.flow.resource === resource);
  if (!checked) return [];
  const options = { ...model.options, flowType: checked.model.flowType, flowTypeOrigin: checked.model.flowTypeOrigin };
  const out: Array<Fix & { templateEdits: TextEdit[] }> = [];
  for (const fix of fixesFor(checked.model, { code: diagnostic.code, data: diagnostic.data }, options)) {
    const templateEdits = toTemplateEdits(model, checked.flow, fix.edits);
    if (templateEdits) out.push({ ...fix, templateEdits });
  }
  return out;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.offset) + e.content + out.slice(e.offset + e.length);
  return out;
}
