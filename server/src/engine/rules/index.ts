import type { Rule } from './rule';
import { flowRootObject } from './flowRootObject';
import { flowVersion } from './flowVersion';
import { flowActionsArray } from './flowActionsArray';
import { flowStartAction } from './flowStartAction';
import { actionIdentifier } from './actionIdentifier';
import { actionType } from './actionType';
import { duplicateIdentifier } from './duplicateIdentifier';
import { danglingNextAction } from './danglingNextAction';
import { legacyFormat } from './legacyFormat';
import { paramRequired } from './paramRequired';
import { paramExclusive } from './paramExclusive';
import { paramUnknown } from './paramUnknown';
import { paramIgnored } from './paramIgnored';
import { paramType } from './paramType';
import { paramEmpty } from './paramEmpty';
import { paramUnfilled } from './paramUnfilled';
import { paramMixedReference } from './paramMixedReference';
import { paramStaticOnly } from './paramStaticOnly';
import { paramReferenceOnly } from './paramReferenceOnly';
import { paramNotInteger } from './paramNotInteger';
import { paramOutOfRange } from './paramOutOfRange';
import { paramSoftMinimum } from './paramSoftMinimum';
import { paramNotString } from './paramNotString';
import { paramValueNotAllowed } from './paramValueNotAllowed';
import { conditionsNotSupported } from './conditionsNotSupported';
import { errorTypeUnsupported } from './errorTypeUnsupported';
import { missingErrorBranch } from './missingErrorBranch';
import { actionFlowType } from './actionFlowType';
import { actionTypeUnknown } from './actionTypeUnknown';
import { actionDeprecated } from './actionDeprecated';
import { errorTypeUnexpected } from './errorTypeUnexpected';
import { conditionOperatorUnknown } from './conditionOperatorUnknown';
import { conditionOperatorNotAllowed } from './conditionOperatorNotAllowed';
import { conditionOutcomeUnknown } from './conditionOutcomeUnknown';
import { conditionOutcomeMissing } from './conditionOutcomeMissing';
import { jsonpathNamespace } from './jsonpathNamespace';
import { unreachableAction } from './unreachableAction';
import { terminalHasTransitions } from './terminalHasTransitions';
import { actionNoExit } from './actionNoExit';
import { cycleWithoutWait } from './cycleWithoutWait';
import { flowActionLimit } from './flowActionLimit';
import { flowContentSize } from './flowContentSize';
import { paramOneOfRequired } from './paramOneOfRequired';
import { paramRequiredWhen } from './paramRequiredWhen';
import { conditionsNeverTaken } from './conditionsNeverTaken';
import { conditionOperands } from './conditionOperands';
import { eventHooks } from './eventHooks';
import { inputValidation } from './inputValidation';
import { inputErrorBranch } from './inputErrorBranch';
import { menuTimeoutBranch } from './menuTimeoutBranch';
import { moduleSettings } from './moduleSettings';
import { agentMetricCondition } from './agentMetricCondition';

import { syntaxError } from './syntaxError';
import { fileTooLarge } from './fileTooLarge';
import type { RuleDescriptor } from './meta';

export type { Rule, RuleContext, Report, Target } from './rule';

/** Rules in reporting order. Syntax errors are reported by validate() itself under `syntax-error`. */
export const RULES: readonly Rule[] = [
  flowRootObject,
  flowVersion,
  flowActionsArray,
  flowStartAction,
  actionIdentifier,
  actionType,
  duplicateIdentifier,
  danglingNextAction,
  paramRequired,
  paramOneOfRequired,
  paramRequiredWhen,
  paramExclusive,
  paramUnknown,
  paramType,
  paramEmpty,
  paramUnfilled,
  paramMixedReference,
  paramStaticOnly,
  paramReferenceOnly,
  paramNotInteger,
  paramOutOfRange,
  paramSoftMinimum,
  paramNotString,
  paramValueNotAllowed,
  paramIgnored,
  conditionsNotSupported,
  errorTypeUnsupported,
  missingErrorBranch,
  actionFlowType,
  actionTypeUnknown,
  actionDeprecated,
  errorTypeUnexpected,
  conditionOperatorUnknown,
  conditionOperatorNotAllowed,
  conditionOutcomeUnknown,
  conditionOutcomeMissing,
  conditionsNeverTaken,
  conditionOperands,
  agentMetricCondition,
  eventHooks,
  inputValidation,
  inputErrorBranch,
  menuTimeoutBranch,
  jsonpathNamespace,
  unreachableAction,
  terminalHasTransitions,
  actionNoExit,
  cycleWithoutWait,
  flowActionLimit,
  flowContentSize,
  moduleSettings,
];

/** Rules that run on legacy-format files instead of all the others. */
export const LEGACY_RULES: readonly Rule[] = [legacyFormat];

export const ALL_RULES: readonly Rule[] = [...RULES, ...LEGACY_RULES];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((r) => [r.id, r]));

/** Every id a diagnostic can carry, in documentation order: syntax errors, the rules, the size notice. */
export const DOCUMENTED_RULES: readonly RuleDescriptor[] = [syntaxError, ...ALL_RULES, fileTooLarge];
