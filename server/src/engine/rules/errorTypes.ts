import type { ActionSpec } from '../catalog';
import { isObject } from '../model';
import type { FlowModel } from '../model';
import type { JsonPath } from '../text/spanIndex';
import { knownActions } from './actionParams';

export interface ErrorBranch {
  spec: ActionSpec;
  errorType: unknown;
  path: JsonPath;
}

/** Error branches of known actions whose ErrorType is not in the catalogue's list. */
export function unlistedErrorBranches(model: FlowModel, verified: boolean): ErrorBranch[] {
  const out: ErrorBranch[] = [];
  for (const { action, spec } of knownActions(model)) {
    if (!!spec.errorsVerified !== verified) continue;
    const t = action.object?.Transitions;
    if (!isObject(t) || !Array.isArray(t.Errors)) continue;
    t.Errors.forEach((entry, i) => {
      if (!isObject(entry) || !('ErrorType' in entry)) return;
      if (typeof entry.ErrorType === 'string' && spec.errors.includes(entry.ErrorType)) return;
      out.push({ spec, errorType: entry.ErrorType, path: [...action.path, 'Transitions', 'Errors', i, 'ErrorType'] });
    });
  }
  return out;
}

export function errorTypesPhrase(spec: ActionSpec): string {
  if (spec.errors.length === 0) return 'it raises no errors';
  if (spec.errors.length === 1) return `its only error type is \`${spec.errors[0]}\``;
  return `its error types are ${spec.errors.map((e) => '`' + e + '`').join(', ')}`;
}
