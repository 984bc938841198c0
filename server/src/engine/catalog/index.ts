import type { ActionSpec, ParamSpec } from './types';
import { completeOutboundCall } from './actions/completeOutboundCall';
import { createCase } from './actions/createCase';
import { createContact } from './actions/createContact';
import { createPersistentContactAssociation } from './actions/createPersistentContactAssociation';
import { createTask } from './actions/createTask';
import { createWisdomSession } from './actions/createWisdomSession';
import { dequeueContactAndTransferToQueue } from './actions/dequeueContactAndTransferToQueue';
import { endFlowModuleExecution } from './actions/endFlowModuleExecution';
import { getCase } from './actions/getCase';
import { invokeFlowModule } from './actions/invokeFlowModule';
import { resumeContact } from './actions/resumeContact';
import { startOutboundChatContact } from './actions/startOutboundChatContact';
import { startOutboundEmailContact } from './actions/startOutboundEmailContact';
import { tagContact } from './actions/tagContact';
import { transferContactToAgent } from './actions/transferContactToAgent';
import { transferContactToQueue } from './actions/transferContactToQueue';
import { unTagContact } from './actions/unTagContact';
import { updateCase } from './actions/updateCase';
import { updateContactAttributes } from './actions/updateContactAttributes';
import { updateContactCallbackNumber } from './actions/updateContactCallbackNumber';
import { updateContactData } from './actions/updateContactData';
import { updateContactEventHooks } from './actions/updateContactEventHooks';
import { updateContactMediaProcessing } from './actions/updateContactMediaProcessing';
import { updateContactMediaStreamingBehavior } from './actions/updateContactMediaStreamingBehavior';
import { updateContactRecordingAndAnalyticsBehavior } from './actions/updateContactRecordingAndAnalyticsBehavior';
import { updateContactRecordingBehavior } from './actions/updateContactRecordingBehavior';
import { updateContactRoutingBehavior } from './actions/updateContactRoutingBehavior';
import { updateContactTargetQueue } from './actions/updateContactTargetQueue';
import { updateContactTextToSpeechVoice } from './actions/updateContactTextToSpeechVoice';
import { updatePreviousContactParticipantState } from './actions/updatePreviousContactParticipantState';
import { checkHoursOfOperation } from './actions/checkHoursOfOperation';
import { checkMetricData } from './actions/checkMetricData';
import { checkOutboundCallStatus } from './actions/checkOutboundCallStatus';
import { checkVoiceId } from './actions/checkVoiceId';
import { compare } from './actions/compare';
import { distributeByPercentage } from './actions/distributeByPercentage';
import { endFlowExecution } from './actions/endFlowExecution';
import { getMetricData } from './actions/getMetricData';
import { loop } from './actions/loop';
import { startVoiceIdStream } from './actions/startVoiceIdStream';
import { transferToFlow } from './actions/transferToFlow';
import { updateContactRoutingCriteria } from './actions/updateContactRoutingCriteria';
import { updateFlowAttributes } from './actions/updateFlowAttributes';
import { updateFlowLoggingBehavior } from './actions/updateFlowLoggingBehavior';
import { wait } from './actions/wait';
import { associateContactToCustomerProfile } from './actions/associateContactToCustomerProfile';
import { checkSegmentMembershipForCustomerProfile } from './actions/checkSegmentMembershipForCustomerProfile';
import { createCallbackContact } from './actions/createCallbackContact';
import { createCustomerProfile } from './actions/createCustomerProfile';
import { getCalculatedAttributesForCustomerProfile } from './actions/getCalculatedAttributesForCustomerProfile';
import { getCustomerProfile } from './actions/getCustomerProfile';
import { getCustomerProfileObject } from './actions/getCustomerProfileObject';
import { invokeLambdaFunction } from './actions/invokeLambdaFunction';
import { renderMessageTemplate } from './actions/renderMessageTemplate';
import { updateCustomerProfile } from './actions/updateCustomerProfile';
import { connectParticipantWithLexBot } from './actions/connectParticipantWithLexBot';
import { disconnectParticipant } from './actions/disconnectParticipant';
import { getParticipantInput } from './actions/getParticipantInput';
import { messageParticipant } from './actions/messageParticipant';
import { messageParticipantIteratively } from './actions/messageParticipantIteratively';
import { showView } from './actions/showView';
import { transferParticipantToThirdParty } from './actions/transferParticipantToThirdParty';
import { checkSecurityStatus, setSecurityBehavior } from './actions/voiceIdLegacy';
import { checkCommunicationStatus } from './actions/checkCommunicationStatus';
import { getOutboundCommunicationStatus } from './actions/getOutboundCommunicationStatus';
import { putDialRequest } from './actions/putDialRequest';
import { sendOutboundEmail } from './actions/sendOutboundEmail';
import { sendSms } from './actions/sendSms';

