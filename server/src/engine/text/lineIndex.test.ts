import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LineIndex } from './lineIndex';

describe('LineIndex', () => {
  it('maps offsets to positions across LF lines', () => {
    const lines = new LineIndex('ab\ncd\n\nx');
    expect(lines.lineCount).toBe(4);
    expect(lines.positionAt(0)).toEqual({ line: 0, character: 0 });
    expect(lines.positionAt(2)).toEqual({ line: 0, character: 2 });
    expect(lines.positionAt(3)).toEqual({ line: 1, character: 0 });
    expect(lines.positionAt(6)).toEqual({ line: 2, character: 0 });
    expect(lines.positionAt(8)).toEqual({ line: 3, character: 1 });
    expect(lines.positionAt(99)).toEqual({ line: 3, character: 1 });
    expect(lines.positionAt(-5)).toEqual({ line: 0, character: 0 });
  });

  it('maps positions back to offsets, clamped to the line', () => {
    const lines = new LineIndex('ab\ncd\n\nx');
    expect(lines.offsetAt({ line: 1, character: 1 })).toBe(4);
    expect(lines.offsetAt({ line: 1, character: 50 })).toBe(6);
    expect(lines.offsetAt({ line: 3, character: 0 })).toBe(7);
    expect(lines.offsetAt({ line: 9, character: 0 })).toBe(8);
    expect(lines.offsetAt({ line: -1, character: 3 })).toBe(0);
  });

  it('treats CRLF and a lone CR as line ends', () => {
    const lines = new LineIndex('a\r\nb\rc\nd');
    expect(lines.lineCount).toBe(4);
    expect(lines.positionAt(3)).toEqual({ line: 1, character: 0 });
    expect(lines.positionAt(5)).toEqual({ line: 2, character: 0 });
    expect(lines.positionAt(7)).toEqual({ line: 3, character: 0 });
  });

  it('has one line for empty text and for text without line breaks', () => {
    expect(new LineIndex('').lineCount).toBe(1);
    expect(new LineIndex('{"a":1}').positionAt(5)).toEqual({ line: 0, character: 5 });
  });

  it('answers like a full index whatever order positions are asked in (lazy extension across CR, LF and CRLF)', () => {
    // A reference: every line start, the simple way.
    const startsOf = (t: string) => {
      const out = [0];
      for (let i = 0; i < t.length; i++) {
        if (t[i] === '\r' && t[i + 1] === '\n') i++;
        if (t[i] === '\n' || t[i] === '\r') out.push(i + 1);
      }
      return out;
    };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'bc', '\n', '\r', '\r\n', 'x'.repeat(70_000)), { maxLength: 40 }).map((parts) => parts.join('')),
        fc.array(fc.nat(), { maxLength: 20 }),
        (text, asks) => {
          const index = new LineIndex(text);
          const starts = startsOf(text);
          for (const a of asks) {
            const offset = a % (text.length + 1);
            let expectedOffset = offset;
            if (offset > 0 && text[offset] === '\n' && text[offset - 1] === '\r') expectedOffset--;
            let line = 0;
            while (line + 1 < starts.length && starts[line + 1] <= expectedOffset) line++;
            expect(index.positionAt(offset)).toEqual({ line, character: expectedOffset - starts[line] });
            const askLine = a % (starts.length + 1);
            const expected = askLine >= starts.length ? text.length : starts[askLine];
            expect(index.offsetAt({ line: askLine, character: 0 })).toBe(expected);
          }
          expect(index.lineCount).toBe(starts.length);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});
