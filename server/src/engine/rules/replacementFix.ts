import { replaceValue, valueAt } from '../edits';
import type { Fix, FixContext } from './rule';

/**
 * The fix of rules whose report names a `replacement` for the reported string value (a typo with one close match,
 * the only allowed value): write that value instead. Like every fix, it is offered only if it holds when tried.
 */
export function replacementFix({ model, data }: FixContext): Fix[] {
  if (typeof data.replacement !== 'string' || !model.spans.get(data.path)) return [];
  const current = valueAt(model.root, data.path);
  if (typeof current !== 'string') return [];
  return [{ title: `Change it to "${data.replacement}"`, edits: replaceValue(model, data.path, data.replacement), preferred: true }];
}
