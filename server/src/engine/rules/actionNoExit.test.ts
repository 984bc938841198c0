import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { act } from '../../../../test/helpers/actions';
import { Severity } from '../diagnostic';

describe('action-no-exit', () => {
  it('reports a non-terminal action with empty Transitions, on the Transitions key', () => {
    const text = flowText([act('hold', 'MessageParticipant', { Text: 'Please hold.' })]);
    const [d, ...rest] = withCode(check(text), 'action-no-exit');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Warning);
    expect(d.message).toBe(
      'MessageParticipant does not end the flow, but it has no `NextAction` or branch: add a `NextAction` (for example to a DisconnectParticipant action).',
    );
    expect(d.range).toEqual(rangeOfText(text, '"Transitions"'));
  });

  it('counts an unconnected NextAction of a saved draft as a way out', () => {
    const text = flowText([act('m', 'MessageParticipant', { Text: 'x' }, { next: '' })]);
    expect(withCode(check(text), 'action-no-exit')).toEqual([]);
  });

  it('skips terminal actions, looping hold prompts and unknown types', () => {
    const text = flowText([
      act('loop', 'MessageParticipantIteratively', { Messages: [{ Text: 'You are on hold.' }] }),
      act('x', 'TransferToQueue', { QueueId: 'q' }),
      endAction,
    ]);
    expect(withCode(check(text), 'action-no-exit')).toEqual([]);
  });
});
