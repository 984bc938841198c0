/**
 * Type names people paste that are not flow-language action types, with the type to use instead.
 * - `legacy`: block names of the old (pre-2019) designer export (`modules` / `start` files).
 * - `console`: names that echo a console block or another tool's vocabulary.
 * - `start`: an entry-point block; the flow language has none (`StartAction` names the first action).
 */
export type MisnomerKind = 'legacy' | 'console' | 'start';

export interface Misnomer {
  kind: MisnomerKind;
  use?: string;
}

const table: Array<[string, MisnomerKind, string?]> = [
  ['PlayPrompt', 'legacy', 'MessageParticipant'],
  ['PlayAudio', 'legacy', 'MessageParticipant'],
  ['StoreUserInput', 'legacy', 'GetParticipantInput'],
  ['StoreCustomerInput', 'legacy', 'GetParticipantInput'],
  ['GetUserInput', 'legacy', 'GetParticipantInput'],
  ['CheckAttribute', 'legacy', 'Compare'],
  ['SetAttributes', 'legacy', 'UpdateContactAttributes'],
  ['SetQueue', 'legacy', 'UpdateContactTargetQueue'],
  ['Transfer', 'legacy', 'TransferContactToQueue'],
  ['Disconnect', 'legacy', 'DisconnectParticipant'],
  ['InvokeExternalResource', 'legacy', 'InvokeLambdaFunction'],
  ['SetVoice', 'legacy', 'UpdateContactTextToSpeechVoice'],
  ['SetScreenPop', 'legacy'],
  ['CustomerInQueue', 'legacy', 'CheckMetricData'],
  ['TransferToQueue', 'console', 'TransferContactToQueue'],
  ['TransferToAgent', 'console', 'TransferContactToAgent'],
  ['TransferToPhoneNumber', 'console', 'TransferParticipantToThirdParty'],
  ['SetCallbackNumber', 'console', 'UpdateContactCallbackNumber'],
  ['SetContactAttributes', 'console', 'UpdateContactAttributes'],
  ['CheckContactAttributes', 'console', 'Compare'],
  ['CheckCondition', 'console', 'Compare'],
  ['SetWorkingQueue', 'console', 'UpdateContactTargetQueue'],
  ['SetLoggingBehavior', 'console', 'UpdateFlowLoggingBehavior'],
  ['SetRecordingBehavior', 'console', 'UpdateContactRecordingBehavior'],
  ['GetCustomerInput', 'console', 'GetParticipantInput'],
  ['CheckStaffing', 'console', 'CheckMetricData'],
  ['GetQueueMetrics', 'console', 'GetMetricData'],
  ['EndFlow', 'console', 'EndFlowExecution'],
  ['HangUp', 'console', 'DisconnectParticipant'],
  ['Hangup', 'console', 'DisconnectParticipant'],
  ['InvokeModule', 'console', 'InvokeFlowModule'],
  ['InvokeLambda', 'console', 'InvokeLambdaFunction'],
  ['Start', 'start'],
  ['Begin', 'start'],
  ['Entry', 'start'],
  ['EntryPoint', 'start'],
  ['Trigger', 'start'],
];

const MISNOMERS = new Map<string, Misnomer>(table.map(([name, kind, use]) => [name, { kind, use }]));

/** What a non-existent Type most likely meant, when it is a known misnomer. */
export function misnomer(type: string): Misnomer | undefined {
  return MISNOMERS.get(type);
}
