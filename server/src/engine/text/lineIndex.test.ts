import { describe, expect, it } from 'vitest';
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
});
