/**
 * Inputs that break naive offset arithmetic or recursion, each with the exact range the user must see.
 * Expected positions are computed here independently of the engine's LineIndex: LSP lines end at \n, \r\n or a
 * lone \r (not at U+2028), and characters are counted in UTF-16 code units (an emoji counts two).
 */
import { describe, expect, it } from 'vitest';
import { validate } from '../../server/src/engine/validate';
import { callbackAction, endAction, flowText, withCode } from '../helpers/flow';
import { assertEngineProperties } from './invariants';
import { deepNesting } from './generators';

function positionAt(text: string, offset: number) {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** The range of the `occurrence`-th `needle`, counted by hand. */
function expectedRange(text: string, needle: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} not found`);
  return { start: positionAt(text, at), end: positionAt(text, at + needle.length) };
}

/** A flow whose only value problem is RetryDelaySeconds "0" (out of range), with `before` in a string ahead of it. */
function flowWithBadDelay(before: string, indent: number | undefined): string {
  const action = callbackAction({ Identifier: 'cb' }, { RetryDelaySeconds: '0' });
  const withText = { Description: before, ...action, Transitions: { NextAction: 'end-0000-0000-0000-000000000000', Errors: [{ NextAction: 'end-0000-0000-0000-000000000000', ErrorType: 'NoMatchingError' }], Conditions: [] } };
  const text = flowText([withText, endAction]);
  return indent === undefined ? text : JSON.stringify(JSON.parse(text), null, indent);
}

function outOfRange(text: string) {
  const found = withCode(validate(text), 'param-out-of-range');
  expect(found.map((d) => d.message)).toEqual([expect.stringContaining('`RetryDelaySeconds`')]);
  return found[0].range;
}

describe('line ends, BOM and UTF-16 columns', () => {
  const cases: Array<[string, (t: string) => string, string, number | undefined]> = [
    ['LF, pretty-printed', (t) => t, 'plain', 2],
    ['CRLF line ends', (t) => t.replace(/\n/g, '\r\n'), 'plain', 2],
    ['lone CR line ends (old Mac)', (t) => t.replace(/\n/g, '\r'), 'plain', 2],
    ['BOM and CRLF', (t) => '\ufeff' + t.replace(/\n/g, '\r\n'), 'plain', 2],
    ['BOM, everything on one line', (t) => '\ufeff' + t, 'plain', 0],
    ['emoji (outside the BMP) earlier on the same line', (t) => t, '😀𝄞😀 caller 𝄞', 0],
    ['lone surrogates earlier on the same line', (t) => t, '\ud800 and \udfff alone', 0],
    ['U+2028 and U+2029 in a string (not line ends for LSP)', (t) => t, 'a\u2028b\u2029c', 0],
    ['escaped characters earlier on the same line', (t) => t, '"quoted" \\ back\tslash', 0],
  ];
  for (const [name, transform, before, indent] of cases) {
    it(name, () => {
      const text = transform(flowWithBadDelay(before, indent));
      expect(outOfRange(text)).toEqual(expectedRange(text, '"0"'));
      assertEngineProperties(text);
    });
  }

  it('a diagnostic after a CRLF sits on the next line, never between \\r and \\n', () => {
    const text = '{"Version":"2019-10-30",\r\n"StartAction":"a",\r\n"Actions":[],\r\n"Bogus\u2028":1}';
    for (const d of validate(text)) for (const p of [d.range.start, d.range.end]) expect(p.line).toBeLessThan(4);
    assertEngineProperties(text);
  });
});

describe('deep nesting (10,000 levels)', () => {
  const DEPTH = 10_000;
  for (const [open, close] of [['[', ']'], ['{"a":', '}']]) {
    for (const closed of [true, false]) {
      for (const inFlow of [true, false]) {
        it(`${open} ${closed ? 'closed' : 'never closed'}, ${inFlow ? 'as a parameter value' : 'the whole document'}`, () => {
          const body = open === '[' ? '' : '1';
          const text = deepNesting(DEPTH, open, close, closed, inFlow).replace(open.repeat(DEPTH) + close, open.repeat(DEPTH) + body + close);
          const diagnostics = assertEngineProperties(text);
          const syntax = withCode(diagnostics, 'syntax-error');
          if (closed) expect(syntax).toEqual([]);
          else expect(syntax.length).toBeGreaterThan(0);
        });
      }
    }
  }

  it('a parameter nested 10,000 levels deep gets param-type over the whole value', () => {
    const value = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
    const text = deepNesting(DEPTH, '[', ']', true, true);
    const types = withCode(validate(text), 'param-type');
    expect(types).toHaveLength(1);
    expect(types[0].range).toEqual(expectedRange(text, value));
  });

  it('100,000 levels of [ do not overflow the stack', () => {
    assertEngineProperties('['.repeat(100_000));
    assertEngineProperties('['.repeat(100_000) + ']'.repeat(100_000));
    assertEngineProperties('{"a":'.repeat(100_000));
  });
});

describe('very long strings', () => {
  it('an unknown parameter with a 100,000-character key: the squiggle covers exactly the key', () => {
    const key = 'K'.repeat(100_000);
    const text = flowText([callbackAction({ Identifier: 'cb' }, { [key]: 'v' }), endAction]);
    const unknown = withCode(validate(text), 'param-unknown');
    expect(unknown).toHaveLength(1);
    expect(unknown[0].range).toEqual(expectedRange(text, `"${key}"`));
    expect(unknown[0].message.length).toBeLessThan(2000);
  });

  it('a 1,000,000-character parameter value out of its range, and a never-closed string', () => {
    const long = '9'.repeat(1_000_000);
    const text = flowText([callbackAction({ Identifier: 'cb' }, { RetryDelaySeconds: long }), endAction]);
    // Beyond Number.MAX_VALUE the engine reports param-not-integer rather than param-out-of-range; either way the
    // message states the allowed range.
    const d = validate(text).filter((x) => x.code === 'param-out-of-range' || x.code === 'param-not-integer');
    expect(d).toHaveLength(1);
    expect(d[0].message).toContain('from 1 to 259200');
    expect(d[0].range).toEqual(expectedRange(text, `"${long}"`));
    expect(d[0].message.length).toBeLessThan(2000);
    assertEngineProperties(text.slice(0, text.indexOf(long) + 500_000));
  });
});
