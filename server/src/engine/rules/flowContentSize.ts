import { Severity } from '../diagnostic';
import type { Rule } from './rule';
import { stringEnd } from '../text/spanIndex';

export const MAX_CONTENT = 256_000;

export const flowContentSize: Rule = {
  id: 'flow-content-size',
  defaultSeverity: Severity.Error,
  description: `The flow text is longer than ${groupThousands(MAX_CONTENT)} characters, the most CreateContactFlow and UpdateContactFlowContent accept as Content, counted on the text as sent (whitespace included). A warning when it would fit without the whitespace outside strings.`,
  check({ model, report }) {
    const bom = model.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const n = model.text.length - bom;
    if (n <= MAX_CONTENT || !model.rootObject) return;
    const compact = compactLengthBeyond(model.text, MAX_CONTENT);
    const fits = compact <= MAX_CONTENT;
    report({
      path: [],
      target: 'open',
      lower: fits,
      message: `This flow is ${groupThousands(n)} characters long as it stands; the flow APIs accept at most ${groupThousands(MAX_CONTENT)} characters of content, counted on the text as sent, whitespace included. ` +
        (fits ? `Without the whitespace outside strings it is ${groupThousands(compact)}: send it minified, or split it into several flows or modules.` : 'Even without whitespace it is over the limit: split it into several flows or modules.'),
    });
  },
};

/** 256000 → "256,000". (Not toLocaleString: its first call loads ICU data, ~12 ms of every CLI run.) */
function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * The length of `text` without the whitespace outside strings (what a minifier leaves), counted only until it passes
 * `budget`: the cost is bounded by the limit, not by the size of the flow. Read from the text, not the parsed value,
 * it costs about half of what stringifying the same amount would.
 */
export function compactLengthBeyond(text: string, budget: number): number {
  let n = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const length = text.length;
  while (i < length && n <= budget) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const end = stringEnd(text, i);
      n += end - i;
      i = end;
    } else {
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) n++;
      i++;
    }
  }
  return n;
}
