import type { ActionSpec } from '../types';

export const unTagContact: ActionSpec = {
  type: 'UnTagContact',
  aliases: ['UntagContact'],
  category: 'contact',
  source: 'docs',
  summary: 'Removes user-defined tags from the contact.',
  block: 'Untag contact',
  params: [{ name: 'TagKeys', required: true, form: 'static', kind: 'array', summary: 'Keys of the tags to remove.' }],
  errors: ['NoMatchingError'],
};
