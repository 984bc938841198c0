import { Severity } from '../diagnostic';
import type { Rule } from './rule';

export const MAX_CONTENT = 256_000;

export const flowContentSize: Rule = {
  id: 'flow-content-size',
  defaultSeverity: Severity.Warning,
  description: `The flow is longer than ${groupThousands(MAX_CONTENT)} characters, the most the flow APIs accept as content.`,
  check({ model, report }) {
    const n = model.text.length;
    if (n <= MAX_CONTENT || !model.rootObject) return;
    const compact = compactLengthBeyond(model.rootObject, MAX_CONTENT);
    if (compact !== undefined && compact <= MAX_CONTENT)
      return; // Whitespace only: tools that minify before upload stay under the limit.
    report({
      path: [],
      target: 'open',
      message: `This flow is ${compact !== undefined ? `over ${groupThousands(MAX_CONTENT)} characters long even without whitespace` : `${groupThousands(n)} characters long`}; the flow APIs accept at most ${groupThousands(MAX_CONTENT)}. Split it into several flows or modules.`,
    });
  },
};

/** 256000 → "256,000". (Not toLocaleString: its first call loads ICU data, ~12 ms of every CLI run.) */
function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * The length of the value written without whitespace, counted only until it passes `budget` (then any larger number
 * is returned): the cost stays bounded by the limit, not by the size of the flow. Undefined for values JSON cannot
 * write.
 */
function compactLengthBeyond(value: unknown, budget: number, depth = 0): number | undefined {
  try {
    if (depth >= 3 || value === null || typeof value !== 'object') return JSON.stringify(value)?.length ?? 0;
    let n = 2;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && n <= budget; i++) n += (i > 0 ? 1 : 0) + (compactLengthBeyond(value[i], budget - n, depth + 1) ?? 4);
      return n;
    }
    let first = true;
    for (const key in value) {
      if (n > budget) break;
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined) continue;
      n += (first ? 0 : 1) + JSON.stringify(key).length + 1 + (compactLengthBeyond(v, budget - n, depth + 1) ?? 4);
      first = false;
    }
    return n;
  } catch {
    return undefined;
  }
}
