import { describe, expect, it } from 'vitest';
import { END_ID, callbackAction, check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

const codes = (text: string) => check(text).map((d) => d.code);

describe('syntax-error', () => {
  it('reports jsonc-parser errors with their ranges and a plain message', () => {
    const text = '{\n  "Version": "2019-10-30",\n  "Actions": [\n    { "Identifier": "a" "Type": "X" }\n  ]\n}';
    const found = withCode(check(text), 'syntax-error');
    expect(found[0].severity).toBe(Severity.Error);
    expect(found[0].message).toBe('A comma is expected between entries.');
    expect(found[0].range).toEqual(rangeOfText(text, '"Type"'));
  });

  it('rejects comments: Amazon Connect accepts plain JSON only', () => {
    const text = '// my flow\n{"Version": "2019-10-30", "StartAction": "", "Actions": []}';
    const [d] = withCode(check(text), 'syntax-error');
    expect(d.message).toBe('Comments are not allowed: Amazon Connect accepts plain JSON only.');
    expect(d.range).toEqual(rangeOfText(text, '// my flow'));
  });

  it('still checks the rest of a half-typed document', () => {
    const text = flowText([callbackAction({}, { QueueId: 'q', AgentId: 'a' }), endAction]).replace(/\n\s*\]\n\}$/, ',');
    const found = codes(text);
    expect(found).toContain('syntax-error');
    expect(found).toContain('param-exclusive');
  });
});

