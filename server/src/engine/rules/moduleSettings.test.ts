import { describe, expect, it } from 'vitest';
import { check, flowText, withCode } from '../../../../test/helpers/flow';
import { act, say } from '../../../../test/helpers/actions';
import { Severity } from '../diagnostic';

const actions = () => [say('m', 'hi', 'r'), act('r', 'EndFlowModuleExecution', {})];

describe('module-settings', () => {
  it('reports a module (it returns with EndFlowModuleExecution) without top-level Settings, on the opening brace', () => {
    const [d, ...rest] = withCode(check(flowText(actions())), 'module-settings');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe('This flow returns with EndFlowModuleExecution, so it is a flow module, but it has no top-level `Settings`: a module declares its `InputParameters`, `OutputParameters` and `Transitions` there.');
    expect(d.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } });
  });

  it('recognises the module by its content: a configured flow type does not apply to it', () => {
    const text = flowText(actions());
    expect(withCode(check(text, { flowType: 'CUSTOMER_HOLD' }), 'action-flow-type')).toEqual([]);
  });

  it('warns about Settings without one of its three parts', () => {
    const text = flowText(actions(), { top: { Settings: { InputParameters: [], Transitions: [] } } });
    expect(withCode(check(text), 'module-settings').map((d) => [d.severity, d.message])).toEqual([
      [Severity.Warning, '`Settings` of this flow module has no `OutputParameters`; modules exported by the console always write all three (an empty list when there are none).'],
    ]);
  });

  it('reports Settings that is not an object', () => {
    expect(withCode(check(flowText(actions(), { top: { Settings: [] } })), 'module-settings').map((d) => d.severity)).toEqual([Severity.Error]);
  });

  it('accepts a module as the console exports it, and leaves flows with a Metadata.type to action-flow-type', () => {
    expect(withCode(check(flowText(actions(), { top: { Settings: { InputParameters: [], OutputParameters: [], Transitions: [] } } })), 'module-settings')).toEqual([]);
    const typed = flowText(actions(), { metadataType: 'contactFlow' });
    expect(withCode(check(typed), 'module-settings')).toEqual([]);
    expect(withCode(check(typed), 'action-flow-type')).toHaveLength(1);
  });
});
