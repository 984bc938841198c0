/** The messages between the extension and the preview's page: data only, both ways. */

export type ToWebview =
  /** A new picture; `fit` when it is another document (otherwise the user's pan and zoom are kept). */
  | { type: 'graph'; svg: string; status: string; fit: boolean; diff?: DiffList }
  /** The document is not a flow (any more): say so instead of a picture. */
  | { type: 'empty'; message: string }
  /** The block the editor's cursor is in (null: none); the page pans it into view when it is off-screen. */
  | { type: 'highlight'; key: string | null };

export type FromWebview =
  | { type: 'ready' }
  /** A picture is on screen with this many blocks (tests use it to know the page really drew). */
  | { type: 'rendered'; blocks: number }
  /** A block was clicked (or Enter pressed on it): select its action in the editor. */
  | { type: 'select'; index: number }
  /** A change in the diff list was clicked: reveal it in the text (`detail`: one line of an action's changes). */
  | { type: 'reveal'; item: number; detail?: number }
  /** The layout button: switch between the designer's positions and an automatic layout. */
  | { type: 'layout' }
  /** The Simulate button: run "Simulate flow" on the flow shown. */
  | { type: 'simulate' };

/** The diff mode's list of changes, beside the picture (absent in the normal mode). */
export interface DiffList {
  /** One line: what the comparison is and what changed. */
  summary: string;
  items: {
    state: 'added' | 'removed' | 'changed' | 'flow' | 'diagnostic';
    title: string;
    /** The block in the SVG, highlighted when the item is clicked. */
    key?: string;
    /** Whether a click can reveal it in the text (a removed action is not in it). */
    inText: boolean;
    details: { text: string; inText: boolean }[];
  }[];
}

export function isFromWebview(value: unknown): value is FromWebview {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as { type?: unknown; index?: unknown };
  if (m.type === 'rendered') return typeof (value as { blocks?: unknown }).blocks === 'number';
  if (m.type === 'reveal') {
    const r = value as { item?: unknown; detail?: unknown };
    return isIndex(r.item) && (r.detail === undefined || isIndex(r.detail));
  }
  return m.type === 'ready' || m.type === 'layout' || m.type === 'simulate' || (m.type === 'select' && typeof m.index === 'number' && Number.isInteger(m.index) && m.index >= 0);
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
