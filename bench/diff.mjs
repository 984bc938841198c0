#!/usr/bin/env node
// The semantic diff's speed (issue 17): run by `npm run bench` after the main report, or on its own after a build:
//   node bench/diff.mjs [--no-write] [--flows 200]
// 1. diffFlows on two 250-action flows (the service's maximum) that differ by a few edits, with every block moved
//    and the actions reordered: medians after warm-up, CPU (wall), beside JSON.parse of both texts and validate of
//    both (the diff runs the checker on both sides). Target: under 10 ms.
// 2. `connect-flow-lint diff --git HEAD~1..HEAD` on a temporary repository with 200 changed flows (60 actions each),
//    wall time including the process start. Target: under 3 s.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import os from 'node:os';
import { generateFlow } from './gen-flow.mjs';
import { measureInterleaved, median } from './lib/timing.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const write = !args.includes('--no-write');
const flowsArg = args.indexOf('--flows');
const FLOWS = flowsArg >= 0 ? Number(args[flowsArg + 1]) : 200;
const cli = join(root, 'dist/cli.js');
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first (npm run bench does).');
  process.exit(1);
}

// The diff is not in dist/engine.js: bundle it (with the engine it runs on) like lib/features.mjs does.
const outDir = join(root, 'node_modules/.cache/connect-flow-bench');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'diff.cjs');
await require('esbuild').build({
  stdin: { contents: "export { diffFlows } from './server/src/diff';\nexport { validate } from './server/src/engine';", resolveDir: root, loader: 'ts', sourcefile: 'bench-diff.ts' },
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  minify: !process.env.BENCH_NO_MINIFY,
  mainFields: ['module', 'main'],
  logLevel: 'error',
});
const { diffFlows, validate } = require(outfile);

/** The flow with `edits` parameter changes and rewirings, every block moved, the actions reversed, re-indented. */
function edit(text, edits, seed = 1) {
  const flow = JSON.parse(text);
  const n = flow.Actions.length;
  for (let k = 0; k < edits; k++) {
    const a = flow.Actions[(seed * 7919 + k * 37) % (n - 2)];
    const params = a.Parameters ?? (a.Parameters = {});
    if (k % 2 === 0) params.BenchEdit = `v${k}`;
    else if (a.Transitions?.NextAction) a.Transitions.NextAction = flow.Actions[Math.min(flow.Actions.indexOf(a) + 2, n - 1)].Identifier;
    else params.BenchEdit = `w${k}`;
  }
  for (const meta of Object.values(flow.Metadata?.ActionMetadata ?? {})) if (meta?.position) meta.position.x += 40;
  flow.Actions.reverse();
  return JSON.stringify(flow, null, 4);
}

/** CPU time (user + system) of this process's waited-for children, from /proc (Linux); undefined elsewhere. */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of stat (cutime, cstime), counted from 1 with pid and comm as 1 and 2.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

const log = (s) => process.stderr.write(`${s}\n`);
const fmt = (r) => `${r.cpuMs.toFixed(2)} ms (${r.ms.toFixed(2)})`;
const lines = ['## Semantic diff (bench/diff.mjs)', ''];

// 1. In process.
const a = generateFlow(250).text;
const b = edit(a, 6);
const check = diffFlows(a, b);
log(`diff of 2 x 250 actions: ${check.changes.length} change records, designer-only ${check.designer.count}`);
const r = await measureInterleaved(
  {
    jsonParse: () => (JSON.parse(a), JSON.parse(b)),
    validate: () => (validate(a), validate(b)),
    diff: () => diffFlows(a, b),
    diffNoDiagnostics: () => diffFlows(a, b, { diagnostics: false }),
  },
  { budgetMs: 3000, minSamples: 21 },
);
lines.push(
  `Two 250-action flows (${(a.length / 1000).toFixed(0)} kB each), ${check.changes.length} change records, every block moved; medians, CPU (wall):`,
  '',
  '| Measure | Time | Ratio to JSON.parse of both |',
  '|---|---|---|',
  `| JSON.parse both | ${fmt(r.jsonParse)} | 1.0x |`,
  `| validate both | ${fmt(r.validate)} | ${(r.validate.cpuMs / r.jsonParse.cpuMs).toFixed(1)}x |`,
  `| diffFlows (with diagnostics) | ${fmt(r.diff)} | ${(r.diff.cpuMs / r.jsonParse.cpuMs).toFixed(1)}x |`,
  `| diffFlows, diagnostics off | ${fmt(r.diffNoDiagnostics)} | ${(r.diffNoDiagnostics.cpuMs / r.jsonParse.cpuMs).toFixed(1)}x |`,
  '',
  `Target diff under 10 ms: ${r.diff.cpuMs < 10 ? 'PASS' : 'FAIL'} (${r.diff.cpuMs.toFixed(2)} ms CPU).`,
  '',
);

// 2. The command on a repository.
const hasGit = spawnSync('git', ['--version']).status === 0;
if (!hasGit) lines.push('git mode: SKIPPED (no git).');
else {
  const repo = mkdtempSync(join(os.tmpdir(), 'cfl-bench-diff-'));
  try {
    const env = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@example.invalid', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@example.invalid' };
    const git = (...g) => {
      const res = spawnSync('git', g, { cwd: repo, env });
      if (res.status !== 0) throw new Error(res.stderr.toString());
    };
    git('init', '-q');
    mkdirSync(join(repo, 'flows'));
    const texts = Array.from({ length: FLOWS }, (_, i) => generateFlow(60, { seed: i + 1 }).text);
    texts.forEach((t, i) => writeFileSync(join(repo, 'flows', `flow-${i}.json`), t));
    git('add', '.');
    git('commit', '-q', '-m', 'one');
    texts.forEach((t, i) => writeFileSync(join(repo, 'flows', `flow-${i}.json`), edit(t, 3, i + 1)));
    git('commit', '-q', '-am', 'two');
    const times = [];
    const cpus = [];
    let out;
    for (let i = 0; i < 5; i++) {
      const c0 = childrenCpuMs();
      const t0 = performance.now();
      out = spawnSync(process.execPath, [cli, 'diff', '--git', 'HEAD~1..HEAD', '--format', 'json'], { cwd: repo, maxBuffer: 1 << 28 });
      times.push(performance.now() - t0);
      const c1 = childrenCpuMs();
      if (c0 !== undefined && c1 !== undefined) cpus.push(c1 - c0);
    }
    const files = JSON.parse(out.stdout.toString()).files.length;
    const ms = median(times);
    const cpu = cpus.length ? median(cpus) : undefined;
    const judged = cpu ?? ms;
    log(`diff --git over ${files} changed flows: ${cpu === undefined ? '' : `${cpu.toFixed(0)} ms CPU, `}${ms.toFixed(0)} ms wall`);
    lines.push(
      `\`connect-flow-lint diff --git HEAD~1..HEAD --format json\` over ${files} changed flows of 60 actions, process start and git included, median of 5: ${cpu === undefined ? '' : `${cpu.toFixed(0)} ms CPU (user + system of the command and its git children), `}${ms.toFixed(0)} ms wall.`,
      '',
      `Target under 3 s (judged on ${cpu === undefined ? 'wall' : 'CPU'} time, as bench/README.md explains): ${judged < 3000 ? 'PASS' : 'FAIL'}.`,
      '',
    );
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}
lines.push(`Load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; ${os.cpus().length} CPUs; Node ${process.version}.`, '');
const report = `${lines.join('\n')}\n`;
process.stdout.write(report);
if (write) {
  writeFileSync(join(here, 'DIFF-RESULTS.md'), report);
  log('written to bench/DIFF-RESULTS.md');
}
