import type { Encoding, Segment } from './types';

/**
 * Where each character of an embedded flow's text comes from in the template that holds it.
 *
 * The flow text is built from pieces. A literal piece copies template characters one for one (the body of a YAML
 * block scalar line, a run of plain characters in a quoted string). An atomic piece is text that stands for a
 * template span as a whole: an escape sequence (`\"` → `"`), a folded line break, a placeholder written for a
 * `!Ref`. Offsets inside an atomic piece map to its start (or, for range ends, its end).
 */
export interface Piece {
  flowStart: number;
  flowEnd: number;
  templateStart: number;
  templateEnd: number;
  /** One for one: flowEnd - flowStart === templateEnd - templateStart and each character maps to its twin. */
  literal: boolean;
}

export class OffsetMap {
  constructor(
    readonly pieces: readonly Piece[],
    /** Length of the flow text. */
    readonly length: number,
  ) {}

  private pieceAt(offset: number): Piece | undefined {
    const pieces = this.pieces;
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = pieces[mid];
      if (offset < p.flowStart) hi = mid - 1;
      else if (offset >= p.flowEnd) lo = mid + 1;
      else return p;
    }
    return undefined;
  }

  /** Template offset of the flow character at `offset` (the template end for the flow text's end). */
  toTemplate(offset: number): number {
    const p = this.pieceAt(offset);
    if (p) return p.literal ? p.templateStart + (offset - p.flowStart) : p.templateStart;
    const last = this.pieces[this.pieces.length - 1];
    if (!last) return 0;
    return offset >= last.flowEnd ? last.templateEnd : this.pieces[0].templateStart;
  }

  /** Template offsets of the flow span [start, end): the end is just after the template text of the last character. */
  rangeToTemplate(start: number, end: number): { start: number; end: number } {
    const s = this.toTemplate(start);
    if (end <= start) return { start: s, end: s };
    const p = this.pieceAt(end - 1);
    let e: number;
    if (!p) e = this.toTemplate(end);
    else e = p.literal ? p.templateStart + (end - 1 - p.flowStart) + 1 : p.templateEnd;
    return { start: s, end: Math.max(s, e) };
  }

  /** Flow offset of a template offset, or undefined when the template offset is outside the flow's text. */
  toFlow(templateOffset: number): number | undefined {
    // Pieces are in flow order and, for every form we build, in template order too.
    const pieces = this.pieces;
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = pieces[mid];
      if (templateOffset < p.templateStart) hi = mid - 1;
      else if (templateOffset >= p.templateEnd) lo = mid + 1;
      else return p.literal ? p.flowStart + (templateOffset - p.templateStart) : p.flowStart;
    }
    const last = pieces[pieces.length - 1];
    if (last && templateOffset === last.templateEnd) return last.flowEnd;
    return undefined;
  }
}

/** Builds flow text and its map piece by piece; adjacent literal pieces are merged. */
export class MappedTextBuilder {
  private parts: string[] = [];
  private pieces: Piece[] = [];
  private length = 0;
  /** How the template writes each run (filled by callers that know). */
  readonly segments: Segment[] = [];

  /** Records that the text appended by `write` is written in the template with `encoding`. */
  segment(encoding: Encoding, write: () => void): void {
    const start = this.length;
    write();
    if (this.length > start) this.segments.push({ flowStart: start, flowEnd: this.length, encoding });
  }

  /** `text` copied one for one from the template at `templateStart`. */
  literal(text: string, templateStart: number): void {
    if (text.length === 0) return;
    const last = this.pieces[this.pieces.length - 1];
    if (last && last.literal && last.flowEnd === this.length && last.templateEnd === templateStart) {
      last.flowEnd += text.length;
      last.templateEnd += text.length;
    } else {
      this.pieces.push({ flowStart: this.length, flowEnd: this.length + text.length, templateStart, templateEnd: templateStart + text.length, literal: true });
    }
    this.parts.push(text);
    this.length += text.length;
  }

  /** `text` standing for the template span [templateStart, templateEnd) as a whole. */
  atomic(text: string, templateStart: number, templateEnd: number): void {
    if (text.length === 0) return;
    this.pieces.push({ flowStart: this.length, flowEnd: this.length + text.length, templateStart, templateEnd, literal: false });
    this.parts.push(text);
    this.length += text.length;
  }

  /** Appends what another builder built, keeping its map (and its segments). */
  append(other: MappedTextBuilder): void {
    const shift = this.length;
    for (const seg of other.segments) this.segments.push({ ...seg, flowStart: seg.flowStart + shift, flowEnd: seg.flowEnd + shift });
    for (const p of other.pieces) {
      const text = other.text().slice(p.flowStart, p.flowEnd);
      if (p.literal) this.literal(text, p.templateStart);
      else this.atomic(text, p.templateStart, p.templateEnd);
    }
  }

  /** Drops everything after the first `length` characters (YAML chomping). */
  truncate(length: number): void {
    if (length >= this.length) return;
    const text = this.text().slice(0, length);
    this.parts = [text];
    const kept: Piece[] = [];
    for (const p of this.pieces) {
      if (p.flowStart >= length) break;
      if (p.flowEnd > length) {
        const cut = p.flowEnd - length;
        kept.push({ ...p, flowEnd: length, templateEnd: p.literal ? p.templateEnd - cut : p.templateEnd });
      } else kept.push(p);
    }
    this.pieces = kept;
    this.length = length;
  }

  text(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join('')];
    return this.parts[0] ?? '';
  }

  get size(): number {
    return this.length;
  }

  build(): { text: string; map: OffsetMap } {
    return { text: this.text(), map: new OffsetMap(this.pieces, this.length) };
  }
}
