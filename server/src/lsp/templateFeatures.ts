/**
 * Editor features for flows embedded in templates (CloudFormation YAML/JSON, Terraform): diagnostics at template
 * positions, hover and go-to-definition inside the embedded flow, and quick fixes written back with the template's
 * escaping and indentation. The flow features run unchanged on the embedded flow's model; this module only maps
 * positions and edits (through project/embedded). Belongs with the LSP layer (server/src/lsp/).
 */
import { CodeActionKind, InsertTextFormat, type CodeAction, type CompletionItem, type Hover, type Location, type Position, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SOURCE, type Diagnostic, type ValidateOptions } from '../engine';
import { buildTemplateModel, encode, flowAt, templateFixes, toTemplateRange, type TemplateModel } from '../project';
import type { CheckedEmbeddedFlow } from '../project';
import { fsPathOf } from './documents';
import { getHover } from './features/hover';
import { getDefinition } from './features/navigation';
import { getCompletions } from './features/completion';

/** Language ids and file names a template may come with (YAML, JSON, Terraform; plain text for unknown `.tf`). */
const TEMPLATE_LANGUAGES = new Set(['yaml', 'json', 'jsonc', 'terraform', 'hcl', 'plaintext', 'cloudformation', 'connect-flow']);

function fileNameOf(doc: TextDocument): string {
  const name = fsPathOf(doc.uri) ?? doc.uri;
  if (/\.(tf|ya?ml|template|json)$/i.test(name)) return name;
  // Untitled or oddly named documents: the language decides the scanner.
  return doc.languageId === 'terraform' || doc.languageId === 'hcl' ? `${name}.tf` : `${name}.yaml`;
}

/** One template model per document version and options. */
export class TemplateModels {
  private readonly entries = new Map<string, { version: number; key: string; model: TemplateModel | undefined }>();

  get(doc: TextDocument, options: ValidateOptions = {}): TemplateModel | undefined {
    if (!TEMPLATE_LANGUAGES.has(doc.languageId)) return undefined;
    const key = JSON.stringify(options.rules ?? null);
    const cached = this.entries.get(doc.uri);
    if (cached && cached.version === doc.version && cached.key === key) return cached.model;
    let model: TemplateModel | undefined;
    try {
      model = buildTemplateModel(doc.getText(), fileNameOf(doc), { rules: options.rules, uri: doc.uri });
    } catch {
      model = undefined;
    }
    this.entries.set(doc.uri, { version: doc.version, key, model });
    return model;
  }

