import * as fs from 'fs';
import { Severity, type Diagnostic, type Range, type SeveritySetting, applySafeFixes, candidateFixes, buildModel, type FlowModel, diagnosticsOf, capPerRule, type ValidateOptions, type JsonPath, mightBeFlow, fileTooLargeDiagnostic } from '../engine';
import { FileChangedError, replaceFile } from './replaceFile';
import { checkTemplateText, type EmbeddedFlowSummary } from './templates';
import { buildTypedModel, flowTypeConflictDiagnostic, type TypeClaim } from '../project';

/** What one file needs to be checked; plain data, so that it can travel to a worker thread. */
export interface FileTask {
  file: string;
  flowType: string | undefined;
  rules: Record<string, SeveritySetting>;
  maxFileSize: number;
  fix: boolean;
  /** What templates and code that deploy this file say its type is (from the workspace index). */
  typeClaims?: TypeClaim[];
}

export interface CliDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  /** Zero-based line and UTF-16 character, as in LSP. */
  range: Range;
  /** Where in the JSON document the problem is. */
  path: JsonPath | undefined;
  /** A safe fix exists: --fix would change it. */
  fixable: boolean;
  related: Array<{ message: string; range: Range }>;
  /** For a flow embedded in a template: the resource that holds it. */
  resource?: string;
}

export type FileStatus = 'checked' | 'skipped' | 'excluded' | 'unreadable';

export interface FileResult {
  file: string;
  status: FileStatus;
  /** Size in characters (0 when unread). */
  size: number;
  /** The flow type the checks assumed (from Metadata.type or the settings). */
  flowType: string | undefined;
  diagnostics: CliDiagnostic[];
  /** Fixes --fix applied and wrote back. */
  fixes: Array<{ code: string; title: string }>;
  /** Why --fix left the file alone, if it did. */
  fixSkipped: string | undefined;
  /** I/O error for unreadable (or unwritable) files. */
  error: string | undefined;
  /** For a template: the flows it embeds (checked at their places in the template). */
  embeddedFlows?: EmbeddedFlowSummary[];
}


/** `.flow.json` files are flows by name (the editor gives them the flow language); other files by content. */
export function isFlowByName(file: string): boolean {
  return file.toLowerCase().endsWith('.flow.json');
}

function emptyResult(file: string, status: FileStatus, size = 0): FileResult {
  return { file, status, size, flowType: undefined, diagnostics: [], fixes: [], fixSkipped: undefined, error: undefined };
}

/** Reads, checks and (with task.fix) fixes one file. Never throws. */
export function checkFile(task: FileTask): FileResult {
  let text: string;
  let bytes: Buffer;
  try {
    // Look before reading: a FIFO would block, and a huge file would be read whole for nothing.
    const stat = fs.statSync(task.file);
    if (!stat.isFile()) return { ...emptyResult(task.file, 'unreadable'), error: 'it is not a regular file' };
    // UTF-8 takes at most 3 bytes per UTF-16 unit: above this, the text is surely longer than the limit.
    if (stat.size > 3 * task.maxFileSize) {
      if (!isFlowByName(task.file) && !mightBeFlow(peek(task.file, stat.size))) return emptyResult(task.file, 'skipped', stat.size);
      return { ...emptyResult(task.file, 'checked', stat.size), diagnostics: [tooLarge({ size: `${stat.size} bytes`, limit: task.maxFileSize })] };
    }
    bytes = fs.readFileSync(task.file);
    text = bytes.toString('utf8');
  } catch (error) {
    return { ...emptyResult(task.file, 'unreadable'), error: ioMessage(error) };
  }
  // Written all or nothing, and only over the bytes that were checked (replaceFile.ts).
  return checkText(task, text, (fixed) => replaceFile(task.file, fixed, bytes));
}

