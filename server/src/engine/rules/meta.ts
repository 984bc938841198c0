import { Severity } from '../diagnostic';

/**
 * Where the rule pages live: docs/rules/<id>.md in the repository named by package.json "repository" (a test keeps
 * the two equal). The only place a rule's documentation URL is made.
 */
export const RULE_DOCS_BASE = 'https://example.invalid/connect-flow-language/blob/main/docs/rules/';

export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_BASE}${encodeURIComponent(id)}.md`;
}

/** What every reported id has, whether a rule of ALL_RULES or one the checker reports itself (syntax, size). */
export interface RuleDescriptor {
  /** Stable id: the diagnostic's `code`, and the key for severity settings. */
  id: string;
  defaultSeverity: Severity;
  /** One line for documentation, SARIF and `--help`. */
  description: string;
  /** Present when the rule can propose quick fixes. */
  fix?: unknown;
}

/** ESLint's `meta`, derived in one place from a rule's own fields. */
export interface RuleMeta {
  id: string;
  /** "problem": Amazon Connect rejects it or it breaks the contact's path (errors and warnings); "suggestion": the rest. */
  type: 'problem' | 'suggestion';
  defaultSeverity: Severity;
  description: string;
  /** The rule's page. */
  url: string;
  /** Whether the rule can propose quick fixes (each is still tried on a copy before it is offered). */
  fixable: boolean;
}

export function ruleMeta(rule: RuleDescriptor): RuleMeta {
  return {
    id: rule.id,
    type: rule.defaultSeverity <= Severity.Warning ? 'problem' : 'suggestion',
    defaultSeverity: rule.defaultSeverity,
    description: rule.description,
    url: ruleDocsUrl(rule.id),
    fixable: typeof rule.fix === 'function',
  };
}
