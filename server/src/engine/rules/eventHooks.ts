import { Severity } from '../diagnostic';
import { EVENT_HOOKS } from '../catalog';
import { hasPlaceholder, valueShape } from '../jsonpath';
import { isObject } from '../model';
import { knownActions } from './actionParams';
import type { Rule } from './rule';
import { didYouMean, listOf } from './text';

export const eventHooks: Rule = {
  id: 'event-hooks',
  defaultSeverity: Severity.Error,
  description: 'UpdateContactEventHooks sets one event per action: `EventHooks` holds exactly one entry, keyed by a known event name written literally.',
  check({ model, report }) {
    for (const { action, spec, params } of knownActions(model)) {
      if (spec.type !== 'UpdateContactEventHooks' || !params || !isObject(params.EventHooks)) continue;
      const hooks = params.EventHooks;
      const keys = Object.keys(hooks);
      const path = [...action.path, 'Parameters', 'EventHooks'];
      if (keys.length !== 1) {
        report({
          source: spec.source,
          path,
          target: 'key',
          message: keys.length === 0
            ? '`EventHooks` is empty: give it one entry, an event name mapped to the flow to run (one action per event).'
            : `\`EventHooks\` has ${keys.length} entries; each UpdateContactEventHooks action sets one event, so use one action per event.`,
        });
      }
      for (const key of keys) {
        if (EVENT_HOOKS.includes(key) || hasPlaceholder(key)) continue;
        const dynamic = valueShape(key) !== 'static';
        const suggestion = dynamic ? undefined : didYouMean(key, EVENT_HOOKS);
        report({
          source: spec.source,
          path: [...path, key],
          target: 'key',
          message: dynamic
            ? `The event name \`${key}\` must be written literally, not as a JSONPath reference; it is one of ${listOf(EVENT_HOOKS)}.`
            : `\`${key}\` is not an event UpdateContactEventHooks can set${suggestion ? `. Did you mean \`${suggestion}\`?` : ''}; the events are ${listOf(EVENT_HOOKS)}.`,
        });
      }
    }
  },
};
