import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import { buildModel } from '../../server/src/engine';
import { readTestCase, runTestCase, coverage, type TestCase } from '../../server/src/simulator';

const dir = path.resolve(__dirname, '../../examples/testing');
const flow = buildModel(fs.readFileSync(path.join(dir, 'order-line.flow.json'), 'utf8'));
const example = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');

function read(text: string): TestCase {
  const r = readTestCase(text);
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return r.testCase!;
}

/** A test case in the service's form, from observations. */
function tc(observations: unknown[], metadata: unknown = {}): string {
  return JSON.stringify({ Version: '2019-10-30', Metadata: metadata, Observations: observations }, null, 2);
}
const ev = (Type: string, Properties: unknown = {}) => ({ Identifier: `${Type}-e`, Type, Actor: 'System', Properties });
const msg = (Text: string, type = 'Similarity') => ev('MessageReceived', { Text, MatchingCriteria: { Type: type } });
const dtmf = (Identifier: string, Value: string | number, next?: string) => ({ Identifier, Type: 'SendInstruction', Parameters: { ActionType: 'SendInstruction', Actor: 'Customer', Instruction: { Type: 'DtmfInput', Properties: { Value } } }, Transitions: next ? { NextAction: next } : {} });
const assert = (Identifier: string, Namespace: string, Operator: string, Operand?: string) => ({ Identifier, Type: 'Assert', Parameters: { Namespace, Operator, ...(Operand !== undefined ? { Operand } : {}) }, Transitions: {} });
const endTest = { Identifier: 'end', Type: 'TestControl', Parameters: { ActionType: 'TestControl', Command: { Type: 'EndTest' } }, Transitions: {} };
const hoursMock = (Value: string) => ({
  Identifier: 'hours',
  Type: 'OverrideSystemBehavior',
  Parameters: { ActionType: 'OverrideSystemBehavior', Behavior: { Type: 'FlowAction', Properties: { ActionType: 'CheckHoursOfOperation', ActionParameters: { HoursOfOperationId: '22222222-2222-4222-8222-222222222222' }, Strategy: { Type: 'MockResponse', Response: { Type: 'ExecutionResult', ExecutionResult: { Value } } } } } },
  Transitions: {},
});
const obs = (Identifier: string, Event: unknown, Actions: unknown[], next: string[] = []) => ({ Identifier, Event, Actions, Transitions: next.length ? { NextObservations: next } : {} });

describe('the example test cases (examples/testing)', () => {
  it('the service form passes: press 2 reaches the Sales queue', () => {
    const r = runTestCase(read(example('order-line-sales.test.json')), flow);
    expect(r.failure).toBeUndefined();
    expect(r.status).toBe('passed');
    expect(r.observations.map((o) => o.status)).toEqual(['matched', 'matched', 'matched']);
    expect(r.outcome.kind).toBe('ended-by-test');
  });
  it('the documented form (Version 2025-06-21, Usage, MatchingCriteria beside Properties, NextAction "") passes', () => {
    const r = runTestCase(read(example('order-line-lookup.test.json')), flow);
    expect(r.failure).toBeUndefined();
    expect(r.logs).toEqual([{ observation: 'shipped', label: 'status', value: 'SHIPPED' }]);
    expect(r.trace.map((s) => s.actionId)).toEqual(['check-hours', 'welcome', 'menu', 'order-lookup', 'order-status', 'shipped']);
  });
});

