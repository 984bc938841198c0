import * as vscode from 'vscode';
import { isMissingInRevision, isRevisionText } from './revision';

/**
 * Older versions of a file through VS Code's built-in git extension (`vscode.git`, API version 1). Only the few
 * members used here are declared; the extension's full typings are not a dependency.
 */

interface GitCommit {
  hash: string;
  message: string;
  authorDate?: Date;
}

interface GitRef {
  type: number; // 0 head, 1 remote head, 2 tag
  name?: string;
  remote?: string;
}

interface GitRepository {
  rootUri: vscode.Uri;
  state: { HEAD?: { name?: string; commit?: string }; refs?: GitRef[] };
  show(ref: string, path: string): Promise<string>;
  log?(options?: { maxEntries?: number; path?: string }): Promise<GitCommit[]>;
  getRefs?(query?: unknown): Promise<GitRef[]>;
}

interface GitAPI {
  getRepository(uri: vscode.Uri): GitRepository | null;
}

interface GitExtension {
  enabled: boolean;
  getAPI(version: 1): GitAPI;
}

/** Why there is no older version to compare with: shown to the user as is. */
export class GitUnavailable extends Error {}

/** The repository that holds `uri`, or a GitUnavailable error saying why there is none. */
export async function repositoryOf(uri: vscode.Uri): Promise<GitRepository> {
  if (uri.scheme !== 'file') throw new GitUnavailable('Only files on disk can be compared with a git revision.');
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) throw new GitUnavailable('The built-in Git extension is not available.');
  const exports = extension.isActive ? extension.exports : await extension.activate();
  if (!exports?.enabled) throw new GitUnavailable('Git is disabled (git.enabled).');
  const api = exports.getAPI(1);
  let repository = api.getRepository(uri);
  // The git extension finds repositories in the background: give it a moment after start-up.
  for (let i = 0; !repository && i < 10; i++) {
    await new Promise((r) => setTimeout(r, 300));
    repository = api.getRepository(uri);
  }
  if (!repository) throw new GitUnavailable(`${basename(uri)} is not in a git repository that VS Code has opened.`);
  return repository;
}


/**
 * The file's text at `ref`; null when the file did not exist there (a new file: everything is added). Other git
 * errors (an unknown revision) are thrown as GitUnavailable with git's own message.
 */
export async function textAt(repository: GitRepository, ref: string, uri: vscode.Uri): Promise<string | null> {
  if (!isRevisionText(ref)) throw new GitUnavailable(`"${ref}" is not a revision.`);
  try {
    return await repository.show(ref, uri.fsPath);
  } catch (error) {
    const detail = gitMessage(error);
    if (isMissingInRevision(detail)) return null;
    throw new GitUnavailable(`git could not read ${basename(uri)} at ${ref}: ${detail}`);
  }
}

/** What the revision picker offers: the last commits that changed the file, then branches and tags. */
export async function revisionChoices(repository: GitRepository, uri: vscode.Uri): Promise<{ ref: string; label: string; description: string }[]> {
  const out: { ref: string; label: string; description: string }[] = [
    { ref: 'HEAD', label: 'HEAD', description: 'the last commit' },
    { ref: 'HEAD~1', label: 'HEAD~1', description: 'the commit before the last one' },
  ];
  try {
    const commits = (await repository.log?.({ maxEntries: 20, path: uri.fsPath })) ?? [];
    for (const c of commits) out.push({ ref: c.hash, label: c.hash.slice(0, 8), description: firstLine(c.message) });
  } catch {
    // An old git extension without log by path: the branches below and typing a revision still work.
  }
  let refs: GitRef[] = repository.state.refs ?? [];
  try {
    if (repository.getRefs) refs = await repository.getRefs({});
  } catch {
    // keep state.refs
  }
  for (const r of refs.slice(0, 100)) {
    if (!r.name) continue;
    const ref = r.type === 1 && r.remote && !r.name.startsWith(`${r.remote}/`) ? `${r.remote}/${r.name}` : r.name;
    if (!isRevisionText(ref)) continue;
    out.push({ ref, label: ref, description: r.type === 2 ? 'tag' : r.type === 1 ? 'remote branch' : 'branch' });
  }
  return out;
}

function gitMessage(error: unknown): string {
  const e = error as { stderr?: unknown; message?: unknown };
  const text = typeof e?.stderr === 'string' && e.stderr.trim() ? e.stderr : typeof e?.message === 'string' ? e.message : String(error);
  return text.trim().split('\n').slice(-2).join(' ');
}

function firstLine(text: string): string {
  return text.split('\n')[0].slice(0, 100);
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}
