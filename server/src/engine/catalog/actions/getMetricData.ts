import type { ActionSpec } from '../types';
import { queueOrAgent } from '../common';

export const getMetricData: ActionSpec = {
  type: 'GetMetricData',
  category: 'flowControl',
  source: 'both',
  summary: 'Loads live metrics of a queue into `$.Metrics` for later checks.',
  block: 'Get queue metrics',
  doc: 'Afterwards read e.g. `$.Metrics.Queue.Size` or `$.Metrics.Agents.Available.Count` with Compare.',
  params: [
    ...queueOrAgent('dynamic', 'read metrics of'),
    { name: 'QueueChannel', source: 'docs', kind: 'string', values: ['Voice', 'Chat'], summary: 'Only count this channel: "Voice" or "Chat"; default: all channels.' },
  ],
  errors: ['NoMatchingError'],
  expectsNoMatchingError: true,
};
