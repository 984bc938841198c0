import { designerText, diagnosticsSummary, fileLabel, groupChanges, phrase, summaryText, type FileDiff } from './describe';

const ANSI = { red: 31, green: 32, yellow: 33, blue: 34, gray: 90, bold: 1 } as const;
type Style = keyof typeof ANSI;

/** The diff for a terminal: per file a summary line, then per action its changes, diagnostics, designer-only count. */
export function renderText(files: FileDiff[], options: { color?: boolean } = {}): string {
  const paint = (style: Style, text: string) => (options.color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
  const signStyle = { '+': 'green', '-': 'red', '~': 'yellow', '!': 'blue' } as const;
  const out: string[] = [];
  for (const file of files) {
    const d = file.diff;
    const status = file.status === 'modified' ? '' : ` (${file.status})`;
    out.push(`${paint('bold', fileLabel(file))}${status}: ${summaryText(d)}`);
    const { flow, actions } = groupChanges(d);
    for (const c of flow) {
      const p = phrase(c);
      out.push(`  ${paint(signStyle[p.sign], p.sign)} ${p.text}`);
    }
    for (const g of actions) {
      const sign = g.state === 'added' ? '+' : g.state === 'removed' ? '-' : '~';
      const state = g.state === 'changed' ? '' : ` ${paint(signStyle[sign], g.state)}`;
      out.push(`  ${paint(signStyle[sign], sign)} ${g.name}${state}  ${paint('gray', g.id)}`);
      for (const c of g.changes) {
        const p = phrase(c);
        out.push(`      ${paint(signStyle[p.sign], p.sign)} ${p.text}`);
      }
    }
    const diag = diagnosticsSummary(d);
    if (diag) {
      out.push(`  ${diag}:`);
      for (const x of d.diagnostics.introduced) out.push(`      ${paint('red', '+')} ${x.severity} ${x.code} (line ${x.line}): ${x.message}`);
      for (const x of d.diagnostics.fixed) out.push(`      ${paint('green', '-')} ${x.severity} ${x.code} (was line ${x.line}): ${x.message}`);
    }
    const designer = designerText(d.designer);
    if (designer) out.push(`  ${paint('gray', designer)}`);
  }
  if (files.length === 0) out.push('No flow changed.');
  return `${out.join('\n')}\n`;
}
