/**
 * Third-party parsers that check our diagram output: Mermaid's own parser (it needs a DOM, so jsdom provides one),
 * Graphviz DOT via @ts-graphviz/ast, and XML well-formedness via fast-xml-parser.
 */
import { JSDOM } from 'jsdom';
import { parse as parseDotAst } from '@ts-graphviz/ast';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface MermaidVertex {
  id: string;
  text: string;
}
export interface MermaidEdge {
  start: string;
  end: string;
  text: string;
  stroke: string;
}

type MermaidApi = typeof import('mermaid').default;
let mermaid: Promise<MermaidApi> | undefined;

function loadMermaid(): Promise<MermaidApi> {
  mermaid ??= (async () => {
    const dom = new JSDOM('<!doctype html><html><body></body></html>');
    const g = globalThis as Record<string, unknown>;
    g.window = dom.window;
    g.document = dom.window.document;
    const api = (await import('mermaid')).default;
    // The first parse registers the diagram types that getDiagramFromText needs.
    await api.parse('flowchart LR\n  a --> b\n');
    return api;
  })();
  return mermaid;
}

/** Mermaid writes entity codes as placeholders in its model; turn them back into characters. */
function decode(text: string): string {
  const named: Record<string, string> = { quot: '"', lt: '<', gt: '>', amp: '&' };
  return text.replace(/ﬂ°°(\d+)¶ß/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/ﬂ°(\w+)¶ß/g, (m, name: string) => named[name] ?? m);
}

/** Parses with Mermaid (throws on a syntax error) and returns the flowchart's vertices and edges as Mermaid sees them. */
export async function parseMermaid(text: string): Promise<{ type: string; vertices: MermaidVertex[]; edges: MermaidEdge[] }> {
  const api = await loadMermaid();
  // Detects the type and runs the diagram's parser (throwing on a syntax error), then exposes its model.
  const diagram = await api.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as unknown as { getVertices(): Map<string, { id: string; text?: string }>; getEdges(): { start: string; end: string; text?: string; stroke?: string }[] };
  const vertices = [...db.getVertices().values()].map((v) => ({ id: v.id, text: decode(v.text ?? '') }));
  const edges = db.getEdges().map((e) => ({ start: e.start, end: e.end, text: decode(e.text ?? ''), stroke: e.stroke ?? '' }));
  return { type: diagram.type, vertices, edges };
}

/** Parses DOT (throws on a syntax error); returns node ids with their label and edges with theirs. */
export function parseDot(text: string): { nodes: Map<string, string | undefined>; edges: { from: string; to: string; label: string | undefined }[] } {
  const ast = parseDotAst(text) as unknown as { children: { children: DotStatement[] }[] };
  const nodes = new Map<string, string | undefined>();
  const edges: { from: string; to: string; label: string | undefined }[] = [];
  const labelOf = (s: DotStatement) => s.children?.find((a) => a.key?.value === 'label')?.value?.value;
  for (const s of ast.children[0].children) {
    if (s.type === 'Node') nodes.set(s.id!.value, labelOf(s));
    if (s.type === 'Edge') edges.push({ from: s.targets![0].id.value, to: s.targets![1].id.value, label: labelOf(s) });
  }
  return { nodes, edges };
}
interface DotStatement {
  type: string;
  id?: { value: string };
  targets?: { id: { value: string } }[];
  children?: { key?: { value: string }; value?: { value: string } }[];
}

/** True, or the validator's error message. */
export function xmlProblem(text: string): true | string {
  const result = XMLValidator.validate(text);
  return result === true ? true : `${result.err.code}: ${result.err.msg} (line ${result.err.line})`;
}

export interface SvgElement {
  [key: string]: unknown;
}

/** The parsed SVG with attributes under `@name` and text under `#text`; elements always in arrays. */
export function parseSvg(text: string): SvgElement {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute, textNodeName: '#text', parseTagValue: false, parseAttributeValue: false, trimValues: false });
  return parser.parse(text) as SvgElement;
}
