import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { lintFiles, LintSetupError } from '../../server/src/cli';

/** The Node API under the CLI (server/src/cli/lint.ts): what `connect-flow-lint <paths>` checks, as data. */
const fixtures = path.resolve(__dirname, '../fixtures/cli');
const byName = (files: Array<{ file: string; status: string }>) => Object.fromEntries(files.map((f) => [path.relative(fixtures, f.file).split(path.sep).join('/'), f.status]));
const codesOf = (result: Awaited<ReturnType<typeof lintFiles>>, name: string) =>
  result.files.find((f) => f.file.endsWith(name))!.diagnostics.map((d) => d.code);

describe('lintFiles', () => {
  it('applies the nearest .connectflowrc.json: exclusions, flow types by glob, rule severities', async () => {
    const result = await lintFiles(['configured'], { cwd: fixtures });
    expect(byName(result.files)).toEqual({
      'configured/hold/callback-in-hold.json': 'checked',
      'configured/legacy/old.json': 'excluded',
      'configured/soft-minimum.json': 'checked',
      'configured/untyped.json': 'checked',
    });
    expect(result.files.find((f) => f.file.endsWith('callback-in-hold.json'))!.flowType).toBe('CUSTOMER_HOLD');
    expect(codesOf(result, 'soft-minimum.json')).not.toContain('param-soft-minimum');
    expect(result.problems).toEqual([]);
  });

  it('options override the configuration file; config: false ignores it', async () => {
    const overridden = await lintFiles(['configured/soft-minimum.json'], { cwd: fixtures, rules: { 'param-soft-minimum': 'error' } });
    expect(codesOf(overridden, 'soft-minimum.json')).toContain('param-soft-minimum');
    expect(overridden.summary.errors).toBeGreaterThan(0);
    const noConfig = await lintFiles(['configured'], { cwd: fixtures, config: false });
    expect(byName(noConfig.files)['configured/legacy/old.json']).toBe('checked');
  });

  it('skips JSON that is not a flow and reports an argument without flows as a problem', async () => {
    const result = await lintFiles(['no-flows'], { cwd: fixtures });
    expect(result.files.map((f) => f.status)).toEqual(['skipped', 'skipped']);
    expect(result.problems).toEqual(['nothing to check: the directory "no-flows" holds 2 files, none of them a flow.']);
    const tolerant = await lintFiles(['no-flows'], { cwd: fixtures, errorOnUnmatchedPattern: false });
    expect(tolerant.problems).toEqual([]);
  });

  it('rejects with LintSetupError when nothing can be checked: an invalid configuration file, a missing path', async () => {
    const invalid = await lintFiles(['bad-config'], { cwd: fixtures }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(LintSetupError);
    expect((invalid as LintSetupError).problems[0]).toMatch(/^invalid configuration file .*bad-config.*\.connectflowrc\.json:\n {2}- /);
    const missing = await lintFiles(['nowhere.json'], { cwd: fixtures }).catch((e: unknown) => e);
    expect((missing as LintSetupError).problems).toEqual(['"nowhere.json" does not exist (no such file or directory).']);
  });
});
