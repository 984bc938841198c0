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

describe('param-one-of-required in a saved, unpublished console export', () => {
  const draft = (status?: string) => {
    const text = flowText([{ Parameters: {}, Identifier: 'm', Type: 'MessageParticipant', Transitions: { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }] } }, endAction]);
    const withStatus = status ? text.replace('"ActionMetadata": {}', `"ActionMetadata": {},\n    "status": "${status}"`) : text;
    return { text: withStatus, found: withCode(check(withStatus), 'param-one-of-required') };
  };

  it('is a warning that says to complete the draft before publishing (Metadata.status "SAVED")', () => {
    const { text, found } = draft('SAVED');
    expect(found.map((d) => d.severity)).toEqual([Severity.Warning]);
    expect(found[0].message).toBe('MessageParticipant needs one of `PromptId`, `Text`, `SSML` or `Media`. This flow is a saved draft (Metadata.status "SAVED"): complete it before publishing.');
    expect(found[0].range).toEqual(rangeOfText(text, '"Parameters"'));
  });

  it('stays an error in a published export and in a file without a status', () => {
    expect(draft('PUBLISHED').found.map((d) => d.severity)).toEqual([Severity.Error]);
    expect(draft().found.map((d) => [d.severity, d.message])).toEqual([[Severity.Error, 'MessageParticipant needs one of `PromptId`, `Text`, `SSML` or `Media`.']]);
  });
});
