import type { ActionSpec } from '../types';

export const updateContactData: ActionSpec = {
  type: 'UpdateContactData',
  category: 'contact',
  source: 'both',
  summary: 'Changes properties of the contact: name, language, customer id, Voice ID settings, ...',
  block: 'Set contact data / Set Voice ID',
  doc: 'Either every field is set or none is. Flags are "true" or "false" in any case.',
  params: [
    { name: 'Name', source: 'docs', kind: 'string', summary: 'Contact name shown to agents.' },
    { name: 'Description', source: 'docs', kind: 'string', summary: 'Contact description.' },
    { name: 'LanguageCode', kind: 'string', examples: ['en-US', 'en-GB', 'es-US', 'fr-CA'], summary: 'Language of the contact, such as "en-US".' },
    { name: 'CustomerId', kind: 'string', summary: 'Your identifier for the customer.' },
    { name: 'WisdomSessionArn', kind: 'string', summary: 'Amazon Q in Connect session to associate.' },
    { name: 'References', source: 'docs', kind: 'object', summary: 'Links and values shown with the contact.' },
    { name: 'IsVoiceIdStreamingEnabled', kind: 'string', summary: 'Stream audio to Voice ID ("true"/"false").' },
    { name: 'IsVoiceAuthenticationEnabled', kind: 'string', summary: 'Authenticate the caller by voice ("true"/"false").' },
    { name: 'IsFraudDetectionEnabled', kind: 'string', summary: 'Check the caller against fraud watchlists ("true"/"false").' },
    { name: 'VoiceAuthenticationThreshold', kind: 'integer', min: 0, max: 100, summary: 'Score (0-100) a caller needs to count as authenticated.' },
    { name: 'FraudDetectionThreshold', kind: 'integer', min: 0, max: 100, summary: 'Risk score (0-100) above which the caller is flagged.' },
    { name: 'VoiceAuthenticationResponseTime', kind: 'integer', min: 5, max: 10, summary: 'Seconds of speech used for authentication (5-10).' },
    { name: 'WatchlistId', source: 'docs', kind: 'string', summary: 'Voice ID fraud watchlist.' },
    { name: 'TargetContact', source: 'docs', kind: 'string', values: ['Current', 'Related'], summary: 'Which contact to update: "Current" or "Related".' },
  ],
  errors: ['NoMatchingError'],
  expectsNoMatchingError: true,
};
