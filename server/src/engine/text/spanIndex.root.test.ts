import { describe, expect, it } from 'vitest';
import { parseText } from '../parse';

// The root span of valid JSON is found from the back of the text (no scan of the document); these pin its edges.
describe('root span of valid JSON', () => {
  const rootSpan = (text: string) => parseText(text).spans.get([]);

  it('ends just after the closing brace, before trailing whitespace', () => {
    const text = '  {"a": [1, {"b": "}"}]}\n\t \r\n';
    expect(rootSpan(text)).toEqual({ valueStart: 2, valueEnd: text.indexOf('\n') });
  });

  it('covers the whole text when nothing follows the root', () => {
    expect(rootSpan('[1,2]')).toEqual({ valueStart: 0, valueEnd: 5 });
  });

  it('starts after a byte order mark', () => {
    expect(rootSpan('\uFEFF{"x":1} ')).toEqual({ valueStart: 1, valueEnd: 8 });
  });

  it('is a scalar root too', () => {
    expect(rootSpan(' "text" ')).toEqual({ valueStart: 1, valueEnd: 7 });
  });
});
