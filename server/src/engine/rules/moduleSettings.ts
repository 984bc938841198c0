import { Severity } from '../diagnostic';
import { isObject } from '../model';
import { hasModuleReturn } from './flowModule';
import type { Rule } from './rule';

const PARTS = ['InputParameters', 'OutputParameters', 'Transitions'];

/**
 * A flow module is created with CreateContactFlowModule, whose content has a top-level `Settings` object with the
 * module's inputs, outputs and result transitions (every module exported by the console has all three).
 */
export const moduleSettings: Rule = {
  id: 'module-settings',
  defaultSeverity: Severity.Error,
  description: 'A flow module (a flow with top-level Settings, or one that returns with EndFlowModuleExecution) needs a top-level Settings object with InputParameters, OutputParameters and Transitions.',
  check({ model, report }) {
    const root = model.rootObject;
    if (!root) return;
    const settings = root.Settings;
    if (!('Settings' in root)) {
      // A flow whose Metadata.type names a flow type is not a module: action-flow-type reports its EndFlowModuleExecution.
      if (!hasModuleReturn(model) || model.flowTypeSource === 'metadata') return;
      report({
        path: [],
        target: 'open',
        message: 'This flow returns with EndFlowModuleExecution, so it is a flow module, but it has no top-level `Settings`: a module declares its `InputParameters`, `OutputParameters` and `Transitions` there.',
      });
      return;
    }
    if (!isObject(settings)) {
      report({ path: ['Settings'], target: 'value', message: '`Settings` of a flow module must be an object with `InputParameters`, `OutputParameters` and `Transitions`.' });
      return;
    }
    const missing = PARTS.filter((p) => !(p in settings));
    if (missing.length > 0) {
      report({
        path: ['Settings'],
        target: 'key',
        lower: true,
        message: `\`Settings\` of this flow module has no ${missing.map((m) => `\`${m}\``).join(', ')}; modules exported by the console always write all three (an empty list when there are none).`,
      });
    }
  },
};
