/** The pure checking engine: no editor, no connection. The server, the CLI, tests and benchmarks call it. */
export { validate, validateModel, diagnosticsOf, rangeOf, offsetsOf, SYNTAX_RULE_ID, type ValidateOptions } from './validate';
export { buildModel, classify, FLOW_VERSION, type FlowModel, type ActionEntry, type DocumentKind } from './model';
export { SOURCE, Severity, type Diagnostic, type Range } from './diagnostic';
export { ALL_RULES, RULES_BY_ID } from './rules';
export { ACTION_SPECS, actionSpec, knownActionTypes } from './catalog';
export { normalizeFlowType, FLOW_TYPES, type FlowType } from './flowType';
export { fixesFor, candidateFixes, applyFixes, applySafeFixes, type Fix, type TextEdit } from './fixes';
export { OPERATORS, isOperator } from './rules/conditions';
export { transitions, isUnconnected, TransitionRef } from './transitions';
export { isObject, type JsonObject } from './model';
