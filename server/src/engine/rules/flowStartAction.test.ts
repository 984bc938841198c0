import { describe, expect, it } from 'vitest';
import { END_ID, check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { fixesFor } from '../fixes';
import { buildModel } from '../model';

describe('flow-start-action', () => {
  it('reports a dangling StartAction, with a suggestion', () => {
    const text = flowText([endAction], { start: 'end-0000-0000-0000-00000000000' });
    const [d] = withCode(check(text), 'flow-start-action');
    expect(d.message).toBe(`\`StartAction\` names "end-0000-0000-0000-00000000000", but no action has that Identifier. Did you mean "${END_ID}"?`);
    expect(d.range).toEqual(rangeOfText(text, '"end-0000-0000-0000-00000000000"'));
    expect(d.data).toMatchObject({ replacement: END_ID });
  });

  it('saved exports may leave it empty', () => {
    expect(withCode(check(flowText([endAction], { start: '' })), 'flow-start-action')).toEqual([]);
  });

  it('accepts the Identifier of an action', () => {
    expect(withCode(check(flowText([endAction])), 'flow-start-action')).toEqual([]);
  });

  it('reports a missing StartAction on the opening brace, naming the first action', () => {
    const text = JSON.stringify({ Version: '2019-10-30', Actions: [endAction] }, null, 2);
    const [d, ...rest] = withCode(check(text), 'flow-start-action');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe(`The flow has no \`StartAction\`: add "StartAction" with the Identifier of the first action (for example "${END_ID}").`);
    expect(d.range).toEqual(rangeOfText(text, '{'));
  });

  it('reports a StartAction that is not a string', () => {
    const text = flowText([endAction]).replace(`"StartAction": "${END_ID}"`, '"StartAction": null');
    const [d] = withCode(check(text), 'flow-start-action');
    expect(d.message).toBe("`StartAction` must be a string naming an action's Identifier; found null.");
    expect(d.range).toEqual(rangeOfText(text, 'null'));
  });

  it('fixes a typo with the suggested Identifier', () => {
    const text = flowText([endAction], { start: 'end-0000-0000-0000-00000000000' });
    const [d] = withCode(check(text), 'flow-start-action');
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes.map((f) => f.title)).toEqual([`Start the flow at \`${END_ID}\` (DisconnectParticipant)`]);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(flowText([endAction]));
    expect(withCode(check(after), 'flow-start-action')).toEqual([]);
  });

  it('fixes a missing StartAction by starting at the first action, after Version', () => {
    const text = JSON.stringify({ Version: '2019-10-30', Actions: [endAction] }, null, 2);
    const [d] = withCode(check(text), 'flow-start-action');
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes.map((f) => f.title)).toEqual([`Start the flow at \`${END_ID}\` (DisconnectParticipant), the first action`]);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(JSON.stringify({ Version: '2019-10-30', StartAction: END_ID, Actions: [endAction] }, null, 2));
    expect(withCode(check(after), 'flow-start-action')).toEqual([]);
  });
});
