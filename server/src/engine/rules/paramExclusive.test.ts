import { describe, expect, it } from 'vitest';
import { callbackAction, check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { fixesFor } from '../fixes';
import { buildModel } from '../model';

describe('param-exclusive', () => {
  it('accepts QueueId alone and AgentId alone', () => {
    expect(withCode(check(flowText([callbackAction({}, { QueueId: 'q-1' }), endAction])), 'param-exclusive')).toEqual([]);
    expect(withCode(check(flowText([callbackAction({}, { AgentId: 'a-1' }), endAction])), 'param-exclusive')).toEqual([]);
  });

  it('reports AgentId given together with QueueId, on the AgentId key, with the QueueId key as related', () => {
    const text = flowText([callbackAction({}, { QueueId: 'q-1', AgentId: '$.Attributes.agent' }), endAction]);
    const [d, ...rest] = withCode(check(text, { uri: 'file:///f.json' }), 'param-exclusive');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.source).toBe('connect-flow');
    expect(d.message).toBe('CreateCallbackContact takes either `QueueId` or `AgentId`, not both: remove one of them.');
    expect(d.range).toEqual(rangeOfText(text, '"AgentId"'));
    expect(d.relatedInformation?.[0].location.range).toEqual(rangeOfText(text, '"QueueId"'));
  });
});

describe('param-exclusive fix', () => {
  it('removes AgentId (preferred) or QueueId', () => {
    const text = flowText([callbackAction({}, { QueueId: 'q-1', AgentId: '$.Attributes.agent' }), endAction]);
    const [d] = withCode(check(text), 'param-exclusive');
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes.map((f) => [f.title, f.preferred])).toEqual([
      ['Remove `AgentId`', true],
      ['Remove `QueueId`', undefined],
    ]);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(flowText([callbackAction({}, { QueueId: 'q-1' }), endAction]));
    expect(withCode(check(after), 'param-exclusive')).toEqual([]);
    expect(applyTextEdits(text, fixes[1].edits)).toBe(flowText([callbackAction({}, { AgentId: '$.Attributes.agent' }), endAction]));
  });
});
