import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import { validate } from '../server/src/engine/validate';
import { Severity } from '../server/src/engine/diagnostic';
import { sharedDir } from './helpers/shared';

/**
 * Reads the real exported flows from ../shared/corpus (never copied into the project: several have no licence).
 * None may get an error-severity diagnostic except the defects that SOURCES.md documents.
 */
const DOCUMENTED_DEFECTS: Record<string, string[]> = {
  // SOURCES.md: "has a dangling NextAction (target id not present) - a genuine error in a real file".
  'KHamwey__terraform-aws-connect-callcenter__inbound_main.json': ['dangling-next-action'],
};

const shared = sharedDir();
const corpus = shared && path.join(shared, 'corpus', 'real-flows');

describe.skipIf(!corpus)('real exported flows (../shared/corpus/real-flows)', () => {
  if (!corpus) return;
  const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.json')).sort();
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  const byRule = new Map<string, number>();

  it('has the 136 files the corpus documents', () => {
    expect(files).toHaveLength(136);
  });

  it.each(files)('%s: no error except documented defects', (file) => {
    const diagnostics = validate(fs.readFileSync(path.join(corpus, file), 'utf8'));
    for (const d of diagnostics) {
      counts[(['', 'error', 'warning', 'information', 'hint'] as const)[d.severity] as keyof typeof counts]++;
      byRule.set(d.code, (byRule.get(d.code) ?? 0) + 1);
    }
    const errors = diagnostics.filter((d) => d.severity === Severity.Error).map((d) => `${d.code} @${d.range.start.line + 1}: ${d.message}`);
    const allowed = DOCUMENTED_DEFECTS[file] ?? [];
    expect(errors.filter((e) => !allowed.some((code) => e.startsWith(code + ' ')))).toEqual([]);
    if (allowed.length) expect(errors.length).toBeGreaterThan(0);
  });

  it('reports MaximumConnectionAttempts "0" as a warning in the two deployed flows that use it', () => {
    for (const file of ['jarrod-west__siqc__CallbackOutbound.json', 'aws-samples__amazon-connect-callbackmgmt__cfSetCallBackflow.json']) {
      const found = validate(fs.readFileSync(path.join(corpus, file), 'utf8')).filter((d) => d.code === 'param-soft-minimum');
      expect(found.map((d) => d.severity)).toEqual([Severity.Warning]);
    }
  });

  it('prints the per-severity count', () => {
    const rules = [...byRule].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ');
    console.log(`corpus: ${files.length} files; ${counts.error} error, ${counts.warning} warning, ${counts.information} info, ${counts.hint} hint; ${rules}`);
    expect(counts.error).toBeGreaterThan(0);
  });
});

describe.runIf(!corpus)('real exported flows', () => {
  it.skip('SKIPPED: ../shared/corpus is absent (it is only beside the project in CI and development)', () => {});
});
