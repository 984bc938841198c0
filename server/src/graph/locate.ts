import type { FlowModel } from '../engine';

/** Text offsets of actions, for the preview: which block the cursor is in, and what to select for a block. */

export interface ActionSpan {
  index: number;
  start: number;
  end: number;
}

const cache = new WeakMap<FlowModel, ActionSpan[]>();

/** Every element of `Actions` with its offsets, in text order. */
export function actionSpans(model: FlowModel): ActionSpan[] {
  let spans = cache.get(model);
  if (spans) return spans;
  spans = [];
  for (const child of model.spans.children(['Actions']) ?? []) {
    if (typeof child.key === 'number') spans.push({ index: child.key, start: child.valueStart, end: child.valueEnd });
  }
  cache.set(model, spans);
  return spans;
}

/** Index of the action whose text contains `offset` (binary search), or undefined. */
export function actionAtOffset(model: FlowModel, offset: number): number | undefined {
  const spans = actionSpans(model);
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end) lo = mid + 1;
    else return s.index;
  }
  return undefined;
}

/** What to select when a block is clicked: the Identifier's value, or the whole action when it has none. */
export function actionSelection(model: FlowModel, index: number): { start: number; end: number } | undefined {
  const id = model.spans.get(['Actions', index, 'Identifier']);
  if (id) return { start: id.valueStart, end: id.valueEnd };
  const whole = actionSpans(model).find((s) => s.index === index);
  return whole ? { start: whole.start, end: whole.end } : undefined;
}
