import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { END_ID, act } from '../../../../test/helpers/actions';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { fixesFor } from '../fixes';
import { buildModel } from '../model';

const one = (type: string, params: Record<string, unknown> = {}) => {
  const text = flowText([act('a', type, params, { next: END_ID }), endAction]);
  return { text, found: withCode(check(text), 'action-type-unknown') };
};

describe('action-type-unknown', () => {
  it('is silent for every catalogue type and for the accepted aliases', () => {
    for (const type of ['MessageParticipant', 'UpdateContactRoutingCriteria', 'UpdateRoutingCriteria', 'UntagContact', 'UnTagContact', 'Wait']) {
      expect(one(type).found).toEqual([]);
    }
  });

  it('suggests the closest type for a typo, on the Type value', () => {
    const { text, found } = one('MessageParticpant');
    expect(found).toHaveLength(1);
    const [d] = found;
    expect(d.severity).toBe(Severity.Warning);
    expect(d.message).toBe('"MessageParticpant" is not a known action type, so this action is not checked. Did you mean "MessageParticipant"?');
    expect(d.range).toEqual(rangeOfText(text, '"MessageParticpant"'));
    expect(d.data).toMatchObject({ replacement: 'MessageParticipant' });
  });

  it('says when nothing is close', () => {
    const [d] = one('Frobnicate').found;
    expect(d.message).toBe('"Frobnicate" is not a known action type, so this action is not checked.');
    expect(d.data).toEqual({ path: ['Actions', 0, 'Type'] });
  });

  it('names the old designer format for legacy block names and gives the flow-language type', () => {
    const [d] = one('PlayPrompt', { Text: 'hi' }).found;
    expect(d.message).toBe(
      '"PlayPrompt" is a block name from the old (pre-2019) designer export format, not a flow-language action type. Use `MessageParticipant` instead (its parameters differ).',
    );
    expect(d.data).toMatchObject({ replacement: 'MessageParticipant' });
    expect(one('SetQueue').found[0].message).toContain('Use `UpdateContactTargetQueue` instead');
    expect(one('CheckAttribute').found[0].message).toContain('Use `Compare` instead');
    expect(one('SetVoice').found[0].message).toContain('Use `UpdateContactTextToSpeechVoice` instead');
  });

  it('explains console-like names such as TransferToQueue', () => {
    const [d] = one('TransferToQueue', { QueueId: 'q' }).found;
    expect(d.message).toBe(
      '"TransferToQueue" is not a flow-language action type (it reads like a console block name). Use `TransferContactToQueue` instead (its parameters differ).',
    );
  });

  it('explains that there is no start block', () => {
    const text = flowText([act('start', 'Start', null, { next: END_ID }), endAction]);
    const [d] = withCode(check(text), 'action-type-unknown');
    expect(d.message).toBe(
      '"Start" is not an action type: the flow language has no start block. `StartAction` at the top of the file names the first action; remove this action and point `StartAction` (and any transition to it) at its next action.',
    );
    expect(d.range).toEqual(rangeOfText(text, '"Start"'));
    expect(d.data).toEqual({ path: ['Actions', 0, 'Type'] });
  });

  it('leaves a missing or non-string Type to action-type', () => {
    const text = flowText([{ Identifier: 'a', Type: 7, Parameters: {}, Transitions: {} }, { Identifier: 'b', Parameters: {}, Transitions: {} }]);
    expect(withCode(check(text), 'action-type-unknown')).toEqual([]);
  });
});

describe('action-type-unknown fix', () => {
  it('changes a misspelt type to the suggestion when the action then checks clean', () => {
    const text = flowText([act('a', 'MessageParticpant', { Text: 'hi' }, { next: END_ID, errors: { NoMatchingError: END_ID } }), endAction]);
    const [d] = withCode(check(text), 'action-type-unknown');
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes.map((f) => f.title)).toEqual(['Change it to "MessageParticipant"']);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(flowText([act('a', 'MessageParticipant', { Text: 'hi' }, { next: END_ID, errors: { NoMatchingError: END_ID } }), endAction]));
    expect(withCode(check(after), 'action-type-unknown')).toEqual([]);
  });
});
