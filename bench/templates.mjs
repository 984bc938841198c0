#!/usr/bin/env node
// Templates benchmark (issue 16), part of `npm run bench`: prints ratios, not a timed test.
//   1. The workspace index of a generated repository: 2,000 flow files and 500 templates (400 Terraform files
//      deploying 5 flow files each by `filename`, 100 CloudFormation YAML templates with 3 embedded flows each).
//      Target: under 2 s.
//   2. A template with 30 embedded flows: its first diagnostics against checking the same 30 flows as plain files.
//      Target: within 3x.
// The project layer is bundled on the fly with esbuild (a devDependency) into a temporary file.
import { createRequire } from 'node:module';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import * as esbuild from 'esbuild';
import { generateFlow } from './gen-flow.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);
const work = mkdtempSync(join(tmpdir(), 'connect-flow-bench-templates-'));
const bundle = join(work, 'project.js');
esbuild.buildSync({
  stdin: {
    contents: "export * from './server/src/project/embedded'; export { buildWorkspaceIndex } from './server/src/project/workspaceFiles';",
    resolveDir: root,
    loader: 'ts',
  },
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  mainFields: ['module', 'main'],
  logLevel: 'warning',
});
const project = require(bundle);
const engine = require(join(root, 'dist/engine.js'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn, runs) => {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return median(out);
};
const indent = (text, n) => text.split('\n').map((l) => ' '.repeat(n) + l).join('\n');

try {
  // 1. The index of a generated repository.
  const repo = join(work, 'repo');
  mkdirSync(join(repo, 'flows'), { recursive: true });
  mkdirSync(join(repo, 'infra'), { recursive: true });
  const flowText = generateFlow(20).text;
  for (let i = 0; i < 2000; i++) writeFileSync(join(repo, 'flows', `flow-${i}.json`), flowText);
  for (let t = 0; t < 400; t++) {
    const blocks = [];
    for (let k = 0; k < 5; k++) blocks.push(`resource "aws_connect_contact_flow" "f${k}" {\n  instance_id = var.instance\n  name        = "f${t}-${k}"\n  type        = "CONTACT_FLOW"\n  filename    = "\${path.module}/../flows/flow-${t * 5 + k}.json"\n}\n`);
    writeFileSync(join(repo, 'infra', `deploy-${t}.tf`), blocks.join('\n'));
  }
  const small = indent(generateFlow(10).text, 10);
  for (let t = 0; t < 100; t++) {
    const resources = [0, 1, 2].map((k) => `  Flow${k}:\n    Type: AWS::Connect::ContactFlow\n    Properties:\n      Type: CONTACT_FLOW\n      Content: !Sub\n        - |\n${small}\n        - {}\n`);
    writeFileSync(join(repo, 'infra', `stack-${t}.yaml`), `Resources:\n${resources.join('')}`);
  }
  const indexMs = time(() => {
    const index = project.buildWorkspaceIndex([], [repo], repo);
    // CloudFormation templates are not deployers: the editor and the CLI scan them when they check them.
    if (index.referencedFiles.length !== 2000) throw new Error(`expected 2000 referenced flows, got ${index.referencedFiles.length}`);
  }, 5);
  const yamlMs = time(() => {
    for (let t = 0; t < 100; t++) project.scanTemplate(require('node:fs').readFileSync(join(repo, 'infra', `stack-${t}.yaml`), 'utf8'), `stack-${t}.yaml`);
  }, 5);
  console.log(`templates bench: index of 2,000 flows + 400 Terraform files: ${indexMs.toFixed(0)} ms (target < 2000 ms); scanning the 100 CloudFormation templates (300 embedded flows): ${yamlMs.toFixed(0)} ms`);

  // 2. A template with 30 embedded flows against the same flows as plain files.
  const flows = Array.from({ length: 30 }, (_, i) => generateFlow(40, { seed: `t${i}` }).text);
  const template = `Resources:\n${flows.map((f, i) => `  Flow${i}:\n    Type: AWS::Connect::ContactFlow\n    Properties:\n      Type: CONTACT_FLOW\n      Content: !Sub |\n${indent(f, 8)}\n`).join('')}`;
  // Interleaved rounds: on a shared machine the load changes between two back-to-back series.
  const plain = [];
  const templ = [];
  const scans = [];
  for (let round = 0; round < 9; round++) {
    plain.push(time(() => flows.forEach((f) => engine.validate(f)), 1));
    templ.push(time(() => project.buildTemplateModel(template, 'stack.yaml'), 1));
    scans.push(time(() => project.scanTemplate(template, 'stack.yaml'), 1));
  }
  const [plainMs, templateMs, scanMs] = [median(plain), median(templ), median(scans)];
  const ratio = templateMs / plainMs;
  console.log(`templates bench: 30 embedded flows (${(template.length / 1e6).toFixed(2)} MB): template ${templateMs.toFixed(0)} ms, plain files ${plainMs.toFixed(0)} ms, ratio ${ratio.toFixed(2)}x (target <= 3x); of which finding the flows (YAML parse + maps) ${scanMs.toFixed(0)} ms`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
