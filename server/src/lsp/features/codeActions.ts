import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver-types';
import { SOURCE, applyFixes, candidateFixes, fixesFor, singleEdit, type ApplyFixesOptions, type FlowModel, type TextEdit, diagnosticsOf, type ValidateOptions, type Diagnostic } from '../../engine';

/** The source action that applies every safe fix (also what `editor.codeActionsOnSave: source.fixAll` runs). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`;

/** Above this size "fix all" edits are computed on codeAction/resolve instead of with the list. */
const EAGER_LIMIT = 200_000;

export interface CodeActionInput {
  uri: string;
  model: FlowModel;
  /** Severity settings and the configured flow type: the same options the diagnostics were made with. */
  options: ValidateOptions;
  /** The diagnostics the client sent with the request (those under the cursor). */
  diagnostics: readonly LspDiagnostic[];
  /** Kinds the client asked for, if it restricted them. */
  only?: readonly string[];
}

/** What a lazily computed "fix all" action carries until codeAction/resolve fills in its edit. */
export interface FixAllData {
  fixAll: true;
  uri: string;
  /** Rule id, or undefined for "every safe fix". */
  code?: string;
}

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
}

export function toLspEdits(model: FlowModel, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: { start: model.lines.positionAt(e.offset), end: model.lines.positionAt(e.offset + e.length) }, newText: e.content }));
}

const rangeKey = (code: unknown, r: LspDiagnostic['range']) => `${String(code)}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/**
 * Finds, for a diagnostic the client sent, the server's own diagnostic of the current version that it shows: same
 * rule, same range, same message. The lookup table is built once per request (a client may send thousands).
 */
function ownDiagnostics(model: FlowModel, options: ValidateOptions, sent: readonly LspDiagnostic[]): (d: LspDiagnostic) => Diagnostic | undefined {
  if (sent.length === 0) return () => undefined;
  const table = new Map<string, Diagnostic[]>();
  for (const x of diagnosticsOf(model, options)) {
    const key = rangeKey(x.code, x.range);
    const list = table.get(key);
    if (list) list.push(x);
    else table.set(key, [x]);
  }
  return (d) => table.get(rangeKey(d.code, d.range))?.find((x) => x.message === d.message);
}

export function getCodeActions(input: CodeActionInput): CodeAction[] {
  const { uri, model, options, only } = input;
  const out: CodeAction[] = [];
  const fixAllCodes = new Set<string>();
  if (wants(only, CodeActionKind.QuickFix)) {
    const own = ownDiagnostics(model, options, input.diagnostics);
    for (const d of input.diagnostics) {
      if (d.source !== SOURCE || typeof d.code !== 'string') continue;
      // The client's copy (its data above all) may come from an earlier version of the text: a fix is computed only
      // from the server's own diagnostic of this version with the same rule, range and message, or not at all.
      const mine = own(d);
      if (!mine) continue;
      const fixes = fixesFor(model, mine, options);
      for (const fix of fixes) {
        out.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: fix.preferred === true,
          edit: { changes: { [uri]: toLspEdits(model, fix.edits) } },
        });
      }
      if (fixes.length > 0) fixAllCodes.add(d.code);
    }
    for (const code of fixAllCodes) {
      // Two are enough to offer it: stop looking there (a file may have thousands).
      let same = 0;
      for (const x of diagnosticsOf(model, options)) if (x.code === code && candidateFixes(model, x).length > 0 && ++same >= 2) break;
      if (same < 2) continue;
      // The count is what the fixes really did (each is checked), when they were computed now.
      const action = fixAllAction(input, CodeActionKind.QuickFix, code, (n) => (n === undefined ? `Fix all "${code}" problems in this file` : `Fix all ${n} "${code}" problems in this file`));
      if (action.count === undefined || action.count >= 2) out.push(action.action);
    }
  }
  // Source actions only when asked for ("Source Action…", codeActionsOnSave): not on every cursor move.
  if (only && wants(only, FIX_ALL_KIND) && diagnosticsOf(model, options).some((d) => candidateFixes(model, d).some((f) => f.safe))) {
    const action = fixAllAction(input, FIX_ALL_KIND, undefined, () => 'Fix all safe problems in this file');
    if (action.count !== 0) out.push(action.action);
  }
  return out;
}

/** A "fix all" action: its edit computed now for documents up to EAGER_LIMIT (with the number of fixes it applies), else on resolve. */
function fixAllAction(input: CodeActionInput, kind: string, code: string | undefined, title: (count?: number) => string): { action: CodeAction; count?: number } {
  const data: FixAllData = { fixAll: true, uri: input.uri, code };
  if (input.model.text.length > EAGER_LIMIT) return { action: { title: title(), kind, data } };
  const { edit, count } = fixAllEdit(input.model, input.options, data);
  return { action: { title: title(count), kind, edit }, count };
}

/** Fills in the edit of a "fix all" action. */
export function resolveCodeAction(action: CodeAction, model: FlowModel | undefined, options: ValidateOptions): CodeAction {
  const data = action.data as FixAllData | undefined;
  if (!data?.fixAll || !model || action.edit) return action;
  action.edit = fixAllEdit(model, options, data).edit;
  return action;
}

function fixAllEdit(model: FlowModel, options: ValidateOptions, data: FixAllData): { edit: CodeAction['edit']; count: number } {
  const fixOptions: ApplyFixesOptions = { ...options, model, ...(data.code ? { codes: [data.code], which: 'preferred' as const } : { which: 'safe' as const }) };
  const { text, applied } = applyFixes(model.text, fixOptions);
  const edit = singleEdit(model.text, text);
  return { edit: { changes: { [data.uri]: edit ? toLspEdits(model, [edit]) : [] } }, count: applied.length };
}
