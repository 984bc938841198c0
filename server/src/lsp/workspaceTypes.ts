/**
 * The editor's workspace index: the Terraform and CDK files of the workspace folders that deploy flow files by
 * reference, so that a flow file opened on its own gets the type its deployer declares (as in the CLI). Built once
 * per set of folders (in chunks, so that requests are answered meanwhile) and then kept current file by file from
 * `workspace/didChangeWatchedFiles`.
 */
import * as fs from 'fs';
import { WorkspaceIndex, indexDeployerFile, isDeployerFileName, isInside, isWalkedPath, walkDeployerFiles, type TypeClaim } from '../project';

/** At most this many deployer files are read per folder (a huge monorepo must not keep the server busy). */
export const MAX_INDEXED_FILES = 20_000;
/** Files read between two pauses of the first build. */
const CHUNK = 200;

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

export class EditorWorkspaceIndex {
  /** One index per workspace folder (CDK paths read from the working directory are relative to their folder). */
  private indexes = new Map<string, WorkspaceIndex>();
  private generation = 0;
  /** Changes reported while a rebuild runs: applied to the new index when it takes over. */
  private pending: Array<[file: string, deleted: boolean]> | undefined;

  /**
   * Indexes `folders` again; the previous index answers until the new one is complete (no moment without types).
   * Resolves when done (or when a newer rebuild replaced it).
   */
  async rebuild(folders: readonly string[], limit = MAX_INDEXED_FILES): Promise<void> {
    const generation = ++this.generation;
    const indexes = new Map<string, WorkspaceIndex>();
    this.pending ??= [];
    for (const folder of folders) {
      const index = new WorkspaceIndex(folder);
      indexes.set(folder, index);
      let files: string[];
      try {
        files = walkDeployerFiles(folder).slice(0, limit);
      } catch {
        continue;
      }
      for (let i = 0; i < files.length; i++) {
        if (i > 0 && i % CHUNK === 0) {
          await pause();
          if (generation !== this.generation) return;
        }
        indexDeployerFile(index, files[i]);
      }
    }
    if (generation !== this.generation) return;
    this.indexes = indexes;
    const pending = this.pending ?? [];
    this.pending = undefined;
    for (const [file, deleted] of pending) this.fileChanged(file, deleted);
  }

  /**
   * A file changed on disk (`deleted`: it went away). Deployer files inside a folder are read again; a deleted
   * folder forgets the files below it. Returns whether the index may have changed.
   */
  fileChanged(file: string, deleted: boolean): boolean {
    if (this.pending) {
      this.pending.push([file, deleted]);
      return false;
    }
    const folder = this.folderOf(file);
    if (!folder) return false;
    const index = this.indexes.get(folder)!;
    if (deleted) {
      let changed = false;
      for (const known of [...index.templates.keys()]) {
        if (known === file || isInside(known, file)) {
          index.remove(known);
          changed = true;
        }
      }
      return changed;
    }
    if (!isDeployerFileName(file)) return false;
    if (!isWalkedPath(file, folder) || !this.staysInside(file, folder)) {
      const known = index.templates.has(file);
      index.remove(file);
      return known;
    }
    indexDeployerFile(index, file);
    return true;
  }

  /** What the workspace's deployers say about a flow file's type. */
  claimsFor(file: string): TypeClaim[] {
    const out: TypeClaim[] = [];
    for (const index of this.indexes.values()) out.push(...index.claimsFor(file));
    return out;
  }

  /** Number of indexed deployer files (for logs). */
  get size(): number {
    let n = 0;
    for (const index of this.indexes.values()) n += index.templates.size;
    return n;
  }

  /** The innermost workspace folder holding `file`. */
  private folderOf(file: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.indexes.keys()) if (isInside(file, folder) && (!best || folder.length > best.length)) best = folder;
    return best;
  }

  /** The file, links resolved, is still inside the folder: a link out of the folder is never followed. */
  private staysInside(file: string, folder: string): boolean {
    try {
      return isInside(fs.realpathSync(file), fs.realpathSync(folder));
    } catch {
      return false;
    }
  }
}

/** The part of a claims list that decides a type, as a cache key. */
export function claimsKey(claims: readonly TypeClaim[]): string {
  return claims.length === 0 ? '' : JSON.stringify(claims.map((c) => [c.flowType, c.module, c.origin, c.template]));
}
