import * as fs from 'fs';
import * as path from 'path';
import { ioMessage } from './check';
import { isTemplateFileName } from '../project';

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

/** What a directory walk could not enter, and which links it did not follow. */
export interface WalkNotes {
  /** Folders that could not be listed (absolute path, reason). */
  unreadable: Array<{ path: string; error: string }>;
  /** Symbolic links to folders outside the walked argument, not followed (absolute path of the link). */
  linksOutside: string[];
}

/**
 * Every `*.json` file (and template: `*.yaml`, `*.yml`, `*.template`, `*.tf`) below `dir`, skipping node_modules and dot-entries, following symbolic links once, but only
 * links whose target stays inside `root` (the real path of the argument walked): a link to `/` in a repository
 * must not make the walk read the whole machine (and put its files into a report). Folders that cannot be listed
 * go into `notes.unreadable`: the CLI exits 2 for them, as for any file it cannot read.
 */
export function walkJsonFiles(dir: string, out: string[] = [], seen = new Set<string>(), notes: WalkNotes = { unreadable: [], linksOutside: [] }, root?: string): string[] {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch (error) {
    notes.unreadable.push({ path: dir, error: ioMessage(error) });
    return out;
  }
  const top = root ?? real;
  if (seen.has(real)) return out;
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    notes.unreadable.push({ path: dir, error: ioMessage(error) });
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
        if (isDir && !isInside(fs.realpathSync(full), top)) {
          notes.linksOutside.push(full);
          continue;
        }
      } catch {
        continue; // a broken link names nothing
      }
    }
    if (isDir) walkJsonFiles(full, out, seen, notes, top);
    else if (isFile && (name.toLowerCase().endsWith('.json') || isTemplateFileName(name))) out.push(full);
  }
  return out;
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export type FileTargetKind = 'file' | 'directory' | 'glob';

export interface FileTarget {
  /** The argument as given. */
  arg: string;
  kind: FileTargetKind;
  /** Absolute paths of the files it names, sorted. */
  files: string[];
}

export interface Expansion {
  targets: FileTarget[];
  /** Every file once, in the order of the arguments. */
  files: string[];
  /** One sentence per argument that names nothing. */
  problems: string[];
  /** What directory walks could not enter, and links they did not follow. */
  notes: WalkNotes;
}

/**
 * Turns the command line's files, directories and globs into files. A directory means every `*.json` below it;
 * a glob is matched from `cwd`. Missing paths and globs without a match come back as problems.
 */
export async function expandTargets(args: readonly string[], cwd: string, options: { errorOnUnmatched: boolean }): Promise<Expansion> {
  const notes: WalkNotes = { unreadable: [], linksOutside: [] };
  const targets = await Promise.all(args.map((arg) => expandOne(arg, cwd, notes)));
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
  return { targets: targets.filter((t) => !t.problem), files, problems, notes };
}

interface Expanded extends FileTarget {
  problem?: 'missing' | 'no-match' | string;
}

async function expandOne(arg: string, cwd: string, notes: WalkNotes): Promise<Expanded> {
  const absolute = path.resolve(cwd, arg);
  let stat: fs.Stats | undefined;
  let statError: NodeJS.ErrnoException | undefined;
  try {
    stat = await fs.promises.stat(absolute);
  } catch (error) {
    statError = error as NodeJS.ErrnoException;
  }
  if (stat?.isDirectory()) {
    return { arg, kind: 'directory', files: sortPaths(walkJsonFiles(absolute, [], new Set(), notes)) };
  }
  if (stat) return { arg, kind: 'file', files: [absolute] };
  const { glob, isDynamicPattern } = tinyglobby();
  if (isDynamicPattern(arg)) {
    const pattern = arg.replace(/\\/g, '/');
    // Symbolic links are not followed by globs: one to `/` would make `**` walk the whole machine.
    const found = await glob([pattern], { cwd, absolute: true, ignore: IGNORED, dot: false, expandDirectories: false, followSymbolicLinks: false });
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
