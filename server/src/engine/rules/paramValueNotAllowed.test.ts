import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { END_ID, act } from '../../../../test/helpers/actions';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { fixesFor } from '../fixes';
import { buildModel } from '../model';

/** An UpdateFlowLoggingBehavior (FlowLoggingBehavior is "Enabled" or "Disabled") and the rule's diagnostics. */
function logging(value: unknown) {
  const text = flowText([act('l', 'UpdateFlowLoggingBehavior', { FlowLoggingBehavior: value }, { next: END_ID }), endAction]);
  return { text, found: withCode(check(text), 'param-value-not-allowed') };
}

describe('param-value-not-allowed', () => {
  it('accepts the listed values', () => {
    expect(logging('Enabled').found).toEqual([]);
    expect(logging('Disabled').found).toEqual([]);
  });

  it('reports a value outside the list, on the value, with the close match', () => {
    const { text, found } = logging('enabled');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'param-value-not-allowed', severity: Severity.Error, data: { replacement: 'Enabled' } });
    expect(found[0].message).toBe('`FlowLoggingBehavior` in UpdateFlowLoggingBehavior cannot be "enabled"; allowed: "Enabled", "Disabled". Did you mean "Enabled"?');
    expect(found[0].range).toEqual(rangeOfText(text, '"enabled"'));
  });

  it('gives no suggestion when nothing is close', () => {
    const { found } = logging('Verbose');
    expect(found.map((d) => [d.message, d.data])).toEqual([
      ['`FlowLoggingBehavior` in UpdateFlowLoggingBehavior cannot be "Verbose"; allowed: "Enabled", "Disabled".', { path: ['Actions', 0, 'Parameters', 'FlowLoggingBehavior'] }],
    ]);
  });

  it('fixes a difference in letter case, as a safe fix', () => {
    const { text, found } = logging('enabled');
    const fixes = fixesFor(buildModel(text), found[0]);
    expect(fixes.map((f) => [f.title, f.safe])).toEqual([['Change it to "Enabled"', true]]);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(text.replace('"FlowLoggingBehavior": "enabled"', '"FlowLoggingBehavior": "Enabled"'));
    expect(withCode(check(after), 'param-value-not-allowed')).toEqual([]);
  });
});
