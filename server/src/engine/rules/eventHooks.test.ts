import { describe, expect, it } from 'vitest';
import { oneAction, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

const FLOW = 'arn:aws:connect:us-east-1:1:instance/i/contact-flow/f';
const hooks = (EventHooks: unknown) => oneAction('UpdateContactEventHooks', { EventHooks });

describe('event-hooks', () => {
  it('reports two entries in one action, on the EventHooks key', () => {
    const { text, diagnostics } = hooks({ CustomerQueue: FLOW, CustomerHold: FLOW });
    const [d, ...rest] = withCode(diagnostics, 'event-hooks');
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Error);
    expect(d.message).toBe('`EventHooks` has 2 entries; each UpdateContactEventHooks action sets one event, so use one action per event.');
    expect(d.range).toEqual(rangeOfText(text, '"EventHooks"'));
  });

  it('reports an empty map', () => {
    expect(withCode(hooks({}).diagnostics, 'event-hooks').map((d) => d.message)).toEqual([
      '`EventHooks` is empty: give it one entry, an event name mapped to the flow to run (one action per event).',
    ]);
  });

  it('reports an unknown event name with a suggestion, on the key', () => {
    const { text, diagnostics } = hooks({ CustomerQueu: FLOW });
    const [d] = withCode(diagnostics, 'event-hooks');
    expect(d.message).toMatch(/^`CustomerQueu` is not an event UpdateContactEventHooks can set\. Did you mean `CustomerQueue`\?; the events are `AgentHold`, /);
    expect(d.range).toEqual(rangeOfText(text, '"CustomerQueu"'));
  });

  it('reports a JSONPath event name', () => {
    expect(withCode(hooks({ '$.Attributes.hook': FLOW }).diagnostics, 'event-hooks')[0].message).toMatch(/^The event name `\$\.Attributes\.hook` must be written literally/);
  });

  it('accepts one known event, as every real export has it', () => {
    expect(withCode(hooks({ DefaultAgentUI: FLOW }).diagnostics, 'event-hooks')).toEqual([]);
  });
});
