import type { GraphEdge, GraphNode } from './types';

/**
 * What a block shows and how big it is: shared by the layout (to size nodes and place ports) and the SVG renderer.
 * Like the console's blocks, a block lists its branches at the bottom, one row per transition, and each arrow
 * leaves from its row's port on the right edge: labels never sit on top of the arrows or of other blocks.
 */

export const BLOCK_WIDTH = 220;
export const LINE_HEIGHT = 16;
export const BLOCK_PAD_X = 10;
export const BLOCK_PAD_TOP = 8;
export const BLOCK_PAD_BOTTOM = 6;
/** Gap between the text lines and the branch rows. */
export const ROWS_GAP = 6;
/** What fits in a block at the renderers' 12px font (about 6.6px per character). */
export const MAX_CHARS = 30;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export type BlockLineKind = 'type' | 'title' | 'param';

export interface BlockLine {
  kind: BlockLineKind;
  text: string;
}

/** One branch of the block: the arrow for `edge` leaves from this row. */
export interface BranchRow {
  edge: GraphEdge;
  text: string;
  /** Offset of the row's middle from the block's top. */
  dy: number;
}

export interface BlockContent {
  lines: BlockLine[];
  rows: BranchRow[];
  height: number;
}

/** Rows top to bottom: conditions, then the default NextAction, then errors (the console's order). */
const ROW_ORDER = { condition: 0, next: 1, error: 2 } as const;

export function blockContent(node: GraphNode, outgoing: readonly GraphEdge[]): BlockContent {
  const lines: BlockLine[] = [
    { kind: 'type', text: clip(node.type, MAX_CHARS) },
    { kind: 'title', text: clip(node.title, MAX_CHARS) },
  ];
  for (const p of node.params) lines.push({ kind: 'param', text: clip(`${p.name}: ${p.value}`, MAX_CHARS) });
  const textHeight = BLOCK_PAD_TOP + lines.length * LINE_HEIGHT;
  const sorted = [...outgoing].sort((a, b) => ROW_ORDER[a.kind] - ROW_ORDER[b.kind] || a.index - b.index);
  const top = textHeight + (sorted.length > 0 ? ROWS_GAP : 0);
  const rows = sorted.map((edge, i) => ({ edge, text: clip(rowText(edge), MAX_CHARS), dy: top + i * LINE_HEIGHT + LINE_HEIGHT / 2 }));
  return { lines, rows, height: top + rows.length * LINE_HEIGHT + BLOCK_PAD_BOTTOM };
}

function rowText(edge: GraphEdge): string {
  if (edge.kind === 'next') return 'Next';
  if (edge.kind === 'error') return edge.label || 'Error';
  return edge.label || 'Condition (no operand)';
}

/**
 * One line of at most `max` characters (code points, so no surrogate pair is split), ending in an ellipsis when cut.
 * Runs of white space and control characters become one space; a lone surrogate becomes U+FFFD.
 */
export function clip(text: string, max: number): string {
  const flat = text.replace(/[\s\u0000-\u001F\u007F]+/g, ' ').replace(LONE_SURROGATE, '\uFFFD');
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}
