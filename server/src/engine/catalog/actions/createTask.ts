import type { ActionSpec } from '../types';

export const createTask: ActionSpec = {
  type: 'CreateTask',
  category: 'contact',
  source: 'both',
  summary: 'Creates a task contact that runs its own flow, now or later.',
  block: 'Create task',
  doc: 'Give `DelaySeconds` or `ScheduledTime` to start the task later, not both.',
  params: [
    // Saved (unpublished) console exports write ContactFlowId and Name as "": an empty id is `param-unfilled` (a warning).
    { name: 'ContactFlowId', required: true, form: 'staticOrReference', kind: 'string', default: '', summary: 'Flow the task runs (flow id or ARN).' },
    { name: 'Name', required: true, kind: 'any', default: '', summary: 'Task name shown to the agent.' },
    { name: 'Description', kind: 'string', summary: 'Task description shown to the agent.' },
    { name: 'Attributes', kind: 'object', summary: 'Contact attributes for the task.' },
    { name: 'References', kind: 'object', summary: 'Links and values shown with the task: name to `{ "Type", "Value" }`.' },
    { name: 'DelaySeconds', source: 'docs', kind: 'integer', min: 1, max: 518400, exclusiveWith: ['ScheduledTime'], summary: 'Start the task this many seconds from now (up to six days).' },
    { name: 'ScheduledTime', source: 'docs', kind: 'string', exclusiveWith: ['DelaySeconds'], summary: 'Date and time at which the task starts.' },
    { name: 'TaskTemplateId', source: 'docs', form: 'static', kind: 'string', summary: 'Task template to apply.' },
  ],
  errors: ['NoMatchingError'],
  expectsNoMatchingError: true,
};
