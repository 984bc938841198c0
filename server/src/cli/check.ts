import * as fs from 'fs';
import { Severity, type Diagnostic, type Range, type SeveritySetting } from '../engine/diagnostic';
import { applySafeFixes, candidateFixes } from '../engine/fixes';
import { buildModel, type FlowModel } from '../engine/model';
import { capPerRule, diagnosticsOf } from '../engine/validate';
import type { JsonPath } from '../engine/text/spanIndex';
import { mightBeFlow } from '../documents';

/** What one file needs to be checked; plain data, so that it can travel to a worker thread. */
export interface FileTask {
  file: string;
  flowType: string | undefined;
  rules: Record<string, SeveritySetting>;
  maxFileSize: number;
  fix: boolean;
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
}

export const FILE_TOO_LARGE = 'file-too-large';

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
  try {
    // Look before reading: a FIFO would block, and a huge file would be read whole for nothing.
    const stat = fs.statSync(task.file);
    if (!stat.isFile()) return { ...emptyResult(task.file, 'unreadable'), error: 'it is not a regular file' };
    // UTF-8 takes at most 3 bytes per UTF-16 unit: above this, the text is surely longer than the limit.
    if (stat.size > 3 * task.maxFileSize) {
      if (!isFlowByName(task.file) && !mightBeFlow(peek(task.file, stat.size))) return emptyResult(task.file, 'skipped', stat.size);
      return { ...emptyResult(task.file, 'checked', stat.size), diagnostics: [tooLarge(`${stat.size} bytes`, task.maxFileSize)] };
    }
    text = fs.readFileSync(task.file, 'utf8');
  } catch (error) {
    return { ...emptyResult(task.file, 'unreadable'), error: ioMessage(error) };
  }
  return checkText(task, text, (fixed) => fs.writeFileSync(task.file, fixed, 'utf8'));
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
  const byName = isFlowByName(task.file);
  if (!byName && !mightBeFlow(text)) return emptyResult(task.file, 'skipped', text.length);
  if (text.length > task.maxFileSize) {
    return { ...emptyResult(task.file, 'checked', text.length), diagnostics: [tooLarge(`${text.length} characters`, task.maxFileSize)] };
  }
  const options = { flowType: task.flowType, rules: task.rules };
  let model: FlowModel = buildModel(text, options);
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
          result.error = `cannot write the fixed text: ${ioMessage(error)}`;
        }
      }
    }
  }
  result.flowType = model.flowType;
  const diagnostics = diagnosticsOf(model, options);
  const fixable = fixableWithFix(model, diagnostics);
  result.diagnostics = capPerRule(diagnostics)
    .map((d) => toCliDiagnostic(d, fixable.has(d)))
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

function tooLarge(size: string, limit: number): CliDiagnostic {
  return {
    code: FILE_TOO_LARGE,
    severity: Severity.Information,
    message: `Not checked: the file has ${size}, more than the limit of ${limit} characters. Amazon Connect accepts flows of up to 256,000 characters.`,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    path: [],
    fixable: false,
    related: [],
  };
}

export function ioMessage(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOENT: 'it does not exist',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'it is a directory',
    EMFILE: 'too many open files',
  };
  return e?.code ? `${reasons[e.code] ?? e.message} (${e.code})` : String(error);
}

