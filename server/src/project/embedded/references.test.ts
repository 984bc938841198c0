import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../engine/text/lineIndex';
import { buildTemplateModel, REFERENCE_KIND, REFERENCE_MISSING } from '.';

interface Refs {
  module: string;
  transfer: string;
  hold: string;
  whisper: string;
  queue: string;
}

function flow(refs: Refs): string {
  const t = (next: string) => ({ NextAction: next, Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] });
  return JSON.stringify(
    {
      Version: '2019-10-30',
      StartAction: 'mod',
      Metadata: { entryPointPosition: { x: 40, y: 40 }, ActionMetadata: {} },
      Actions: [
        { Identifier: 'mod', Type: 'InvokeFlowModule', Parameters: { FlowModuleId: refs.module }, Transitions: t('hooks') },
        { Identifier: 'hooks', Type: 'UpdateContactEventHooks', Parameters: { EventHooks: { CustomerHold: refs.hold } }, Transitions: t('whisper') },
        { Identifier: 'whisper', Type: 'UpdateContactEventHooks', Parameters: { EventHooks: { AgentWhisper: refs.whisper } }, Transitions: t('queue') },
        { Identifier: 'queue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: refs.queue }, Transitions: t('go') },
        { Identifier: 'go', Type: 'TransferToFlow', Parameters: { ContactFlowId: refs.transfer }, Transitions: t('end') },
        { Identifier: 'end', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
      ],
    },
    null,
    2,
  );
}

function template(refs: Refs): string {
  const body = flow(refs).split('\n').map((l) => `          ${l}`).join('\n');
  return `Parameters:
  WhisperContent:
    Type: String
Resources:
  Queue:
    Type: AWS::Connect::Queue
  Lookup:
    Type: Custom::Lookup
  Module:
    Type: AWS::Connect::ContactFlowModule
    Properties:
      Content: !Ref WhisperContent
  Whisper:
    Type: AWS::Connect::ContactFlow
    Properties:
      Type: AGENT_WHISPER
      Content: !Ref WhisperContent
  Hold:
    Type: AWS::Connect::ContactFlow
    Properties:
      Type: CUSTOMER_HOLD
      Content: !Ref WhisperContent
  Inbound:
    Type: AWS::Connect::ContactFlow
    Properties:
      Type: CONTACT_FLOW
      Content: !Ref WhisperContent
  Main:
    Type: AWS::Connect::ContactFlow
    Properties:
      Type: CONTACT_FLOW
      Content: !Sub
        - |
${body}
        - WhisperArn: !GetAtt Whisper.ContactFlowArn
          InboundArn: !GetAtt Inbound.ContactFlowArn
`;
}

const CLEAN: Refs = {
  module: '${Module.ContactFlowModuleArn}',
  transfer: '${InboundArn}',
  hold: '${Hold.ContactFlowArn}',
  whisper: '${WhisperArn}',
  queue: '${Queue.QueueArn}',
};

function referenceProblems(text: string) {
  const model = buildTemplateModel(text, 'stack.yaml')!;
  const lines = new LineIndex(text);
  return model.diagnostics
    .filter((d) => d.code === REFERENCE_KIND || d.code === REFERENCE_MISSING)
    .map((d) => ({ code: d.code, severity: d.severity, at: lines.offsetAt(d.range.start), end: lines.offsetAt(d.range.end), message: d.message }));
}

describe('references between the resources of a template', () => {
  it('a clean multi-flow template has none (Sub variables, GetAtt placeholders, a custom resource)', () => {
    expect(referenceProblems(template(CLEAN))).toEqual([]);
    expect(referenceProblems(template({ ...CLEAN, queue: '${Lookup.QueueArn}' }))).toEqual([]);
  });

  const cases: Array<[string, Partial<Refs>, string, RegExp]> = [
    ['InvokeFlowModule to a flow', { module: '${Inbound.ContactFlowArn}' }, '"${Inbound.ContactFlowArn}"', /InvokeFlowModule needs a flow module.*resource Inbound, a CONTACT_FLOW flow/],
    ['TransferToFlow to a module', { transfer: '${Module.ContactFlowModuleArn}' }, '"${Module.ContactFlowModuleArn}"', /TransferToFlow needs a flow that contacts can be transferred to/],
    ['TransferToFlow to a whisper flow (through a Sub variable)', { transfer: '${WhisperArn}' }, '"${WhisperArn}"', /resource Whisper, a AGENT_WHISPER flow/],
    ['a CustomerHold hook to a whisper flow', { hold: '${Whisper.ContactFlowArn}' }, '"${Whisper.ContactFlowArn}"', /a CUSTOMER_HOLD flow for the CustomerHold event/],
    ['a queue id that is a flow', { queue: '${Hold.ContactFlowArn}' }, '"${Hold.ContactFlowArn}"', /UpdateContactTargetQueue needs a queue/],
  ];
  it.each(cases)('%s: template-reference-kind error on the value', (_name, change, needle, message) => {
    const text = template({ ...CLEAN, ...change });
    const problems = referenceProblems(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: REFERENCE_KIND, severity: 1, at: text.lastIndexOf(needle), end: text.lastIndexOf(needle) + needle.length });
    expect(problems[0].message).toMatch(message);
  });

  it('a placeholder naming nothing: template-reference-missing on the placeholder', () => {
    const text = template({ ...CLEAN, queue: 'arn:${AWS::Partition}:connect:${Nothing.QueueArn}' });
    expect(referenceProblems(text)).toMatchObject([{ code: REFERENCE_MISSING, at: text.indexOf('${Nothing.QueueArn}'), end: text.indexOf('${Nothing.QueueArn}') + 19 }]);
  });

  it('the rules can be turned off', () => {
    const model = buildTemplateModel(template({ ...CLEAN, module: '${Inbound.ContactFlowArn}' }), 'stack.yaml', { rules: { [REFERENCE_KIND]: 'off' } })!;
    expect(model.diagnostics.some((d) => d.code === REFERENCE_KIND)).toBe(false);
  });
});
