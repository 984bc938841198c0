import type { ActionSpec } from '../types';

export const EVENT_HOOKS = ['AgentHold', 'AgentWhisper', 'CustomerHold', 'CustomerQueue', 'CustomerRemaining', 'CustomerWhisper', 'DefaultAgentUI', 'DisconnectAgentUI', 'PauseContact', 'ResumeContact'];

export const updateContactEventHooks: ActionSpec = {
  type: 'UpdateContactEventHooks',
  category: 'contact',
  source: 'both',
  summary: 'Chooses the flow that runs on a contact event (hold, whisper, queue, disconnect, ...).',
  block: 'Set hold flow / Set whisper flow / Set customer queue flow / Set disconnect flow / Set event flow',
  doc: `\`EventHooks\` holds exactly one entry: the event (${EVENT_HOOKS.join(', ')}) mapped to a flow id or ARN.`,
  params: [
    {
      name: 'EventHooks',
      kind: 'object',
      summary: 'One event name mapped to the flow to run for it.',
      doc: `One entry (this or \`EventHooksConfiguration\` must be given), e.g. \`{ "CustomerQueue": "<flow ARN>" }\`. Event names: ${EVENT_HOOKS.join(', ')}.`,
    },
    {
      name: 'EventHooksConfiguration', source: 'exports',
      kind: 'object',
      summary: 'Per-event options written by newer consoles, e.g. `{ "AgentWhisper": { "DisableExecution": "false" } }`.',
    },
  ],
  // The console writes `EventHooksConfiguration` alone to switch a whisper off: either key will do.
  requiresOneOf: [['EventHooks', 'EventHooksConfiguration']],
  errors: ['NoMatchingError'],
  expectsNoMatchingError: true,
};
