/**
 * Fix-all keeps the author's intent (issue 14 §4): on flows built to tempt it (misspelt keys that hold a value next
 * to missing required parameters, actions without an error branch, error handlers that are or are not clear, values
 * written as JSON numbers), fix-all never changes the value of a parameter that was present and never adds an error
 * branch that goes where the action's NextAction goes. The check itself is assertFixAllKeepsIntent (fixInvariants.ts),
 * also run by every fix-safety fuzz property.
 */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { applySafeFixes } from '../../server/src/engine/fixes';
import { assertFixAllKeepsIntent, assertFixSafety } from './fixInvariants';
import { FUZZ_SEED, runs } from './config';

/** Ways an author misspells a key: a letter dropped, added, doubled, swapped, or in another case. */
const misspell = (key: string) =>
  fc.constantFrom(key.slice(0, -1), key + 's', key.toLowerCase(), key.toUpperCase(), key.slice(0, 2) + key.slice(3), key.slice(0, 3) + key[3] + key.slice(3), key[1] + key[0] + key.slice(2));

const SPECS: Record<string, Record<string, fc.Arbitrary<unknown>>> = {
  CreateCallbackContact: {
    InitialCallDelaySeconds: fc.constantFrom('5', 5, '0', 'x', '$.Attributes.d'),
    MaximumConnectionAttempts: fc.constantFrom('1', 2, '0', '3'),
    RetryDelaySeconds: fc.constantFrom('120', 120, '600', '999999', 'soon'),
    QueueId: fc.constantFrom('arn:aws:connect:us-east-1:1:instance/i/queue/q', ''),
  },
  UpdateContactAttributes: {
    Attributes: fc.constantFrom({ customerTier: 'gold' }, {}, 'gold', ['a']),
    TargetContact: fc.constantFrom('Current', 'Related', 'current'),
  },
  TransferToFlow: { ContactFlowId: fc.constantFrom('arn:aws:connect:us-east-1:1:instance/i/contact-flow/f', '') },
  Wait: { TimeoutSeconds: fc.constantFrom('60', 60, '0'), TimeLimitSeconds: fc.constantFrom('60', 60) },
};

const ids = ['a0', 'a1', 'a2', 'a3', 'handler', 'end'];

const action = (index: number) =>
  fc
    .record({
      type: fc.constantFrom(...Object.keys(SPECS)),
      keep: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
      misspelt: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
      next: fc.constantFrom(...ids),
      errorTo: fc.option(fc.constantFrom('handler', 'end', 'a1', 'nowhere'), { nil: undefined }),
      emptyErrors: fc.boolean(),
    })
    .chain((r) => {
      const params = Object.entries(SPECS[r.type]);
      return fc.tuple(fc.constant(r), ...params.map(([name, value], i) => fc.tuple(r.misspelt[i] ? misspell(name) : fc.constant(name), value)));
    })
    .map(([r, ...entries]) => {
      const Parameters = Object.fromEntries(entries.filter((_, i) => r.keep[i]));
      const Errors = r.errorTo ? [{ NextAction: r.errorTo, ErrorType: 'NoMatchingError' }] : r.emptyErrors ? [] : undefined;
      return { Identifier: `a${index}`, Type: r.type, Parameters, Transitions: Errors ? { NextAction: r.next, Errors } : { NextAction: r.next } };
    });

const tempting = fc.tuple(action(0), action(1), action(2), action(3), fc.constantFrom(0, 2, 4)).map(([a0, a1, a2, a3, indent]) =>
  JSON.stringify(
    {
      Version: '2019-10-30',
      StartAction: 'a0',
      Metadata: {},
      Actions: [a0, a1, a2, a3, { Identifier: 'handler', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }, { Identifier: 'end', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }],
    },
    null,
    indent,
  ),
);

describe('fix-all keeps the author\'s intent (property)', () => {
  it('never changes a present parameter\'s value, never adds a default beside a near-miss key, never sends an added error branch where NextAction goes', () => {
    fc.assert(
      fc.property(tempting, (text) => {
        assertFixAllKeepsIntent(text, applySafeFixes(text).text);
      }),
      { seed: FUZZ_SEED, numRuns: runs(400) },
    );
  }, 120_000);

  it('and every fix it offers on such flows is safe in the usual sense (JSON, its problem gone, no new error)', () => {
    fc.assert(
      fc.property(tempting, (text) => void assertFixSafety(text)),
      { seed: FUZZ_SEED, numRuns: runs(100) },
    );
  }, 120_000);
});
