/**
 * The Node API of the npm package `connect-flow-lint` (bundled to dist/api.js, its main export): the command line's
 * checking without the command line, and the engine's `validate` for text already in memory.
 */
export { lintFiles, LintSetupError, type LintOptions, type LintResult, type CheckTasks } from './lint';
export { checkText, type FileTask, type FileResult, type FileStatus, type CliDiagnostic } from './check';
export type { Summary } from './report';
export { validate, Severity, ALL_RULES, RULES_BY_ID, ruleDocsUrl, type ValidateOptions, type Diagnostic, type Range, type SeveritySetting } from '../engine';