  /** The model the last check built for this version (features use the check's options), else one with defaults. */
  current(doc: TextDocument): TemplateModel | undefined {
    const cached = this.entries.get(doc.uri);
    if (cached && cached.version === doc.version) return cached.model;
    return this.get(doc);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}

export const templateModels = new TemplateModels();

/** The diagnostics of a template's embedded flows, or undefined when the document holds none. */
export function templateDiagnostics(doc: TextDocument, options: ValidateOptions): Diagnostic[] | undefined {
  const model = templateModels.get(doc, options);
  return model ? model.diagnostics : undefined;
}

function mapRange(model: TemplateModel, checked: CheckedEmbeddedFlow, range: Range): Range {
  const lines = checked.model.lines;
  return toTemplateRange(model, checked.flow, lines.offsetAt(range.start), lines.offsetAt(range.end));
}

function under(doc: TextDocument, position: Position) {
  const model = templateModels.current(doc);
  if (!model) return undefined;
  const at = flowAt(model, doc.offsetAt(position));
  return at && { model, ...at };
}

/** Hover inside an embedded flow, as in a flow file; on its opening brace, its flow type and where it came from. */
export const templateHover = (doc: TextDocument) => (position: Position): Hover | null => {
  const found = under(doc, position);
  if (!found) return null;
  const { flow } = found.checked;
  // On the flow's opening brace: what it is and the type it is checked with.
  if (found.flowOffset === flow.text.search(/\S/)) {
    const type = flow.declared.module ? 'a flow module (no flow type)' : flow.declared.flowType ? `flow type ${flow.declared.flowType}` : 'flow type unknown';
    return { contents: { kind: 'markdown', value: `Embedded flow of \`${flow.resource}\`: ${type} — ${flow.declared.origin}.` } };
  }
  const hover = getHover(found.checked.model, found.flowOffset);
  if (!hover) return null;
  return { ...hover, ...(hover.range ? { range: mapRange(found.model, found.checked, hover.range) } : {}) };
};

/** Go-to-definition inside an embedded flow (an action id to its action), in the template. */
export const templateDefinition = (doc: TextDocument) => (position: Position): Location[] => {
  const found = under(doc, position);
  if (!found) return [];
  const resource = resourceAt(found.model, found.checked, found.flowOffset);
  if (resource) return [{ uri: doc.uri, range: { start: doc.positionAt(resource.start), end: doc.positionAt(resource.end) } }];
  const locations = getDefinition(found.checked.model, found.flowOffset, doc.uri) as Location[] | null;
  return (locations ?? []).map((l) => ({ uri: doc.uri, range: mapRange(found.model, found.checked, l.range) }));
};

/** Quick fixes for the template diagnostics under the cursor, written back into the template. */
export function templateCodeActions(doc: TextDocument, diagnostics: readonly { code?: unknown; source?: string; range: Range; data?: unknown }[], only?: readonly string[]): CodeAction[] {
  if (only && !only.some((o) => CodeActionKind.QuickFix === o || CodeActionKind.QuickFix.startsWith(o + '.'))) return [];
  const model = templateModels.current(doc);
  if (!model) return [];
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== SOURCE || typeof d.code !== 'string') continue;
    const same = (x: Diagnostic) => x.code === d.code && x.range.start.line === d.range.start.line && x.range.start.character === d.range.start.character;
    const data = d.data ?? model.diagnostics.find(same)?.data;
    for (const fix of templateFixes(model, { code: d.code, data })) {
      out.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d as never],
        isPreferred: fix.preferred === true,
        edit: {
          changes: {
            [doc.uri]: fix.templateEdits.map((e) => ({ range: { start: doc.positionAt(e.offset), end: doc.positionAt(e.offset + e.length) }, newText: e.content })),
          },
        },
      });
    }
  }
  return out;
}

/** The template resource a `${Name...}` placeholder under the flow offset names (through a Sub variable too). */
function resourceAt(model: TemplateModel, checked: CheckedEmbeddedFlow, flowOffset: number) {
  const text = checked.flow.text;
  const open = text.lastIndexOf('${', flowOffset);
  if (open < 0) return undefined;
  const close = text.indexOf('}', open);
  if (close < 0 || flowOffset > close || flowOffset < open) return undefined;
  let name = text.slice(open + 2, close).split('.')[0];
  const variables = checked.flow.variables ?? {};
  if (name in variables) name = variables[name] ?? '';
  return model.scan.resources.find((r) => r.name === name);
}

/**
 * Completion inside an embedded flow: the flow's items, their ranges moved to the template and their text written
 * the template's way. Items that cannot be written there exactly (a snippet inside a quoted string, any item in a
 * folded or converted form) are left out.
 */
export const templateCompletion = (doc: TextDocument) => (position: Position): CompletionItem[] => {
  const found = under(doc, position);
  if (!found) return [];
  const { model, checked } = found;
  const lines = checked.model.lines;
  const out: CompletionItem[] = [];
  for (const item of getCompletions(checked.model, found.flowOffset)) {
    const edit = item.textEdit as TextEdit | undefined;
    if (!edit) continue;
    const start = lines.offsetAt(edit.range.start);
    const end = lines.offsetAt(edit.range.end);
    const segment = checked.flow.segments?.find((seg) => seg.flowStart <= start && end <= seg.flowEnd);
    if (!segment) continue;
    const snippet = item.insertTextFormat === InsertTextFormat.Snippet;
    if (snippet && segment.encoding.kind !== 'block') continue;
    const newText = encode(edit.newText, segment.encoding);
    if (newText === undefined) continue;
    const mapped: CompletionItem = { ...item, textEdit: { range: toTemplateRange(model, checked.flow, start, end), newText } };
    if (item.filterText !== undefined) mapped.filterText = encode(item.filterText, segment.encoding) ?? item.filterText;
    if (item.additionalTextEdits) {
      mapped.additionalTextEdits = item.additionalTextEdits.map((e) => ({ range: mapRange(model, checked, e.range), newText: encode(e.newText, segment.encoding) ?? e.newText }));
    }
    out.push(mapped);
  }
  return out;
};
