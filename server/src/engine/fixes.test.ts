import { describe, expect, it } from 'vitest';
import { callbackAction, endAction, END_ID, flowText } from '../../../test/helpers/flow';
import { applyFixes, applySafeFixes, fixesFor, singleEdit } from './fixes';
import { applyTextEdits, detectFormatting } from './edits';
import { buildModel } from './model';
import { validate, validateModel } from './validate';

describe('applySafeFixes (the CLI --fix)', () => {
  it('applies the safe fixes in rounds until nothing is left to fix, and lists them', () => {
    const text = flowText([
      callbackAction({ Parameters: { QueueID: 'q-1', InitialCallDelaySeconds: 5 }, Transitions: { NextAction: END_ID, Conditions: [] } }),
      endAction,
    ]);
    expect(validate(text).map((d) => d.code)).toEqual(['param-required', 'param-required', 'param-unknown', 'param-not-string', 'missing-error-branch']);
    const { text: fixed, applied } = applySafeFixes(text);
    // The missing error branch would go where success goes (the flow has no error handler): left to the user.
    expect(validate(fixed).map((d) => d.code)).toEqual(['missing-error-branch']);
    expect(applied.map((a) => a.code).sort()).toEqual(['param-not-string', 'param-required', 'param-required', 'param-unknown']);
    expect(JSON.parse(fixed).Actions[0]).toEqual({
      Parameters: { QueueId: 'q-1', InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1', RetryDelaySeconds: '600' },
      Identifier: 'callback-0000-0000-0000-000000000000',
      Type: 'CreateCallbackContact',
      Transitions: { NextAction: END_ID, Conditions: [] },
    });
  });

  it('leaves guesses alone: clamping, choosing between QueueId and AgentId, dangling targets', () => {
    const text = flowText([
      callbackAction({ Transitions: { NextAction: 'edn', Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }], Conditions: [] } }, { RetryDelaySeconds: '999999', QueueId: 'q', AgentId: 'a' }),
      endAction,
    ]);
    expect(applySafeFixes(text)).toEqual({ text, applied: [] });
  });

  it('never touches text with syntax errors', () => {
    const text = flowText([callbackAction({}, { InitialCallDelaySeconds: 5 }), endAction]).replace('"Conditions": []', '"Conditions": [],');
    expect(applySafeFixes(text)).toEqual({ text, applied: [] });
  });

  it('is idempotent and keeps the file\'s indentation and line endings', () => {
    const text = JSON.stringify(JSON.parse(flowText([callbackAction({ Parameters: { InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1' } }), endAction])), null, 4).replace(/\n/g, '\r\n');
    const once = applySafeFixes(text).text;
    expect(once).toBe(JSON.stringify(JSON.parse(flowText([callbackAction(), endAction])), null, 4).replace(/\n/g, '\r\n'));
    expect(applySafeFixes(once)).toEqual({ text: once, applied: [] });
  });

  it('respects rule settings: a rule turned off is not fixed', () => {
    const text = flowText([callbackAction({}, { InitialCallDelaySeconds: 5 }), endAction]);
    expect(applySafeFixes(text, { rules: { 'param-not-string': 'off' } }).applied).toEqual([]);
  });

  it('among 300 good safe fixes, leaves out the one that would add an error, with a few dozen checks rather than one per fix', () => {
    // Each callback has InitialCallDelaySeconds as a JSON number (safe fix: write it as a string); one input action
    // has "StoreInput": true, whose safe fix ("True") would make it need InputValidation (a new error). Measured: 28
    // checks (fix-all checking each fix one by one took over 600).
    const callbacks = Array.from({ length: 300 }, (_, i) => callbackAction({ Identifier: `cb-${i}`, Transitions: { NextAction: i < 299 ? `cb-${i + 1}` : 'input', Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }] } }, { InitialCallDelaySeconds: 5 }));
    const input = { Identifier: 'input', Type: 'GetParticipantInput', Parameters: { Text: 'Hi', InputTimeLimitSeconds: '5', StoreInput: true }, Transitions: { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }] } };
    const text = flowText([...callbacks, input as never, endAction], { start: 'cb-0' });
    // Count whole checks: every check reads the severity settings the same number of times.
    let reads = 0;
    const counting = { rules: new Proxy({}, { get: () => void reads++ }) } as never;
    validate(text, counting);
    const readsPerCheck = reads;
    reads = 0;
    const { text: fixed, applied } = applySafeFixes(text, counting);
    expect(applied.filter((a) => a.code === 'param-not-string')).toHaveLength(300);
    const after = JSON.parse(fixed);
    expect(after.Actions.slice(0, 300).every((a: { Parameters: { InitialCallDelaySeconds: unknown } }) => a.Parameters.InitialCallDelaySeconds === '5')).toBe(true);
    expect(after.Actions[300].Parameters.StoreInput).toBe(true);
    expect(validate(fixed).filter((d) => d.severity === 1).map((d) => d.code)).toEqual(['flow-action-limit']);
    const checks = reads / readsPerCheck;
    expect(checks).toBeGreaterThan(2);
    expect(checks).toBeLessThan(40);
  });

  it('never throws on odd input', () => {
    for (const t of ['', '[]', 'null', '{', '{"Actions": 5}', '{"Version": 1, "Actions": [null, 1, {"Type": "CreateCallbackContact"}]}']) {
      expect(() => applySafeFixes(t)).not.toThrow();
    }
  });
});

describe('applyFixes with preferred fixes for one rule', () => {
  it('fixes every diagnostic of that rule only', () => {
    const text = flowText([callbackAction({}, { InitialCallDelaySeconds: '0', RetryDelaySeconds: '300000', MaximumConnectionAttempts: 2 }), endAction]);
    const { text: fixed, applied } = applyFixes(text, { codes: ['param-out-of-range'], which: 'preferred' });
    expect(applied).toHaveLength(2);
    expect(JSON.parse(fixed).Actions[0].Parameters).toEqual({ InitialCallDelaySeconds: '1', MaximumConnectionAttempts: 2, RetryDelaySeconds: '259200' });
  });
});

describe('fixesFor', () => {
  it('returns nothing for unknown codes or missing data, and never throws', () => {
    const model = buildModel(flowText([callbackAction(), endAction]));
    expect(fixesFor(model, { code: 'nope', data: { path: [] } })).toEqual([]);
    expect(fixesFor(model, { code: 'param-exclusive' })).toEqual([]);
    expect(fixesFor(model, { code: 'param-exclusive', data: { path: 'x' } })).toEqual([]);
    expect(fixesFor(model, { code: 'param-exclusive', data: { path: ['Actions', 9, 'Parameters', 'AgentId'], keep: 'QueueId', remove: 'AgentId' } })).toEqual([]);
  });

  it('finds its target again after the document changed (diagnostic data carries paths, not offsets)', () => {
    const before = flowText([callbackAction({}, { InitialCallDelaySeconds: 5 }), endAction]);
    const [diagnostic] = validate(before);
    const after = before.replace('"Version"', '"Metadata2": {},\n  "Version"');
    const model = buildModel(after);
    const [fix] = fixesFor(model, diagnostic);
    expect(validateModel(buildModel(applyTextEdits(after, fix.edits)))).toEqual(validate(after).filter((d) => d.code !== 'param-not-string'));
  });
});

describe('edit helpers', () => {
  it('detects indentation', () => {
    expect(detectFormatting('{"a":1}')).toBeUndefined();
    expect(detectFormatting('{\n  "a": {\n    "b": 1\n  }\n}')).toEqual({ insertSpaces: true, tabSize: 2, eol: '\n' });
    expect(detectFormatting('{\r\n\t"a": 1\r\n}')).toEqual({ insertSpaces: false, tabSize: 4, eol: '\r\n' });
  });

  it('singleEdit spans only the changed middle', () => {
    expect(singleEdit('abcdef', 'abXYef')).toEqual({ offset: 2, length: 2, content: 'XY' });
    expect(singleEdit('same', 'same')).toBeUndefined();
    // Never splits a surrogate pair.
    expect(singleEdit('a\u{1F600}b', 'a\u{1F601}b')).toEqual({ offset: 1, length: 2, content: '\u{1F601}' });
  });

  it('"Add `Attributes`: {}" changes only what it must: an inline neighbour stays on its line (issue 19.16)', () => {
    const base = flowText([
      { Identifier: 'set', Type: 'UpdateContactAttributes', Parameters: { TargetContact: 'Current' }, Transitions: { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }] } },
      endAction,
    ]);
    const inline = base.replace(/"Parameters": \{\s*"TargetContact": "Current"\s*\}/, '"Parameters": {"TargetContact": "Current"}');
    const model = buildModel(inline);
    const d = validateModel(model).find((x) => x.code === 'param-required')!;
    const [fix] = fixesFor(model, d);
    expect(fix.title).toBe('Add `Attributes`: {}');
    expect(applyTextEdits(inline, fix.edits)).toBe(inline.replace('{"TargetContact": "Current"}', '{"TargetContact": "Current", "Attributes": {}}'));
    // Over several lines: the new key gets a line of its own, the neighbour keeps its one-line value.
    const multi = base.replace(/"TargetContact": "Current"/, '"TargetContact": "Current",\n        "Extra": {"a": "b"}');
    const m2 = buildModel(multi);
    const [fix2] = fixesFor(m2, validateModel(m2).find((x) => x.code === 'param-required')!);
    expect(applyTextEdits(multi, fix2.edits)).toBe(multi.replace('"Extra": {"a": "b"}', '"Extra": {"a": "b"},\n        "Attributes": {}'));
  });
});
