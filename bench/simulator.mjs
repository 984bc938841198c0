#!/usr/bin/env node
// Simulator speed (a report, not a gate): `node bench/simulator.mjs` after `npm run build` (npm run bench runs it).
//  1. one 20-observation test on a generated 250-action flow: median after warm-up, target under 10 ms;
//  2. 1,000 test files in one `connect-flow-lint test` run, process start included: target under 5 s.
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { generateFlow } from './gen-flow.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);
const cli = join(root, 'dist/cli.js');
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exit(1);
}

// The simulator and the engine, bundled on the fly (as bench/lib/features.mjs does for the editor features).
const outDir = join(root, 'node_modules/.cache/connect-flow-bench');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'simulator.cjs');
await require('esbuild').build({
  stdin: { contents: "export * from './server/src/simulator'; export { buildModel } from './server/src/engine';", resolveDir: root, loader: 'ts', sourcefile: 'bench-simulator.ts' },
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  minify: true,
  mainFields: ['module', 'main'],
  logLevel: 'error',
});
const sim = require(outfile);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(2)} ms`;

// 1. A 20-observation test on a 250-action flow. The generated flow keeps TransferContactToQueue on its main chain,
// where a successful transfer would end the contact: here they become UpdateContactTargetQueue so that the contact
// walks the chain. The observations follow the prompts one run plays (pressing 1 at every menu), the first one mocks
// every Lambda the run calls, so the test passes and exercises matching, inputs, overrides and the trace.
const generated = JSON.parse(generateFlow(250).text);
for (const a of generated.Actions) {
  if (a.Type !== 'TransferContactToQueue') continue;
  a.Type = 'UpdateContactTargetQueue';
  a.Parameters = { QueueId: 'arn:aws:connect:us-east-1:111122223333:instance/i/queue/q' };
  a.Transitions.Errors = (a.Transitions.Errors ?? []).filter((e) => e.ErrorType === 'NoMatchingError');
}
const flowText = JSON.stringify(generated, null, 2);
const model = sim.buildModel(flowText);
const first = new sim.Simulation(model, { input: () => ({ kind: 'dtmf', value: '1' }), mock: () => ({ kind: 'result', data: '{}' }) }).run();
const lambdas = first.events.filter((e) => e.type === 'FlowActionStarted' && e.actionType === 'InvokeLambdaFunction').map((e) => e.parameters.LambdaFunctionARN);
const mocks = lambdas.map((arn, i) => ({
  Identifier: `m${i}`,
  Type: 'OverrideSystemBehavior',
  Parameters: { ActionType: 'OverrideSystemBehavior', Behavior: { Type: 'FlowAction', Properties: { ActionType: 'InvokeLambdaFunction', ActionParameters: { LambdaFunctionARN: arn }, Strategy: { Type: 'MockResponse', Response: { Type: 'ExecutionResult', ExecutionResult: { LoadedData: '{}' } } } } } },
  Transitions: i < lambdas.length - 1 ? { NextAction: `m${i + 1}` } : {},
}));
const prompts = first.events.filter((e) => e.type === 'MessageReceived').slice(0, 19);
const observations = [
  { Identifier: 'start', Event: { Identifier: 's', Type: 'TestInitiated', Actor: 'System', Properties: {} }, Actions: mocks, Transitions: { NextObservations: ['o0'] } },
  ...prompts.map((e, i) => {
    const menu = model.byId.get(e.actionId)?.type === 'GetParticipantInput';
    return {
      Identifier: `o${i}`,
      Event: { Identifier: `e${i}`, Type: 'MessageReceived', Actor: 'System', Properties: { Text: e.text ?? e.ssml ?? '', MatchingCriteria: { Type: 'Similarity' } } },
      Actions: [
        ...(menu ? [{ Identifier: `k${i}`, Type: 'SendInstruction', Parameters: { ActionType: 'SendInstruction', Actor: 'Customer', Instruction: { Type: 'DtmfInput', Properties: { Value: '1' } } }, Transitions: {} }] : []),
        ...(i === prompts.length - 1 ? [{ Identifier: 'end', Type: 'TestControl', Parameters: { ActionType: 'TestControl', Command: { Type: 'EndTest' } }, Transitions: {} }] : []),
      ],
      Transitions: i < prompts.length - 1 ? { NextObservations: [`o${i + 1}`] } : {},
    };
  }),
];
const testText = JSON.stringify({ Version: '2019-10-30', Metadata: {}, Observations: observations }, null, 2);
const once = () => sim.runTestCase(sim.readTestCase(testText).testCase, model);
const check = once();
if (check.status !== 'passed') {
  console.error(`the generated test did not pass: ${check.failure?.message}`);
  process.exit(1);
}
for (let i = 0; i < 200; i++) once();
const runs = [];
const parses = [];
for (let i = 0; i < 300; i++) {
  let t = performance.now();
  once();
  runs.push(performance.now() - t);
  t = performance.now();
  JSON.parse(flowText);
  parses.push(performance.now() - t);
}
const testMedian = median(runs);
const parseMedian = median(parses);

// 2. 1,000 test files in one CLI run, against the example flow.
const dir = mkdtempSync(join(os.tmpdir(), 'connect-flow-bench-tests-'));
let cliMs;
let startMs;
try {
  writeFileSync(join(dir, 'order-line.flow.json'), readFileSync(join(root, 'examples/testing/order-line.flow.json')));
  const tests = ['order-line-sales.test.json', 'order-line-lookup.test.json'].map((f) => readFileSync(join(root, 'examples/testing', f), 'utf8'));
  for (let i = 0; i < 1000; i++) writeFileSync(join(dir, `order-line-${i}.test.json`), tests[i % 2]);
  const time = (args) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
    return { ms: performance.now() - t, r };
  };
  time(['--version']);
  startMs = median([1, 2, 3].map(() => time(['--version']).ms));
  const results = [1, 2, 3].map(() => time(['test', '.']));
  const bad = results.find((x) => x.r.status !== 0);
  if (bad) console.error(`the CLI run exited ${bad.r.status}: ${bad.r.stderr || bad.r.stdout.slice(-300)}`);
  cliMs = median(results.map((x) => x.ms));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const row = (name, value, target, ok, ratio) => console.log(`${ok ? 'PASS' : 'FAIL'}  ${name.padEnd(44)} ${value.padStart(11)}  target ${target}${ratio ? `  (${ratio})` : ''}`);
console.log(`Simulator (node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(2)})`);
row('20-observation test, 250-action flow', ms(testMedian), '< 10 ms', testMedian < 10, `${(testMedian / parseMedian).toFixed(1)}x JSON.parse of the flow; ${check.trace.length} actions, ${observations.length} observations`);
row('1,000 tests in one CLI run', ms(cliMs), '< 5000 ms', cliMs < 5000, `${(cliMs / startMs).toFixed(1)}x the CLI's --version start of ${ms(startMs)}`);
