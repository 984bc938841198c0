import { describe, expect, it } from 'vitest';
import { ACTION_SPECS, buildModel } from '../engine';
import { Simulation, simulate, defaultBehaviour, SEMANTICS, type SimulationOptions, type SimulationResult } from './index';
import { end, flow, say, type A } from './testing/flows';

function run(actions: A[], options: SimulationOptions & { inputs?: Array<{ kind: 'dtmf' | 'text'; value: string }>; overrides?: Simulation['addOverride'] extends (o: infer O) => void ? O[] : never } = {}, meta?: Record<string, unknown>): SimulationResult {
  const sim = new Simulation(buildModel(flow(actions, { metadata: meta })), options);
  for (const i of options.inputs ?? []) sim.pushInput(i);
  for (const o of options.overrides ?? []) sim.addOverride(o);
  return sim.run();
}

const path = (r: SimulationResult) => r.trace.map((s) => s.actionId);
const messages = (r: SimulationResult) => r.events.flatMap((e) => (e.type === 'MessageReceived' ? [e.text ?? e.ssml ?? e.promptId] : []));

describe('every catalogue action type has run-time semantics or needs a mock', () => {
  it.each(ACTION_SPECS.map((s) => s.type))('%s', (type) => {
    expect(SEMANTICS[type]).toBeTypeOf('function');
    expect(['continues', 'branches', 'ends', 'needs a mock', 'input', 'flow']).toContain(defaultBehaviour(type));
  });
});

describe('MessageParticipant', () => {
  it('plays its text with attributes substituted, then takes NextAction', () => {
    const r = run([{ id: 'set', type: 'UpdateContactAttributes', params: { Attributes: { name: 'Ana' } }, next: 'hi' }, say('hi', 'Hello $.Attributes.name, welcome.', 'bye'), end('bye')]);
    expect(messages(r)).toEqual(['Hello Ana, welcome.']);
    expect(path(r)).toEqual(['set', 'hi', 'bye']);
    expect(r.outcome.kind).toBe('disconnected');
  });
  it('reports prompt ids and SSML as they are written', () => {
    const r = run([{ id: 'p', type: 'MessageParticipant', params: { PromptId: 'arn:prompt/1' }, next: 's' }, { id: 's', type: 'MessageParticipant', params: { SSML: '<speak>Hi</speak>' }, next: 'bye' }, end('bye')]);
    expect(messages(r)).toEqual(['arn:prompt/1', '<speak>Hi</speak>']);
  });
});

const menu = (params: Record<string, unknown> = {}): A[] => [
  { id: 'menu', type: 'GetParticipantInput', params: { Text: 'Press 1 or 2', InputTimeLimitSeconds: '7', StoreInput: 'False', ...params }, conditions: [['Equals', '1', 'one'], ['Equals', '2', 'two']], errors: { InputTimeLimitExceeded: 'timeout', NoMatchingCondition: 'other', NoMatchingError: 'err' } },
  say('one', 'one', 'bye'),
  say('two', 'two', 'bye'),
  say('timeout', 'timeout', 'bye'),
  say('other', 'other', 'bye'),
  say('err', 'error', 'bye'),
  end('bye'),
];

