import type { ActionSpec } from '../types';

export const resumeContact: ActionSpec = {
  type: 'ResumeContact',
  category: 'contact',
  source: 'both',
  summary: 'Resumes a paused task contact.',
  block: 'Resume contact',
  doc: 'Tasks only; other channels take the error branch.',
  params: [],
  errors: ['NoMatchingError'],
  expectsNoMatchingError: true,
};