describe('failing tests name the observation that failed', () => {
  it('a wrong assertion fails at its Assert', () => {
    const text = tc([obs('start', ev('TestInitiated'), [hoursMock('InHours')], ['menu']), obs('menu', msg('press 2'.replace('press 2', 'To speak with us press 2'), 'Inclusion'), [dtmf('two', 2)], ['q']), obs('q', ev('FlowActionStarted', { ActionType: 'TransferContactToQueue' }), [assert('is-support', '$.Queue.Name', 'Equals', 'Support')])]);
    const r = runTestCase(read(text), flow);
    expect(r.status).toBe('failed');
    expect(r.failure).toMatchObject({ observation: 'q', action: 'is-support' });
    expect(r.failure!.message).toBe('Assert "is-support" failed: $.Queue.Name is "Sales", expected Equals "Support".');
  });
  it('a message the flow never plays leaves its observation waiting', () => {
    const text = tc([obs('start', ev('TestInitiated'), [hoursMock('OutOfHours')], ['menu']), obs('menu', msg('For an order status press 1.'), [dtmf('one', 1)])]);
    const r = runTestCase(read(text), flow);
    expect(r.failure?.observation).toBe('menu');
    expect(r.failure?.message).toBe('Observation "menu" waits for a message like "For an order status press 1.", but the contact was disconnected first.');
    expect(r.observations.find((o) => o.id === 'menu')?.status).toBe('pending');
  });
  it('a Lambda without a mock fails with "needs a mock" and names the function', () => {
    const text = tc([obs('start', ev('TestInitiated'), [hoursMock('InHours')], ['menu']), obs('menu', msg('For an order status press 1. To speak with us press 2.'), [dtmf('one', 1)], ['done']), obs('done', ev('TestCompleted'), [])]);
    const r = runTestCase(read(text), flow);
    expect(r.status).toBe('failed');
    expect(r.failure?.message).toContain('needs a mock');
    expect(r.failure?.message).toContain('arn:aws:lambda:us-east-1:111122223333:function:order-status');
  });
  it('silence takes the retry path, counted by Usage Times', () => {
    const text = tc([
      obs('start', ev('TestInitiated'), [hoursMock('InHours')], ['sorry']),
      { ...obs('sorry', msg('Sorry, I did not get that.'), [], ['hold']), Usage: { Type: 'EXACTLY', Times: 2 } },
      obs('hold', msg('Please hold for the next agent.'), [endTest]),
    ]);
    const r = runTestCase(read(text), flow);
    expect(r.failure).toBeUndefined();
    expect(r.observations.find((o) => o.id === 'sorry')?.matches).toBe(2);
    expect(r.seconds).toBeGreaterThanOrEqual(15);
  });
  it('the hours of the test file are used at the virtual time it gives', () => {
    const hours = { '*': { Config: [{ Day: 'MONDAY', StartTime: { Hours: 9, Minutes: 0 }, EndTime: { Hours: 17, Minutes: 0 } }] } };
    const closed = tc([obs('closed', msg('We are closed. Please call again between 9 and 5.'), [])], { connectFlowLint: { hours, startTime: '2026-01-05T18:30:00Z' } });
    expect(runTestCase(read(closed), flow).status).toBe('passed');
    const open = tc([obs('closed', msg('We are closed. Please call again between 9 and 5.'), [])], { connectFlowLint: { hours, startTime: '2026-01-05T09:30:00Z' } });
    expect(runTestCase(read(open), flow).status).toBe('failed');
  });
});

