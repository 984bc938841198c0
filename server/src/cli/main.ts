import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { Severity } from '../engine';
import { terminalSafe } from './format/terminal';
import { parseCliArgs, UsageError, type CliOptions } from './args';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatStylish } from './format/stylish';
import { HELP, listRules } from './help';
import type { Worker } from 'worker_threads';
import { CheckPool, runSync } from './pool';
import { cores, dismiss, startWorker, workerScript } from './threads';
import { createProgress, progressWanted } from './progress';
import { count, summarize, type RunReport } from './report';
import { measureBaseline, formatStats, type Timings } from './stats';
import { lintFiles, LintSetupError, type LintResult } from './lint';

export const TOOL_NAME = 'connect-flow-lint';

/** Below this many files one thread is faster than starting workers (measured: see docs/cli.md). */
export const WORKER_MIN_FILES = 48;

export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  cwd: string;
  /** The script worker threads run (the CLI bundle); undefined: no workers. */
  workerScript: string | undefined;
}

const defaultIo = (): CliIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  workerScript: workerScript(),
});

/** Exit codes. */
export const EXIT = { ok: 0, problems: 1, trouble: 2 } as const;

/** The version of the extension (from a clone) or of the npm package (packages/cli) this bundle belongs to. */
export function toolVersion(): string {
  for (const candidate of [path.join(__dirname, '..', 'package.json'), path.join(__dirname, '..', '..', '..', 'package.json')]) {
    try {
      const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if ((pkg.name === 'connect-flow-language' || pkg.name === 'connect-flow-lint') && pkg.version) return pkg.version;
    } catch {
      // try the next
    }
  }
  return '0.0.0';
}

/**
 * Runs the command line; resolves to the exit code. `workers`: checking workers the entry started early (see
 * threads.ts); used when there are enough files, ended in any case.
 */
export async function runCli(argv: string[], io: CliIo = defaultIo(), workers: Worker[] = []): Promise<number> {
  try {
    return await run(argv, io, workers);
  } finally {
    dismiss(workers);
  }
}

async function run(argv: string[], io: CliIo, prestarted: Worker[]): Promise<number> {
  // Loaded on demand: the diagram code (and its layout library) would slow every check run's start-up.
  if (argv[0] === 'graph') return (require('./graph') as typeof import('./graph')).runGraph(argv.slice(1), io);
  if (argv[0] === 'diff') return (require('./diff') as typeof import('./diff')).runDiff(argv.slice(1), { name: TOOL_NAME, version: toolVersion() }, io);
  if (argv[0] === 'test') return (require('./testCommand') as typeof import('./testCommand')).runTestCommand(argv.slice(1), io);
  const started = performance.now();
  const fail = (message: string) => {
    io.stderr.write(`${TOOL_NAME}: ${message}\n`);
    return EXIT.trouble;
  };
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message);
    throw error;
  }
  if (options.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (options.version) {
    io.stdout.write(`${toolVersion()}\n`);
    return EXIT.ok;
  }
  if (options.listRules) {
    io.stdout.write(listRules());
    return EXIT.ok;
  }
  if (options.targets.length === 0) return fail(`name the files, directories or globs to check, e.g. ${TOOL_NAME} 'flows/**/*.json'. Run ${TOOL_NAME} --help for the options.`);

  // Configuration, files and checking: the Node API (lint.ts), with this run's worker pool and progress line.
  let threads = 1;
  let lint: LintResult;
  try {
    lint = await lintFiles(options.targets, {
      cwd: io.cwd,
      flowType: options.flowType,
      rules: options.rules,
      config: options.config ?? (options.noConfig ? false : undefined),
      fix: options.fix,
      errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
      project: options.project,
    }, async (tasks) => {
      threads = threadCount(options, tasks.length, io);
      let pool: CheckPool | undefined;
      if (threads > 1) {
        const workers = prestarted.slice(0, threads - 1);
        while (workers.length < threads - 1) workers.push(startWorker(io.workerScript!));
        pool = new CheckPool(workers);
      }
      const progress = createProgress(tasks.length, progressWanted() && io.stdout === process.stdout);
      try {
        return pool ? await pool.run(tasks, progress.advance) : runSync(tasks, progress.advance);
      } finally {
        progress.done();
        pool?.close();
      }
    });
  } catch (error) {
    if (error instanceof LintSetupError) return fail(error.problems.join(`\n${TOOL_NAME}: `));
    throw error;
  }
  for (const link of lint.linksNotFollowed) {
    io.stderr.write(`${TOOL_NAME}: note: not following ${terminalSafe(link)}: the symbolic link leads out of the directory being checked.\n`);
  }
  const results = lint.files;
  const t2 = performance.now();
  const t1 = t2 - lint.timings.check;
  const t0 = t1 - lint.timings.findFiles;

  // Report.
  const fullSummary = summarize(results);
  const shown = options.quiet ? results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === Severity.Error) })) : results;
  const report: RunReport = { tool: { name: TOOL_NAME, version: toolVersion() }, cwd: io.cwd, files: shown, summary: summarize(shown) };
  const color = options.color ?? (!options.output && !!io.stdout.isTTY && !process.env.NO_COLOR);
  const text = options.format === 'json' ? formatJson(report) : options.format === 'sarif' ? formatSarif(report) : formatStylish(report, { color });
  let exit: number = EXIT.ok;
  if (options.output) {
    try {
      const target = path.resolve(io.cwd, options.output);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text, 'utf8');
    } catch (error) {
      exit = fail(terminalSafe(`cannot write the report to "${options.output}": ${(error as Error).message}`));
    }
  } else io.stdout.write(text);
  const t3 = performance.now();

  // Trouble that is not about the flows: exit 2 after the report.
  for (const message of lint.problems) exit = fail(message);

  if (options.stats) {
    const timings: Timings = { startup: started, findFiles: t1 - t0, check: t2 - t1, report: t3 - t2, total: performance.now(), threads };
    io.stderr.write(formatStats(results, timings, measureBaseline(results.filter((r) => r.status === 'checked').map((r) => r.file))));
  }
  if (exit !== EXIT.ok) return exit;
  if (options.exitZero) return EXIT.ok;
  if (fullSummary.errors > 0) return EXIT.problems;
  if (options.maxWarnings >= 0 && fullSummary.warnings > options.maxWarnings) {
    io.stderr.write(`${TOOL_NAME}: ${count(fullSummary.warnings, 'warning')} found, more than --max-warnings ${options.maxWarnings} allows.\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

/**
 * --jobs when given; otherwise one thread below WORKER_MIN_FILES files (a worker needs ~40 ms to start: with fewer
 * files this thread is done by then; measured in docs/cli.md), else one per core, at most 4.
 */
function threadCount(options: CliOptions, files: number, io: CliIo): number {
  if (!io.workerScript || files < 2) return 1;
  if (options.jobs !== undefined) return Math.max(1, Math.min(options.jobs, 32, files));
  return files < WORKER_MIN_FILES ? 1 : cores();
}
