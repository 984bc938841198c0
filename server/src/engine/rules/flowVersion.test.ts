import { describe, expect, it } from 'vitest';
import { END_ID, check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { fixesFor } from '../fixes';
import { buildModel } from '../model';

describe('flow-version', () => {
  it('accepts "2019-10-30"', () => {
    expect(withCode(check(flowText([endAction])), 'flow-version')).toEqual([]);
  });

  it('reports a missing Version on the opening brace', () => {
    const text = JSON.stringify({ StartAction: END_ID, Actions: [endAction] }, null, 2);
    const [d] = withCode(check(text), 'flow-version');
    expect(d.message).toBe('The flow has no `Version`: add "Version": "2019-10-30".');
    expect(d.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } });
  });

  it('reports a wrong value on the value', () => {
    const text = flowText([endAction]).replace('"2019-10-30"', '"2020-01-01"');
    const [d] = withCode(check(text), 'flow-version');
    expect(d.message).toBe('`Version` is "2020-01-01"; the flow language has one version, "2019-10-30".');
    expect(d.range).toEqual(rangeOfText(text, '"2020-01-01"'));
  });

  it('is an error, also for a number (shown as the number it is)', () => {
    const text = flowText([endAction]).replace('"2019-10-30"', '2019');
    const [d, ...rest] = withCode(check(text), 'flow-version');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe('`Version` is 2019; the flow language has one version, "2019-10-30".');
    expect(d.range).toEqual(rangeOfText(text, '2019'));
  });

  it('fixes a wrong value', () => {
    const text = flowText([endAction]).replace('"2019-10-30"', '"2020-01-01"');
    const [d] = withCode(check(text), 'flow-version');
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([['Set `Version` to "2019-10-30"', true]]);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(flowText([endAction]));
    expect(withCode(check(after), 'flow-version')).toEqual([]);
  });

  it('fixes a missing Version by adding it first', () => {
    const text = JSON.stringify({ StartAction: END_ID, Actions: [endAction] }, null, 2);
    const [d] = withCode(check(text), 'flow-version');
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes.map((f) => f.title)).toEqual(['Set `Version` to "2019-10-30"']);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(JSON.stringify({ Version: '2019-10-30', StartAction: END_ID, Actions: [endAction] }, null, 2));
    expect(withCode(check(after), 'flow-version')).toEqual([]);
  });
});
