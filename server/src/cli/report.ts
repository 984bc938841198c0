import * as path from 'path';
import { Severity } from '../engine';
import type { FileResult } from './check';

/** Everything a formatter needs about one run. */
export interface RunReport {
  tool: { name: string; version: string };
  /** Paths are shown relative to this folder. */
  cwd: string;
  files: FileResult[];
  summary: Summary;
}

export interface Summary {
  /** Files considered: checked + skipped + excluded + unreadable. */
  files: number;
  checked: number;
  skipped: number;
  excluded: number;
  unreadable: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  /** Problems a safe fix exists for (what --fix would change). */
  fixable: number;
  /** Fixes --fix applied, and in how many files. */
  fixesApplied: number;
  filesFixed: number;
}

export const SEVERITY_NAMES: Record<Severity, 'error' | 'warning' | 'info' | 'hint'> = {
  [Severity.Error]: 'error',
  [Severity.Warning]: 'warning',
  [Severity.Information]: 'info',
  [Severity.Hint]: 'hint',
};

export function summarize(files: readonly FileResult[]): Summary {
  const s: Summary = { files: files.length, checked: 0, skipped: 0, excluded: 0, unreadable: 0, errors: 0, warnings: 0, infos: 0, hints: 0, fixable: 0, fixesApplied: 0, filesFixed: 0 };
  for (const f of files) {
    s[f.status]++;
    if (f.fixes.length > 0) {
      s.fixesApplied += f.fixes.length;
      s.filesFixed++;
    }
    for (const d of f.diagnostics) {
      if (d.severity === Severity.Error) s.errors++;
      else if (d.severity === Severity.Warning) s.warnings++;
      else if (d.severity === Severity.Information) s.infos++;
      else s.hints++;
      if (d.fixable) s.fixable++;
    }
  }
  return s;
}

/** A path as shown to the user: relative to cwd with forward slashes, or absolute when outside it. */
export function displayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return file.replace(/\\/g, '/');
  return relative.replace(/\\/g, '/');
}

/** "1 error", "2 errors". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
