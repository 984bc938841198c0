import { Severity } from '../diagnostic';
import { isObject } from '../model';
import { knownActions } from './actionParams';
import type { Rule } from './rule';
import { listOf } from './text';

export const conditionOutcomeMissing: Rule = {
  id: 'condition-outcome-missing',
  defaultSeverity: Severity.Error,
  description: 'An action whose results must all be handled lacks a condition for one of them (True and False for CheckHoursOfOperation, ContinueLooping and DoneLooping for Loop).',
  check({ model, report }) {
    for (const { action, spec, params } of knownActions(model)) {
      const c = spec.conditions;
      if (!c || (!c.requiredOutcomes && !c.outcomesFromParam) || !action.object) continue;
      const required = [...(c.requiredOutcomes ?? [])];
      const listed = c.outcomesFromParam ? params?.[c.outcomesFromParam] : undefined;
      if (Array.isArray(listed)) for (const v of listed) if (typeof v === 'string' && !required.includes(v)) required.push(v);
      if (required.length === 0) continue;
      const t = action.object.Transitions;
      const list = isObject(t) && Array.isArray(t.Conditions) ? t.Conditions : [];
      const handled = new Set<unknown>();
      for (const entry of list) {
        const cond = isObject(entry) && isObject(entry.Condition) ? entry.Condition : undefined;
        if (cond?.Operator === 'Equals' && Array.isArray(cond.Operands)) handled.add(cond.Operands[0]);
      }
      const missing = required.filter((o) => !handled.has(o));
      if (missing.length === 0) continue;
      const onConditions = isObject(t) && 'Conditions' in t;
      const fromParam = c.outcomesFromParam && missing.some((m) => !c.requiredOutcomes?.includes(m)) ? ` (every entry of \`${c.outcomesFromParam}\` needs one)` : '';
      report({
        source: spec.source,
        path: onConditions ? [...action.path, 'Transitions', 'Conditions'] : isObject(t) ? [...action.path, 'Transitions'] : [...action.path, 'Type'],
        target: onConditions || isObject(t) ? 'key' : 'value',
        message: `${spec.type} needs an \`Equals\` condition for ${listOf(missing, 'and')}${fromParam}; ${missing.length === 1 ? 'it is' : 'they are'} missing.`,
        data: { outcomes: missing },
      });
    }
  },
};
