import { describe, expect, it } from 'vitest';
import { END_ID, oneAction, rangeOfText, withCode } from './helpers/flow';
import { Severity } from '../server/src/engine/diagnostic';
import type { Diagnostic } from '../server/src/engine/diagnostic';

/**
 * Classes of false errors and noise found by running the checker on real flows it had never seen (issue 14,
 * section 2). Each case is written as those flows write it; each fails without the catalogue or rule change.
 */
const codes = (ds: Diagnostic[]) => ds.map((d) => `${d.code}:${['', 'error', 'warning', 'info', 'hint'][d.severity]}`);
const ok = { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }] };

describe('real flows the checker had never seen', () => {
  it('UpdateContactEventHooks with only EventHooksConfiguration (the console switching a whisper off) is valid', () => {
    const { diagnostics } = oneAction('UpdateContactEventHooks', { EventHooksConfiguration: { CustomerWhisper: { DisableExecution: 'true' } } });
    expect(codes(diagnostics)).toEqual([]);
  });

  it('UpdateContactEventHooks with neither key still needs one of them (an error, on Parameters)', () => {
    const { text, diagnostics } = oneAction('UpdateContactEventHooks', {});
    const [d] = withCode(diagnostics, 'param-one-of-required');
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe('UpdateContactEventHooks needs one of `EventHooks` or `EventHooksConfiguration`.');
    expect(d.range).toEqual(rangeOfText(text, '"Parameters"'));
  });

  it('UpdateContactRecordingAndAnalyticsBehavior with only ScreenRecordingBehavior is valid', () => {
    const { diagnostics } = oneAction('UpdateContactRecordingAndAnalyticsBehavior', { ScreenRecordingBehavior: { ScreenRecordedParticipants: ['Agent'] } });
    expect(codes(diagnostics)).toEqual([]);
  });

  it('Wait accepts the reference page spelling TimeoutSeconds as well as the exported TimeLimitSeconds, not both', () => {
    const events = { ...ok, Conditions: [{ NextAction: END_ID, Condition: { Operator: 'Equals', Operands: ['WaitCompleted'] } }] };
    expect(codes(oneAction('Wait', { TimeoutSeconds: '300' }, events).diagnostics)).toEqual([]);
    expect(codes(oneAction('Wait', { TimeLimitSeconds: '300' }, events).diagnostics)).toEqual([]);
    expect(codes(oneAction('Wait', { TimeoutSeconds: '300', TimeLimitSeconds: '300' }, events).diagnostics)).toEqual(['param-exclusive:error']);
    // The range of the documented spelling is a documentation-only fact: a warning (docs/rules.md, severity policy).
    expect(codes(oneAction('Wait', { TimeoutSeconds: '0' }, events).diagnostics)).toEqual(['param-out-of-range:warning']);
    expect(codes(oneAction('Wait', { TimeLimitSeconds: '0' }, events).diagnostics)).toEqual(['param-out-of-range:error']);
  });

  it('TransferParticipantToThirdParty to a voice connector, with the current page\'s timeout name, is valid', () => {
    const { diagnostics } = oneAction('TransferParticipantToThirdParty', {
      VoiceConnector: { VoiceConnectorType: 'ChimeConnector', VoiceConnectorArn: 'arn:aws:chime:us-east-1:1:vc/abc', FromUser: '+15550100', ToUser: '+15550101' },
      ThirdPartyConnectionTimeoutSeconds: '30',
    });
    expect(codes(diagnostics)).toEqual([]);
    expect(codes(oneAction('TransferParticipantToThirdParty', { ThirdPartyPhoneNumber: '+15550100', ThirdPartyConnectionTimeLimitSeconds: '30' }).diagnostics)).toEqual([]);
    expect(codes(oneAction('TransferParticipantToThirdParty', { ThirdPartyConnectionTimeLimitSeconds: '30' }).diagnostics)).toEqual(['param-one-of-required:error']);
  });

  it('CompleteOutboundCall accepts VoiceConnector and ConnectionTimeLimitSeconds (1-600)', () => {
    const vc = { VoiceConnector: { VoiceConnectorType: 'ChimeConnector', VoiceConnectorArn: '$.Attributes.vc', FromUser: 'a', ToUser: 'b' } };
    expect(codes(oneAction('CompleteOutboundCall', { ...vc, ConnectionTimeLimitSeconds: '60' }, { NextAction: END_ID }).diagnostics)).toEqual([]);
    expect(codes(oneAction('CompleteOutboundCall', { ...vc, ConnectionTimeLimitSeconds: '601' }, { NextAction: END_ID }).diagnostics)).toEqual(['param-out-of-range:warning']);
  });

  it('AssociateContactToCustomerProfile.ProfileResponseData is a documented parameter', () => {
    const { diagnostics } = oneAction('AssociateContactToCustomerProfile', { ProfileRequestData: { ProfileId: '$.Customer.ProfileId' }, ProfileResponseData: ['FirstName'] });
    expect(codes(diagnostics)).toEqual([]);
  });

  it('campaign flows: the campaign namespaces, CheckCommunicationStatus, and CreateCallbackContact', () => {
    const campaign = { options: { flowType: 'CAMPAIGN' as const } };
    const { diagnostics } = oneAction('UpdateContactAttributes', { Attributes: { a: '$.OutboundCommunication.Channel', b: "$.DeliveryReceipts['x'].Bounce" } }, undefined, campaign);
    expect(codes(diagnostics)).toEqual([]);
    expect(codes(oneAction('CheckCommunicationStatus', {}, undefined, campaign).diagnostics)).toEqual([]);
    const callback = { InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1', RetryDelaySeconds: '600' };
    expect(codes(oneAction('CreateCallbackContact', callback, undefined, campaign).diagnostics)).toEqual([]);
    // Still restricted where the reference restricts it.
    expect(codes(oneAction('CreateCallbackContact', callback, undefined, { options: { flowType: 'AGENT_WHISPER' } }).diagnostics)).toEqual(['action-flow-type:error']);
  });

  it('ConnectParticipantWithLexBot.LexInitializationData is not "corrected" to the reference page\'s misspelling', () => {
    const { diagnostics } = oneAction('ConnectParticipantWithLexBot', { Text: 'Hi', LexV2Bot: { AliasArn: 'arn:aws:lex:us-east-1:1:bot-alias/B/A' }, LexInitializationData: { InitialMessage: 'hi' } });
    expect(diagnostics.filter((d) => d.message.includes('LexInitilizationData'))).toEqual([]);
    expect(codes(diagnostics)).toEqual([]);
  });

  it('JSON numbers and booleans where exports write strings are an information with the fix kept', () => {
    const { diagnostics } = oneAction('Loop', { LoopCount: 2 }, {
      ...ok,
      Conditions: [
        { NextAction: END_ID, Condition: { Operator: 'Equals', Operands: ['ContinueLooping'] } },
        { NextAction: END_ID, Condition: { Operator: 'Equals', Operands: ['DoneLooping'] } },
      ],
    });
    expect(codes(diagnostics)).toEqual(['param-not-string:info']);
    expect(diagnostics[0].data).toMatchObject({ replacement: '2' });
  });

  it('CreateCallbackContact.CallbackMode (the current console writes "AgentFirst") is a parameter', () => {
    const { diagnostics } = oneAction('CreateCallbackContact', { InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1', RetryDelaySeconds: '600', CallbackMode: 'AgentFirst' });
    expect(codes(diagnostics)).toEqual([]);
  });

  it('the Voice ID actions of older official samples are known (deprecated), not unknown', () => {
    expect(codes(oneAction('SetSecurityBehavior', { VoiceAuthentication: '50', SecurityBehaviorOption: 'Enable' }).diagnostics)).toEqual(['action-deprecated:warning']);
  });

  it('a TransferContactToQueue with no transitions gets one diagnostic (missing-error-branch), not also "does not end the flow"', () => {
    const { diagnostics } = oneAction('TransferContactToQueue', undefined, {});
    expect(codes(diagnostics.filter((d) => d.code !== 'unreachable-action'))).toEqual(['missing-error-branch:warning']);
  });
});