describe('reading test files', () => {
  it('reports an unknown field with its position and the allowed fields', () => {
    const text = tc([{ ...obs('start', ev('TestInitiated'), []), Colour: 'red' }]);
    const r = readTestCase(text);
    expect(r.testCase).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].message).toBe('Unknown field "Colour" in An observation; allowed: Identifier, Event, Actions, Usage, Transitions.');
    const line = text.split('\n').findIndex((l) => l.includes('"Colour"'));
    expect(r.problems[0].range.start).toEqual({ line, character: text.split('\n')[line].indexOf('"Colour"') });
  });
  it('accepts both Version values and rejects others', () => {
    for (const v of ['2019-10-30', '2025-06-21']) expect(readTestCase(JSON.stringify({ Version: v, Observations: [obs('a', ev('TestInitiated'), [])] })).problems).toEqual([]);
    expect(readTestCase(JSON.stringify({ Version: '2024-01-01', Observations: [obs('a', ev('TestInitiated'), [])] })).problems[0].message).toContain('is not a testing-language version');
  });
  it('accepts MatchingCriteria as a string or an object, inside Properties or beside it', () => {
    for (const event of [
      { Identifier: 'e', Type: 'MessageReceived', Actor: 'System', Properties: { Text: 'hi', MatchingCriteria: { Type: 'Inclusion' } } },
      { Identifier: 'e', Type: 'MessageReceived', Actor: 'System', Properties: { Text: 'hi', MatchingCriteria: 'Inclusion' } },
      { Identifier: 'e', Type: 'MessageReceived', Actor: 'System', Properties: { Text: 'hi' }, MatchingCriteria: 'Inclusion' },
    ]) {
      const r = readTestCase(tc([obs('m', event, [])]));
      expect(r.problems).toEqual([]);
      expect(r.testCase!.observations[0].event).toEqual({ type: 'MessageReceived', text: 'hi', criteria: 'Inclusion' });
    }
    expect(readTestCase(tc([obs('m', { ...msg('hi'), Properties: { Text: 'hi', MatchingCriteria: { Type: 'Contains' } } }, [])])).problems[0].message).toBe('MatchingCriteria.Type "Contains" is not one of Similarity, Inclusion.');
  });
  it('reports dangling NextObservations and NextAction, a DTMF value that is not keys, and a bad operator', () => {
    const text = tc([obs('a', ev('TestInitiated'), [dtmf('d', 'one', 'nowhere'), assert('x', '$.Attributes.a', 'Matches', 'b')], ['zzz'])]);
    const messages = readTestCase(text).problems.map((p) => p.message);
    expect(messages).toEqual([
      'A DTMF Value holds keypad keys only: digits, * and #.',
      'Operator "Matches" is not one of Equals, TextStartsWith, TextEndsWith, TextContains, NumberGreaterThan, NumberGreaterOrEqualTo, NumberLessThan, NumberLessOrEqualTo, Exists.',
      'No observation has the Identifier "zzz".',
    ]);
  });
  it('warns about an override type the service does not document', () => {
    const o = hoursMock('x');
    (o.Parameters.Behavior.Properties as Record<string, unknown>).ActionType = 'GetCustomerProfile';
    const r = readTestCase(tc([obs('a', ev('TestInitiated'), [o])]));
    expect(r.problems.map((p) => [p.severity, p.message])).toEqual([['warning', 'Amazon Connect documents overrides for InvokeLambdaFunction, CheckHoursOfOperation, ConnectParticipantWithLexBot, TransferContactToQueue, DequeueAndTransferToQueue only: the simulator uses this one, the service may reject it.']]);
  });
  it('rejects text that is not JSON, with the position of the mistake', () => {
    const r = readTestCase('{"Version": "2019-10-30",, }');
    expect(r.testCase).toBeUndefined();
    expect(r.problems[0].range.start.character).toBeGreaterThan(20);
  });
});

describe('coverage', () => {
  it('counts the actions and branches the tests took', () => {
    const runs = ['order-line-sales.test.json', 'order-line-lookup.test.json'].map((f) => runTestCase(read(example(f)), flow).trace);
    const c = coverage('main', flow, runs);
    expect(c.actions).toMatchObject({ total: 15, taken: 9 });
    expect(c.actions.untaken).toEqual(['retry-loop', 'sorry', 'in-progress', 'lookup-failed', 'closed', 'bye']);
    const menu = c.branches.list.filter((b) => b.actionId === 'menu' && b.taken > 0).map((b) => `${b.via}:${b.label}`);
    expect(menu).toEqual(['condition:1', 'condition:2']);
  });
});

