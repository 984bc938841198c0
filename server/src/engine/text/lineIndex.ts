/** Converts between UTF-16 offsets and zero-based LSP positions, built once per text on first use. */
export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  private starts: ArrayLike<number> | undefined;

  constructor(private readonly text: string) {}

  private lineStarts(): ArrayLike<number> {
    if (this.starts) return this.starts;
    const text = this.text;
    // A lone CR also ends a line for LSP clients.
    if (text.indexOf('\r') >= 0) {
      const all = [0];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          all.push(i + 1);
        } else if (c === 10) all.push(i + 1);
      }
      this.starts = all;
      return all;
    }
    // Count first, then fill a typed array: on large documents this is about twice as fast as growing an array
    // (hundreds of thousands of lines), and it leaves the garbage collector nothing to copy.
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    const starts = new Uint32Array(count);
    let k = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
    this.starts = starts;
    return starts;
  }

  positionAt(offset: number): Position {
    const starts = this.lineStarts();
    offset = Math.max(0, Math.min(offset, this.text.length));
    // Between the \r and \n of a CRLF is no position an editor has: it is the end of that line.
    if (offset > 0 && this.text.charCodeAt(offset) === 10 && this.text.charCodeAt(offset - 1) === 13) offset--;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  }

  offsetAt(position: Position): number {
    const starts = this.lineStarts();
    if (position.line < 0) return 0;
    if (position.line >= starts.length) return this.text.length;
    const start = starts[position.line];
    const end = position.line + 1 < starts.length ? starts[position.line + 1] : this.text.length;
    return Math.max(start, Math.min(start + Math.max(0, position.character), end));
  }

  get lineCount(): number {
    return this.lineStarts().length;
  }
}
