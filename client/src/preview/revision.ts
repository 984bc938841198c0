/** Revisions and git's answers, without the editor (so they can be tested alone). */

/** A revision as typed: no option-like, empty or path-bearing text reaches git. */
export function isRevisionText(ref: string): boolean {
  return ref.length > 0 && ref.length <= 200 && !ref.startsWith('-') && !/[\s\u0000-\u001f:]/.test(ref);
}

/** Whether git's error says the file is not in that revision (then it is compared as a new file). */
export function isMissingInRevision(gitMessage: string): boolean {
  return /does not exist in|exists on disk, but not in|path .* does not exist/i.test(gitMessage);
}

/** How the revision is named in the panel: a full commit hash is shortened. */
export function revisionLabel(ref: string): string {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 8) : ref;
}
