import { Severity } from '../diagnostic';
import type { Rule } from './rule';

export const MAX_ACTIONS = 250;

export const flowActionLimit: Rule = {
  id: 'flow-action-limit',
  defaultSeverity: Severity.Error,
  description: `A flow has more than ${MAX_ACTIONS} actions, the most one flow may hold.`,
  check({ model, report }) {
    const n = model.actions.length;
    if (n <= MAX_ACTIONS) return;
    report({
      path: ['Actions'],
      target: 'key',
      message: `This flow has ${n} actions; a flow may hold at most ${MAX_ACTIONS}. Move part of it into another flow or a flow module.`,
    });
  },
};
