import { clip } from './block';
import type { FlowGraph, GraphEdge, GraphNode } from './types';

/**
 * The graph as a Mermaid flowchart, for pull requests and READMEs (GitHub renders ```mermaid blocks).
 * Node ids are our own keys (`a0`, `s3`), never Identifiers; every label is quoted and escaped with Mermaid's
 * entity codes, so no Identifier or operand text can break out of its label.
 */

const MAX_CHARS = 36;

/** Characters that mean something inside a quoted Mermaid label, as entity codes (`#quot;`, `#35;`, …). */
const ENTITY: Record<string, string> = { '"': '#quot;', '#': '#35;', '<': '#lt;', '>': '#gt;', '&': '#amp;', '`': '#96;' };

export function escapeMermaid(text: string): string {
  // Control characters and lone surrogates become spaces; markup characters become entity codes.
  return text
    .replace(/[\u0000-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ' ')
    .replace(/["#<>&`]/g, (c) => ENTITY[c]);
}

function label(lines: string[]): string {
  return `"${lines.map((l) => escapeMermaid(clip(l, MAX_CHARS))).join('<br/>')}"`;
}

function nodeLines(node: GraphNode): string[] {
  return [node.type, node.title, ...node.params.map((p) => `${p.name}: ${p.value}`)];
}

const ARROW: Record<GraphEdge['kind'], string> = { next: '-->', condition: '-->', error: '-.->' };

export function renderMermaid(graph: FlowGraph): string {
  const out = ['flowchart LR'];
  const stubs: string[] = [];
  if (graph.startKey) out.push(`  flowStart(["Start"]) --> ${graph.startKey}`);
  for (const node of graph.nodes) out.push(`  ${node.key}[${label(nodeLines(node))}]`);
  graph.edges.forEach((edge, i) => {
    let to = edge.to;
    if (!to) {
      to = `s${i}`;
      stubs.push(to);
      out.push(`  ${to}[/${label([edge.state === 'dangling' ? `missing: ${edge.target}` : 'not connected'])}/]`);
    }
    const text = edge.label ? `|${label([edge.label])}|` : '';
    out.push(`  ${edge.from} ${ARROW[edge.kind]}${text} ${to}`);
  });
  const unreachable = graph.nodes.filter((n) => n.unreachable).map((n) => n.key);
  out.push('  classDef unreachable stroke-dasharray:5 4,opacity:0.6');
  out.push('  classDef missing stroke:#d97706,stroke-dasharray:2 3');
  out.push('  classDef startAction stroke:#16a34a,stroke-width:3px');
  if (graph.startKey) out.push(`  class ${graph.startKey} startAction`);
  if (unreachable.length > 0) out.push(`  class ${unreachable.join(',')} unreachable`);
  if (stubs.length > 0) out.push(`  class ${stubs.join(',')} missing`);
  return `${out.join('\n')}\n`;
}
