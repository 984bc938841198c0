import { BLOCK_PAD_TOP, BLOCK_PAD_X, LINE_HEIGHT, ROWS_GAP } from './block';
import type { EdgeRoute, GraphLayout, NodeBox } from './layout';
import type { GraphEdge, Point } from './types';
import { escapeXml } from './xml';

/** Problems on one block, for the preview: outlined in the severity's colour, messages in the hover. */
export interface NodeAnnotation {
  /** LSP severity: 1 error, 2 warning, 3 information, 4 hint. */
  severity: number;
  messages: string[];
}

export interface SvgOptions {
  /** Embed a stylesheet with light and dark colours (files, pull requests). The preview styles the SVG itself. */
  standalone?: boolean;
  /** Per node key. */
  annotations?: ReadonlyMap<string, NodeAnnotation>;
  /** Extra classes per node key (the diff view marks added, removed and changed blocks). */
  nodeClasses?: ReadonlyMap<string, readonly string[]>;
  /** Extra classes per edge (the arrow and its branch row), e.g. `diff-added`, `diff-removed`. */
  edgeClasses?: ReadonlyMap<GraphEdge, readonly string[]>;
}

const SEVERITY_WORD: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** Colours for a standalone file; the preview uses the editor theme's colours instead (media/preview.css). */
const STANDALONE_STYLE = `
.flow-graph { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; font-size: 12px; }
.flow-graph .block rect { fill: #ffffff; stroke: #6b7280; stroke-width: 1.2; }
.flow-graph .block .type { font-weight: 600; fill: #1f2937; }
.flow-graph .block .title { fill: #374151; }
.flow-graph .block .param { fill: #6b7280; font-size: 11px; }
.flow-graph .block.start-action rect { stroke: #16a34a; stroke-width: 2.4; }
.flow-graph .block.unreachable rect { stroke-dasharray: 5 4; fill: #f3f4f6; }
.flow-graph .block.unreachable text { fill: #9ca3af; }
.flow-graph .block .separator { stroke: #d1d5db; }
.flow-graph .branch text { font-size: 11px; fill: #4b5563; }
.flow-graph .branch circle { fill: #6b7280; }
.flow-graph .branch.condition text { fill: #1d4ed8; }
.flow-graph .branch.condition circle { fill: #2563eb; }
.flow-graph .branch.error text { fill: #b91c1c; }
.flow-graph .branch.error circle { fill: #dc2626; }
.flow-graph .branch.dangling circle, .flow-graph .branch.unconnected circle { fill: #d97706; }
.flow-graph .edge path { fill: none; stroke: #6b7280; stroke-width: 1.3; }
.flow-graph .edge.condition path { stroke: #2563eb; }
.flow-graph .edge.error path { stroke: #dc2626; stroke-dasharray: 6 3; }
.flow-graph .edge.dangling path, .flow-graph .edge.unconnected path { stroke: #d97706; stroke-dasharray: 2 3; }
.flow-graph .arrow-next, .flow-graph .arrow-start { fill: #6b7280; }
.flow-graph .arrow-condition { fill: #2563eb; }
.flow-graph .arrow-error { fill: #dc2626; }
.flow-graph .arrow-dangling { fill: #d97706; }
.flow-graph .stub rect { fill: #fffbeb; stroke: #d97706; stroke-dasharray: 4 3; }
.flow-graph .stub text { fill: #92400e; font-size: 11px; }
.flow-graph .start rect { fill: #16a34a; stroke: none; }
.flow-graph .start text { fill: #ffffff; font-weight: 600; }
.flow-graph .start path { fill: none; stroke: #16a34a; stroke-width: 1.6; }
@media (prefers-color-scheme: dark) {
  .flow-graph .block rect { fill: #1f2937; stroke: #9ca3af; }
  .flow-graph .block .type { fill: #f9fafb; }
  .flow-graph .block .title { fill: #e5e7eb; }
  .flow-graph .block .param { fill: #9ca3af; }
  .flow-graph .block.unreachable rect { fill: #111827; }
  .flow-graph .block.unreachable text { fill: #6b7280; }
  .flow-graph .edge path { stroke: #9ca3af; }
  .flow-graph .block .separator { stroke: #374151; }
  .flow-graph .branch text { fill: #d1d5db; }
  .flow-graph .branch.condition text { fill: #93c5fd; }
  .flow-graph .branch.error text { fill: #fca5a5; }
  .flow-graph .arrow-next, .flow-graph .arrow-start { fill: #9ca3af; }
  .flow-graph .stub rect { fill: #292524; }
  .flow-graph .stub text { fill: #fbbf24; }
}
`;

