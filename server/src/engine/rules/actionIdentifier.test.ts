import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { fixesFor } from '../fixes';
import { buildModel } from '../model';
import { actionIdentifier } from './actionIdentifier';

/** An action exported without its Identifier (flowText puts Parameters first, as the console does). */
const noId = { Parameters: {}, Type: 'DisconnectParticipant', Transitions: {} };

describe('action-identifier', () => {
  it('reports forbidden characters and length', () => {
    const long = 'x'.repeat(51);
    const text = flowText([{ ...endAction, Identifier: 'a:b' }, { ...endAction, Identifier: long }]);
    const found = withCode(check(text), 'action-identifier');
    expect(found.map((d) => d.message)).toEqual([
      '`Identifier` "a:b" contains ":"; Identifiers cannot contain any of % : ( \\ / ) = $ , ; [ ] { }.',
      '`Identifier` is 51 characters long; the limit is 50.',
    ]);
  });

  it('accepts friendly-name Identifiers with spaces and symbols the console writes', () => {
    const text = flowText([{ ...endAction, Identifier: '***End Call***' }]);
    expect(withCode(check(text), 'action-identifier')).toEqual([]);
  });

  it('reports a forbidden character as an error on the value', () => {
    const text = flowText([{ ...endAction, Identifier: 'end(1)' }]);
    const [d, ...rest] = withCode(check(text), 'action-identifier');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe('`Identifier` "end(1)" contains "(", ")"; Identifiers cannot contain any of % : ( \\ / ) = $ , ; [ ] { }.');
    expect(d.range).toEqual(rangeOfText(text, '"end(1)"', 1));
  });

  it('reports reserved words, empty and non-string Identifiers', () => {
    const text = flowText([{ ...endAction, Identifier: 'constructor' }, { ...endAction, Identifier: '' }, { ...endAction, Identifier: 7 }]);
    expect(withCode(check(text), 'action-identifier').map((d) => d.message)).toEqual([
      '"constructor" is a reserved word and cannot be an Identifier.',
      '`Identifier` is empty: give the action a unique name or UUID.',
      '`Identifier` must be a string; found a number.',
    ]);
  });

  it('reports a missing Identifier on the action\'s opening brace', () => {
    const text = flowText([noId]);
    const [d] = withCode(check(text), 'action-identifier');
    const brace = text.indexOf('{', text.indexOf('"Actions"'));
    const braceOccurrence = text.slice(0, brace).split('{').length - 1;
    expect(d.range).toEqual(rangeOfText(text, '{', braceOccurrence));
  });

  it('fixes a missing Identifier by adding a fresh one after Parameters', () => {
    const text = flowText([noId]);
    const [d] = withCode(check(text), 'action-identifier');
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes).toHaveLength(1);
    const id = /^Add an Identifier \("(.+)"\)$/.exec(fixes[0].title)?.[1];
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(flowText([{ Parameters: {}, Identifier: id, Type: 'DisconnectParticipant', Transitions: {} }], { start: '' }));
    expect(withCode(check(after), 'action-identifier')).toEqual([]);
  });

  it('offers no fix for a bad Identifier (renaming would cut the transitions to it)', () => {
    const text = flowText([{ ...endAction, Identifier: 'a:b' }]);
    const [d] = withCode(check(text), 'action-identifier');
    expect(fixesFor(buildModel(text), d)).toEqual([]);
  });
});

describe('action-identifier: counting and every problem', () => {
  const ids = (Identifier: string) => {
    const text = flowText([{ Parameters: {}, Identifier, Type: 'DisconnectParticipant', Transitions: {} }]);
    return withCode(check(text), 'action-identifier').map((d) => [d.severity, d.message]);
  };

  it('counts Unicode characters: 26 emoji are 26 characters, within the limit of 50', () => {
    expect(ids('📞'.repeat(26))).toEqual([]);
    expect(ids('📞'.repeat(51))).toEqual([[Severity.Error, '`Identifier` is 51 characters long; the limit is 50.']]);
  });

  it('reports every problem of one Identifier, and every forbidden character once', () => {
    const id = 'a:b(' + 'x'.repeat(50) + ':';
    expect(ids(id)).toEqual([
      [Severity.Error, '`Identifier` is 55 characters long; the limit is 50.'],
      [Severity.Error, `\`Identifier\` "${id}" contains ":", "("; Identifiers cannot contain any of % : ( \\ / ) = $ , ; [ ] { }.`],
    ]);
  });

  it('lists the reserved words in its description (docs/rules.md)', () => {
    expect(actionIdentifier.description).toContain('__proto__');
    expect(actionIdentifier.description).toContain('propertyIsEnumerable');
  });
});
