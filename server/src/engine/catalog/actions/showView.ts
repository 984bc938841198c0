import type { ActionSpec } from '../types';
import { onlyIn } from '../common';

export const showView: ActionSpec = {
  type: 'ShowView',
  category: 'participant',
  source: 'both',
  summary: 'Shows a view (a form, list, cards, ...) to the agent or customer and branches on what they pick.',
  block: 'Show view',
  doc: 'Branch with `Equals` on the action the user took (for example "Next" or "Back"); the data entered lands in `$.Views`.',
  params: [
    {
      name: 'ViewResource',
      required: true,
      kind: 'object',
      summary: 'Which view to show: `{ "Id": ..., "Version": ... }`.',
    },
    {
      name: 'InvocationTimeLimitSeconds',
      required: true,
      kind: 'integer',
      min: 1,
      default: '300',
      summary: 'Seconds to wait for the user before taking the `TimeLimitExceeded` branch.',
    },
    {
      name: 'ViewData',
      kind: 'object',
      summary: 'Input for the view: headings, fields, attribute bars (may hold `$.` references).',
    },
    {
      name: 'SensitiveDataConfiguration', source: 'docs',
      kind: 'object',
      summary: 'Keep the view\'s answers out of the transcript: `{ "HideResponseOn": ["TRANSCRIPT"] }`.',
    },
  ],
  errors: ['NoMatchingCondition', 'NoMatchingError', 'TimeLimitExceeded'],
  expectsNoMatchingError: true,
  conditions: { operators: ['Equals'], outcomes: ['Next', 'Back', 'Step', 'ActionSelected', 'NoMatchFound'] },
  flowTypes: onlyIn('inbound flows and customer queue flows', 'CONTACT_FLOW', 'CUSTOMER_QUEUE'),
  waits: true,
};
