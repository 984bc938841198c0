import { describe, expect, it } from 'vitest';
import { callbackAction, check, endAction, flowText, rangeOfText, valueRange } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

/** The value rules of CreateCallbackContact's parameters: one case per rule id, with message, range and severity. */
function only(params: Record<string, unknown>) {
  const text = flowText([callbackAction({}, params), endAction]);
  const found = check(text).filter((d) => d.code.startsWith('param-'));
  return { text, found };
}

describe('QueueId / AgentId values', () => {
  it.each([
    ['a queue ARN', 'arn:aws:connect:us-east-1:111122223333:instance/i-1/queue/q-1'],
    ['a plain id', '9c2e1a7b-0000-4000-8000-000000000000'],
    ['one JSONPath reference', '$.Attributes.queue'],
    ['a bracket reference', "$.Attributes['callback queue']"],
    ['a ${} placeholder', '${CallbackQueueArn}'],
    ['a mustache placeholder', "{{resources['CallbackQueue']}}"],
    ['an ARN with a placeholder inside', 'arn:aws:connect:${AWS::Region}:${AWS::AccountId}:instance/x/queue/y'],
  ])('accepts %s', (_name, value) => {
    expect(only({ QueueId: value }).found).toEqual([]);
    expect(only({ AgentId: value }).found).toEqual([]);
  });

  it('param-mixed-reference: text mixed with a reference', () => {
    const { text, found } = only({ QueueId: 'queue-$.Attributes.region' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'param-mixed-reference', severity: Severity.Error });
    expect(found[0].message).toBe(
      '`QueueId` in CreateCallbackContact mixes text with a JSONPath reference ("queue-$.Attributes.region"). Use either a literal value or exactly one reference as the whole value, such as "$.Attributes.queue".',
    );
    expect(found[0].range).toEqual(rangeOfText(text, '"queue-$.Attributes.region"'));
  });

  it('param-mixed-reference: two references', () => {
    const { found } = only({ AgentId: '$.Attributes.a$.Attributes.b' });
    expect(found.map((d) => d.code)).toEqual(['param-mixed-reference']);
  });

  it('param-empty: an empty string', () => {
    const { text, found } = only({ QueueId: '' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'param-empty', severity: Severity.Error });
    expect(found[0].message).toBe('`QueueId` in CreateCallbackContact is empty: give it a value or remove the parameter. Queue that the callback is routed to (queue id or ARN).');
    expect(found[0].range).toEqual(rangeOfText(text, '""'));
  });

  it('param-type: a non-string', () => {
    const { text, found } = only({ AgentId: 42 });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'param-type', severity: Severity.Error });
    expect(found[0].message).toBe('`AgentId` in CreateCallbackContact must be a string (an id or ARN, or one JSONPath reference); found a number.');
    expect(found[0].range).toEqual(rangeOfText(text, '42'));
  });

  it('param-type: an object', () => {
    const { found } = only({ QueueId: { Arn: 'x' } });
    expect(found.map((d) => [d.code, d.message])).toEqual([
      ['param-type', '`QueueId` in CreateCallbackContact must be a string (an id or ARN, or one JSONPath reference); found an object.'],
    ]);
  });
});