describe('GetParticipantInput', () => {
  it('takes the condition of the key pressed', () => {
    expect(messages(run(menu(), { inputs: [{ kind: 'dtmf', value: '2' }] }))).toEqual(['Press 1 or 2', 'two']);
  });
  it('takes NoMatchingCondition for a key no condition names', () => {
    expect(messages(run(menu(), { inputs: [{ kind: 'dtmf', value: '9' }] })).at(-1)).toBe('other');
  });
  it('times out after InputTimeLimitSeconds of virtual time when the customer says nothing', () => {
    const r = run(menu());
    expect(messages(r).at(-1)).toBe('timeout');
    const menuStep = r.trace.find((s) => s.actionId === 'menu')!;
    const next = r.trace.find((s) => s.actionId === 'timeout')!;
    expect(next.time - menuStep.time).toBeGreaterThanOrEqual(7000);
    expect(menuStep.branch).toEqual({ via: 'error', index: 0, label: 'InputTimeLimitExceeded', target: 'timeout' });
  });
  it('falls back to NoMatchingError when the specific error has no branch', () => {
    const actions = menu();
    actions[0].errors = { NoMatchingError: 'err' };
    expect(messages(run(actions)).at(-1)).toBe('error');
  });
  it('keeps the keys beyond the first for the next input', () => {
    const twice: A[] = [{ ...menu()[0], conditions: [['Equals', '1', 'menu2']] }, { ...menu()[0], id: 'menu2' }, ...menu().slice(1)];
    expect(messages(run(twice, { inputs: [{ kind: 'dtmf', value: '12' }] })).at(-1)).toBe('two');
  });
  it('stores the digits with StoreInput "True"', () => {
    const r = run([{ id: 'in', type: 'GetParticipantInput', params: { Text: 'Account?', InputTimeLimitSeconds: '5', StoreInput: 'True', InputValidation: { CustomValidation: { MaximumLength: '6' } } }, next: 'bye', errors: { NoMatchingError: 'bye' } }, end('bye')], { inputs: [{ kind: 'dtmf', value: '123456#' }] });
    expect((r.data as { StoredCustomerInput: string }).StoredCustomerInput).toBe('123456');
  });
  it('raises InvalidPhoneNumber for input that is not a phone number', () => {
    const r = run([{ id: 'in', type: 'GetParticipantInput', params: { Text: 'Number?', InputTimeLimitSeconds: '5', StoreInput: 'True', InputValidation: { PhoneNumberValidation: { NumberFormat: 'E164' } } }, next: 'ok', errors: { InvalidPhoneNumber: 'bad', NoMatchingError: 'ok' } }, say('ok', 'ok', 'bye'), say('bad', 'bad', 'bye'), end('bye')], { inputs: [{ kind: 'dtmf', value: '12' }] });
    expect(messages(r).at(-1)).toBe('bad');
  });
});

describe('Compare', () => {
  const cmp = (value: string, conditions: A['conditions']): A[] => [
    { id: 'set', type: 'UpdateContactAttributes', params: { Attributes: { v: value } }, next: 'cmp' },
    { id: 'cmp', type: 'Compare', params: { ComparisonValue: '$.Attributes.v' }, conditions, errors: { NoMatchingCondition: 'none' } },
    say('a', 'a', 'bye'),
    say('b', 'b', 'bye'),
    say('none', 'none', 'bye'),
    end('bye'),
  ];
  it.each([
    ['gold', [['Equals', 'silver', 'a'], ['Equals', 'gold', 'b']], 'b'],
    ['gold', [['Equals', 'Gold', 'a']], 'none'],
    ['goldfish', [['TextStartsWith', 'gold', 'a']], 'a'],
    ['goldfish', [['TextEndsWith', 'fish', 'a']], 'a'],
    ['goldfish', [['TextContains', 'ldf', 'a']], 'a'],
    ['12', [['NumberGreaterThan', '9', 'a']], 'a'],
    ['9', [['NumberGreaterOrEqualTo', '9', 'a']], 'a'],
    ['9', [['NumberLessThan', '9', 'a'], ['NumberLessOrEqualTo', '9', 'b']], 'b'],
    ['abc', [['NumberLessThan', '9', 'a']], 'none'],
  ] as const)('%s with %j goes to %s', (value, conditions, expected) => {
    expect(messages(run(cmp(value, conditions as unknown as A['conditions'])))[0]).toBe(expected);
  });
  it('tests presence with Exists and an absent attribute matches nothing else', () => {
    const actions: A[] = [
      { id: 'cmp', type: 'Compare', params: { ComparisonValue: '$.Attributes.missing' }, conditions: [['Equals', '', 'a'], ['Exists', undefined, 'b']], errors: { NoMatchingCondition: 'none' } },
      say('a', 'a', 'bye'),
      say('b', 'b', 'bye'),
      say('none', 'none', 'bye'),
      end('bye'),
    ];
    expect(messages(run(actions))).toEqual(['none']);
    expect(messages(run(actions, { initial: { attributes: { missing: 'x' } } }))).toEqual(['b']);
  });
});

describe('DistributeByPercentage', () => {
  const split: A[] = [{ id: 'd', type: 'DistributeByPercentage', conditions: [['NumberLessThan', '50', 'a']], errors: { NoMatchingCondition: 'b' } }, say('a', 'a', 'bye'), say('b', 'b', 'bye'), end('bye')];
  it('is deterministic for a seed and reaches both branches over seeds', () => {
    expect(messages(run(split, { seed: 7 }))).toEqual(messages(run(split, { seed: 7 })));
    const seen = new Set(Array.from({ length: 20 }, (_, i) => messages(run(split, { seed: i + 1 }))[0]));
    expect([...seen].sort()).toEqual(['a', 'b']);
  });
});

