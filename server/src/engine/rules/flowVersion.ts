import { Severity } from '../diagnostic';
import { replaceValue, setProperty } from '../edits';
import { FLOW_VERSION } from '../model';
import type { Rule } from './rule';
import { quote } from './text';

export const flowVersion: Rule = {
  id: 'flow-version',
  defaultSeverity: Severity.Error,
  description: `Version must be present and equal to "${FLOW_VERSION}", the only flow language version.`,
  check({ model, report }) {
    const root = model.rootObject;
    if (!root) return;
    if (!('Version' in root)) {
      report({ path: [], target: 'open', message: `The flow has no \`Version\`: add "Version": "${FLOW_VERSION}".`, data: { replacement: FLOW_VERSION } });
    } else if (root.Version !== FLOW_VERSION) {
      report({ path: ['Version'], target: 'value', message: `\`Version\` is ${quote(root.Version)}; the flow language has one version, "${FLOW_VERSION}".`, data: { replacement: FLOW_VERSION } });
    }
  },
  fix({ model, data }) {
    const edits = data.path.length === 0 ? setProperty(model, ['Version'], FLOW_VERSION, 'first') : replaceValue(model, data.path, FLOW_VERSION);
    return [{ title: `Set \`Version\` to "${FLOW_VERSION}"`, edits, preferred: true, safe: true }];
  },
};
