import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from './index';
import type { Rule } from './rule';

/**
 * The house rule "one rule per file, with its tests beside it": every module here that exports a rule of ALL_RULES
 * has `<file>.test.ts`, and that test file names the rule's id.
 */

interface RuleModule {
  /** File name without `.ts`. */
  name: string;
  rules: Rule[];
}

/** What breaks the house rule, one line per problem, naming the file or rule. */
function ruleFileProblems(modules: RuleModule[], registered: readonly Rule[], testText: (name: string) => string | undefined): string[] {
  const problems: string[] = [];
  const homes = new Map<Rule, string>();
  for (const { name, rules } of modules) for (const rule of rules) homes.set(rule, name);
  for (const rule of registered) {
    const home = homes.get(rule);
    if (home === undefined) {
      problems.push(`rule "${rule.id}" is registered in ALL_RULES but no module in rules/ exports it`);
      continue;
    }
    const text = testText(home);
    if (text === undefined) problems.push(`rules/${home}.ts exports rule "${rule.id}" but has no rules/${home}.test.ts beside it`);
    else if (!new RegExp(`(['"\`])${rule.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1`).test(text)) problems.push(`rules/${home}.test.ts does not mention its rule's id "${rule.id}"`);
  }
  return problems;
}

const DIR = __dirname;

async function loadRuleModules(): Promise<RuleModule[]> {
  const registered = new Set<Rule>(ALL_RULES);
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts') && f !== 'index.ts');
  const modules: RuleModule[] = [];
  for (const file of files) {
    const exports = (await import(path.join(DIR, file))) as Record<string, unknown>;
    const rules = Object.values(exports).filter((v): v is Rule => registered.has(v as Rule));
    if (rules.length > 0) modules.push({ name: file.slice(0, -3), rules });
  }
  return modules;
}

function readTest(name: string): string | undefined {
  const file = path.join(DIR, `${name}.test.ts`);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

describe('rule files', () => {
  it('every rule of ALL_RULES lives in its own module with a <module>.test.ts that names its id', async () => {
    const modules = await loadRuleModules();
    expect(ruleFileProblems(modules, ALL_RULES, readTest)).toEqual([]);
    // One rule per file: as many rule modules as rules.
    expect(modules.filter((m) => m.rules.length !== 1).map((m) => m.name)).toEqual([]);
    expect(modules).toHaveLength(ALL_RULES.length);
  });

  it('names the module without tests, the test file without the id, and the rule without a module', () => {
    const rule = (id: string): Rule => ({ id, defaultSeverity: 1, description: '', check: () => {} });
    const [a, b, c, d] = [rule('rule-a'), rule('rule-b'), rule('rule-c'), rule('rule-d')];
    const modules = [
      { name: 'ruleA', rules: [a] },
      { name: 'ruleB', rules: [b] },
      { name: 'ruleC', rules: [c] },
    ];
    const tests: Record<string, string> = { ruleA: "withCode(found, 'rule-a')", ruleC: "withCode(found, 'rule-c-extra')" };
    expect(ruleFileProblems(modules, [a, b, c, d], (name) => tests[name])).toEqual([
      'rules/ruleB.ts exports rule "rule-b" but has no rules/ruleB.test.ts beside it',
      'rules/ruleC.test.ts does not mention its rule\'s id "rule-c"',
      'rule "rule-d" is registered in ALL_RULES but no module in rules/ exports it',
    ]);
  });
});
