import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import { buildModel } from '../../server/src/engine';
import { readTestCase, runTestCase, type TestResult } from '../../server/src/simulator';
import { sharedDir } from '../helpers/shared';

/**
 * Hand-written test cases (testing language, service form) for real flows of ../shared/corpus. The flows are read
 * from there, never copied: some come from repositories without a licence.
 */
const shared = sharedDir();
const corpus = (dir: string, file: string) => (shared ? path.join(shared, 'corpus', dir, file) : '');

function runOn(flowFile: string, observations: unknown[], settings: Record<string, unknown> = {}): TestResult {
  const read = readTestCase(JSON.stringify({ Version: '2019-10-30', Metadata: { connectFlowLint: settings }, Observations: observations }));
  expect(read.problems).toEqual([]);
  return runTestCase(read.testCase!, buildModel(fs.readFileSync(flowFile, 'utf8')));
}

const ev = (Type: string, Properties: unknown = {}) => ({ Identifier: `${Type}-event`, Type, Actor: 'System', Properties });
const message = (Text: string, type = 'Inclusion') => ev('MessageReceived', { Text, MatchingCriteria: { Type: type } });
const started = (ActionType: string, ActionParameters: unknown = {}) => ev('FlowActionStarted', { ActionType, ActionParameters });
const obs = (Identifier: string, Event: unknown, Actions: unknown[] = [], next: string[] = []) => ({ Identifier, Event, Actions, Transitions: next.length ? { NextObservations: next } : {} });
const dtmf = (Identifier: string, Value: string) => ({ Identifier, Type: 'SendInstruction', Parameters: { ActionType: 'SendInstruction', Actor: 'Customer', Instruction: { Type: 'DtmfInput', Properties: { Value } } }, Transitions: {} });
const assert = (Identifier: string, Namespace: string, Operator: string, Operand?: string, next?: string) => ({ Identifier, Type: 'Assert', Parameters: { Namespace, Operator, ...(Operand !== undefined ? { Operand } : {}) }, Transitions: next ? { NextAction: next } : {} });
const endTest = (Identifier = 'end') => ({ Identifier, Type: 'TestControl', Parameters: { ActionType: 'TestControl', Command: { Type: 'EndTest' } }, Transitions: {} });
function mock(Identifier: string, ActionType: string, ActionParameters: unknown, response: { data?: string; value?: string; error?: string }, next?: string) {
  const Response = response.error ? { Type: 'Error', Error: { Value: response.error } } : { Type: 'ExecutionResult', ExecutionResult: { ...(response.data ? { LoadedData: response.data } : {}), ...(response.value ? { Value: response.value } : {}) } };
  return {
    Identifier,
    Type: 'OverrideSystemBehavior',
    Parameters: { ActionType: 'OverrideSystemBehavior', Behavior: { Type: 'FlowAction', Properties: { ActionType, ActionParameters, Strategy: { Type: 'MockResponse', Response } } } },
    Transitions: next ? { NextAction: next } : {},
  };
}

// amazon-connect/amazon-connect-salesforce-scv (Apache-2.0): Lambda calls with a retry loop, a case lookup, a DTMF choice.
const scv = corpus('real-flows', 'amazon-connect__amazon-connect-salesforce-scv__AWS_Sample_SCV_REST_Example.json');
const TELEPHONY = { LambdaFunctionARN: '%%INVOKE_TELEPHONY_FUNCTION_ARN%%' };
const REST = { LambdaFunctionARN: '%%INVOKE_SALESFORCE_REST_API_FUNCTION_ARN%%' };

