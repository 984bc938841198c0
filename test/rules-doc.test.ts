import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES, DOCUMENTED_RULES } from '../server/src/engine/rules';
import { RULE_DOCS_BASE, ruleDocsUrl, ruleMeta, type RuleMeta } from '../server/src/engine/rules/meta';
import { validate } from '../server/src/engine/validate';

/**
 * docs/rules.md and the top of each docs/rules/<id>.md are generated from the rule metadata (id, description,
 * default severity, whether fix() exists); each page's examples below "## Examples" are written by hand and checked
 * here against the engine. When a rule changes, regenerate with:  UPDATE_RULES_DOC=1 npx vitest run test/rules-doc.test.ts
 */
const DOC = path.resolve(__dirname, '../docs/rules.md');
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

function render(): string {
  const [syntax, ...others] = DOCUMENTED_RULES;
  const rows = [syntax, ...[...others].sort((a, b) => a.id.localeCompare(b.id))]
    .map(ruleMeta)
    .map((r) => ({ id: r.id, severity: SEVERITY[r.defaultSeverity], fix: r.fixable ? 'yes' : 'no', description: r.description }));
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
    ...rows.map((r) => `| [\`${r.id}\`](rules/${r.id}.md) | ${r.severity} | ${r.fix} | ${escape(r.description)} |`),
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

const PAGES = path.resolve(__dirname, '../docs/rules');
const EXAMPLES = '## Examples';

/** The generated top of a rule's page, down to (not including) "## Examples". */
function pageHead(r: RuleMeta): string {
  const other = r.defaultSeverity === 1 ? 'warn' : 'error';
  return [
    `# \`${r.id}\``,
    '',
    '<!-- Generated from the rule metadata by test/rules-doc.test.ts, down to the examples, which are written by hand. -->',
    '',
    r.description,
    '',
    `- Default severity: ${SEVERITY[r.defaultSeverity]}`,
    `- Type: ${r.type}`,
    `- Quick fix: ${r.fixable ? 'yes (offered only when, tried on a copy, it removes the problem and adds no error)' : 'no'}`,
    r.id === 'file-too-large'
      ? '- Change it: raise the `connectFlow.maxFileSize` setting in the editor (a size, not a severity).'
      : `- Change it: \`"rules": { "${r.id}": "${other}" }\` in \`.connectflowrc.json\` or the \`connectFlow.rules\` setting, \`--rule ${r.id}=${other}\` on the command line; \`"off"\` turns it off.`,
    '',
    '',
  ].join('\n');
}

/** The ```json incorrect / ```json correct blocks of a page. */
function examples(page: string): Array<{ kind: 'incorrect' | 'correct'; text: string }> {
  const out: Array<{ kind: 'incorrect' | 'correct'; text: string }> = [];
  const re = /^```json (incorrect|correct)\n([\s\S]*?)^```$/gm;
  for (let m = re.exec(page); m; m = re.exec(page)) out.push({ kind: m[1] as 'incorrect' | 'correct', text: m[2] });
  return out;
}

/** Rules whose page has no examples yet: this list may only shrink. */
const WITHOUT_EXAMPLES = new Set<string>(JSON.parse(fs.readFileSync(path.join(PAGES, 'without-examples.json'), 'utf8')) as string[]);

describe('docs/rules/<id>.md', () => {
  const metas = DOCUMENTED_RULES.map(ruleMeta);

  it('has one page per rule id, its top generated from the metadata', () => {
    const stale: string[] = [];
    for (const r of metas) {
      const file = path.join(PAGES, `${r.id}.md`);
      const actual = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      const at = actual.indexOf(EXAMPLES);
      const tail = at >= 0 ? actual.slice(at) : `${EXAMPLES}\n\nNone yet.\n`;
      const expected = pageHead(r) + tail;
      if (process.env.UPDATE_RULES_DOC) fs.writeFileSync(file, expected);
      else if (actual !== expected) stale.push(r.id);
    }
    expect(stale, 'stale rule pages: run UPDATE_RULES_DOC=1 npx vitest run test/rules-doc.test.ts').toEqual([]);
    const pages = fs.readdirSync(PAGES).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
    expect(pages.sort()).toEqual(metas.map((r) => r.id).sort());
  });

  it('shows an incorrect example that the rule reports and a correct one it does not', () => {
    const problems: string[] = [];
    for (const r of metas) {
      const page = fs.readFileSync(path.join(PAGES, `${r.id}.md`), 'utf8');
      const found = examples(page);
      if (found.length === 0) {
        if (!WITHOUT_EXAMPLES.has(r.id)) problems.push(`${r.id}: no examples`);
        continue;
      }
      if (WITHOUT_EXAMPLES.has(r.id)) problems.push(`${r.id}: has examples now, take it off without-examples.json`);
      if (!found.some((e) => e.kind === 'incorrect') || !found.some((e) => e.kind === 'correct')) problems.push(`${r.id}: needs both an incorrect and a correct example`);
      for (const e of found) {
        const codes = validate(e.text).map((d) => d.code);
        if (e.kind === 'incorrect' && !codes.includes(r.id)) problems.push(`${r.id}: the incorrect example is not reported (got ${codes.join(', ') || 'nothing'})`);
        if (e.kind === 'correct' && codes.includes(r.id)) problems.push(`${r.id}: the correct example is reported`);
        if (e.kind === 'correct' && codes.includes('syntax-error')) problems.push(`${r.id}: the correct example is not valid JSON`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('links every diagnostic to its page: the URL is made from the id in one place, under the repository of package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../package.json'), 'utf8')) as { repository: { url: string } };
    expect(RULE_DOCS_BASE).toBe(`${pkg.repository.url.replace(/\.git$/, '')}/blob/main/docs/rules/`);
    expect(ruleDocsUrl('param-empty')).toBe(`${RULE_DOCS_BASE}param-empty.md`);
    expect(metas.find((r) => r.id === 'syntax-error')).toMatchObject({ type: 'problem', fixable: false, url: `${RULE_DOCS_BASE}syntax-error.md` });
    expect(metas.find((r) => r.id === 'file-too-large')).toMatchObject({ type: 'suggestion', fixable: false });
    expect(metas.find((r) => r.id === 'flow-version')).toMatchObject({ type: 'problem', fixable: true });
    expect(ALL_RULES.every((rule) => metas.some((r) => r.id === rule.id))).toBe(true);
  });
});