describe('Loop', () => {
  it('continues LoopCount times, then is done', () => {
    const r = run([{ id: 'loop', type: 'Loop', params: { LoopCount: '3' }, conditions: [['Equals', 'ContinueLooping', 'again'], ['Equals', 'DoneLooping', 'bye']] }, say('again', 'again', 'loop'), end('bye')]);
    expect(messages(r)).toEqual(['again', 'again', 'again']);
    expect(r.outcome.kind).toBe('disconnected');
  });
});

describe('Wait', () => {
  it('completes after TimeLimitSeconds of virtual time', () => {
    const r = run([{ id: 'w', type: 'Wait', params: { TimeLimitSeconds: '60' }, conditions: [['Equals', 'WaitCompleted', 'bye']], errors: { NoMatchingError: 'bye' } }, end('bye')]);
    expect(r.trace[0].branch?.via).toBe('condition');
    expect(r.trace[1].time - r.trace[0].time).toBe(60000);
  });
});

const lambda: A[] = [
  { id: 'fn', type: 'InvokeLambdaFunction', params: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:1:function:lookup', InvocationTimeLimitSeconds: '3' }, next: 'cmp', errors: { NoMatchingError: 'failed' } },
  { id: 'cmp', type: 'Compare', params: { ComparisonValue: '$.External.tier' }, conditions: [['Equals', 'gold', 'gold']], errors: { NoMatchingCondition: 'plain' } },
  say('gold', 'gold', 'bye'),
  say('plain', 'plain', 'bye'),
  say('failed', 'failed', 'bye'),
  end('bye'),
];
const lambdaOverride = (result: import('./types').MockResult) => ({ actionType: 'InvokeLambdaFunction', match: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:1:function:lookup' }, result });

describe('InvokeLambdaFunction', () => {
  it('needs a mock and says which function', () => {
    const r = run(lambda);
    expect(r.outcome.kind).toBe('needs-mock');
    expect(r.outcome.message).toContain('arn:aws:lambda:us-east-1:1:function:lookup');
    expect(r.outcome.actionId).toBe('fn');
  });
  it('puts a mocked response in $.External', () => {
    expect(messages(run(lambda, { overrides: [lambdaOverride({ kind: 'result', data: '{"tier":"gold"}' })] }))).toEqual(['gold']);
  });
  it('takes the error branch for a mocked error, and for a delay over its time limit', () => {
    expect(messages(run(lambda, { overrides: [lambdaOverride({ kind: 'error', errorType: 'NoMatchingError' })] }))).toEqual(['failed']);
    expect(messages(run(lambda, { overrides: [lambdaOverride({ kind: 'result', data: '{}', delaySeconds: 5 })] }))).toEqual(['failed']);
  });
  it('uses overrides once each, first in first out', () => {
    const twice: A[] = [{ ...lambda[0], next: 'fn2' }, { ...lambda[0], id: 'fn2', next: 'cmp' }, ...lambda.slice(1)];
    const r = run(twice, { overrides: [lambdaOverride({ kind: 'result', data: '{"tier":"silver"}' }), lambdaOverride({ kind: 'result', data: '{"tier":"gold"}' })] });
    expect(messages(r)).toEqual(['gold']);
    expect(r.unusedOverrides).toEqual([]);
  });
});

describe('CheckHoursOfOperation', () => {
  const hours: A[] = [{ id: 'h', type: 'CheckHoursOfOperation', params: { HoursOfOperationId: 'arn:aws:connect:us-east-1:1:instance/i/operating-hours/basic' }, conditions: [['Equals', 'True', 'open'], ['Equals', 'False', 'closed']], errors: { NoMatchingError: 'err' } }, say('open', 'open', 'bye'), say('closed', 'closed', 'bye'), say('err', 'err', 'bye'), end('bye')];
  const weekdays = { Config: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((Day) => ({ Day, StartTime: { Hours: 9, Minutes: 0 }, EndTime: { Hours: 17, Minutes: 0 } })) };
  it('needs a mock without hours', () => {
    expect(run(hours).outcome.kind).toBe('needs-mock');
  });
  it('follows a mocked result or error', () => {
    const o = (result: import('./types').MockResult) => ({ actionType: 'CheckHoursOfOperation', match: {}, result });
    expect(messages(run(hours, { overrides: [o({ kind: 'result', value: 'OutOfHours' })] }))).toEqual(['closed']);
    expect(messages(run(hours, { overrides: [o({ kind: 'result', value: 'InHours' })] }))).toEqual(['open']);
    expect(messages(run(hours, { overrides: [o({ kind: 'error', errorType: 'NoMatchingError' })] }))).toEqual(['err']);
  });
  it('evaluates given hours at the virtual clock', () => {
    expect(messages(run(hours, { hours: { basic: weekdays } }))).toEqual(['open']);
    expect(messages(run(hours, { hours: { basic: weekdays }, startTime: Date.UTC(2026, 0, 10, 10) }))).toEqual(['closed']);
    expect(messages(run(hours, { hours: { basic: { ...weekdays, TimeZone: 'America/Los_Angeles' } } }))).toEqual(['closed']);
  });
});

describe('ConnectParticipantWithLexBot', () => {
  const bot: A[] = [{ id: 'lex', type: 'ConnectParticipantWithLexBot', params: { Text: 'How can I help?', LexV2Bot: { AliasArn: 'arn:lex:alias/1' } }, conditions: [['Equals', 'BookFlight', 'book'], ['Equals', 'Agent', 'agent']], errors: { NoMatchingCondition: 'none', InputTimeLimitExceeded: 'silent', NoMatchingError: 'err' } }, say('book', 'book', 'bye'), say('agent', 'agent', 'bye'), say('none', 'none', 'bye'), say('silent', 'silent', 'bye'), say('err', 'err', 'bye'), end('bye')];
  it('chooses the intent the utterance names', () => {
    const r = run(bot, { inputs: [{ kind: 'text', value: 'book flight' }] });
    expect(messages(r)).toEqual(['How can I help?', 'book']);
    expect((r.data as { Lex: { IntentName: string } }).Lex.IntentName).toBe('BookFlight');
  });
  it('takes NoMatchingCondition for other words and InputTimeLimitExceeded for silence', () => {
    expect(messages(run(bot, { inputs: [{ kind: 'text', value: 'weather' }] })).at(-1)).toBe('none');
    expect(messages(run(bot)).at(-1)).toBe('silent');
  });
  it('follows a mocked intent or error', () => {
    const o = (result: import('./types').MockResult) => ({ actionType: 'ConnectParticipantWithLexBot', match: { LexV2Bot: { AliasArn: 'arn:lex:alias/1' } }, result });
    expect(messages(run(bot, { overrides: [o({ kind: 'result', data: '{"IntentName":"Agent"}' })] })).at(-1)).toBe('agent');
    expect(messages(run(bot, { overrides: [o({ kind: 'error', errorType: 'NoMatchingError' })] })).at(-1)).toBe('err');
  });
});

describe('queues', () => {
  const q = 'arn:aws:connect:us-east-1:1:instance/i/queue/q-sales';
  const actions: A[] = [{ id: 'set', type: 'UpdateContactTargetQueue', params: { QueueId: q }, next: 'xfer', errors: { NoMatchingError: 'bye' } }, { id: 'xfer', type: 'TransferContactToQueue', errors: { QueueAtCapacity: 'full', NoMatchingError: 'err' } }, say('full', 'full', 'bye'), say('err', 'err', 'bye'), end('bye')];
  it('queues the contact in the working queue, named as the export names it', () => {
    const r = run(actions, {}, { ActionMetadata: { set: { queue: { id: q, text: 'Sales' } } } });
    expect(r.outcome.kind).toBe('queued');
    expect((r.data as { Queue: { Name: string; ARN: string } }).Queue).toMatchObject({ Name: 'Sales', ARN: q });
  });
  it('takes QueueAtCapacity when mocked, and NoMatchingError without a working queue', () => {
    expect(messages(run(actions, { overrides: [{ actionType: 'TransferContactToQueue', match: {}, result: { kind: 'error', errorType: 'QueueAtCapacity' } }] }))).toEqual(['full']);
    expect(messages(run(actions.slice(1)))).toEqual(['err']);
  });
});

describe('flows and modules', () => {
  const other = buildModel(flow([say('o', 'in the other flow', 'bye'), end('bye')]));
  const mod = buildModel(flow([{ id: 'm', type: 'UpdateContactAttributes', params: { Attributes: { fromModule: 'yes' } }, next: 'ret' }, { id: 'ret', type: 'EndFlowModuleExecution' }]));
  it('stops with a clear outcome when the target flow is not given', () => {
    const r = run([{ id: 't', type: 'TransferToFlow', params: { ContactFlowId: '${OtherFlowArn}' }, errors: { NoMatchingError: 'bye' } }, end('bye')], {}, { ActionMetadata: { t: { ContactFlow: { id: 'x', text: 'Other flow' } } } });
    expect(r.outcome.kind).toBe('unresolved-flow');
    expect(r.outcome.message).toContain('"Other flow"');
  });
  it('follows TransferToFlow into a resolved flow', () => {
    const r = run([{ id: 't', type: 'TransferToFlow', params: { ContactFlowId: 'arn:flow/other' }, errors: { NoMatchingError: 'bye' } }, end('bye')], { resolveFlow: (ref) => (ref.id === 'arn:flow/other' ? { key: 'other', model: other } : undefined) });
    expect(messages(r)).toEqual(['in the other flow']);
    expect(r.trace.map((s) => `${s.flow}:${s.actionId}`)).toEqual(['main:t', 'other:o', 'other:bye']);
  });
  it('runs a module and continues after it', () => {
    const r = run([{ id: 'call', type: 'InvokeFlowModule', params: { FlowModuleId: 'mod-1' }, next: 'after', errors: { NoMatchingError: 'bye' } }, say('after', 'back: $.Attributes.fromModule', 'bye'), end('bye')], { resolveFlow: (ref) => (ref.kind === 'module' ? { key: 'mod', model: mod } : undefined) });
    expect(messages(r)).toEqual(['back: yes']);
  });
});

describe('ends, loops and broken branches', () => {
  it.each([
    ['DisconnectParticipant', 'disconnected'],
    ['EndFlowExecution', 'disconnected'],
    ['TransferContactToAgent', 'transferred'],
  ])('%s ends the run as %s', (type, kind) => {
    expect(run([{ id: 'x', type }]).outcome.kind).toBe(kind);
  });
  it('reports a loop at the step limit instead of hanging', () => {
    const r = run([say('a', 'again', 'b'), say('b', 'and again', 'a')], { maxSteps: 50 });
    expect(r.outcome.kind).toBe('step-limit');
    expect(r.outcome.message).toContain('a (25×)');
  });
  it('stops at a branch that is not connected or names no action', () => {
    expect(run([say('a', 'x', '')]).outcome).toMatchObject({ kind: 'no-branch', actionId: 'a' });
    expect(run([say('a', 'x', 'nowhere')]).outcome.message).toContain('"nowhere", which names no action');
  });
  it('reports a file that is not a runnable flow', () => {
    expect(simulate('{"Version":"2019-10-30","Actions":[]}').outcome.kind).toBe('invalid-flow');
    expect(simulate('not json').outcome.kind).toBe('invalid-flow');
  });
  it('stops when the customer hangs up', () => {
    const sim = new Simulation(buildModel(flow(menu())), { onEvent: (e) => e.type === 'MessageReceived' && sim.pushInput({ kind: 'disconnect' }) });
    expect(sim.run().outcome.kind).toBe('customer-disconnected');
  });
});

describe('actions whose result only the service knows', () => {
  const voice: A[] = [{ id: 'v', type: 'CheckVoiceId', params: {}, conditions: [['Equals', 'Authenticated', 'ok']], errors: { NoMatchingCondition: 'no', NoMatchingError: 'no' } }, say('ok', 'ok', 'bye'), say('no', 'no', 'bye'), end('bye')];
  it('needs a mock, and branches on the mocked value', () => {
    expect(run(voice).outcome.kind).toBe('needs-mock');
    expect(messages(run(voice, { mock: () => ({ kind: 'result', value: 'Authenticated' }) }))).toEqual(['ok']);
    expect(messages(run(voice, { mock: () => ({ kind: 'result', value: 'NotEnrolled' }) }))).toEqual(['no']);
  });
  it('continues through actions that only set things up, unless mocked with an error', () => {
    const rec: A[] = [{ id: 'r', type: 'UpdateContactRecordingBehavior', params: {}, next: 'ok', errors: { NoMatchingError: 'no' } }, say('ok', 'ok', 'bye'), say('no', 'no', 'bye'), end('bye')];
    expect(messages(run(rec))).toEqual(['ok']);
    expect(messages(run(rec, { mock: () => ({ kind: 'error', errorType: 'NoMatchingError' }) }))).toEqual(['no']);
  });
});
