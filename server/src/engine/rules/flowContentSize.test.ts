import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, withCode } from '../../../../test/helpers/flow';
import { END_ID, say } from '../../../../test/helpers/actions';
import { Severity } from '../diagnostic';

describe('flow-content-size', () => {
  it('reports content over 256,000 characters on the opening brace', () => {
    const text = flowText([say('m', 'x'.repeat(260_000), END_ID), endAction]);
    const [d, ...rest] = withCode(check(text), 'flow-content-size');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Warning);
    expect(d.message).toBe(
      'This flow is over 256,000 characters long even without whitespace; the flow APIs accept at most 256,000. Split it into several flows or modules.',
    );
    expect(d.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } });
  });

  it('counts exactly up to the limit: one character over it is reported, the limit itself is not', () => {
    const base = JSON.stringify(JSON.parse(flowText([say('m', '', END_ID), endAction])));
    const atLimit = flowText([say('m', 'x'.repeat(256_000 - base.length), END_ID), endAction]);
    expect(JSON.stringify(JSON.parse(atLimit)).length).toBe(256_000);
    expect(withCode(check(atLimit), 'flow-content-size')).toEqual([]);
    const over = flowText([say('m', 'x'.repeat(256_001 - base.length), END_ID), endAction]);
    expect(withCode(check(over), 'flow-content-size')).toHaveLength(1);
  });

  it('counts whitespace inside strings (a minifier keeps it) and escaped quotes within them', () => {
    const text = flowText([say('m', ' \\" '.repeat(70_000), END_ID), endAction]);
    expect(JSON.stringify(JSON.parse(text)).length).toBeGreaterThan(256_000);
    expect(withCode(check(text), 'flow-content-size')).toHaveLength(1);
  });

  it('does not count indentation that a deploy step would strip', () => {
    const text = flowText([say('m', 'x'.repeat(200_000), END_ID), endAction]).replace('{', '{' + ' '.repeat(60_000));
    expect(text.length).toBeGreaterThan(256_000);
    expect(withCode(check(text), 'flow-content-size')).toEqual([]);
  });
});
