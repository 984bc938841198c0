/** The flow as a picture: graph model, layout and renderers (Mermaid, DOT, SVG). Pure: no editor, no file system. */
export { buildGraph } from './build';
export { layoutGraph, type GraphLayout, type LayoutCache, type LayoutMode, type LayoutOptions } from './layout';
export { renderSvg, type NodeAnnotation, type SvgOptions } from './svg';
export { renderMermaid, escapeMermaid } from './mermaid';
export { renderDot } from './dot';
export { actionAtOffset, actionSelection, actionSpans } from './locate';
export type { FlowGraph, GraphNode, GraphEdge, GraphParam, EdgeKind, EdgeState, Point } from './types';
