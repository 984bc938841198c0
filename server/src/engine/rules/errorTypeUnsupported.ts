import { Severity } from '../diagnostic';
import { replaceValue } from '../edits';
import { didYouMean, quote } from './text';
import { errorTypesPhrase, unlistedErrorBranches } from './errorTypes';
import type { Rule } from './rule';

export const errorTypeUnsupported: Rule = {
  id: 'error-type-unsupported',
  defaultSeverity: Severity.Error,
  description: 'An error branch names an ErrorType that the action cannot raise (for actions whose error list is well established).',
  check({ model, report }) {
    for (const { spec, errorType, path } of unlistedErrorBranches(model, true)) {
      const suggestion = typeof errorType === 'string' ? didYouMean(errorType, spec.errors) : undefined;
      const replacement = suggestion ?? (spec.errors.length === 1 ? spec.errors[0] : undefined);
      report({
        source: spec.source,
        path,
        target: 'value',
        message: `${spec.type} cannot raise ${quote(errorType)}: ${errorTypesPhrase(spec)}.`,
        data: replacement ? { replacement } : undefined,
      });
    }
  },
  fix({ model, data }) {
    if (typeof data.replacement !== 'string') return [];
    return [{ title: `Change the error type to \`${data.replacement}\``, edits: replaceValue(model, data.path, data.replacement), preferred: true }];
  },
};