describe.skipIf(!shared)('real flow: Salesforce SCV REST example (Lambda branches, DTMF)', () => {
  it('retries the telephony Lambda twice, then apologises and hangs up', () => {
    const r = runOn(scv, [
      obs('start', ev('TestInitiated'), [mock('fail-1', 'InvokeLambdaFunction', TELEPHONY, { error: 'NoMatchingError' }, 'fail-2'), mock('fail-2', 'InvokeLambdaFunction', TELEPHONY, { error: 'NoMatchingError' })], ['sorry']),
      obs('sorry', message('We have encountered an error'), [assert('marked', '$.Attributes.error_desc', 'Equals', 'lambda loop fail')], ['done']),
      obs('done', ev('TestCompleted')),
    ]);
    expect(r.failure).toBeUndefined();
    expect(r.trace.filter((s) => s.actionType === 'InvokeLambdaFunction')).toHaveLength(2);
    expect(r.outcome.kind).toBe('disconnected');
  });

  it('offers the open case found by the REST Lambda; pressing 1 keeps the case on the contact', () => {
    const r = runOn(scv, [
      obs('start', ev('TestInitiated'), [mock('call', 'InvokeLambdaFunction', TELEPHONY, { data: '{"voiceCallId":"0LQ1"}' }, 'case'), mock('case', 'InvokeLambdaFunction', REST, { data: '{"Id":"5003000000D8cuI","CaseNumber":"00001026","Subject":"Broken router"}' })], ['offer']),
      obs('offer', message('If you are calling about open case'), [dtmf('press-1', '1')], ['moment']),
      obs('moment', message('One moment please', 'Similarity'), [assert('case-kept', '$.Attributes.voiceCallId', 'Equals', '0LQ1', 'end'), endTest()]),
    ]);
    expect(r.failure).toBeUndefined();
    const offer = r.events.find((e) => e.type === 'MessageReceived' && e.ssml?.includes('open case'));
    expect(offer && offer.type === 'MessageReceived' && offer.ssml).toContain('<say-as interpret-as="digits">00001026</say-as>, regarding Broken router, press 1.');
  });

  it('fails, naming the observation, when the case lookup finds no case', () => {
    const r = runOn(scv, [
      obs('start', ev('TestInitiated'), [mock('call', 'InvokeLambdaFunction', TELEPHONY, { data: '{"voiceCallId":"0LQ1"}' }, 'case'), mock('case', 'InvokeLambdaFunction', REST, { data: '{"Id":"none"}' })], ['offer']),
      obs('offer', message('If you are calling about open case'), [dtmf('press-1', '1')]),
    ]);
    expect(r.status).toBe('failed');
    expect(r.failure?.observation).toBe('offer');
    // The next Lambda call (the contact lookup) has no mock: the simulator cannot go past it.
    expect(r.failure?.message).toContain('needs a mock');
  });
});

// photosphere/connect-cdk-voice-channel (no licence: read as test input only): channel check, hours of the working queue.
const welcome = corpus('real-flows-2', 'photosphere__connect-cdk-voice-channel__welcome_message_flow.json');
const weekdays = { Config: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((Day) => ({ Day, StartTime: { Hours: 8, Minutes: 0 }, EndTime: { Hours: 18, Minutes: 0 } })), TimeZone: 'Asia/Tokyo' };