describe('checks against the flow (editor and CLI warnings)', () => {
  const warnings = (observations: unknown[]) => readTestCase(tc(observations), { flow }).problems.map((p) => `${p.severity} ${p.path.join('.')}: ${p.message}`);
  it('warns about a message no prompt of the flow says, and accepts one it does', () => {
    expect(warnings([obs('a', msg('Welcome to the weather line'), [])])).toEqual(['warning Observations.0.Event.Properties.Text: No prompt of the flow says "Welcome to the weather line" or anything like it: this observation can never match.']);
    expect(warnings([obs('a', msg('Please hold', 'Inclusion'), [])])).toEqual([]);
    // A prompt with a reference could say it: "Your order shipped on $.External.shipDate."
    expect(warnings([obs('a', msg('Your order shipped on May 2. Goodbye.'), [])])).toEqual([]);
  });
  it('warns about a mocked Lambda the flow never calls, and an action type it does not have', () => {
    const lambda = hoursMock('x');
    Object.assign(lambda.Parameters.Behavior.Properties, { ActionType: 'InvokeLambdaFunction', ActionParameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:other' } });
    const lex = { ...hoursMock('x'), Identifier: 'lex' };
    Object.assign(lex.Parameters.Behavior.Properties, { ActionType: 'ConnectParticipantWithLexBot', ActionParameters: {} });
    expect(warnings([obs('a', ev('TestInitiated'), [lambda, lex])])).toEqual([
      'warning Observations.0.Actions.0.Parameters.Behavior.Properties.ActionParameters: No InvokeLambdaFunction action of the flow has these parameters (the flow never uses arn:aws:lambda:us-east-1:111122223333:function:other): this override is never used.',
      'warning Observations.0.Actions.1.Parameters.Behavior.Properties.ActionType: The flow has no ConnectParticipantWithLexBot action: this override is never used.',
    ]);
  });
  it('warns about an action the flow never starts', () => {
    expect(warnings([obs('a', ev('FlowActionStarted', { ActionType: 'TransferToFlow' }), [])])).toEqual(['warning Observations.0.Event.Properties.ActionType: The flow has no TransferToFlow action: this observation can never match.']);
  });
  it('has nothing to say about the example tests', () => {
    for (const f of ['order-line-sales.test.json', 'order-line-lookup.test.json']) expect(readTestCase(example(f), { flow }).problems).toEqual([]);
  });
});

describe('queue transfers to the working queue', () => {
  const QUEUE_ID = '11111111-1111-4111-8111-111111111111';
  const toSales = (actions: unknown[]) => tc([obs('start', ev('TestInitiated'), [hoursMock('InHours')], ['menu']), obs('menu', msg('To speak with us press 2', 'Inclusion'), [dtmf('two', 2)], ['q']), obs('q', ev('FlowActionStarted', { ActionType: 'TransferContactToQueue', ActionParameters: { QueueId: QUEUE_ID } }), actions)]);
  it('are observed with the working queue as QueueId (an id matches its ARN), with no warning', () => {
    const r = readTestCase(toSales([endTest]), { flow });
    expect(r.problems).toEqual([]);
    expect(runTestCase(r.testCase!, flow).observations.map((o) => o.status)).toEqual(['matched', 'matched', 'matched']);
  });
  it('are mocked by the working queue: QueueAtCapacity takes the flow to its closed message', () => {
    const full = { ...hoursMock('x'), Identifier: 'full' };
    Object.assign(full.Parameters.Behavior.Properties, { ActionType: 'TransferContactToQueue', ActionParameters: { QueueId: QUEUE_ID }, Strategy: { Type: 'MockResponse', Response: { Type: 'Error', Error: { Value: 'QueueAtCapacity' } } } });
    const text = tc([obs('start', ev('TestInitiated'), [hoursMock('InHours'), full], ['menu']), obs('menu', msg('To speak with us press 2', 'Inclusion'), [dtmf('two', 2)], ['closed']), obs('closed', msg('We are closed. Please call again between 9 and 5.'), [])]);
    const r = runTestCase(read(text), flow);
    expect(r.failure).toBeUndefined();
    expect(r.trace.find((s) => s.actionId === 'transfer')?.branch).toMatchObject({ via: 'error', label: 'QueueAtCapacity', target: 'closed' });
  });
});
