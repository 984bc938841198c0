/** Finds the files that may deploy flow files by reference: Terraform (`*.tf`) and CDK code (TS/JS/Python). */
import * as fs from 'fs';
import * as path from 'path';
import { isInside } from './config';
import { CODE_SUFFIXES } from './embedded/scan';
import { WorkspaceIndex } from './workspaceIndex';

const SKIPPED_DIRS = new Set(['node_modules', 'cdk.out', '__pycache__', 'venv']);
/** Larger files are not read for references (generated bundles). */
export const MAX_DEPLOYER_SIZE = 2_000_000;

export function isDeployerFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('.tf') || (CODE_SUFFIXES.some((s) => lower.endsWith(s)) && !lower.endsWith('.d.ts'));
}

/** Every Terraform and code file below `dir` (dot-folders, node_modules, cdk.out skipped; links followed once, never out of `dir`). */
export function walkDeployerFiles(dir: string, out: string[] = [], seen = new Set<string>(), root?: string): string[] {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    return out;
  }
  // Like the check's own walk: a link that leads out of the folder being walked (to / say) is not followed.
  const top = root ?? real;
  if (!isInside(real, top)) return out;
  if (seen.has(real)) return out;
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const stat = fs.statSync(full);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
      } catch {
        continue;
      }
    }
    if (isDir) walkDeployerFiles(full, out, seen, top);
    else if (isFile && isDeployerFileName(entry.name)) out.push(full);
  }
  return out;
}

/**
 * The index for a run: the deployer files among `files`, and every one below `dirs` (directory arguments and
 * --project). Unreadable files are left out.
 */
export function buildWorkspaceIndex(files: readonly string[], dirs: readonly string[], projectRoot: string): WorkspaceIndex {
  const index = new WorkspaceIndex(projectRoot);
  const seen = new Set<string>();
  const candidates = [...files.filter((f) => isDeployerFileName(f)), ...dirs.flatMap((d) => walkDeployerFiles(d))];
  for (const file of candidates) {
    if (seen.has(file)) continue;
    seen.add(file);
    indexDeployerFile(index, file);
  }
  return index;
}

/**
 * The text of a Terraform or code file when it may deploy flows (names a flow resource or construct); undefined when
 * it is too large, unreadable, or names none. Never throws.
 */
export function readDeployerFile(file: string): string | undefined {
  try {
    if (fs.statSync(file).size > MAX_DEPLOYER_SIZE) return undefined;
    const text = fs.readFileSync(file, 'utf8');
    return text.includes('aws_connect_contact_flow') || text.includes('CfnContactFlow') ? text : undefined;
  } catch {
    // unreadable: the check of the file itself reports it when it is a target
    return undefined;
  }
}

/** (Re)reads one deployer file into the index; a file that no longer deploys flows (or is gone) is forgotten. */
export function indexDeployerFile(index: WorkspaceIndex, file: string): void {
  const text = readDeployerFile(file);
  if (text === undefined) index.remove(file);
  else index.update(file, text);
}

/** Whether the walk below `root` reaches `file`: no dot-folder, node_modules, cdk.out, ... on the way. */
export function isWalkedPath(file: string, root: string): boolean {
  const rel = path.relative(root, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return false;
  const parts = rel.split(/[\\/]/);
  return parts.every((p) => !p.startsWith('.')) && parts.slice(0, -1).every((p) => !SKIPPED_DIRS.has(p));
}
