import * as fs from 'fs';
import * as path from 'path';
import { isTemplateFileName } from '../project/embedded/scan';

/** Folders never searched when a directory or glob is expanded (dot-folders are skipped too). */
const IGNORED_DIR = 'node_modules';
const IGNORED = [`**/${IGNORED_DIR}/**`];

/**
 * tinyglobby, loaded only when a glob is given (directories are walked with plain readdir, which is faster).
 * A require, not an import: bundled as CommonJS, its ESM build (and fdir's) would need import.meta.url.
 */
function tinyglobby(): typeof import('tinyglobby') {
  return require('tinyglobby') as typeof import('tinyglobby');
}

/** Every `*.json` file (and template: `*.yaml`, `*.yml`, `*.template`, `*.tf`) below `dir`, skipping node_modules and dot-entries, following symbolic links once. */
export function walkJsonFiles(dir: string, out: string[] = [], seen = new Set<string>()): string[] {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    return out;
  }
  if (seen.has(real)) return out;
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.') || name === IGNORED_DIR) continue;
    const full = path.join(dir, name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const stat = fs.statSync(full);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
      } catch {
        continue; // a broken link names nothing
      }
    }
    if (isDir) walkJsonFiles(full, out, seen);
    else if (isFile && (name.toLowerCase().endsWith('.json') || isTemplateFileName(name))) out.push(full);
  }
  return out;
}

export type TargetKind = 'file' | 'directory' | 'glob';

export interface Target {
  /** The argument as given. */
  arg: string;
  kind: TargetKind;
  /** Absolute paths of the files it names, sorted. */
  files: string[];
}

export interface Expansion {
  targets: Target[];
  /** Every file once, in the order of the arguments. */
  files: string[];
  /** One sentence per argument that names nothing. */
  problems: string[];
}

/**
 * Turns the command line's files, directories and globs into files. A directory means every `*.json` below it;
 * a glob is matched from `cwd`. Missing paths and globs without a match come back as problems.
 */
export async function expandTargets(args: readonly string[], cwd: string, options: { errorOnUnmatched: boolean }): Promise<Expansion> {
  const targets = await Promise.all(args.map((arg) => expandOne(arg, cwd)));
  const problems: string[] = [];
  const seen = new Set<string>();
  const files: string[] = [];
  for (const target of targets) {
    if (target.problem) {
      if (target.problem !== 'no-match' || options.errorOnUnmatched) problems.push(describe(target));
      continue;
    }
    for (const file of target.files) {
      if (!seen.has(file)) {
        seen.add(file);
        files.push(file);
      }
    }
  }
  return { targets: targets.filter((t) => !t.problem), files, problems };
}

interface Expanded extends Target {
  problem?: 'missing' | 'no-match' | string;
}

async function expandOne(arg: string, cwd: string): Promise<Expanded> {
  const absolute = path.resolve(cwd, arg);
  let stat: fs.Stats | undefined;
  let statError: NodeJS.ErrnoException | undefined;
  try {
    stat = await fs.promises.stat(absolute);
  } catch (error) {
    statError = error as NodeJS.ErrnoException;
  }
  if (stat?.isDirectory()) {
    return { arg, kind: 'directory', files: sortPaths(walkJsonFiles(absolute)) };
  }
  if (stat) return { arg, kind: 'file', files: [absolute] };
  const { glob, isDynamicPattern } = tinyglobby();
  if (isDynamicPattern(arg)) {
    const pattern = arg.replace(/\\/g, '/');
    const found = await glob([pattern], { cwd, absolute: true, ignore: IGNORED, dot: false, expandDirectories: false });
    return { arg, kind: 'glob', files: sortPaths(found), problem: found.length === 0 ? 'no-match' : undefined };
  }
  const code = statError?.code;
  return { arg, kind: 'file', files: [], problem: code === 'ENOENT' || code === 'ENOTDIR' || !code ? 'missing' : code };
}

function describe(target: Expanded): string {
  if (target.problem === 'no-match') return `No files match the glob "${target.arg}".`;
  if (target.problem === 'missing') return `"${target.arg}" does not exist (no such file or directory).`;
  return `Cannot read "${target.arg}" (${target.problem}).`;
}

function sortPaths(files: string[]): string[] {
  return files.map((f) => path.resolve(f)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
