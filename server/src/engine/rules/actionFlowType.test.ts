import { describe, expect, it } from 'vitest';
import { callbackAction, check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { END_ID, act, say } from '../../../../test/helpers/actions';
import { Severity } from '../diagnostic';
import { DEFAULT_SETTINGS, flowTypeFor, readSettings } from '../../project/settings';

describe('action-flow-type for CreateCallbackContact', () => {
  it.each(['agentWhisper', 'customerWhisper', 'outboundWhisper', 'agentHold', 'customerHold'])('rejects CreateCallbackContact in %s flows', (type) => {
    const text = flowText([callbackAction(), endAction], { metadataType: type });
    const [d, ...rest] = withCode(check(text), 'action-flow-type');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toMatch(new RegExp(`^CreateCallbackContact is not allowed in an? [a-z ]+ flow \\(Metadata.type is "${type}"\\); it runs only in inbound contact flows, transfer flows and customer queue flows\\.$`));
    expect(d.range).toEqual(rangeOfText(text, '"CreateCallbackContact"'));
  });

  it('names the flow type in words', () => {
    const [d] = withCode(check(flowText([callbackAction(), endAction], { metadataType: 'agentWhisper' })), 'action-flow-type');
    expect(d.message).toContain('not allowed in an agent whisper flow');
  });

  it.each(['contactFlow', 'customerQueue', 'queueTransfer', 'agentTransfer'])('accepts %s flows', (type) => {
    expect(withCode(check(flowText([callbackAction(), endAction], { metadataType: type })), 'action-flow-type')).toEqual([]);
  });

  it('says nothing when the flow type is unknown', () => {
    expect(withCode(check(flowText([callbackAction(), endAction])), 'action-flow-type')).toEqual([]);
    expect(withCode(check(flowText([callbackAction(), endAction], { metadataType: 'somethingNew' })), 'action-flow-type')).toEqual([]);
  });

  it('uses options.flowType (API spelling too) when Metadata has no type', () => {
    const [d] = withCode(check(flowText([callbackAction(), endAction]), { flowType: 'CUSTOMER_HOLD' }), 'action-flow-type');
    expect(d.message).toBe(
      'CreateCallbackContact is not allowed in a customer hold flow (the configured flow type is "CUSTOMER_HOLD"); it runs only in inbound contact flows, transfer flows and customer queue flows.',
    );
  });

  it('prefers Metadata.type over options.flowType', () => {
    expect(withCode(check(flowText([callbackAction(), endAction], { metadataType: 'contactFlow' }), { flowType: 'agentHold' }), 'action-flow-type')).toEqual([]);
  });
});

describe('action-flow-type for every action', () => {
  const holdFlow = (metadataType?: string) => flowText([say('m', 'Please hold.'), endAction], { metadataType });

  it('reports a prompt in a hold flow, naming the flow types that allow it', () => {
    const text = holdFlow('customerHold');
    const [d, ...rest] = withCode(check(text), 'action-flow-type');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe(
      'MessageParticipant is not allowed in a customer hold flow (Metadata.type is "customerHold"); it runs only in inbound, transfer, whisper and customer queue flows (not hold flows).',
    );
    expect(d.range).toEqual(rangeOfText(text, '"MessageParticipant"'));
  });

  it('uses the flow type given by the connectFlow.flowTypes glob setting when Metadata has none', () => {
    const settings = readSettings({ flowTypes: { '**/*_hold_flow.json': 'customerHold', '**/*_transfer_flow.json': 'queueTransfer' } });
    const flowType = flowTypeFor('/repo/flows/sales_hold_flow.json', settings);
    expect(flowType).toBe('customerHold');
    const [d] = withCode(check(holdFlow(), { flowType }), 'action-flow-type');
    expect(d.message).toBe(
      'MessageParticipant is not allowed in a customer hold flow (the configured flow type is "customerHold"); it runs only in inbound, transfer, whisper and customer queue flows (not hold flows).',
    );
    const transfer = flowTypeFor('C:\\repo\\sales_transfer_flow.json', settings);
    expect(transfer).toBe('queueTransfer');
    expect(withCode(check(holdFlow(), { flowType: transfer }), 'action-flow-type')).toEqual([]);
    expect(flowTypeFor('/repo/main.json', DEFAULT_SETTINGS)).toBeUndefined();
  });

  it('says nothing when the flow type is unknown or a campaign', () => {
    expect(withCode(check(holdFlow()), 'action-flow-type')).toEqual([]);
    expect(withCode(check(holdFlow('campaign')), 'action-flow-type')).toEqual([]);
    expect(withCode(check(holdFlow('somethingNew')), 'action-flow-type')).toEqual([]);
  });

  it('applies to flow-control and transfer actions too', () => {
    const text = flowText(
      [
        act('t', 'TransferContactToQueue', null, { next: END_ID, errors: { QueueAtCapacity: END_ID, NoMatchingError: END_ID } }),
        act('h', 'CheckHoursOfOperation', {}, { next: END_ID, errors: { NoMatchingError: END_ID }, conditions: [['Equals', 'True', END_ID], ['Equals', 'False', END_ID]] }),
        act('e', 'EndFlowExecution', {}),
        endAction,
      ],
      { metadataType: 'agentWhisper' },
    );
    expect(withCode(check(text), 'action-flow-type').map((d) => d.message)).toEqual([
      'TransferContactToQueue is not allowed in an agent whisper flow (Metadata.type is "agentWhisper"); it runs only in inbound flows and transfer flows.',
      'CheckHoursOfOperation is not allowed in an agent whisper flow (Metadata.type is "agentWhisper"); it runs only in inbound flows, transfer flows and customer queue flows.',
    ]);
  });

  it('allows EndFlowExecution in hold flows, as real console exports do', () => {
    const text = flowText([act('e', 'EndFlowExecution', {})], { metadataType: 'agentHold' });
    expect(withCode(check(text), 'action-flow-type')).toEqual([]);
  });

  it('does not apply a configured type to a flow module, and keeps EndFlowModuleExecution to modules', () => {
    const module = flowText([say('m', 'hi', 'r'), act('r', 'EndFlowModuleExecution', {})], { top: { Settings: { InputParameters: [], OutputParameters: [], Transitions: [] } } });
    expect(withCode(check(module, { flowType: 'customerHold' }), 'action-flow-type')).toEqual([]);
    const flow = flowText([say('m', 'hi', 'r'), act('r', 'EndFlowModuleExecution', {})], { metadataType: 'contactFlow' });
    expect(withCode(check(flow), 'action-flow-type').map((d) => d.message)).toEqual([
      'EndFlowModuleExecution is not allowed in an inbound contact flow (Metadata.type is "contactFlow"); it runs only in flow modules.',
    ]);
  });
});
