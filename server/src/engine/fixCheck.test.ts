import { describe, expect, it } from 'vitest';
import { addedErrors, backMapper, mapBack } from './fixCheck';
import { buildModel } from './model';
import { SOURCE, Severity, type Diagnostic } from './diagnostic';

const error = (line: number, message: string): Diagnostic => ({
  range: { start: { line, character: 0 }, end: { line, character: 1 } },
  severity: Severity.Error,
  code: 'some-rule',
  source: SOURCE,
  message,
});

describe('addedErrors matches diagnostics one to one (issue 19.8)', () => {
  const model = buildModel('{\n"a": 1,\n"b": 2\n}');

  it('an error added with the same message as an existing one elsewhere is new (was: 1 error to 2 counted as none added)', () => {
    const before = { model, diagnostics: [error(1, 'Same words.')] };
    const after = { model, diagnostics: [error(1, 'Same words.'), error(2, 'Same words.')] };
    expect(addedErrors(before, after, [])).toEqual([error(2, 'Same words.')]);
  });

  it('an error that moved (same rule and message) is not new, and neither is one reworded in place', () => {
    const before = { model, diagnostics: [error(1, 'Same words.'), error(2, 'Found 7.')] };
    const after = { model, diagnostics: [error(2, 'Same words.'), error(2, 'Found 8.')] };
    // "Found 8." matches "Found 7." by place; "Same words." matches by message, each before-diagnostic used once.
    expect(addedErrors(before, after, [])).toEqual([]);
  });
});

describe('backMapper', () => {
  it('maps offsets of the edited text back like mapBack, for edits in any order', () => {
    const edits = [
      { offset: 10, length: 2, content: 'xyz' },
      { offset: 2, length: 0, content: 'ab' },
    ];
    const back = backMapper(edits);
    // Before the first edit; inside inserted text; between edits; after both.
    expect([0, 2, 3, 4, 11, 12, 13, 15, 20].map(back)).toEqual([0, 2, 2, 2, 9, 10, 10, 12, 17]);
    expect([0, 2, 3, 4, 11, 12, 13, 15, 20].map((o) => mapBack(o, edits))).toEqual([0, 2, 2, 2, 9, 10, 10, 12, 17]);
  });
});
