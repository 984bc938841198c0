import type { Range, JsonPath } from '../../engine';
import { SEVERITY_NAMES, displayPath, type RunReport, type Summary } from '../report';

/**
 * The `--format json` document. Its shape is versioned by `schemaVersion`: fields may be added within a version,
 * never renamed or removed. Documented in docs/cli.md.
 */
export interface JsonReport {
  schemaVersion: 1;
  tool: { name: string; version: string };
  summary: Summary;
  files: JsonFile[];
}

export interface JsonFile {
  /** Relative to the working directory, with forward slashes. */
  path: string;
  status: 'checked' | 'skipped' | 'excluded' | 'unreadable';
  /** Flow type the checks assumed, as the API names it (CONTACT_FLOW, ...), or null when unknown. */
  flowType: string | null;
  errorCount: number;
  warningCount: number;
  diagnostics: JsonDiagnostic[];
  /** Fixes applied by --fix (empty without it). */
  fixes: Array<{ ruleId: string; title: string }>;
  /** Why --fix left the file alone, or null. */
  fixSkipped: string | null;
  /** The I/O error for an unreadable file, or null. */
  error: string | null;
  /** Only for a template: each flow it embeds (resource, flow type and where it came from, 1-based line). */
  embeddedFlows?: Array<{ resource: string; flowType: string | null; flowTypeOrigin: string; line: number }>;
}

export interface JsonDiagnostic {
  ruleId: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  /** 1-based line and column (UTF-16 code units), end exclusive. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Property path in the document, e.g. ["Actions", 0, "Parameters", "QueueId"]. */
  jsonPath: JsonPath | null;
  /** --fix would fix it. */
  fixable: boolean;
  related: Array<{ message: string; line: number; column: number; endLine: number; endColumn: number }>;
  /** Only in a template: the resource whose flow has the problem (jsonPath is inside that flow). */
  resource?: string;
}

function position(range: Range) {
  return { line: range.start.line + 1, column: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

export function toJsonReport(report: RunReport): JsonReport {
  return {
    schemaVersion: 1,
    tool: report.tool,
    summary: report.summary,
    files: report.files.map((f) => ({
      path: displayPath(report.cwd, f.file),
      status: f.status,
      flowType: f.flowType ?? null,
      errorCount: f.diagnostics.filter((d) => d.severity === 1).length,
      warningCount: f.diagnostics.filter((d) => d.severity === 2).length,
      diagnostics: f.diagnostics.map((d) => ({
        ruleId: d.code,
        severity: SEVERITY_NAMES[d.severity],
        message: d.message,
        ...position(d.range),
        jsonPath: d.path ?? null,
        fixable: d.fixable,
        related: d.related.map((r) => ({ message: r.message, ...position(r.range) })),
        ...(d.resource !== undefined ? { resource: d.resource } : {}),
      })),
      fixes: f.fixes.map((x) => ({ ruleId: x.code, title: x.title })),
      fixSkipped: f.fixSkipped ?? null,
      error: f.error ?? null,
      ...(f.embeddedFlows ? { embeddedFlows: f.embeddedFlows.map((e) => ({ ...e, flowType: e.flowType ?? null })) } : {}),
    })),
  };
}

export function formatJson(report: RunReport): string {
  return JSON.stringify(toJsonReport(report), null, 2) + '\n';
}
