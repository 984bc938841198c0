import { designerText, diagnosticsSummary, fileLabel, groupChanges, phrase, plural, summaryText, type FileDiff } from './describe';
import { renderDiffMermaid } from './mermaid';

/**
 * The diff for a pull-request comment: a summary line, per file a table of the changed actions and a Mermaid graph
 * of the changed neighbourhood (GitHub draws ```mermaid blocks), diagnostics, the designer-only count.
 * All text from the flow goes through `cell`, so no value can break the table or inject markup.
 */
export function renderMarkdown(files: FileDiff[], options: { title?: string } = {}): string {
  const out: string[] = [];
  const changed = files.filter((f) => f.diff.behaviourChanged).length;
  out.push(`### ${options.title ?? 'Flow changes'}`, '');
  out.push(
    files.length === 0
      ? 'No flow changed.'
      : changed === 0
        ? `${plural(files.length, 'flow')} changed, none in behaviour.`
        : `${plural(changed, 'flow')} of ${files.length} changed in behaviour.`,
  );
  for (const file of files) {
    const d = file.diff;
    out.push('', `#### ${cell(fileLabel(file))}${file.status === 'modified' ? '' : ` (${file.status})`}`, '');
    out.push(`**${cell(summaryText(d))}**`);
    const { flow, actions } = groupChanges(d);
    if (flow.length > 0) {
      out.push('');
      for (const c of flow) out.push(`- ${cell(phrase(c).text)}`);
    }
    if (actions.length > 0) {
      out.push('', '| | Action | Change |', '|---|---|---|');
      for (const g of actions) {
        const icon = g.state === 'added' ? '➕' : g.state === 'removed' ? '➖' : '✏️';
        const details = g.state === 'changed' ? g.changes.map((c) => `${phrase(c).sign} ${cell(phrase(c).text)}`).join('<br>') : g.state;
        out.push(`| ${icon} | ${cell(g.name)}<br><sub>${cell(g.id)}</sub> | ${details} |`);
      }
    }
    if (d.graph && d.graph.nodes.length > 0) {
      out.push('', '```mermaid', renderDiffMermaid(d.graph).trimEnd(), '```');
      if (d.graph.omitted > 0) out.push('', `<sub>${plural(d.graph.omitted, 'neighbouring block')} left out of the graph.</sub>`);
    } else if (d.graph && d.graph.omitted > 0) out.push('', `<sub>Graph left out: ${plural(d.graph.omitted, 'block')} changed.</sub>`);
    const diag = diagnosticsSummary(d);
    if (diag) {
      out.push('', `${cell(diag)}:`, '');
      for (const x of d.diagnostics.introduced) out.push(`- 🆕 ${x.severity} <code>${cell(x.code)}</code> (line ${x.line}): ${cell(x.message)}`);
      for (const x of d.diagnostics.fixed) out.push(`- ✅ fixed ${x.severity} <code>${cell(x.code)}</code>: ${cell(x.message)}`);
    }
    const designer = designerText(d.designer);
    if (designer) out.push('', `<sub>${cell(designer)}</sub>`);
  }
  return `${out.join('\n')}\n`;
}

/** Text safe inside a Markdown table cell and inline HTML: markup characters as entities, no line breaks, no pipes. */
export function cell(text: string): string {
  return text
    .replace(/[&<>`*_[\]\\~]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/\|/g, '&#124;')
    .replace(/\r?\n|\r/g, ' ');
}
