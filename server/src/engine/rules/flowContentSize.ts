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
    const compact = safeCompactLength(model.rootObject);
    if (compact !== undefined && compact <= MAX_CONTENT)
      return; // Whitespace only: tools that minify before upload stay under the limit.
    report({
      path: [],
      target: 'open',
      message: `This flow is ${groupThousands(compact ?? n)} characters long${compact !== undefined ? ' even without whitespace' : ''}; the flow APIs accept at most ${groupThousands(MAX_CONTENT)}. Split it into several flows or modules.`,
    });
  },
};

/** 256000 → "256,000". (Not toLocaleString: its first call loads ICU data, ~12 ms of every CLI run.) */
function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function safeCompactLength(root: unknown): number | undefined {
  try {
    return JSON.stringify(root).length;
  } catch {
    return undefined;
  }
}
