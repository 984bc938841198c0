import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import { validate } from '../server/src/engine/validate';
import { Severity, type Diagnostic } from '../server/src/engine/diagnostic';
import { sharedDir } from './helpers/shared';

/**
 * Reads the real flows from ../shared/corpus/real-flows and real-flows-2 (never copied into the project: several
 * have no licence). None may get an error-severity diagnostic except the defects documented below, each with where it
 * is documented and why it is a defect (docs/rules.md, "Severity policy"). Prints per-rule counts for both corpora.
 */
interface Corpus {
  dir: string;
  files: number;
  /** File -> rule ids whose errors are genuine defects of that file. */
  defects: Record<string, string[]>;
}

/**
 * The mcp templates of mundurragacl/amazon-connect-mcp (real-flows-2) are hand-written, not exported: they use action
 * types the flow language does not have (`SetContactAttributes`, `StoreCustomerInput`, `CheckAttribute`), invented
 * GetParticipantInput keys (`MaxDigits`, `Timeout`) instead of the required `InputTimeLimitSeconds`, and conditions
 * with two operands on `$.CustomerInput`, and menus without a timeout branch. CreateContactFlow rejects every one of
 * them; the errors below are real.
 */
const MCP_TEMPLATE_DEFECT = ['param-required', 'param-empty', 'condition-operands', 'condition-outcome-unknown', 'menu-timeout-branch'];
const MCP_TEMPLATES = [
  'ecommerce_after_hours', 'ecommerce_inbound', 'financial_services_after_hours', 'financial_services_inbound', 'healthcare_after_hours',
  'healthcare_inbound', 'telecom_after_hours', 'telecom_inbound', 'utilities_after_hours', 'utilities_inbound',
];

const CORPORA: Corpus[] = [
  {
    dir: 'real-flows',
    files: 136,
    defects: {
      // SOURCES.md: "has a dangling NextAction (target id not present) - a genuine error in a real file".
      'KHamwey__terraform-aws-connect-callcenter__inbound_main.json': ['dangling-next-action'],
    },
  },
  {
    dir: 'real-flows-2',
    files: 96,
    defects: Object.fromEntries(MCP_TEMPLATES.map((name) => [`mundurragacl__amazon-connect-mcp__${name}.json`, MCP_TEMPLATE_DEFECT])),
  },
];

const SEVERITY = ['', 'error', 'warning', 'information', 'hint'] as const;
const shared = sharedDir();

for (const corpus of CORPORA) {
  const dir = shared && path.join(shared, 'corpus', corpus.dir);
  describe.skipIf(!dir)(`real flows (../shared/corpus/${corpus.dir})`, () => {
    if (!dir) return;
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'sources.json').sort();
    const results = new Map<string, Diagnostic[]>(files.map((f) => [f, validate(fs.readFileSync(path.join(dir, f), 'utf8'))]));

    it(`has the ${corpus.files} files the corpus documents`, () => {
      expect(files).toHaveLength(corpus.files);
    });

    it.each(files)('%s: no error except documented defects', (file) => {
      const allowed = corpus.defects[file] ?? [];
      const errors = results.get(file)!.filter((d) => d.severity === Severity.Error);
      expect(errors.filter((d) => !allowed.includes(d.code)).map((d) => `${d.code} @${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
      if (allowed.length) expect(errors.length).toBeGreaterThan(0);
    });

    it('prints per-severity and per-rule counts', () => {
      const bySeverity: Record<string, number> = { error: 0, warning: 0, information: 0, hint: 0 };
      const byRule = new Map<string, number>();
      for (const ds of results.values()) {
        for (const d of ds) {
          bySeverity[SEVERITY[d.severity]]++;
          const key = `${d.code} (${SEVERITY[d.severity]})`;
          byRule.set(key, (byRule.get(key) ?? 0) + 1);
        }
      }
      const rules = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `  ${k}: ${v}`).join('\n');
      console.log(`${corpus.dir}: ${files.length} files; ${bySeverity.error} error, ${bySeverity.warning} warning, ${bySeverity.information} information, ${bySeverity.hint} hint\n${rules}`);
      const documented = Object.values(corpus.defects).length;
      expect(bySeverity.error > 0).toBe(documented > 0);
    });
  });

  describe.runIf(!dir)(`real flows (${corpus.dir})`, () => {
    it.skip(`SKIPPED: ../shared/corpus/${corpus.dir} is absent (it is only beside the project in CI and development)`, () => {});
  });
}

const firstCorpus = shared && path.join(shared, 'corpus', 'real-flows');
describe.skipIf(!firstCorpus)('MaximumConnectionAttempts "0" in real deployed flows', () => {
  it('is a warning in the two deployed flows that use it', () => {
    for (const file of ['jarrod-west__siqc__CallbackOutbound.json', 'aws-samples__amazon-connect-callbackmgmt__cfSetCallBackflow.json']) {
      const found = validate(fs.readFileSync(path.join(firstCorpus!, file), 'utf8')).filter((d) => d.code === 'param-soft-minimum');
      expect(found.map((d) => d.severity)).toEqual([Severity.Warning]);
    }
  });
});
