import type { ActionSpec } from '../types';

export const renderMessageTemplate: ActionSpec = {
  type: 'RenderMessageTemplate',
  category: 'interaction',
  source: 'exports',
  summary: 'Fills in an Amazon Q in Connect message template for a later message or email.',
  block: 'Message template',
  doc: 'Seen in console exports; not in the action reference, so its parameters are not checked.',
  params: [
    { name: 'WisdomMessageTemplateArn', kind: 'string', summary: 'The message template.' },
    { name: 'WisdomKnowledgeBaseArn', kind: 'string', summary: 'Knowledge base holding the template.' },
  ],
  openParams: true,
  errors: ['NoMatchingError', 'TemplateRenderingError'],
};