const ARROWS = ['next', 'condition', 'error', 'dangling', 'start'];

/** The layout as an SVG document: the CLI writes it to a file, the preview shows it (without the stylesheet). */
export function renderSvg(layout: GraphLayout, options: SvgOptions = {}): string {
  const { x, y, width, height } = layout.bounds;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="flow-graph" data-layout="${layout.mode}" viewBox="${n(x)} ${n(y)} ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}">`,
  );
  out.push('<defs>');
  for (const kind of ARROWS) {
    out.push(`<marker id="arrow-${kind}" class="arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z"/></marker>`);
  }
  out.push('</defs>');
  if (options.standalone) out.push(`<style>${STANDALONE_STYLE}</style>`);
  out.push('<g class="viewport">');
  out.push('<g class="edges">');
  for (const route of layout.edges) out.push(edgeSvg(route, options.edgeClasses?.get(route.edge)));
  out.push('</g>');
  if (layout.start) {
    const { box, points } = layout.start;
    out.push(
      `<g class="start"><path d="${curve(points[0], points[1], false)}" marker-end="url(#arrow-start)"/><rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="13"/><text x="${n(box.x + box.width / 2)}" y="${n(box.y + box.height / 2 + 4)}" text-anchor="middle">Start</text></g>`,
    );
  }
  out.push('<g class="stubs">');
  for (const s of layout.stubs) {
    out.push(
      `<g class="stub ${s.state}" data-key="${s.key}"><rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.width)}" height="${n(s.height)}" rx="4"/><text x="${n(s.x + 8)}" y="${n(s.y + s.height / 2 + 4)}">${escapeXml(s.text)}</text></g>`,
    );
  }
  out.push('</g>');
  out.push('<g class="blocks">');
  for (const box of layout.nodes) out.push(blockSvg(box, options.annotations?.get(box.node.key), options));
  out.push('</g>');
  out.push('</g>');
  out.push('</svg>');
  return out.join('\n');
}

function blockSvg(box: NodeBox, annotation: NodeAnnotation | undefined, options: SvgOptions): string {
  const { node } = box;
  const classes = ['block'];
  if (node.start) classes.push('start-action');
  if (node.unreachable) classes.push('unreachable');
  if (node.duplicate) classes.push('duplicate');
  if (annotation) classes.push(`severity-${SEVERITY_WORD[annotation.severity] ?? 'info'}`);
  classes.push(...(options.nodeClasses?.get(node.key) ?? []));
  // A negative index is a block that is not in the text (a removed action in the diff view): nothing to select.
  const attrs = [`class="${classes.join(' ')}"`, `data-key="${node.key}"`];
  if (node.index >= 0) attrs.push(`data-index="${node.index}"`);
  if (node.id !== undefined) attrs.push(`data-id="${escapeXml(node.id)}"`);
  const parts = [`<g ${attrs.join(' ')}>`, `<title>${escapeXml(hoverText(box, annotation))}</title>`];
  parts.push(`<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="6"/>`);
  box.lines.forEach((line, i) => {
    const ty = box.y + BLOCK_PAD_TOP + i * LINE_HEIGHT + 12;
    parts.push(`<text class="${line.kind}" x="${n(box.x + BLOCK_PAD_X)}" y="${n(ty)}">${escapeXml(line.text)}</text>`);
  });
  if (box.rows.length > 0) {
    const sepY = box.y + box.rows[0].dy - LINE_HEIGHT / 2 - ROWS_GAP / 2;
    parts.push(`<line class="separator" x1="${n(box.x)}" y1="${n(sepY)}" x2="${n(box.x + box.width)}" y2="${n(sepY)}"/>`);
  }
  for (const row of box.rows) {
    const classes = ['branch', row.edge.kind];
    if (row.edge.state !== 'ok') classes.push(row.edge.state);
    classes.push(...(options.edgeClasses?.get(row.edge) ?? []));
    const py = box.y + row.dy;
    parts.push(
      `<g class="${classes.join(' ')}"><text x="${n(box.x + box.width - BLOCK_PAD_X)}" y="${n(py + 4)}" text-anchor="end">${escapeXml(row.text)}</text><circle cx="${n(box.x + box.width)}" cy="${n(py)}" r="3.5"/></g>`,
    );
  }
  parts.push('</g>');
  return parts.join('');
}

