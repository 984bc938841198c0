import { describe, expect, it } from 'vitest';
import { END_ID, check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { fixesFor } from '../fixes';
import { buildModel } from '../model';

describe('duplicate-identifier', () => {
  it('reports the second one, related to the first', () => {
    const text = flowText([endAction, endAction]);
    const [d] = withCode(check(text, { uri: 'file:///x.json' }), 'duplicate-identifier');
    expect(d.message).toBe(`Identifier "${END_ID}" is already used by action 1 (DisconnectParticipant); each action needs its own.`);
    expect(d.range).toEqual(rangeOfText(text, `"${END_ID}"`, 2));
    expect(d.relatedInformation?.[0].location.range).toEqual(rangeOfText(text, `"${END_ID}"`, 1));
  });

  it('is an error, once per repeat', () => {
    const text = flowText([endAction, endAction, endAction]);
    const found = withCode(check(text), 'duplicate-identifier');
    expect(found.map((d) => [d.code, d.severity])).toEqual([
      ['duplicate-identifier', Severity.Error],
      ['duplicate-identifier', Severity.Error],
    ]);
    expect(found[1].range).toEqual(rangeOfText(text, `"${END_ID}"`, 3));
  });

  it('says nothing when every Identifier is unique', () => {
    expect(withCode(check(flowText([{ ...endAction, Identifier: 'a' }, endAction])), 'duplicate-identifier')).toEqual([]);
  });

  it('fixes it by giving the second action a fresh Identifier', () => {
    const text = flowText([endAction, endAction]);
    const [d] = withCode(check(text), 'duplicate-identifier');
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes).toHaveLength(1);
    const id = /^Give this action a new Identifier \("(.+)"\)$/.exec(fixes[0].title)?.[1];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(flowText([endAction, { ...endAction, Identifier: id }], { start: END_ID }));
    expect(withCode(check(after), 'duplicate-identifier')).toEqual([]);
  });
});
