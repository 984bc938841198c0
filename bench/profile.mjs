#!/usr/bin/env node
// CPU profile of validate() on a generated flow, summarised: where does the time beyond JSON.parse go?
//   node bench/profile.mjs [N=5000] [--rounds 20]
// Bundles the engine unminified (readable function names), runs JSON.parse and validate alternately under
// node --cpu-prof, writes the profile to bench/.cpuprofile/ (open it in Chrome DevTools for the full picture) and
// prints the functions with the most self and inclusive time.
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { generateFlow } from './gen-flow.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 5000);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 20;
const bundle = join(root, 'node_modules/.cache/connect-flow-bench/engine-dev.cjs');
const profileDir = join(here, '.cpuprofile');

if (process.env.BENCH_PROFILE_CHILD) {
  const engine = require(bundle);
  const { text } = generateFlow(n);
  for (let i = 0; i < 3; i++) engine.validate(text);
  let parse = 0;
  let validate = 0;
  for (let i = 0; i < rounds; i++) {
    let t0 = performance.now();
    JSON.parse(text);
    parse += performance.now() - t0;
    t0 = performance.now();
    engine.validate(text);
    validate += performance.now() - t0;
  }
  console.log(`N=${n}, ${rounds} rounds: JSON.parse ${(parse / rounds).toFixed(2)} ms, validate ${(validate / rounds).toFixed(2)} ms (${(validate / parse).toFixed(2)}x), ${engine.validate(text).length} diagnostics`);
} else {
  mkdirSync(dirname(bundle), { recursive: true });
  await require('esbuild').build({
    entryPoints: [join(root, 'server/src/engine/index.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    mainFields: ['module', 'main'],
    logLevel: 'error',
  });
  mkdirSync(profileDir, { recursive: true });
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, fileURLToPath(import.meta.url), ...args], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_PROFILE_CHILD: '1' },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  const file = readdirSync(profileDir)
    .map((f) => join(profileDir, f))
    .filter((f) => f.endsWith('.cpuprofile') && statSync(f).mtimeMs >= started - 1000)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  summarise(JSON.parse(readFileSync(file, 'utf8')));
  console.log(`profile: ${file}`);
}

function summarise(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const time = new Map();
  profile.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  // esbuild marks each module in the bundle with a `// server/src/...` comment: name functions by their source file.
  const modules = readFileSync(bundle, 'utf8')
    .split('\n')
    .flatMap((line, i) => (/^\/\/ (server\/src\/\S+)$/.test(line) ? [[i, line.slice(3)]] : []));
  const moduleAt = (line) => {
    let found = '';
    for (const [start, name] of modules) if (start <= line) found = name;
    return found;
  };
  const label = ({ callFrame: f }) => {
    const where = f.url.endsWith('engine-dev.cjs') ? moduleAt(f.lineNumber).replace('server/src/engine/', '') : `${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    return `${f.functionName || '(anonymous)'} ${where}`;
  };
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  for (const [id, t] of time) {
    total += t;
    const name = label(byId.get(id));
    self.set(name, (self.get(name) ?? 0) + t);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur));
      if (!seen.has(l)) inclusive.set(l, (inclusive.get(l) ?? 0) + t);
      seen.add(l);
    }
  }
  const top = (map, count) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, t]) => `${((t / total) * 100).toFixed(1).padStart(6)}%  ${name}`)
      .join('\n');
  console.log(`\nself time (share of all samples)\n${top(self, 20)}\n\ninclusive time\n${top(inclusive, 30)}\n`);
}
