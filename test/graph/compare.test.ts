import { describe, expect, it } from 'vitest';
import { isFromWebview } from '../../client/src/preview/messages';
import { isMissingInRevision, isRevisionText, revisionLabel } from '../../client/src/preview/revision';

/** "Compare flow with revision…": what the picker accepts, git's "not in that revision", the page's reveal message. */
describe('compare with a revision', () => {
  it('accepts revisions git understands and refuses option-like or path-bearing text', () => {
    for (const ok of ['HEAD', 'HEAD~1', 'main', 'origin/main', 'v1.2.3', 'a1b2c3d', 'HEAD^2', 'feature/x@{1}']) expect(isRevisionText(ok)).toBe(true);
    for (const bad of ['', '-p', '--output=/tmp/x', 'HEAD:secret.json', 'two words', 'line\nbreak', 'x'.repeat(201)]) expect(isRevisionText(bad)).toBe(false);
  });

  it('recognises git saying the file is not in the revision (compared as a new file)', () => {
    expect(isMissingInRevision("fatal: path 'flows/new.json' exists on disk, but not in 'HEAD'")).toBe(true);
    expect(isMissingInRevision("fatal: path 'flows/gone.json' does not exist in 'HEAD~1'")).toBe(true);
    expect(isMissingInRevision("fatal: invalid object name 'nosuchbranch'.")).toBe(false);
  });

  it('shortens a full commit hash in the panel title', () => {
    expect(revisionLabel('0123456789abcdef0123456789abcdef01234567')).toBe('01234567');
    expect(revisionLabel('HEAD~1')).toBe('HEAD~1');
  });

  it('accepts the page\'s reveal message only with whole, non-negative indexes', () => {
    expect(isFromWebview({ type: 'reveal', item: 0 })).toBe(true);
    expect(isFromWebview({ type: 'reveal', item: 2, detail: 1 })).toBe(true);
    expect(isFromWebview({ type: 'layout' })).toBe(true);
    for (const bad of [{ type: 'reveal' }, { type: 'reveal', item: -1 }, { type: 'reveal', item: 1.5 }, { type: 'reveal', item: '1' }, { type: 'reveal', item: 1, detail: -2 }, { type: 'reveal', item: 1, detail: 'x' }]) {
      expect(isFromWebview(bad)).toBe(false);
    }
  });
});
