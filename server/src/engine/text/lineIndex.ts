/**
 * Converts between UTF-16 offsets and zero-based LSP positions. Line starts are found lazily, only as far into the
 * text as the offsets and lines asked for: a flow whose only diagnostics sit near the top (a size limit, a missing
 * StartAction) never pays for the rest of a large document.
 */
export interface Position {
  line: number;
  character: number;
}

/** The least a scan extends by, so that many positions asked in text order cost one pass, not one per ask. */
const MIN_STEP = 1 << 16;

export class LineIndex {
  /** starts[0..count) are the offsets where lines begin, in order; starts[0] is 0. */
  private starts = new Uint32Array(256);
  private count = 1;
  /** Every line break before this offset is recorded. */
  private scanned = 0;
  /** Offset of the next carriage return at or after `scanned` (-1: none left), found once per region. */
  private nextCr: number | undefined;
  /** The same for line feeds: without these two, a text of only CRs (or only LFs) would be searched to its end per line. */
  private nextLf: number | undefined;

  constructor(private readonly text: string) {}

  private push(start: number): void {
    if (this.count === this.starts.length) {
      const grown = new Uint32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[this.count++] = start;
  }

  /** Records the line breaks up to at least `offset` (inclusive). */
  private extendTo(offset: number): void {
    const text = this.text;
    if (this.scanned > offset || this.scanned >= text.length) return;
    const target = Math.min(text.length, Math.max(offset + 1, this.scanned * 2, this.scanned + MIN_STEP));
    let i = this.scanned;
    while (i < target) {
      if (this.nextCr === undefined || (this.nextCr >= 0 && this.nextCr < i)) this.nextCr = text.indexOf('\r', i);
      const cr = this.nextCr;
      // Up to the next CR (or the target): only LF ends lines there.
      const plainEnd = cr < 0 || cr >= target ? target : cr;
      if (this.nextLf === undefined || (this.nextLf >= 0 && this.nextLf < i)) this.nextLf = text.indexOf('\n', i);
      while (this.nextLf >= 0 && this.nextLf < plainEnd) {
        this.push(this.nextLf + 1);
        this.nextLf = text.indexOf('\n', this.nextLf + 1);
      }
      i = plainEnd;
      if (i === cr && i < target) {
        // A lone CR also ends a line for LSP clients; a CRLF is one line break.
        i += text.charCodeAt(i + 1) === 10 ? 2 : 1;
        this.push(i);
      }
    }
    this.scanned = i;
  }

  /** The index of the line containing `offset` (line starts known at least that far). */
  private lineOf(offset: number): number {
    this.extendTo(offset);
    const starts = this.starts;
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    // Between the \r and \n of a CRLF is no position an editor has: it is the end of that line.
    if (offset > 0 && this.text.charCodeAt(offset) === 10 && this.text.charCodeAt(offset - 1) === 13) offset--;
    const line = this.lineOf(offset);
    return { line, character: offset - this.starts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    // Known line starts must reach one past the line (its end), or the whole text must be scanned.
    while (this.count <= position.line + 1 && this.scanned < this.text.length) this.extendTo(this.scanned);
    if (position.line >= this.count) return this.text.length;
    const start = this.starts[position.line];
    const end = position.line + 1 < this.count ? this.starts[position.line + 1] : this.text.length;
    return Math.max(start, Math.min(start + Math.max(0, position.character), end));
  }

  get lineCount(): number {
    this.extendTo(this.text.length);
    return this.count;
  }
}