/** The start and the end of a file too large to read whole: enough for mightBeFlow. */
function peek(file: string, size: number): string {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(Math.min(size, 200_000));
    const tail = Buffer.alloc(Math.min(size, 2000));
    fs.readSync(fd, head, 0, head.length, 0);
    fs.readSync(fd, tail, 0, tail.length, size - tail.length);
    return `${head.toString('utf8')}\n${tail.toString('utf8')}`;
  } finally {
    fs.closeSync(fd);
  }
}

/** Checks text read from `task.file`; `write` stores the fixed text. Never throws. */
export function checkText(task: FileTask, text: string, write: (text: string) => void): FileResult {
  const template = checkTemplateText(task, text);
  if (template) return template;
  const byName = isFlowByName(task.file);
  if (!byName && !mightBeFlow(text)) return emptyResult(task.file, 'skipped', text.length);
  if (text.length > task.maxFileSize) {
    return { ...emptyResult(task.file, 'checked', text.length), diagnostics: [tooLarge({ size: `${text.length} characters`, limit: task.maxFileSize })] };
  }
  // The type the templates and code deploying this file declare, settled against its Metadata.type (as the server does).
  const typed = buildTypedModel(text, { flowType: task.flowType }, task.typeClaims ?? []);
  const options: ValidateOptions = { ...typed.options, rules: task.rules };
  let model: FlowModel = typed.model;
  const conflict = typed.decision?.conflict ? toCliDiagnostic(flowTypeConflictDiagnostic(model, typed.decision.conflict), false) : undefined;
  if (!byName && model.kind === 'other') return emptyResult(task.file, 'skipped', text.length);
  const result = emptyResult(task.file, 'checked', text.length);
  if (task.fix) {
    if (model.syntaxErrors.length > 0) result.fixSkipped = 'the file has JSON syntax errors';
    else {
      const fixed = applySafeFixes(text, options);
      if (fixed.text !== text) {
        try {
          write(fixed.text);
          result.fixes = fixed.applied;
          model = buildModel(fixed.text, options);
          result.size = fixed.text.length;
        } catch (error) {
          if (error instanceof FileChangedError) {
            result.fixSkipped = 'the file changed on disk while it was being checked';
            result.error = error.message;
          } else result.error = `cannot write the fixed text: ${ioMessage(error)}; the file was left as it was`;
        }
      }
    }
  }
  result.flowType = model.flowType;
  const diagnostics = diagnosticsOf(model, options);
  const fixable = fixableWithFix(model, diagnostics);
  result.diagnostics = [...(conflict ? [conflict] : []), ...capPerRule(diagnostics).map((d) => toCliDiagnostic(d, fixable.has(d)))]
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return result;
}

/**
 * The diagnostics `--fix` would fix: those whose rule proposes a safe fix for them. Counted without applying
 * anything (a dry run of every fix made a plain check of a big file with thousands of fixable problems take
 * minutes); `--fix` still checks each fix before it writes it.
 */
function fixableWithFix(model: FlowModel, diagnostics: Diagnostic[]): Set<Diagnostic> {
  const out = new Set<Diagnostic>();
  if (model.syntaxErrors.length > 0) return out;
  for (const d of diagnostics) if (candidateFixes(model, d).some((f) => f.safe === true)) out.add(d);
  return out;
}

function toCliDiagnostic(d: Diagnostic, fixable: boolean): CliDiagnostic {
  const data = d.data as { path?: JsonPath } | undefined;
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    range: d.range,
    path: data?.path,
    fixable,
    related: (d.relatedInformation ?? []).map((r) => ({ message: r.message, range: r.location.range })),
  };
}

/** The engine's file-too-large notice, in the CLI's shape (the whole file: no path, no fix). */
function tooLarge(facts: { size: string; limit: number }): CliDiagnostic {
  return { ...toCliDiagnostic(fileTooLargeDiagnostic(facts), false), path: [] };
}

export function ioMessage(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOENT: 'it does not exist',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'it is a directory',
    EMFILE: 'too many open files',
    ENOSPC: 'no space left on the device',
    EROFS: 'the file system is read-only',
  };
  return e?.code ? `${reasons[e.code] ?? e.message} (${e.code})` : String(error);
}