describe('delay and attempt values', () => {
  it('accepts the bounds 1 and 259200', () => {
    expect(only({ InitialCallDelaySeconds: '1', RetryDelaySeconds: '259200' }).found).toEqual([]);
  });

  it('param-static-only: a JSONPath reference', () => {
    const { text, found } = only({ InitialCallDelaySeconds: '$.Attributes.delay' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'param-static-only', severity: Severity.Error });
    expect(found[0].message).toBe(
      '`InitialCallDelaySeconds` in CreateCallbackContact must be defined statically: JSONPath ("$.Attributes.delay") is not accepted here. Write it as a literal: a whole number from 1 to 259200, such as "5".',
    );
    expect(found[0].range).toEqual(rangeOfText(text, '"$.Attributes.delay"'));
  });

  it('param-static-only: text with an embedded reference', () => {
    const { found } = only({ RetryDelaySeconds: '60$.Attributes.x' });
    expect(found.map((d) => d.code)).toEqual(['param-static-only']);
  });

  it.each([
    ['a fraction', '2.5'],
    ['text', '10 minutes'],
    ['an empty string', ''],
    ['padded digits', ' 5'],
  ])('param-not-integer: %s', (_name, value) => {
    const { text, found } = only({ RetryDelaySeconds: value });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'param-not-integer', severity: Severity.Error });
    expect(found[0].message).toBe(`\`RetryDelaySeconds\` in CreateCallbackContact must be a whole number from 1 to 259200; found ${JSON.stringify(value)}.`);
    expect(found[0].range).toEqual(rangeOfText(text, JSON.stringify(value)));
  });

  it('param-out-of-range: above three days', () => {
    const { text, found } = only({ InitialCallDelaySeconds: '259201' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'param-out-of-range', severity: Severity.Error, data: { nearest: '259200' } });
    expect(found[0].message).toBe(
      '`InitialCallDelaySeconds` in CreateCallbackContact is 259201, above the maximum of 259200; allowed: a whole number from 1 to 259200.',
    );
    expect(found[0].range).toEqual(rangeOfText(text, '"259201"'));
  });

  it('param-out-of-range: zero delay and negative attempts', () => {
    const { found } = only({ RetryDelaySeconds: '0', MaximumConnectionAttempts: '-1' });
    expect(found.map((d) => [d.code, d.message])).toEqual([
      ['param-out-of-range', '`MaximumConnectionAttempts` in CreateCallbackContact is -1, below the minimum of 1; allowed: a whole number of 1 or more.'],
      ['param-out-of-range', '`RetryDelaySeconds` in CreateCallbackContact is 0, below the minimum of 1; allowed: a whole number from 1 to 259200.'],
    ]);
  });

  it('param-soft-minimum: "0" attempts is a warning, as real deployed flows use it', () => {
    const { text, found } = only({ MaximumConnectionAttempts: '0' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'param-soft-minimum', severity: Severity.Warning, data: { nearest: '1' } });
    expect(found[0].message).toBe(
      '`MaximumConnectionAttempts` in CreateCallbackContact is "0": the console exports "0" for a callback with no retries, but the flow language reference requires at least 1. Use "1" unless you have checked that "0" deploys.',
    );
    expect(found[0].range).toEqual(rangeOfText(text, '"0"'));
  });

  it('param-not-string: a JSON number is a warning, and is still range-checked', () => {
    const { text, found } = only({ InitialCallDelaySeconds: 5, RetryDelaySeconds: 0 });
    expect(found.map((d) => [d.code, d.severity])).toEqual([
      ['param-out-of-range', Severity.Error],
      ['param-not-string', Severity.Warning],
      ['param-not-string', Severity.Warning],
    ]);
    const five = found.find((d) => d.code === 'param-not-string' && d.message.includes('InitialCallDelaySeconds'))!;
    expect(five.message).toBe('`InitialCallDelaySeconds` in CreateCallbackContact is a number; flows exported by Amazon Connect write it as a string: "5".');
    expect(five.range).toEqual(valueRange(text, '"InitialCallDelaySeconds": ', '5'));
    expect(five.data).toMatchObject({ replacement: '5' });
  });

  it('param-not-integer: a fractional JSON number', () => {
    const { found } = only({ MaximumConnectionAttempts: 1.5 });
    expect(found.map((d) => d.code)).toEqual(['param-not-integer', 'param-not-string']);
  });

  it('tolerates deployment placeholders in numbers', () => {
    expect(only({ InitialCallDelaySeconds: '${CallbackDelay}' }).found).toEqual([]);
  });
});

describe('param-ignored', () => {
  it('notes that InitialCallDelaySeconds has no effect when ContactFlowId is set', () => {
    const { text, found } = only({ ContactFlowId: 'arn:aws:connect:us-east-1:1:instance/i/contact-flow/f' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'param-ignored', severity: Severity.Information });
    expect(found[0].message).toBe('`InitialCallDelaySeconds` has no effect in CreateCallbackContact because `ContactFlowId` is set.');
    expect(found[0].range).toEqual(rangeOfText(text, '"InitialCallDelaySeconds"'));
  });
});
