import { paramSource } from '../catalog';
import { Severity } from '../diagnostic';
import { removeAt } from '../edits';
import { knownActions } from './actionParams';
import type { Rule } from './rule';

export const paramExclusive: Rule = {
  id: 'param-exclusive',
  defaultSeverity: Severity.Error,
  description: 'Two parameters that exclude each other (QueueId and AgentId) are both given.',
  check({ model, report }) {
    for (const { action, spec, params } of knownActions(model)) {
      if (!params) continue;
      let reported: Set<string> | undefined;
      for (const param of spec.params) {
        if (!param.exclusiveWith || !(param.name in params)) continue;
        for (const other of param.exclusiveWith) {
          if (!(other in params) || reported?.has(param.name)) continue;
          (reported ??= new Set()).add(other);
          // Report on the later one in the catalogue's order (AgentId after QueueId): the one the docs forbid.
          const base = [...action.path, 'Parameters'];
          report({
            source: paramSource(spec, param),
            path: [...base, other],
            target: 'key',
            message: `${spec.type} takes either \`${param.name}\` or \`${other}\`, not both: remove one of them.`,
            data: { keep: param.name, remove: other },
            related: [{ path: [...base, param.name], target: 'key', message: `\`${param.name}\` is also given here.` }],
          });
        }
      }
    }
  },
  fix({ model, data }) {
    const base = data.path.slice(0, -1);
    const { keep, remove } = data as { keep?: unknown; remove?: unknown };
    if (typeof keep !== 'string' || typeof remove !== 'string') return [];
    return [
      { title: `Remove \`${remove}\``, edits: removeAt(model, [...base, remove]), preferred: true },
      { title: `Remove \`${keep}\``, edits: removeAt(model, [...base, keep]) },
    ];
  },
};
