#!/usr/bin/env node
// Deterministic generator of large Amazon Connect flows (flow language "Version": "2019-10-30") for the benchmark.
// Written for this project (MIT, like the rest of it). The idea of a seeded generator with optional injected
// CreateCallbackContact defects comes from ../shared/bench/gen-flow.mjs, which carries no licence; no code is
// taken from it.
//
//   node bench/gen-flow.mjs N [--seed S] [--defects K] > flow.json
//   import { generateFlow } from './gen-flow.mjs'; const { text, defects } = generateFlow(1000, { defects: 10 });
//
// Shape: the actions form one main chain (each action's NextAction is the next action), so every action is
// reachable; Compare and GetParticipantInput branch forward a few actions; every error branch goes to one shared
// apology prompt, and everything ends at one shared DisconnectParticipant. Designer Metadata (positions, display
// names, condition metadata) is written for every action, pretty-printed with two spaces, which comes to about
// 800 characters per action, like exports kept in repositories.

import { pathToFileURL } from 'node:url';

/** mulberry32: a tiny, well-known 32-bit PRNG; enough for reproducible test data. */
function rng(seedText) {
  let s = 0x9e3779b9;
  for (const ch of String(seedText)) s = Math.imul(s ^ ch.charCodeAt(0), 0x85ebca6b) >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const hex = (n) => Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(next() * 4)]}${hex(3)}-${hex(12)}`,
  };
}

const PROMPTS = [
  'Thanks for calling the support line. We are glad you reached us.',
  'Please stay on the line; the next free specialist will answer shortly.',
  'Calls may be recorded so that we can keep improving our service.',
  'Our phone lines are open on weekdays from eight in the morning until six in the evening.',
  'We have saved your number and will ring you back as soon as someone is free.',
  'Hello $.Attributes.firstName, it is good to hear from you again.',
  '<speak>One moment please. <break time="400ms"/> We are looking up your account.</speak>',
  'More people than usual are calling right now, so waiting times are longer.',
];
const ATTRIBUTE_NAMES = ['language', 'tier', 'intent', 'accountNumber', 'menuChoice', 'region', 'verified', 'priority'];
const ATTRIBUTE_VALUES = ['en-US', 'es-US', 'gold', 'silver', 'billing', 'support', 'true', 'false', '$.External.tier', '$.Attributes.intent', '$.CustomerEndpoint.Address'];
const OPERANDS = ['1', '2', '3', 'gold', 'billing', 'support', 'true', 'es-US'];
const WEIGHTS = [
  ['MessageParticipant', 24],
  ['UpdateContactAttributes', 15],
  ['Compare', 12],
  ['InvokeLambdaFunction', 10],
  ['CreateCallbackContact', 12],
  ['UpdateContactTargetQueue', 9],
  ['GetParticipantInput', 7],
  ['UpdateFlowLoggingBehavior', 5],
  ['TransferContactToQueue', 6],
];
const TOTAL_WEIGHT = WEIGHTS.reduce((sum, [, w]) => sum + w, 0);

/** Defects that can be put into a CreateCallbackContact action, in the order they are handed out. */
export const DEFECT_KINDS = ['delay-out-of-range', 'queue-and-agent', 'reference-in-static', 'unknown-error-type', 'conditions-present', 'dangling-next-action'];

/**
 * @param {number} n number of actions (at least 3)
 * @param {{ seed?: string | number, defects?: number }} [options]
 */
export function generateFlow(n, options = {}) {
  n = Math.max(3, Math.floor(n));
  const r = rng(`${options.seed ?? 1}/${n}`);
  const region = 'eu-west-2';
  const instance = `arn:aws:connect:${region}:111122223333:instance/${r.uuid()}`;
  const queues = Array.from({ length: 6 }, (_, i) => ({ arn: `${instance}/queue/${r.uuid()}`, name: `Queue ${i + 1}` }));
  const lambdas = ['lookupCustomer', 'scoreIntent', 'recordCallback'].map((name) => `arn:aws:lambda:${region}:111122223333:function:${name}`);
  const ids = Array.from({ length: n }, () => r.uuid());
  const apology = n - 2;
  const end = n - 1;
  const next = (i) => ids[Math.min(i + 1, apology)];
  const forward = (i) => ids[Math.min(i + r.int(2, 4), apology)];
  const errors = (...types) => types.map((ErrorType) => ({ NextAction: ids[apology], ErrorType }));

  const actions = [];
  const actionMetadata = {};
  for (let i = 0; i < n; i++) {
    let type = 'MessageParticipant';
    if (i === end) type = 'DisconnectParticipant';
    else if (i > 0 && i < apology) {
      let roll = r.next() * TOTAL_WEIGHT;
      for (const [t, w] of WEIGHTS) if ((roll -= w) < 0) { type = t; break; }
    }
    const meta = { position: { x: Math.round(200 + (i % 12) * 240 + r.next() * 60), y: Math.round(40 + Math.floor(i / 12) * 210 + r.next() * 40) } };
    let Parameters = {};
    let Transitions = { NextAction: next(i), Errors: errors('NoMatchingError'), Conditions: [] };
    switch (type) {
      case 'MessageParticipant':
        Parameters = { Text: i === apology ? 'Sorry, something went wrong on our side. Please try again later.' : r.pick(PROMPTS) };
        if (i === apology) Transitions = { NextAction: ids[end], Errors: [], Conditions: [] };
        break;
      case 'UpdateContactAttributes': {
        const Attributes = {};
        for (let k = r.int(1, 4); k > 0; k--) Attributes[r.pick(ATTRIBUTE_NAMES)] = r.pick(ATTRIBUTE_VALUES);
        Parameters = { Attributes, TargetContact: 'Current' };
        meta.dynamicParams = [];
        break;
      }
      case 'Compare': {
        const operands = Array.from({ length: r.int(1, 2) }, () => r.pick(OPERANDS));
        Parameters = { ComparisonValue: `$.Attributes.${r.pick(ATTRIBUTE_NAMES)}` };
        Transitions = {
          NextAction: next(i),
          Conditions: operands.map((value) => ({ NextAction: forward(i), Condition: { Operator: 'Equals', Operands: [value] } })),
          Errors: [{ NextAction: next(i), ErrorType: 'NoMatchingCondition' }],
        };
        meta.conditions = [];
        meta.conditionMetadata = operands.map((value) => ({ id: r.uuid(), operator: { name: 'Equals', value: 'Equals', shortDisplay: '=' }, value }));
        break;
      }
      case 'InvokeLambdaFunction': {
        const arn = r.pick(lambdas);
        Parameters = { LambdaFunctionARN: arn, InvocationTimeLimitSeconds: String(r.int(3, 8)), ResponseValidation: { ResponseType: 'STRING_MAP' } };
        meta.parameters = { LambdaFunctionARN: { displayName: arn.slice(arn.lastIndexOf(':') + 1) } };
        meta.dynamicMetadata = {};
        break;
      }
      case 'CreateCallbackContact': {
        const q = r.pick(queues);
        const queued = r.next() < 0.8;
        if (queued) Parameters.QueueId = q.arn;
        Parameters.InitialCallDelaySeconds = r.pick(['5', '30', '60', '120']);
        Parameters.MaximumConnectionAttempts = r.pick(['1', '2', '3']);
        Parameters.RetryDelaySeconds = r.pick(['300', '600', '1800']);
        if (queued) meta.parameters = { QueueId: { displayName: q.name } };
        break;
      }
      case 'UpdateContactTargetQueue': {
        const q = r.pick(queues);
        Parameters = { QueueId: q.arn };
        meta.parameters = { QueueId: { displayName: q.name } };
        meta.queue = { text: q.name };
        break;
      }
      case 'GetParticipantInput': {
        const digits = ['1', '2'].slice(0, r.int(1, 2));
        Parameters = { Text: 'Press 1 for sales or 2 for support.', StoreInput: 'False', InputTimeLimitSeconds: '5' };
        Transitions = {
          NextAction: next(i),
          Conditions: digits.map((d) => ({ NextAction: forward(i), Condition: { Operator: 'Equals', Operands: [d] } })),
          Errors: errors('InputTimeLimitExceeded', 'NoMatchingCondition', 'NoMatchingError'),
        };
        meta.conditionMetadata = digits.map((value) => ({ id: r.uuid(), value }));
        break;
      }
      case 'UpdateFlowLoggingBehavior':
        Parameters = { FlowLoggingBehavior: 'Enabled' };
        Transitions = { NextAction: next(i) };
        break;
      case 'TransferContactToQueue':
        Transitions = { NextAction: next(i), Errors: errors('QueueAtCapacity', 'NoMatchingError'), Conditions: [] };
        break;
      case 'DisconnectParticipant':
        Transitions = {};
        break;
    }
    actions.push({ Parameters, Identifier: ids[i], Type: type, Transitions });
    actionMetadata[ids[i]] = meta;
  }

  const defects = [];
  const wanted = Math.max(0, Math.floor(options.defects ?? 0));
  const callbacks = actions.map((a, i) => (a.Type === 'CreateCallbackContact' ? i : -1)).filter((i) => i >= 0);
  for (let k = 0; k < wanted && k < callbacks.length; k++) {
    // Spread the defective actions evenly over the flow.
    const index = callbacks[Math.floor((k * callbacks.length) / wanted)];
    const a = actions[index];
    const kind = DEFECT_KINDS[k % DEFECT_KINDS.length];
    if (kind === 'delay-out-of-range') a.Parameters.RetryDelaySeconds = '300000';
    else if (kind === 'queue-and-agent') {
      a.Parameters.QueueId ??= queues[0].arn;
      a.Parameters.AgentId = `${instance}/agent/${r.uuid()}`;
    } else if (kind === 'reference-in-static') a.Parameters.MaximumConnectionAttempts = '$.Attributes.attempts';
    else if (kind === 'unknown-error-type') a.Transitions.Errors[0].ErrorType = 'QueueAtCapacity';
    else if (kind === 'conditions-present') a.Transitions.Conditions = [{ NextAction: a.Transitions.NextAction, Condition: { Operator: 'Equals', Operands: ['1'] } }];
    else a.Transitions.Errors[0].NextAction = r.uuid();
    defects.push({ kind, actionIndex: index });
  }

  const flow = {
    Version: '2019-10-30',
    StartAction: ids[0],
    Metadata: {
      entryPointPosition: { x: 40, y: 40 },
      ActionMetadata: actionMetadata,
      Annotations: [],
      name: `Benchmark flow with ${n} actions`,
      description: 'Generated by bench/gen-flow.mjs.',
      type: 'contactFlow',
      status: 'PUBLISHED',
      hash: {},
    },
    Actions: actions,
  };
  return { flow, text: JSON.stringify(flow, null, 2), defects };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const n = Number(args.find((a, i) => /^\d+$/.test(a) && !args[i - 1]?.startsWith('--')));
  if (!Number.isFinite(n)) {
    console.error('usage: node bench/gen-flow.mjs N [--seed S] [--defects K] > flow.json');
    process.exit(2);
  }
  process.stdout.write(generateFlow(n, { seed: option('--seed', '1'), defects: Number(option('--defects', '0')) }).text + '\n');
}
