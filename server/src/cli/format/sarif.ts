import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Log, ReportingDescriptor, Result, Region, Notification } from 'sarif';
import { Severity, type Range } from '../../engine';
import { ruleInfos } from '../ruleInfo';
import { SEVERITY_NAMES, displayPath, type RunReport } from '../report';

const LEVELS: Record<Severity, Result.level> = {
  [Severity.Error]: 'error',
  [Severity.Warning]: 'warning',
  [Severity.Information]: 'note',
  [Severity.Hint]: 'note',
};

/** SARIF uses 1-based lines and columns; the end column is the one after the last character, as in LSP. */
function region(range: Range): Region {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** A file's location: relative to the source root (the working directory) when inside it, else a file URI. */
function artifactLocation(cwd: string, file: string): { uri: string; uriBaseId?: string } {
  const relative = displayPath(cwd, file);
  if (path.isAbsolute(relative) || /^[A-Za-z]:\//.test(relative)) return { uri: pathToFileURL(file).href };
  return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/**
 * A SARIF 2.1.0 log with one run: the tool with every rule's metadata, one result per diagnostic with its region,
 * and a notification for each file that could not be read. GitHub code scanning accepts it as it is.
 */
export function toSarif(report: RunReport): Log {
  const infos = ruleInfos();
  const index = new Map(infos.map((r, i) => [r.id, i]));
  const rules: ReportingDescriptor[] = infos.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase()),
    shortDescription: { text: r.description },
    fullDescription: { text: r.description },
    helpUri: r.url,
    help: { text: r.help, markdown: `${r.help} See [${r.id}](${r.url}).` },
    defaultConfiguration: { level: LEVELS[r.defaultSeverity] },
    properties: { tags: ['amazon-connect', 'contact-flow'] },
  }));
  const results: Result[] = [];
  const notifications: Notification[] = [];
  for (const file of report.files) {
    const location = artifactLocation(report.cwd, file.file);
    if (file.error) {
      notifications.push({ level: 'error', message: { text: sarifText(`${displayPath(report.cwd, file.file)}: ${file.error}`) }, locations: [{ physicalLocation: { artifactLocation: location } }] });
    }
    for (const d of file.diagnostics) {
      const result: Result = {
        ruleId: d.code,
        level: LEVELS[d.severity],
        message: { text: sarifText(d.message) },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(d.range) } }],
        properties: { severity: SEVERITY_NAMES[d.severity], ...(d.path ? { jsonPath: d.path } : {}), fixable: d.fixable, ...(d.resource !== undefined ? { resource: d.resource } : {}) },
      };
      const ruleIndex = index.get(d.code);
      if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
      if (d.related.length > 0) {
        result.relatedLocations = d.related.map((r, i) => ({
          id: i + 1,
          message: { text: sarifText(r.message) },
          physicalLocation: { artifactLocation: location, region: region(r.range) },
        }));
      }
      results.push(result);
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(report.cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
}

/**
 * Plain text for a SARIF message. SARIF viewers (GitHub code scanning among them) turn `[text](target)` in a message
 * into a link (SARIF 2.1.0, 3.11.6, embedded links); the standard's escape for a literal bracket is a backslash. So
 * text from a flow (a key such as `[t](https://example.invalid)`) never becomes a link.
 */
export function sarifText(text: string): string {
  return text.replace(/[[\]]/g, '\\$&');
}

export function formatSarif(report: RunReport): string {
  return JSON.stringify(toSarif(report), null, 2) + '\n';
}
