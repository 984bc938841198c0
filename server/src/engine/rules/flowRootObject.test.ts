import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

describe('flow-root-object', () => {
  it('reports an array at the top level', () => {
    const [d] = check('[1, 2]');
    expect(d).toMatchObject({ code: 'flow-root-object', severity: Severity.Error, message: 'A flow must be a JSON object with `Version`, `StartAction` and `Actions`; this file holds an array.' });
    expect(d.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 6 } });
  });

  it('reports a string at the top level, on the whole value', () => {
    const text = '"Version 2019-10-30"';
    const found = check(text);
    expect(found.map((d) => [d.code, d.severity, d.message])).toEqual([
      ['flow-root-object', Severity.Error, 'A flow must be a JSON object with `Version`, `StartAction` and `Actions`; this file holds a string.'],
    ]);
    expect(found[0].range).toEqual(rangeOfText(text, '"Version 2019-10-30"'));
  });

  it('says nothing about a flow object', () => {
    expect(withCode(check(flowText([endAction])), 'flow-root-object')).toEqual([]);
  });
});