describe('flow skeleton', () => {
  it('flow-root-object: an array at the top level', () => {
    const [d] = check('[1, 2]');
    expect(d).toMatchObject({ code: 'flow-root-object', severity: Severity.Error, message: 'A flow must be a JSON object with `Version`, `StartAction` and `Actions`; this file holds an array.' });
    expect(d.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 6 } });
  });

  it('flow-version: missing, on the opening brace', () => {
    const text = JSON.stringify({ StartAction: END_ID, Actions: [endAction] }, null, 2);
    const [d] = withCode(check(text), 'flow-version');
    expect(d.message).toBe('The flow has no `Version`: add "Version": "2019-10-30".');
    expect(d.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } });
  });

  it('flow-version: wrong value, on the value', () => {
    const text = flowText([endAction]).replace('"2019-10-30"', '"2020-01-01"');
    const [d] = withCode(check(text), 'flow-version');
    expect(d.message).toBe('`Version` is "2020-01-01"; the flow language has one version, "2019-10-30".');
    expect(d.range).toEqual(rangeOfText(text, '"2020-01-01"'));
  });

  it('flow-actions-array: not an array', () => {
    const text = '{"Version": "2019-10-30", "StartAction": "x", "Actions": {}}';
    const [d] = withCode(check(text), 'flow-actions-array');
    expect(d.message).toBe('`Actions` must be an array of actions; found an object.');
    expect(d.range).toEqual(rangeOfText(text, '{}'));
  });

  it('flow-actions-array: missing', () => {
    const [d] = withCode(check('{"Version": "2019-10-30", "StartAction": "x"}'), 'flow-actions-array');
    expect(d.message).toBe('The flow has no `Actions` array: add "Actions": [ ... ] with the flow\'s actions.');
  });

  it('flow-start-action: dangling, with a suggestion', () => {
    const text = flowText([endAction], { start: 'end-0000-0000-0000-00000000000' });
    const [d] = withCode(check(text), 'flow-start-action');
    expect(d.message).toBe(`\`StartAction\` names "end-0000-0000-0000-00000000000", but no action has that Identifier. Did you mean "${END_ID}"?`);
    expect(d.range).toEqual(rangeOfText(text, '"end-0000-0000-0000-00000000000"'));
    expect(d.data).toMatchObject({ replacement: END_ID });
  });

  it('flow-start-action: saved exports may leave it empty', () => {
    expect(withCode(check(flowText([endAction], { start: '' })), 'flow-start-action')).toEqual([]);
  });

  it('action-identifier and action-type: missing fields', () => {
    const text = flowText([{ Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }, { Identifier: 'x', Parameters: {}, Transitions: {} }]);
    const found = check(text).filter((d) => d.code.startsWith('action-'));
    expect(found.map((d) => [d.code, d.message])).toEqual([
      ['action-identifier', 'This action has no `Identifier`: give it a unique string (the console uses a UUID).'],
      ['action-type', 'This action has no `Type`: add one, for example "Type": "MessageParticipant".'],
    ]);
    expect(found[1].range).toEqual(rangeOfText(text, '"Identifier"'));
  });

  it('action-identifier: forbidden characters and length', () => {
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

  it('duplicate-identifier: on the second one, related to the first', () => {
    const text = flowText([endAction, endAction]);
    const [d] = withCode(check(text, { uri: 'file:///x.json' }), 'duplicate-identifier');
    expect(d.message).toBe(`Identifier "${END_ID}" is already used by action 1 (DisconnectParticipant); each action needs its own.`);
    expect(d.range).toEqual(rangeOfText(text, `"${END_ID}"`, 2));
    expect(d.relatedInformation?.[0].location.range).toEqual(rangeOfText(text, `"${END_ID}"`, 1));
  });

  it('dangling-next-action: in NextAction, Errors and Conditions, with "did you mean"', () => {
    const text = flowText([
      callbackAction({ Transitions: { NextAction: 'end-0000-0000-0000-00000000000X', Errors: [{ NextAction: 'nowhere', ErrorType: 'NoMatchingError' }] } }),
      endAction,
    ]);
    const found = withCode(check(text), 'dangling-next-action');
    expect(found.map((d) => d.message)).toEqual([
      `\`NextAction\` points to "end-0000-0000-0000-00000000000X", but no action has that Identifier. Did you mean "${END_ID}"?`,
      'The NoMatchingError branch points to "nowhere", but no action has that Identifier.',
    ]);
    expect(found[1].range).toEqual(rangeOfText(text, '"nowhere"'));
  });

  it('dangling-next-action: "" and "$end" from saved exports are not errors', () => {
    const text = flowText([callbackAction({ Transitions: { NextAction: '$end', Errors: [{ NextAction: '', ErrorType: 'NoMatchingError' }] } }), endAction]);
    expect(withCode(check(text), 'dangling-next-action')).toEqual([]);
  });

  it('a clean flow has no diagnostics at all', () => {
    expect(check(flowText([callbackAction(), endAction], { metadataType: 'customerQueue' }))).toEqual([]);
  });

  it('severity overrides: off and downgraded', () => {
    const text = flowText([callbackAction({}, { MaximumConnectionAttempts: '0' }), endAction]);
    expect(withCode(check(text, { rules: { 'param-soft-minimum': 'off' } }), 'param-soft-minimum')).toEqual([]);
    expect(withCode(check(text, { rules: { 'param-soft-minimum': 'error' } }), 'param-soft-minimum')[0].severity).toBe(Severity.Error);
  });

  it('legacy-format: one diagnostic for an old designer export', () => {
    const text = '{"modules": [{"id": "1", "type": "PlayPrompt"}], "start": "1", "metadata": {}}';
    const found = check(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'legacy-format', severity: Severity.Warning });
    expect(found[0].range).toEqual(rangeOfText(text, '"modules"'));
  });
});

describe('positions', () => {
  it('counts UTF-16 units and handles CRLF and a BOM', () => {
    const text = '\ufeff' + flowText([callbackAction({ Identifier: 'Rückruf 📞' }, { QueueId: '' }), endAction]).replace(/\n/g, '\r\n');
    const [d] = withCode(check(text), 'param-empty');
    expect(d.range).toEqual(rangeOfText(text, '""'));
    expect(d.range.start.line).toBe(text.slice(0, text.indexOf('""')).split('\r\n').length - 1);
  });
});

describe('dangling-next-action with a huge ErrorType (fuzz finding)', () => {
  it('shortens the error type it quotes in the message', () => {
    const text = flowText([callbackAction({ Transitions: { NextAction: END_ID, Errors: [{ NextAction: 'nowhere', ErrorType: 'x'.repeat(5000) }] } }), endAction]);
    const [d] = withCode(check(text), 'dangling-next-action');
    expect(d.message).toBe(`The ${'x'.repeat(57)}... branch points to "nowhere", but no action has that Identifier.`);
  });
});
