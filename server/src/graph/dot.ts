import { clip } from './block';
import type { FlowGraph, GraphNode } from './types';

/** The graph in Graphviz DOT (`dot -Tsvg`), for people who keep their diagrams in Graphviz. */

const MAX_CHARS = 40;

/** A DOT quoted string: backslashes and quotes escaped, control characters dropped, lines joined with `\n`. */
export function quoteDot(lines: string[]): string {
  const body = lines
    .map((l) => clip(l, MAX_CHARS).replace(/[\u0000-\u001F\u007F]/g, ' ').replace(/[\\"]/g, (c) => `\\${c}`))
    .join('\\n');
  return `"${body}"`;
}

function nodeLines(node: GraphNode): string[] {
  return [node.type, node.title, ...node.params.map((p) => `${p.name}: ${p.value}`)];
}

export function renderDot(graph: FlowGraph): string {
  const out = [
    'digraph flow {',
    '  rankdir=LR;',
    '  node [shape=box, style="rounded", fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ];
  if (graph.startKey) out.push(`  flowStart [label="Start", shape=oval, style=filled, fillcolor="#16a34a", fontcolor=white];`, `  flowStart -> ${graph.startKey};`);
  for (const node of graph.nodes) {
    const attrs = [`label=${quoteDot(nodeLines(node))}`];
    if (node.start) attrs.push('penwidth=2.5', 'color="#16a34a"');
    if (node.unreachable) attrs.push('style="rounded,dashed"', 'fontcolor="#6b7280"');
    out.push(`  ${node.key} [${attrs.join(', ')}];`);
  }
  graph.edges.forEach((edge, i) => {
    let to = edge.to;
    if (!to) {
      to = `s${i}`;
      const text = edge.state === 'dangling' ? `missing: ${edge.target}` : 'not connected';
      out.push(`  ${to} [label=${quoteDot([text])}, shape=note, style=dashed, color="#d97706"];`);
    }
    const attrs: string[] = [];
    if (edge.label) attrs.push(`label=${quoteDot([edge.label])}`);
    if (edge.kind === 'error') attrs.push('style=dashed', 'color="#dc2626"', 'fontcolor="#b91c1c"');
    if (edge.kind === 'condition') attrs.push('color="#2563eb"');
    if (edge.state !== 'ok') attrs.push('style=dotted', 'color="#d97706"');
    out.push(`  ${edge.from} -> ${to}${attrs.length ? ` [${attrs.join(', ')}]` : ''};`);
  });
  out.push('}');
  return `${out.join('\n')}\n`;
}