function hoverText(box: NodeBox, annotation: NodeAnnotation | undefined): string {
  const { node } = box;
  const lines = [`${node.type}: ${node.id ?? '(no Identifier)'}`];
  if (node.start) lines.push('Start of the flow.');
  if (node.unreachable) lines.push('Unreachable: no path from the start leads here.');
  if (node.duplicate) lines.push('Duplicate Identifier: arrows to it go to the first action with this Identifier.');
  for (const p of node.params) lines.push(`${p.name}: ${p.full}`);
  if (annotation) for (const m of annotation.messages) lines.push(`${SEVERITY_WORD[annotation.severity] ?? 'problem'}: ${m}`);
  return lines.join('\n');
}

function edgeSvg(route: EdgeRoute, extra: readonly string[] | undefined): string {
  const { edge } = route;
  const classes = ['edge', edge.kind];
  if (edge.state !== 'ok') classes.push(edge.state);
  if (extra) classes.push(...extra);
  const arrow = edge.state !== 'ok' ? 'dangling' : edge.kind;
  const self = edge.to !== undefined && edge.to === edge.from;
  const d = route.points.length === 2 ? curve(route.points[0], route.points[1], self) : smooth(route.points);
  const parts = [`<g class="${classes.join(' ')}" data-from="${edge.from}" data-to="${route.toKey}">`];
  const tip = edge.label ?? (edge.kind === 'next' ? 'Next' : edge.kind);
  parts.push(`<title>${escapeXml(`${tip} → ${edge.target || '(empty)'}`)}</title>`);
  parts.push(`<path d="${d}" marker-end="url(#arrow-${arrow})"/>`);
  parts.push('</g>');
  return parts.join('');
}


/** A horizontal S-curve between two points (designer layout), or a loop back onto the block's top. */
function curve(a: Point, b: Point, self: boolean): string {
  if (self) return `M ${n(a.x)} ${n(a.y)} C ${n(a.x + 70)} ${n(a.y)} ${n(b.x)} ${n(b.y - 70)} ${n(b.x)} ${n(b.y)}`;
  // Forward: an S-curve as wide as the gap. Backward (a loop to an earlier block): a short hook out and back in.
  const dx = b.x >= a.x + 40 ? Math.max(40, (b.x - a.x) / 2) : 80;
  return `M ${n(a.x)} ${n(a.y)} C ${n(a.x + dx)} ${n(a.y)} ${n(b.x - dx)} ${n(b.y)} ${n(b.x)} ${n(b.y)}`;
}

/** A smooth line through the port, dagre's bend points and the end (Catmull-Rom turned into cubic Béziers). */
function smooth(points: Point[]): string {
  if (points.length === 0) return 'M 0 0';
  let d = `M ${n(points[0].x)} ${n(points[0].y)}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i];
    const p1 = points[i];
    const p2 = points[i + 1];
    const p3 = points[i + 2] ?? p2;
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    d += ` C ${n(c1.x)} ${n(c1.y)} ${n(c2.x)} ${n(c2.y)} ${n(p2.x)} ${n(p2.y)}`;
  }
  return d;
}

function n(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 10) / 10) : '0';
}

