import { isObject, type ActionEntry, type FlowModel } from './model';
import type { JsonPath } from './text/spanIndex';

/** One NextAction of the flow. The path is built only when asked for: most refs are never reported. */
export class TransitionRef {
  constructor(
    readonly from: ActionEntry,
    readonly target: string,
    readonly via: 'next' | 'error' | 'condition',
    /** Index in Errors or Conditions (unused for `next`). */
    readonly index: number,
    /** ErrorType for error branches; the first operand for condition branches. */
    readonly label?: string,
  ) {}

  /** Path of the `NextAction` string. */
  get path(): JsonPath {
    const base = [...this.from.path, 'Transitions'];
    if (this.via === 'next') return [...base, 'NextAction'];
    return [...base, this.via === 'error' ? 'Errors' : 'Conditions', this.index, 'NextAction'];
  }
}

const cache = new WeakMap<FlowModel, TransitionRef[]>();
const BRANCH_LISTS = [['Errors', 'error'], ['Conditions', 'condition']] as const;

/** Every NextAction in the flow, in document order. Computed once per model. */
export function transitions(model: FlowModel): TransitionRef[] {
  let refs = cache.get(model);
  if (refs) return refs;
  refs = [];
  for (const action of model.actions) {
    const t = action.object?.Transitions;
    if (!isObject(t)) continue;
    if (typeof t.NextAction === 'string') refs.push(new TransitionRef(action, t.NextAction, 'next', 0));
    for (const [listKey, via] of BRANCH_LISTS) {
      const list = t[listKey];
      if (!Array.isArray(list)) continue;
      for (let i = 0; i < list.length; i++) {
        const entry = list[i];
        if (!isObject(entry) || typeof entry.NextAction !== 'string') continue;
        let label: string | undefined;
        if (via === 'error' && typeof entry.ErrorType === 'string') label = entry.ErrorType;
        if (via === 'condition' && isObject(entry.Condition) && Array.isArray(entry.Condition.Operands)) label = labelOf(entry.Condition.Operands[0]);
        refs.push(new TransitionRef(action, entry.NextAction, via, i, label));
      }
    }
  }
  cache.set(model, refs);
  return refs;
}

/** Text of a condition operand. JSON.stringify, not String(): objects from the tolerant parser have no prototype. */
function labelOf(operand: unknown): string {
  if (operand === undefined || operand === null) return '';
  return typeof operand === 'string' ? operand : (JSON.stringify(operand) ?? '');
}

/** Targets that saved (unpublished) console exports write for branches that are not connected yet. */
export function isUnconnected(target: string): boolean {
  return target === '' || target === '$end';
}
