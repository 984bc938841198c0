import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES } from '../server/src/engine/rules';
import { SYNTAX_RULE_ID } from '../server/src/engine/validate';

/**
 * docs/rules.md is generated from the rule metadata (id, description, default severity, whether fix() exists).
 * When a rule changes, regenerate it with:  UPDATE_RULES_DOC=1 npx vitest run test/rules-doc.test.ts
 */
const DOC = path.resolve(__dirname, '../docs/rules.md');
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

function render(): string {
  const rows = [
    { id: SYNTAX_RULE_ID, severity: 'error', fix: 'no', description: 'The text is not valid JSON (Amazon Connect accepts plain JSON: no comments, no trailing commas).' },
    ...[...ALL_RULES].sort((a, b) => a.id.localeCompare(b.id)).map((r) => ({ id: r.id, severity: SEVERITY[r.defaultSeverity], fix: r.fix ? 'yes' : 'no', description: r.description })),
  ];
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '# Rules',
    '',
    '<!-- Generated from the rule metadata by test/rules-doc.test.ts; do not edit by hand. -->',
    '',
    '## Severity policy',
    '',
    'Every rule and every fact of the action catalogue follows this policy:',
    '',
    '- **error**: Amazon Connect certainly rejects the flow when it is published (or the file is broken JSON, or a',
    '  reference inside it is broken), **and** no real exported or deployed flow that we test against does it.',
    '- **warning**: the documentation says it is wrong but real flows do it anyway; or only the documentation says so',
    '  (nothing in real flows confirms it); or it is very likely a mistake that the service still accepts.',
    '- **information**: the service accepts it, but it differs from what the console writes (a JSON number where',
    '  exports write the string "5"), or it deserves a look (a cycle that nothing bounds).',
    '- A console export that was saved but never published (`Metadata.status` "SAVED") may hold blocks the author has',
    '  not finished: a missing or empty required value there is a warning that says to complete it before publishing.',
    '  An empty id or ARN (`"QueueId": ""`) is a template slot that a script fills in: `param-unfilled`, a warning.',
    '- Where the documentation and real exported flows disagree (a parameter name, a required key), the real flows win:',
    '  the console is the ground truth, and the documented spelling is accepted as well where the two differ.',
    '',
    'Each catalogue fact that can raise an error (a required parameter, allowed values, a range, the error types of an',
    'action, the flow types it may be used in) records where it comes from: `source: \'docs\' | \'exports\' | \'both\'`',
    '(`server/src/engine/catalog/types.ts`). A fact that only the documentation states (`docs`: no real flow uses the',
    'parameter or action) is reported as a warning, not an error. `test/corpus.test.ts` runs every rule on the real flows',
    'in `../shared/corpus/real-flows` and `real-flows-2`, prints how often each rule fires, and fails when an error fires',
    'there that is not a documented defect of that file.',
    '',
    '## Rules',
    '',
    'Every diagnostic carries its rule id as its `code`. Change a severity or turn a rule off with the `connectFlow.rules`',
    'setting (or the `rules` key of the CLI configuration), e.g. `{ "unreachable-action": "hint", "cycle-without-wait": "off" }`.',
    '',
    '"Quick fix: yes" means the rule can propose one. A proposed fix is tried on a copy of the file first and offered only',
    'if, applied, its problem is gone and no new error appears; so a given diagnostic may have none (an unknown Type whose',
    'closest match would then miss required parameters, a typo fix that would clash with another parameter).',
    '',
    '| Rule | Default | Quick fix | What it checks |',
    '|---|---|---|---|',
    ...rows.map((r) => `| \`${r.id}\` | ${r.severity} | ${r.fix} | ${escape(r.description)} |`),
    '',
  ].join('\n');
}

describe('docs/rules.md', () => {
  it('lists every rule with its default severity and whether it has a fix', () => {
    const expected = render();
    if (process.env.UPDATE_RULES_DOC) fs.writeFileSync(DOC, expected);
    const actual = fs.existsSync(DOC) ? fs.readFileSync(DOC, 'utf8') : '';
    expect(actual, 'docs/rules.md is stale: run UPDATE_RULES_DOC=1 npx vitest run test/rules-doc.test.ts').toBe(expected);
  });
});
