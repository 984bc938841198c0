import { Severity } from '../diagnostic';
import { didYouMean, quote } from './text';
import { errorTypesPhrase, unlistedErrorBranches } from './errorTypes';
import type { Rule } from './rule';
import { replacementFix } from './replacementFix';

export const errorTypeUnexpected: Rule = {
  id: 'error-type-unexpected',
  defaultSeverity: Severity.Warning,
  description: 'An error branch names an ErrorType that the action is not known to raise (for actions whose error list is less certain).',
  check({ model, report }) {
    for (const { spec, errorType, path } of unlistedErrorBranches(model, false)) {
      // Terminal actions are reported once, by terminal-has-transitions; open lists are unknown.
      if (spec.terminal || spec.openErrors) continue;
      const suggestion = typeof errorType === 'string' ? didYouMean(errorType, spec.errors) : undefined;
      report({
        path,
        target: 'value',
        message: `${spec.type} is not known to raise ${quote(errorType)}: ${errorTypesPhrase(spec)}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
        data: suggestion ? { replacement: suggestion } : undefined,
      });
    }
  },
  fix: replacementFix,
};
