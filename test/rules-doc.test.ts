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
