#!/usr/bin/env node
// The benchmark: `npm run bench` (builds first). See bench/README.md.
//   node --expose-gc bench/run.mjs [--sizes 100,1000,5000,20000] [--no-write]
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import os from 'node:os';
import { generateFlow } from './gen-flow.mjs';
import { measure, measureInterleaved, budgetFor } from './lib/timing.mjs';
import { createJsonLanguageService } from './lib/jsonls.mjs';
import { loadFeatures } from './lib/features.mjs';
import { editToDiagnostics } from './lib/serverEdit.mjs';
import { retainedBytes, copiesFor } from './lib/heap.mjs';
import { evaluateTargets } from './lib/targets.mjs';
import { renderReport } from './lib/report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

// The heap measurement needs a callable gc(); re-run this script with the flags it needs.
if (typeof globalThis.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=6144', fileURLToPath(import.meta.url), ...args], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const sizesArg = args.indexOf('--sizes');
const SIZES = sizesArg >= 0 ? args[sizesArg + 1].split(',').map(Number) : [100, 1000, 5000, 20000];
const EDIT_SIZE = 250;
const NO_LIMIT_RULES = { rules: { 'flow-action-limit': 'off', 'flow-content-size': 'off' } };
const write = !args.includes('--no-write');

const enginePath = join(root, 'dist/engine.js');
const serverPath = join(root, 'dist/server.js');
if (!existsSync(enginePath) || !existsSync(serverPath)) {
  console.error('dist/engine.js or dist/server.js is missing: run `npm run build` first (npm run bench does).');
  process.exit(1);
}
const engine = require(enginePath);
const jsonc = require('jsonc-parser');
const jsonls = createJsonLanguageService();
const features = await loadFeatures(root);
const notes = [...features.notes];
if (jsonls.reason) notes.push(jsonls.reason);

const log = (s) => process.stderr.write(s + '\n');
const loadStart = loadAverage();
const rows = [];
for (const n of SIZES) {
  const { text } = generateFlow(n);
  const budget = budgetFor(text.length);
  log(`N=${n}: ${(text.length / 1e6).toFixed(2)} MB`);
  const row = { n, bytes: text.length };

  // JSON.parse and our validate head to head in interleaved rounds; then the two much slower parsers the same way.
  // (No forced GC between calls: measured, it slows the call after it and does not make the medians steadier.)
  // validateNoLimits switches off the two rules about Amazon Connect's size limits, which fire from N = 1000 on.
  const head = await measureInterleaved(
    { jsonParse: () => JSON.parse(text), validate: () => engine.validate(text), validateNoLimits: () => engine.validate(text, NO_LIMIT_RULES) },
    { budgetMs: 3000, minSamples: 11, ...budget },
  );
  const others = { parseTree: () => jsonc.parseTree(text) };
  if (!jsonls.reason) others.jsonls = () => jsonls.check(jsonls.document(text));
  const slow = await measureInterleaved(others, { budgetMs: 3000, ...budget });
  Object.assign(row, head, slow);
  row.diagnostics = engine.validate(text).map((d) => d.code);

  // A key in the middle of the flow: RetryDelaySeconds of the CreateCallbackContact nearest the middle action.
  const probe = engine.buildModel(text);
  const middle = probe.actions.filter((a) => a.type === 'CreateCallbackContact').sort((a, b) => Math.abs(a.index - n / 2) - Math.abs(b.index - n / 2))[0];
  const keySpan = probe.spans.get([...middle.path, 'Parameters', 'RetryDelaySeconds']);
  const hoverOffset = keySpan.keyStart + 3;
  const completionOffset = keySpan.keyStart + 1;
  // A freshly checked version, as the server holds it right after publishing diagnostics for an edit.
  const freshModel = () => {
    const model = features.buildModel(text);
    features.validateModel(model);
    return model;
  };
  const latency = async (fn, offset) => {
    if (!fn) return undefined;
    const cold = await measure((model) => fn(model, offset), { ...budget, setup: freshModel, budgetMs: Math.max(budget.budgetMs ?? 0, 2500) });
    const model = freshModel();
    fn(model, offset);
    const warm = await measure(() => fn(model, offset));
    return { cold, warm };
  };
  // Quick fixes are tried on a copy before they are offered: the first code action request on a version costs a
  // check of the edited text per proposed fix. Measured on the same flow with one value written as a JSON number.
  const valueSpan = probe.spans.get([...middle.path, 'Parameters', 'RetryDelaySeconds']);
  const fixText = text.slice(0, valueSpan.valueStart) + text.slice(valueSpan.valueStart + 1, valueSpan.valueEnd - 1) + text.slice(valueSpan.valueEnd);
  const checkedFixModel = () => {
    const model = engine.buildModel(fixText);
    const target = engine.diagnosticsOf(model).find((d) => d.code === 'param-not-string');
    return { model, target };
  };
  row.quickFix = await measure(({ model, target }) => engine.fixesFor(model, target), { ...budget, setup: checkedFixModel, budgetMs: Math.max(budget.budgetMs ?? 0, 2500) });
  row.completion = await latency(features.getCompletions, completionOffset);
  row.hover = await latency(features.getHover, hoverOffset);

  // Retained heap: the JSON.parse object vs our model after a check and a lookup at the middle key. The text
  // itself is shared by all copies (the editor holds it either way), so neither side is charged for it.
  const copies = copiesFor(text.length);
  row.heapJson = retainedBytes(() => JSON.parse(text), copies);
  row.heapModel = retainedBytes(() => {
    const model = engine.buildModel(text);
    engine.validateModel(model);
    model.spans.get([...middle.path, 'Parameters', 'RetryDelaySeconds']);
    model.lines.positionAt(hoverOffset);
    return model;
  }, copies);
  rows.push(row);
}

log(`edit-to-diagnostics: N=${EDIT_SIZE} through dist/server.js --stdio`);
const editText = generateFlow(EDIT_SIZE).text;
const editOffset = editText.indexOf('"Text": "', editText.length >> 1) + '"Text": "'.length + 2;
const edit = await editToDiagnostics(serverPath, editText, editOffset);

const targets = evaluateTargets(rows, edit, EDIT_SIZE);
const findingsPath = join(here, 'FINDINGS.md');
const findings = existsSync(findingsPath) ? readFileSync(findingsPath, 'utf8') : '';
const report = renderReport({ rows, edit, editSize: EDIT_SIZE, targets, notes, machine: machineInfo() }) + (findings ? `\n${findings}` : '');
process.stdout.write(report);
if (write) {
  writeFileSync(join(here, 'RESULTS.md'), report);
  log('written to bench/RESULTS.md');
}
// The semantic diff's numbers: their own script and report (bench/diff.mjs, bench/DIFF-RESULTS.md).
spawnSync(process.execPath, [join(here, 'diff.mjs'), ...(write ? [] : ['--no-write'])], { stdio: 'inherit' });

function machineInfo() {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1].trim();
  } catch {
    // Not Linux.
  }
  return {
    cpu,
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    loadStart,
    load: loadAverage(),
  };
}

function loadAverage() {
  return os.loadavg().map((l) => l.toFixed(2)).join(' ');
}
