import { Severity } from '../../engine';
import { SEVERITY_NAMES, count, displayPath, type RunReport } from '../report';
import { safeFileLine, terminalSafe } from './terminal';

const ANSI = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4, green: 32 } as const;
type Style = keyof typeof ANSI;

/**
 * Human-readable output grouped by file: `line:col  severity  message  rule-id`, then one summary line.
 * Only files with problems (or fixes) are listed. Text from the flows and file names is escaped (terminal.ts).
 */
export function formatStylish(report: RunReport, options: { color: boolean }): string {
  const paint = (style: Style, text: string) => (options.color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
  const severityStyle: Record<Severity, Style> = { [Severity.Error]: 'red', [Severity.Warning]: 'yellow', [Severity.Information]: 'blue', [Severity.Hint]: 'gray' };
  const out: string[] = [];
  for (const file of report.files) {
    if (file.diagnostics.length === 0 && file.fixes.length === 0) continue;
    out.push('', paint('underline', safeFileLine(displayPath(report.cwd, file.file))));
    for (const fix of file.fixes) out.push(`  ${paint('green', 'fixed')}    ${terminalSafe(fix.title)}  ${paint('gray', terminalSafe(fix.code))}`);
    const rows = [...file.diagnostics].sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
    );
    const width = Math.max(...rows.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}`.length), 0);
    for (const d of rows) {
      const position = `${d.range.start.line + 1}:${d.range.start.character + 1}`.padEnd(width);
      const severity = SEVERITY_NAMES[d.severity].padEnd(7);
      out.push(`  ${paint('gray', position)}  ${paint(severityStyle[d.severity], severity)}  ${terminalSafe(d.message)}  ${paint('gray', terminalSafe(d.code))}${d.resource !== undefined ? paint('gray', `  (in ${terminalSafe(d.resource)})`) : ''}`);
    }
  }
  out.push('', summaryLine(report, paint));
  const s = report.summary;
  if (s.fixable > 0) out.push(`  ${count(s.fixable, 'problem')} can be fixed with the --fix option.`);
  return out.join('\n') + '\n';
}

function summaryLine(report: RunReport, paint: (style: Style, text: string) => string): string {
  const s = report.summary;
  const problems = s.errors + s.warnings + s.infos + s.hints;
  const parts = [`${count(s.errors, 'error')}`, `${count(s.warnings, 'warning')}`];
  if (s.infos > 0) parts.push(`${s.infos} info`);
  if (s.hints > 0) parts.push(count(s.hints, 'hint'));
  const filesWithProblems = report.files.filter((f) => f.diagnostics.length > 0).length;
  let line =
    problems === 0
      ? `${count(s.checked, 'flow file')} checked: no problems`
      : `${count(problems, 'problem')} (${parts.join(', ')}) in ${filesWithProblems} of ${count(s.checked, 'flow file')}`;
  const extras: string[] = [];
  if (s.skipped > 0) extras.push(`${count(s.skipped, 'other file')} skipped (not a flow)`);
  if (s.excluded > 0) extras.push(`${s.excluded} excluded by the configuration`);
  if (s.unreadable > 0) extras.push(`${s.unreadable} unreadable`);
  if (s.fixesApplied > 0) extras.push(`${count(s.fixesApplied, 'fix', 'fixes')} applied in ${count(s.filesFixed, 'file')}`);
  if (extras.length > 0) line += `; ${extras.join('; ')}`;
  line += '.';
  const style: Style = s.errors > 0 ? 'red' : problems > 0 ? 'yellow' : 'green';
  return paint('bold', paint(style, line));
}