describe.skipIf(!shared)('real flow: welcome message flow (hours of operation)', () => {
  it('in hours: welcome message, then the queue', () => {
    const r = runOn(welcome, [obs('hello', message('welcome-message', 'Similarity'), [], ['queued']), obs('queued', started('TransferContactToQueue'), [assert('q', '$.Queue.ARN', 'Equals', 'queue-arn')])], { hours: { 'queue-arn': weekdays }, startTime: '2026-01-06T01:00:00Z' });
    expect(r.failure).toBeUndefined();
    expect(r.outcome.kind).toBe('queued');
  });
  it('out of hours (Tokyo evening): the closed message, and no queue', () => {
    const r = runOn(welcome, [obs('closed', message('open-hour-message', 'Similarity'), [], ['done']), obs('done', ev('TestCompleted'))], { hours: { 'queue-arn': weekdays }, startTime: '2026-01-06T12:00:00Z' });
    expect(r.failure).toBeUndefined();
    expect(r.trace.map((s) => s.actionType)).not.toContain('TransferContactToQueue');
  });
  it('tasks skip the hours check and go straight to the queue', () => {
    const r = runOn(welcome, [obs('queued', started('TransferContactToQueue'))], { channel: 'TASK' });
    expect(r.failure).toBeUndefined();
    expect(r.trace.map((s) => s.actionType)).not.toContain('CheckHoursOfOperation');
  });
  it('without hours or a mock the hours check needs a mock', () => {
    const r = runOn(welcome, [obs('hello', message('welcome-message'))]);
    expect(r.failure?.message).toBe('CheckHoursOfOperation "2bfec059-0c2c-45c2-bc42-dfed3501ca2e" needs a mock: give hours for queue-arn or an OverrideSystemBehavior (InHours / OutOfHours).');
  });
});

// aws-samples/amazon-connect-rules-engine (MIT-0): a DTMF menu driven by the rule the previous Lambda loaded.
const dtmfMenu = corpus('real-flows', 'aws-samples__amazon-connect-rules-engine__RulesEngineDTMFMenu.json');
const RULE = { CurrentRule_offerMessageType: 'text', CurrentRule_offerMessage: 'Press 1 for sales or 2 for support.', CurrentRule_errorMessageType: 'text', CurrentRule_errorMessage: 'That is not an option.' };
const MENU_LAMBDA = { LambdaFunctionARN: '{{lambdaFunctions.connectdtmfmenu.arn}}' };

describe.skipIf(!shared)('real flow: rules engine DTMF menu (stored input, Lambda validation)', () => {
  it('a valid key goes back to the main rules flow with the key passed to the Lambda', () => {
    const r = runOn(dtmfMenu, [
      obs('menu', message('Press 1 for sales'), [dtmf('press-2', '2')], ['validate']),
      obs('validate', started('InvokeLambdaFunction', { LambdaInvocationAttributes: { selectedOption: '2' } }), [mock('valid', 'InvokeLambdaFunction', MENU_LAMBDA, { data: '{"CurrentRule_validSelection":"true"}' })], ['main']),
      obs('main', started('TransferToFlow', { ContactFlowId: '{{contactFlows.RulesEngineMain.arn}}' }), [endTest()]),
    ], { data: { External: RULE } });
    expect(r.failure?.message).toBeUndefined();
    expect((r.trace.find((s) => s.actionType === 'GetParticipantInput')?.note)).toBe('stored "2"');
  });
  it('an invalid key plays the rule\'s error message and asks again', () => {
    const r = runOn(dtmfMenu, [
      obs('menu', message('Press 1 for sales'), [dtmf('press-9', '9'), mock('invalid', 'InvokeLambdaFunction', MENU_LAMBDA, { data: JSON.stringify({ ...RULE, CurrentRule_validSelection: 'false', CurrentRule_terminate: 'false', CurrentRule_done: 'false' }) })], ['error']),
      obs('error', message('That is not an option'), [], ['again']),
      obs('again', message('Press 1 for sales'), [endTest()]),
    ], { data: { External: RULE } });
    expect(r.failure).toBeUndefined();
  });
  it('silence calls the Lambda with NOINPUT', () => {
    const r = runOn(dtmfMenu, [obs('noinput', started('InvokeLambdaFunction', { LambdaInvocationAttributes: { selectedOption: 'NOINPUT' } }), [endTest()])], { data: { External: RULE } });
    expect(r.failure).toBeUndefined();
    expect(r.trace.find((s) => s.actionType === 'GetParticipantInput')?.branch?.label).toBe('NoMatchingError');
  });
});

describe.skipIf(!!shared)('real flows', () => {
  it.skip('skipped: ../shared/corpus is not present (set CONNECT_FLOW_SHARED_DIR to run these)', () => {});
});
