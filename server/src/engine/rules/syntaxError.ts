import { Severity } from '../diagnostic';
import type { RuleDescriptor } from './meta';

/**
 * `syntax-error`: the parser's errors, reported by validate() itself (the other rules still run on what parsed).
 * Its messages come from parse.ts, one per kind of JSON error.
 */
export const syntaxError: RuleDescriptor = {
  id: 'syntax-error',
  defaultSeverity: Severity.Error,
  description: 'The text is not plain JSON: Amazon Connect accepts no comments, no trailing commas and nothing after the top-level value.',
};
