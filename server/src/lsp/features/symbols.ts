import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { describeAction, type FlowModel } from '../../engine';

/**
 * The outline: one symbol per action, leading with what a person calls it (the designer name, else its prompt,
 * queue or Lambda), its type as the detail. An action with neither shows its type and the start of its Identifier.
 */
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
    const { name, type, telling } = describeAction(model, action);
    const typeText = type ?? 'Action';
    const shortId = action.id === undefined ? `action ${action.index + 1}` : action.id.slice(0, 8);
    const title = name ?? telling ?? `${typeText} ${shortId}`;
    const detail = name !== undefined && telling !== undefined ? `${typeText} · ${telling}` : name !== undefined || telling !== undefined ? typeText : '';
    const symbol: DocumentSymbol = { name: title.trim() === '' ? typeText : title, kind: kinds(type), range, selectionRange };
    if (detail) symbol.detail = detail;
    out.push(symbol);
  }
  return out;
}
