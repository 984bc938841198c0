import * as path from 'path';
import { performance } from 'perf_hooks';
import type { SeveritySetting } from '../engine';
import { ConfigFiles, isInside, loadConfigFile, repositoryRoot, type ConfigFile, DEFAULT_SETTINGS, flowTypeFor, isExcluded, type ServerSettings, buildWorkspaceIndex, type TypeClaim } from '../project';
import { terminalSafe } from './format/terminal';
import type { FileResult, FileTask } from './check';
import { expandTargets, type FileTarget } from './files';
import { runSync } from './pool';
import { count, summarize, type Summary } from './report';

/**
 * The Node API of the command line (the npm package's `lintFiles`): what `connect-flow-lint <paths>` checks, without
 * printing anything. The CLI's main runs the same function and formats its result.
 */
export interface LintOptions {
  /** Paths and globs are resolved from here (default: process.cwd()). */
  cwd?: string;
  /** Flow type for files whose Metadata.type is missing; overrides the configuration file. */
  flowType?: string;
  /** Severity per rule id; overrides the configuration file. */
  rules?: Record<string, SeveritySetting>;
  /** A configuration file used for every file; false: none; undefined: the nearest .connectflowrc.json. */
  config?: string | false;
  /** Apply the safe fixes in place (as --fix). */
  fix?: boolean;
  /** A glob that matches nothing, or a directory without flows, is a problem (default true). */
  errorOnUnmatchedPattern?: boolean;
  /** Folder whose templates and code say which flow type each file is (default: the directories given, and cwd). */
  project?: string;
}

export interface LintResult {
  /** One per file considered, in the order of the arguments (then folders that could not be listed). */
  files: FileResult[];
  summary: Summary;
  /** Trouble that is not about the flows (the CLI exits 2): unreadable files, arguments without a flow. */
  problems: string[];
  /** Symbolic links to folders outside the directory walked, not followed. */
  linksNotFollowed: string[];
  /** Milliseconds spent finding files and checking them. */
  timings: { findFiles: number; check: number };
}

/** Trouble found before any file is checked: an invalid configuration file, a missing path, an unmatched glob. */
export class LintSetupError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'LintSetupError';
  }
}

/** How the tasks are checked (the CLI passes its worker pool); by default on this thread. */
export type CheckTasks = (tasks: FileTask[]) => Promise<FileResult[]>;

/** Checks the flows (and templates) that `patterns` name; rejects with LintSetupError when nothing can be checked. */
export async function lintFiles(patterns: readonly string[], options: LintOptions = {}, checkTasks: CheckTasks = async (tasks) => runSync(tasks, () => undefined)): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const errorOnUnmatched = options.errorOnUnmatchedPattern ?? true;
  // Configuration.
  let explicit: ConfigFile | undefined;
  if (typeof options.config === 'string') {
    explicit = loadConfigFile(path.resolve(cwd, options.config));
    if (explicit.problems.length > 0) throw new LintSetupError([invalidConfig(explicit)]);
  }
  // A config file applies to the files below it up to the repository root (the nearest folder with .git); outside a
  // repository, up to the current directory when the file is below it, else only in the file's own folder.
  const configs = new ConfigFiles({ topFor: (dir) => repositoryRoot(dir) ?? (isInside(dir, cwd) ? cwd : dir) });
  const settingsOf = (file: string): { settings: ServerSettings; config: ConfigFile | undefined } => {
    if (explicit) return { settings: explicit.settings, config: explicit };
    if (options.config === false) return { settings: DEFAULT_SETTINGS, config: undefined };
    const config = configs.forFile(file);
    return { settings: config?.settings ?? DEFAULT_SETTINGS, config };
  };

  // Files.
  const t0 = performance.now();
  const expansion = await expandTargets(patterns, cwd, { errorOnUnmatched });
  if (expansion.problems.length > 0) throw new LintSetupError(expansion.problems.map(terminalSafe));
  const projectDir = options.project === undefined ? undefined : path.resolve(cwd, options.project);
  const dirs = expansion.targets.filter((t) => t.kind === 'directory').map((t) => path.resolve(cwd, t.arg));
  const workspace = buildWorkspaceIndex(expansion.files, projectDir ? [...dirs, projectDir] : dirs, projectDir ?? cwd);
  const results: FileResult[] = new Array(expansion.files.length);
  const tasks: FileTask[] = [];
  const taskSlots: number[] = [];
  const badConfigs = new Set<ConfigFile>();
  expansion.files.forEach((file, slot) => {
    const { settings, config } = settingsOf(file);
    if (config && config.problems.length > 0) badConfigs.add(config);
    if (isExcluded(file, settings)) {
      results[slot] = { file, status: 'excluded', size: 0, flowType: undefined, diagnostics: [], fixes: [], fixSkipped: undefined, error: undefined };
      return;
    }
    tasks.push({
      file,
      flowType: options.flowType ?? flowTypeFor(file, settings),
      rules: { ...settings.rules, ...options.rules },
      maxFileSize: settings.maxFileSize,
      fix: options.fix ?? false,
      ...typeClaimsOf(workspace.claimsFor(file)),
    });
    taskSlots.push(slot);
  });
  if (badConfigs.size > 0) throw new LintSetupError([...badConfigs].map(invalidConfig));

  // Check.
  const t1 = performance.now();
  const checked = await checkTasks(tasks);
  checked.forEach((result, i) => (results[taskSlots[i]] = result));
  // Folders a directory walk could not enter count as unreadable files.
  for (const u of expansion.notes.unreadable) {
    results.push({ file: u.path, status: 'unreadable', size: 0, flowType: undefined, diagnostics: [], fixes: [], fixSkipped: undefined, error: u.error });
  }
  const t2 = performance.now();

  const problems: string[] = [];
  for (const r of results) if (r.error) problems.push(terminalSafe(`${r.status === 'unreadable' ? 'cannot read' : 'problem with'} ${r.file}: ${r.error}`));
  if (errorOnUnmatched) problems.push(...emptyTargets(expansion.targets, results));
  return {
    files: results,
    summary: summarize(results),
    problems,
    linksNotFollowed: expansion.notes.linksOutside,
    timings: { findFiles: t1 - t0, check: t2 - t1 },
  };
}

/** A flow file's type claims from the templates and code that deploy it (none: the field is left out). */
function typeClaimsOf(claims: TypeClaim[]): { typeClaims?: TypeClaim[] } {
  return claims.length > 0 ? { typeClaims: claims } : {};
}

function invalidConfig(config: ConfigFile): string {
  return `invalid configuration file ${terminalSafe(config.path)}:\n${config.problems.map((p) => `  - ${terminalSafe(p)}`).join('\n')}`;
}

/** Directories and globs among the arguments that held no flow at all. */
function emptyTargets(targets: readonly FileTarget[], results: readonly FileResult[]): string[] {
  const status = new Map(results.map((r) => [r.file, r.status]));
  const messages: string[] = [];
  for (const t of targets) {
    if (t.kind === 'file') continue;
    if (t.files.some((f) => status.get(f) === 'checked')) continue;
    const excluded = t.files.filter((f) => status.get(f) === 'excluded').length;
    const what = t.kind === 'directory' ? `the directory "${t.arg}" holds` : `the glob "${t.arg}" matches`;
    const detail = t.files.length === 0 ? 'no JSON files' : `${count(t.files.length, 'file')}, none of them a flow${excluded ? ` (${excluded} excluded by the configuration)` : ''}`;
    messages.push(`nothing to check: ${what} ${detail}.`);
  }
  return messages;
}
