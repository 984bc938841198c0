import { Severity, type Diagnostic } from '../engine';
import type { Matching } from './match';
import type { Side } from './side';
import type { DiagnosticChange, SeverityName } from './types';

/**
 * Diagnostics introduced and fixed: the checker's findings on both sides, compared by rule, action (renames followed),
 * the path inside the action, and message, never by line (moving text must not introduce or fix anything).
 */
export function diagnosticChanges(oldSide: Side, newSide: Side, matching: Matching, oldDiagnostics: Diagnostic[], newDiagnostics: Diagnostic[]): { introduced: DiagnosticChange[]; fixed: DiagnosticChange[] } {
  const oldKeyed = oldDiagnostics.map((d) => keyed(d, oldSide, (key) => matching.oldToNew.get(key) ?? `old:${key}`));
  const newKeyed = newDiagnostics.map((d) => keyed(d, newSide, (key) => key));
  const count = new Map<string, number>();
  for (const k of oldKeyed) count.set(k.key, (count.get(k.key) ?? 0) + 1);
  const introduced: DiagnosticChange[] = [];
  for (const k of newKeyed) {
    const n = count.get(k.key) ?? 0;
    if (n > 0) count.set(k.key, n - 1);
    else introduced.push(k.record);
  }
  const fixed: DiagnosticChange[] = [];
  const remaining = new Map<string, number>();
  for (const k of newKeyed) remaining.set(k.key, (remaining.get(k.key) ?? 0) + 1);
  for (const k of oldKeyed) {
    const n = remaining.get(k.key) ?? 0;
    if (n > 0) remaining.set(k.key, n - 1);
    else fixed.push(k.record);
  }
  return { introduced, fixed };
}

const SEVERITY: Record<number, SeverityName> = { [Severity.Error]: 'error', [Severity.Warning]: 'warning', [Severity.Information]: 'info', [Severity.Hint]: 'hint' };

function keyed(d: Diagnostic, side: Side, keyOf: (actionKey: string) => string): { key: string; record: DiagnosticChange } {
  const data = d.data as { path?: unknown } | undefined;
  const path = Array.isArray(data?.path) ? (data.path as unknown[]) : [];
  let actionKey: string | undefined;
  let id: string | undefined;
  let rest = path;
  if (path[0] === 'Actions' && typeof path[1] === 'number') {
    const action = side.actions[path[1]];
    if (action) {
      actionKey = keyOf(action.key);
      id = action.id;
      rest = path.slice(2);
    }
  }
  const key = JSON.stringify([d.code, actionKey ?? null, rest, d.message]);
  return { key, record: { code: d.code, severity: SEVERITY[d.severity] ?? 'error', message: d.message, id, line: d.range.start.line + 1 } };
}
