import type { ActionSpec } from '../types';
import { INBOUND_TRANSFER_QUEUE, documentedOnly, promptParams } from '../common';

export const connectParticipantWithLexBot: ActionSpec = {
  type: 'ConnectParticipantWithLexBot',
  category: 'participant',
  source: 'both',
  summary: 'Hands the conversation to an Amazon Lex bot and branches on the intent it recognises.',
  block: 'Get customer input (Amazon Lex tab)',
  doc: 'Give the bot with `LexV2Bot` (`{ "AliasArn": ... }`) or, for classic bots, `LexBot`. Branch on intent names with `Equals` conditions; slots and session attributes land under `$.Lex`.',
  params: [
    ...documentedOnly(promptParams('before the bot listens'), 'PromptId'),
    {
      name: 'LexV2Bot',
      kind: 'object',
      exclusiveWith: ['LexBot'],
      summary: 'The Lex V2 bot alias to talk to: `{ "AliasArn": ... }`.',
    },
    {
      name: 'LexBot', source: 'docs',
      kind: 'object',
      exclusiveWith: ['LexV2Bot'],
      summary: 'A classic Lex bot: `{ "Name", "Region", "Alias" }`.',
    },
    {
      name: 'LexSessionAttributes',
      kind: 'object',
      summary: 'Session attributes passed to the bot (name to value).',
    },
    {
      name: 'LexInitilizationData', source: 'docs',
      kind: 'object',
      exclusiveWith: ['LexInitializationData'],
      summary: 'Initial message handed to the bot (the reference page spells the key this way).',
    },
    {
      // The service's own validation messages spell it correctly; which spelling it honours is not settled, so both are known.
      name: 'LexInitializationData', source: 'docs',
      kind: 'object',
      exclusiveWith: ['LexInitilizationData'],
      summary: 'Initial message handed to the bot (the spelling the service\'s messages use).',
    },
    {
      name: 'LexTimeoutSeconds',
      kind: 'object',
      summary: 'How long a chat waits for the customer before timing out.',
    },
  ],
  requiresOneOf: [['LexV2Bot', 'LexBot']],
  errors: ['NoMatchingCondition', 'NoMatchingError', 'InputTimeLimitExceeded'],
  expectsNoMatchingError: true,
  conditions: { operators: ['Equals'] },
  flowTypes: INBOUND_TRANSFER_QUEUE(),
  waits: true,
};
