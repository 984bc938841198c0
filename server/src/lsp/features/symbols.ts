import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { FlowModel } from '../../engine';
import { designerHint, friendlyName } from './flowInfo';

/** The outline: one symbol per action, "Type — name" (the designer's friendly name, else the Identifier). */
export function getDocumentSymbols(model: FlowModel): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const kinds = (type: string | undefined): SymbolKind => {
    if (!type) return SymbolKind.Object;
    if (/^(Disconnect|End)/.test(type)) return SymbolKind.Event;
    if (/^(Check|Compare|Distribute|Loop|Wait)/.test(type)) return SymbolKind.Operator;
    return SymbolKind.Function;
  };
  for (const action of model.actions) {
    const span = model.spans.get(action.path);
    if (!span) continue;
    const idSpan = action.id !== undefined ? model.spans.get([...action.path, 'Identifier']) : undefined;
    const range = { start: model.lines.positionAt(span.valueStart), end: model.lines.positionAt(span.valueEnd) };
    const selectionRange = idSpan ? { start: model.lines.positionAt(idSpan.valueStart), end: model.lines.positionAt(idSpan.valueEnd) } : range;
    const name = friendlyName(model, action.id) ?? action.id ?? `action ${action.index + 1}`;
    const symbol: DocumentSymbol = { name: `${action.type ?? 'Action'} — ${name}`, kind: kinds(action.type), range, selectionRange };
    const hint = designerHint(model, action.id);
    if (hint) symbol.detail = hint;
    out.push(symbol);
  }
  return out;
}
