import type { DiffGraph } from '../types';
import { clip } from '../values';

/**
 * The changed neighbourhood as a Mermaid flowchart: added blocks green, removed red, changed amber, context plain;
 * new or rewired arrows thick and green, removed ones dotted and red. Node ids are our own (`d0`, `d1`, …); every label
 * is quoted and escaped with Mermaid's entity codes, so no Identifier or text can break out of it.
 */

const ENTITY: Record<string, string> = { '"': '#quot;', '#': '#35;', '<': '#lt;', '>': '#gt;', '&': '#amp;', '`': '#96;' };
const MAX_CHARS = 40;

export function escapeLabel(text: string): string {
  return clip(text, MAX_CHARS)
    .replace(/[\u0000-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ' ')
    .replace(/["#<>&`]/g, (c) => ENTITY[c]);
}

const STATE_TEXT = { added: 'added', removed: 'removed', changed: 'changed', context: '' } as const;

export function renderDiffMermaid(graph: DiffGraph): string {
  const out = ['flowchart LR'];
  const ids = new Map(graph.nodes.map((n, i) => [n.key, `d${i}`]));
  for (const n of graph.nodes) {
    const lines = [n.name];
    if (STATE_TEXT[n.state]) lines.push(`(${STATE_TEXT[n.state]})`);
    out.push(`  ${ids.get(n.key)}["${lines.map(escapeLabel).join('<br/>')}"]`);
  }
  const start = graph.nodes.find((n) => n.start);
  const styles: string[] = [];
  let link = 0;
  if (start) {
    out.push(`  diffStart(["Start"]) --> ${ids.get(start.key)}`);
    link++;
  }
  for (const e of graph.edges) {
    const text = e.label ? `|"${escapeLabel(e.label)}"|` : '';
    const arrow = e.state === 'removed' ? '-.->' : e.state === 'added' ? '==>' : e.via === 'error' ? '-.->' : '-->';
    out.push(`  ${ids.get(e.from)} ${arrow}${text} ${ids.get(e.to)}`);
    if (e.state === 'added') styles.push(`  linkStyle ${link} stroke:#16a34a,stroke-width:3px`);
    if (e.state === 'removed') styles.push(`  linkStyle ${link} stroke:#dc2626,stroke-dasharray:4 4`);
    link++;
  }
  out.push('  classDef added fill:#dcfce7,stroke:#16a34a,stroke-width:2px');
  out.push('  classDef removed fill:#fee2e2,stroke:#dc2626,stroke-width:2px,stroke-dasharray:5 4');
  out.push('  classDef changed fill:#fef3c7,stroke:#d97706,stroke-width:2px');
  for (const state of ['added', 'removed', 'changed'] as const) {
    const keys = graph.nodes.filter((n) => n.state === state).map((n) => ids.get(n.key));
    if (keys.length > 0) out.push(`  class ${keys.join(',')} ${state}`);
  }
  out.push(...styles);
  return `${out.join('\n')}\n`;
}
