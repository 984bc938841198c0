import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

describe('legacy-format', () => {
  it('one diagnostic for an old designer export', () => {
    const text = '{"modules": [{"id": "1", "type": "PlayPrompt"}], "start": "1", "metadata": {}}';
    const found = check(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'legacy-format', severity: Severity.Warning });
    expect(found[0].range).toEqual(rangeOfText(text, '"modules"'));
  });

  it('says what the file is and how to get the flow language', () => {
    const text = '{\n  "modules": [],\n  "start": "",\n  "metadata": {}\n}';
    const [d] = withCode(check(text), 'legacy-format');
    expect(d.message).toBe(
      'This is the old designer export format (`modules` and `start`), which the flow language APIs, CloudFormation and Terraform do not accept. Re-export the flow from the current flow designer to get `Version`, `StartAction` and `Actions`.',
    );
    expect(d.range).toEqual(rangeOfText(text, '"modules"'));
  });

  it('says nothing about a flow-language export', () => {
    expect(withCode(check(flowText([endAction])), 'legacy-format')).toEqual([]);
  });
});
