import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, withCode } from '../../../../test/helpers/flow';
import { END_ID, say } from '../../../../test/helpers/actions';
import { Severity } from '../diagnostic';

describe('flow-content-size', () => {
  it('reports content over 256,000 characters on the opening brace', () => {
    const text = flowText([say('m', 'x'.repeat(260_000), END_ID), endAction]);
    const [d, ...rest] = withCode(check(text), 'flow-content-size');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe(
      `This flow is ${text.length.toLocaleString('en-US')} characters long as it stands; the flow APIs accept at most 256,000 characters of content, counted on the text as sent, whitespace included. Even without whitespace it is over the limit: split it into several flows or modules.`,
    );
    expect(d.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } });
  });

  it('counts exactly up to the limit on the text as sent: one character over it is reported, the limit itself is not', () => {
    const compact = (n: number) => JSON.stringify(JSON.parse(flowText([say('m', 'x'.repeat(n), END_ID), endAction])));
    const base = compact(0).length;
    const atLimit = compact(256_000 - base);
    expect(atLimit.length).toBe(256_000);
    expect(withCode(check(atLimit), 'flow-content-size')).toEqual([]);
    expect(withCode(check(compact(256_001 - base)), 'flow-content-size').map((d) => d.severity)).toEqual([Severity.Error]);
  });

  it('counts whitespace inside strings (a minifier keeps it) and escaped quotes within them', () => {
    const text = flowText([say('m', ' \\" '.repeat(70_000), END_ID), endAction]);
    expect(JSON.stringify(JSON.parse(text)).length).toBeGreaterThan(256_000);
    expect(withCode(check(text), 'flow-content-size')).toHaveLength(1);
  });

  it('measures the text as sent: indentation counts, and a flow that fits only minified is a warning saying so', () => {
    const text = flowText([say('m', 'x'.repeat(200_000), END_ID), endAction]).replace('{', '{' + ' '.repeat(60_000));
    expect(text.length).toBeGreaterThan(256_000);
    const [d, ...rest] = withCode(check(text), 'flow-content-size');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Warning);
    expect(d.message).toMatch(/as it stands; .* Without the whitespace outside strings it is 200,\d{3}: send it minified, or split it into several flows or modules\.$/);
  });
});
