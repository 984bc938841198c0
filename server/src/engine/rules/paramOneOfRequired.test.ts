import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { END_ID, act, say } from '../../../../test/helpers/actions';
import { Severity } from '../diagnostic';

describe('param-one-of-required', () => {
  it('accepts any one of the group', () => {
    const text = flowText([
      say('a', 'hello', 'b'),
      act('b', 'MessageParticipant', { PromptId: 'arn:aws:connect:prompt' }, { next: 'c' }),
      act('c', 'UpdateContactRoutingBehavior', { QueueTimeAdjustmentSeconds: '600' }, { next: END_ID }),
      endAction,
    ]);
    expect(withCode(check(text), 'param-one-of-required')).toEqual([]);
  });

  it('reports a prompt with nothing to say, on the Parameters key', () => {
    const text = flowText([act('a', 'MessageParticipant', {}, { next: END_ID }), endAction]);
    const [d, ...rest] = withCode(check(text), 'param-one-of-required');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe('MessageParticipant needs one of `PromptId`, `Text`, `SSML` or `Media`.');
    expect(d.range).toEqual(rangeOfText(text, '"Parameters"'));
    expect(d.data).toMatchObject({ params: ['PromptId', 'Text', 'SSML', 'Media'] });
  });

  it('reports on the Type when Parameters is missing', () => {
    const text = flowText([act('a', 'ConnectParticipantWithLexBot', null, { next: END_ID }), endAction]);
    const [d] = withCode(check(text), 'param-one-of-required');
    expect(d.message).toBe('ConnectParticipantWithLexBot needs one of `LexV2Bot` or `LexBot`.');
    expect(d.range).toEqual(rangeOfText(text, '"ConnectParticipantWithLexBot"'));
  });
});