export type { ActionSpec, ParamSpec, ConditionSpec, ParamForm, ParamKind, FactSource } from './types';

/** The source of a parameter's facts (its own, else the action's). */
export function paramSource(spec: ActionSpec, param?: ParamSpec): import('./types').FactSource {
  return param?.source ?? spec.source;
}

/** Every action type the engine knows. Add an entry here to teach the engine a new action. */
export const ACTION_SPECS: readonly ActionSpec[] = [
  // contact
  completeOutboundCall,
  createCase,
  createContact,
  createPersistentContactAssociation,
  createTask,
  createWisdomSession,
  dequeueContactAndTransferToQueue,
  endFlowModuleExecution,
  getCase,
  invokeFlowModule,
  resumeContact,
  startOutboundChatContact,
  startOutboundEmailContact,
  tagContact,
  transferContactToAgent,
  transferContactToQueue,
  unTagContact,
  updateCase,
  updateContactAttributes,
  updateContactCallbackNumber,
  updateContactData,
  updateContactEventHooks,
  updateContactMediaProcessing,
  updateContactMediaStreamingBehavior,
  updateContactRecordingAndAnalyticsBehavior,
  updateContactRecordingBehavior,
  updateContactRoutingBehavior,
  updateContactTargetQueue,
  updateContactTextToSpeechVoice,
  updatePreviousContactParticipantState,
  // flowControl
  checkHoursOfOperation,
  checkMetricData,
  checkOutboundCallStatus,
  checkVoiceId,
  compare,
  distributeByPercentage,
  endFlowExecution,
  getMetricData,
  loop,
  startVoiceIdStream,
  transferToFlow,
  updateContactRoutingCriteria,
  updateFlowAttributes,
  updateFlowLoggingBehavior,
  wait,
  // interaction
  associateContactToCustomerProfile,
  checkSegmentMembershipForCustomerProfile,
  createCallbackContact,
  createCustomerProfile,
  getCalculatedAttributesForCustomerProfile,
  getCustomerProfile,
  getCustomerProfileObject,
  invokeLambdaFunction,
  renderMessageTemplate,
  updateCustomerProfile,
  // participant
  connectParticipantWithLexBot,
  disconnectParticipant,
  getParticipantInput,
  messageParticipant,
  messageParticipantIteratively,
  showView,
  transferParticipantToThirdParty,
  // other
  checkCommunicationStatus,
  checkSecurityStatus,
  setSecurityBehavior,
  getOutboundCommunicationStatus,
  putDialRequest,
  sendOutboundEmail,
  sendSms,
];

const BY_TYPE = new Map<string, ActionSpec>();
for (const spec of ACTION_SPECS) {
  BY_TYPE.set(spec.type, spec);
  for (const alias of spec.aliases ?? []) BY_TYPE.set(alias, spec);
}

/** The catalogue entry for an action Type (or one of its accepted aliases). */
export function actionSpec(type: unknown): ActionSpec | undefined {
  return typeof type === 'string' ? BY_TYPE.get(type) : undefined;
}

const PARAM_INDEX = new WeakMap<ActionSpec, { names: readonly string[]; byName: Map<string, ParamSpec> }>();

function paramIndex(spec: ActionSpec) {
  let index = PARAM_INDEX.get(spec);
  if (!index) {
    index = { names: spec.params.map((p) => p.name), byName: new Map(spec.params.map((p) => [p.name, p])) };
    PARAM_INDEX.set(spec, index);
  }
  return index;
}

/** The parameter of an action named `name`, if the catalogue lists it (a Map lookup, computed once per entry). */
export function paramSpec(spec: ActionSpec, name: string): ParamSpec | undefined {
  return paramIndex(spec).byName.get(name);
}

/** The parameter names of an action, in catalogue order (shared; do not modify). */
export function paramNames(spec: ActionSpec): readonly string[] {
  return paramIndex(spec).names;
}

/** The canonical Type names, in catalogue order (aliases not included). */
export function knownActionTypes(): string[] {
  return ACTION_SPECS.map((spec) => spec.type);
}

export { misnomer, type Misnomer, type MisnomerKind } from './legacyNames';
export { OPERATOR_SPECS, OPERATORS, COMMON_OPERATORS, operatorSpec, type OperatorSpec } from './operators';
export { NAMESPACES, NAMESPACE_NOTES, isKnownNamespace, type NamespaceNote } from './namespaces';
export { EVENT_HOOKS } from './actions/updateContactEventHooks';
export { AGENT_METRICS } from './actions/checkMetricData';
