import { describe, expect, it } from 'vitest';
import { callbackAction, check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

/**
 * The rule set as a whole rather than one rule: syntax errors (reported by validate() itself), a clean flow,
 * severity settings and positions. Each rule's own cases live in `<rule>.test.ts` beside it.
 */
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

describe('the whole rule set', () => {
  it('a clean flow has no diagnostics at all', () => {
    expect(check(flowText([callbackAction(), endAction], { metadataType: 'customerQueue' }))).toEqual([]);
  });

  it('severity overrides: off and downgraded', () => {
    const text = flowText([callbackAction({}, { MaximumConnectionAttempts: '0' }), endAction]);
    expect(withCode(check(text, { rules: { 'param-soft-minimum': 'off' } }), 'param-soft-minimum')).toEqual([]);
    expect(withCode(check(text, { rules: { 'param-soft-minimum': 'error' } }), 'param-soft-minimum')[0].severity).toBe(Severity.Error);
  });
});

describe('positions', () => {
  it('counts UTF-16 units and handles CRLF and a BOM', () => {
    const text = '\ufeff' + flowText([callbackAction({ Identifier: 'Rückruf 📞' }, { QueueId: '' }), endAction]).replace(/\n/g, '\r\n');
    const [d] = withCode(check(text), 'param-unfilled');
    expect(d.range).toEqual(rangeOfText(text, '""'));
    expect(d.range.start.line).toBe(text.slice(0, text.indexOf('""')).split('\r\n').length - 1);
  });
});
