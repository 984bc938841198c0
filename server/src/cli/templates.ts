/**
 * The CLI's view of a template: every embedded flow checked, its diagnostics at template positions, in one
 * FileResult for the template file.
 */
import { Severity, LineIndex, type JsonPath } from '../engine';
import { checkTemplate, scanTemplate, type CheckedEmbeddedFlow } from '../project';
import type { CliDiagnostic, FileResult, FileTask } from './check';

/** One embedded flow as the reports list it. */
export interface EmbeddedFlowSummary {
  resource: string;
  /** API name, or undefined when the template leaves it unknown (a parameter, a module). */
  flowType: string | undefined;
  /** Where the flow type came from. */
  flowTypeOrigin: string;
  /** 1-based line of the flow content in the template. */
  line: number;
}

/** Checks a template's embedded flows; undefined when the file is not a template that holds flows. */
export function checkTemplateText(task: FileTask, text: string): FileResult | undefined {
  const scan = scanTemplate(text, task.file);
  if (!scan || scan.flows.length === 0) return undefined;
  const checked = checkTemplate(text, scan, { rules: task.rules });
  const lines = new LineIndex(text);
  const diagnostics = checked
    .flatMap((c) => c.diagnostics.map((d) => toCliDiagnostic(c, d)))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return {
    file: task.file,
    status: 'checked',
    size: text.length,
    flowType: undefined,
    diagnostics,
    fixes: [],
    fixSkipped: task.fix ? 'fixes inside templates are offered in the editor; --fix leaves templates alone' : undefined,
    error: undefined,
    embeddedFlows: scan.flows.map((f) => ({
      resource: f.resource,
      flowType: f.declared.flowType,
      flowTypeOrigin: f.declared.origin,
      line: lines.positionAt(f.contentStart).line + 1,
    })),
  };
}

function toCliDiagnostic(checked: CheckedEmbeddedFlow, d: CheckedEmbeddedFlow['diagnostics'][number]): CliDiagnostic {
  const data = d.data as { path?: JsonPath } | undefined;
  return {
    code: d.code,
    severity: d.severity as Severity,
    message: d.message,
    range: d.range,
    path: data?.path,
    fixable: false,
    related: (d.relatedInformation ?? []).map((r) => ({ message: r.message, range: r.location.range })),
    resource: checked.flow.resource,
  };
}
