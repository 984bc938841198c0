/**
 * The pure checking engine: no editor, no connection, no file system. The server, the CLI, the graph, tests and
 * benchmarks call it. The only entry into this layer from outside it.
 */
export { validate, validateModel, checkRule, ruleIdsFor, diagnosticsOf, rememberDiagnostics, rangeOf, offsetsOf, SYNTAX_RULE_ID, type ValidateOptions } from './validate';
export { buildModel, classify, isObject, FLOW_VERSION, type FlowModel, type ActionEntry, type DocumentKind, type JsonObject, type ModelOptions } from './model';
export { mightBeFlow } from './detect';
export { transitions, isUnconnected, TransitionRef } from './transitions';
export { SOURCE, Severity, parseSeverity, type Diagnostic, type Range, type SeveritySetting } from './diagnostic';
export { ALL_RULES, RULES, LEGACY_RULES, RULES_BY_ID, DOCUMENTED_RULES, type Rule } from './rules';
export { ruleMeta, ruleDocsUrl, RULE_DOCS_BASE, type RuleMeta, type RuleDescriptor } from './rules/meta';
export { fileTooLargeDiagnostic, fileTooLarge } from './rules/fileTooLarge';
export { OPERATORS, COMMON_OPERATORS, OPERATOR_SPECS, operatorSpec, NAMESPACE_NOTES, type OperatorSpec, type NamespaceNote } from './catalog';
export { reachableActions } from './rules/reachability';
export { didYouMean } from './rules/text';
export { ACTION_SPECS, actionSpec, knownActionTypes, type ActionSpec, type ParamSpec } from './catalog';
export { NAMESPACES } from './catalog';
export { normalizeFlowType, FLOW_TYPES, FLOW_TYPE_LABELS, type FlowType } from './flowType';
export { fixesFor, candidateFixes, applyFixes, applySafeFixes, singleEdit, type Fix, type TextEdit, type ApplyFixesOptions } from './fixes';
export type { JsonPath, Span, ChildSpan } from './text/spanIndex';
export { describeAction, describeId, targetLabel, isUuid, metadataName, type ActionName } from './actionName';
export { isOperator } from './rules/conditions';
export { LineIndex } from './text/lineIndex';
export { capPerRule } from './validate';
