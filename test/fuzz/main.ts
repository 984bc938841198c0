/**
 * `npm run fuzz`: the CI fuzz properties, a million times or more, recorded in test/fuzz/RESULTS.md.
 *
 *   npm run fuzz                                  1,000,000 runs, fresh seed, two processes
 *   npm run fuzz -- --runs 5000000 --seed 42      more runs, a given seed (replays a recorded run exactly)
 *   npm run fuzz -- --only "fix safety" --jobs 1  some properties, one process
 *   npm run fuzz -- --runs 20000 --no-record      a quick look without touching RESULTS.md
 *
 * Runs are shared among the properties in proportion to their CI counts. With --jobs N, job i runs its share
 * with seed + i. A failure prints (and records) the seed, the fast-check path and the shrunk counterexample;
 * `FUZZ_SEED=<seed> npx vitest run test/fuzz` or `--seed <seed>` here replays it.
 */
import { execFileSync, fork } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as os from 'os';
import fc from 'fast-check';
import { fuzzProperties, type FuzzProperty } from './properties';

interface Args {
  runs: number;
  seed: number;
  only?: string;
  jobs: number;
  record: boolean;
  job?: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: 1_000_000, seed: Math.floor(Math.random() * 2 ** 31), jobs: Math.min(2, os.cpus().length), record: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i];
    if (a === '--runs') args.runs = Number(value().replace(/[_,]/g, ''));
    else if (a === '--seed') args.seed = Number(value());
    else if (a === '--only') args.only = value();
    else if (a === '--jobs') args.jobs = Math.max(1, Number(value()));
    else if (a === '--no-record') args.record = false;
    else if (a === '--job') args.job = Number(value());
    else if (a !== '--') throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isFinite(args.runs) || args.runs < 1 || !Number.isInteger(args.seed)) throw new Error('--runs and --seed take numbers');
  return args;
}

interface PropertyResult {
  name: string;
  runs: number;
  ms: number;
  failure?: { seed: number; path: string; counterexample: string; error: string };
  skipped?: string;
}

function share(properties: FuzzProperty[], total: number): Map<string, number> {
  const weight = properties.reduce((s, p) => s + p.ciRuns, 0);
  return new Map(properties.map((p) => [p.name, Math.max(1, Math.round((total * p.ciRuns) / weight))]));
}

/** One process: every selected property with its share of the runs. */
function runJob(args: Args, onProgress: (line: string) => void): PropertyResult[] {
  const properties = fuzzProperties().filter((p) => !args.only || p.name.includes(args.only) || p.group.includes(args.only));
  const runs = share(properties, args.runs);
  const results: PropertyResult[] = [];
  for (const p of properties) {
    if (p.skip) {
      results.push({ name: p.name, runs: 0, ms: 0, skipped: p.skip });
      continue;
    }
    const numRuns = runs.get(p.name)!;
    let done = 0;
    let lastReport = Date.now();
    const started = Date.now();
    const details = fc.check(
      fc.property(p.arbitrary, (input) => {
        done++;
        if (Date.now() - lastReport > 30_000) {
          lastReport = Date.now();
          onProgress(`  ${p.name.slice(0, 60)}: ${done.toLocaleString('en')} / ${numRuns.toLocaleString('en')}`);
        }
        p.check(input);
      }),
      { seed: args.seed, numRuns },
    );
    const result: PropertyResult = { name: p.name, runs: details.numRuns, ms: Date.now() - started };
    if (details.failed) {
      result.failure = {
        seed: details.seed,
        path: details.counterexamplePath ?? '',
        counterexample: fc.stringify(details.counterexample).slice(0, 2000),
        error: String((details.errorInstance as Error | undefined)?.message ?? details.errorInstance).slice(0, 2000),
      };
    }
    onProgress(`${result.failure ? 'FAIL' : 'ok  '} ${p.name}: ${result.runs.toLocaleString('en')} runs in ${(result.ms / 1000).toFixed(0)} s`);
    results.push(result);
  }
  return results;
}

/** The commit whose code the run loaded: taken at start, since the tree may move on during a long run. */
const CODE_UNDER_TEST = gitDescribe();

function gitDescribe(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
    return head + (dirty ? ' + local changes' : '');
  } catch {
    return 'unknown';
  }
}

function record(args: Args, jobs: PropertyResult[][], ms: number): void {
  const file = path.join(__dirname, 'RESULTS.md');
  const merged = new Map<string, PropertyResult>();
  for (const job of jobs)
    for (const r of job) {
      const m = merged.get(r.name);
      if (!m) merged.set(r.name, { ...r });
      else {
        m.runs += r.runs;
        m.ms = Math.max(m.ms, r.ms);
        m.failure ??= r.failure;
      }
    }
  const all = [...merged.values()];
  const total = all.reduce((s, r) => s + r.runs, 0);
  const failures = all.filter((r) => r.failure);
  const lines = [
    '',
    `## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${failures.length ? `${failures.length} FAILED` : 'all passed'}, ${total.toLocaleString('en')} runs`,
    '',
    `Seed ${args.seed} (jobs: ${args.jobs}, job i used seed ${args.seed} + i), commit ${CODE_UNDER_TEST}, ${(ms / 60_000).toFixed(1)} min wall time, Node ${process.version}.`,
    '',
    '| property | runs | result |',
    '| --- | ---: | --- |',
    ...all.map((r) => `| ${r.name} | ${r.runs.toLocaleString('en')} | ${r.skipped ? `skipped: ${r.skipped}` : r.failure ? 'FAILED' : 'passed'} |`),
  ];
  for (const r of failures) {
    lines.push('', `Failure in "${r.name}": seed ${r.failure!.seed}, path \`${r.failure!.path}\``, '', '```', r.failure!.error, r.failure!.counterexample, '```');
  }
  if (!fs.existsSync(file)) fs.writeFileSync(file, RESULTS_HEADER);
  fs.appendFileSync(file, lines.join('\n') + '\n');
  console.log(`recorded in ${path.relative(process.cwd(), file)}`);
}

const RESULTS_HEADER = `# Fuzz results

Written by \`npm run fuzz\` (test/fuzz/main.ts), newest last. Each entry: how many inputs each property saw, the seed
that replays the run (\`npm run fuzz -- --seed <seed> --runs <runs> --jobs <jobs>\`), and any failure with its
shrunk counterexample. The properties are those of the CI test (test/fuzz/engine.fuzz.test.ts), which runs a
fixed seed and about 23,000 inputs.
`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.job !== undefined) {
    // A worker: run, report as JSON on the IPC channel.
    const results = runJob({ ...args, seed: args.seed + args.job }, (line) => console.log(`[job ${args.job}] ${line}`));
    process.send!(results);
    return;
  }
  console.log(`fuzz: ${args.runs.toLocaleString('en')} runs, seed ${args.seed}, ${args.jobs} job(s)${args.only ? `, only "${args.only}"` : ''}`);
  const started = Date.now();
  let jobs: PropertyResult[][];
  if (args.jobs === 1) jobs = [runJob(args, (line) => console.log(line))];
  else {
    const perJob = Math.ceil(args.runs / args.jobs);
    jobs = await Promise.all(
      Array.from({ length: args.jobs }, (_, i) => {
        const forwarded = ['--runs', String(perJob), '--seed', String(args.seed), '--job', String(i), ...(args.only ? ['--only', args.only] : [])];
        // The worker is this same script under vite-node (the TypeScript runner `npm run fuzz` uses).
        const cli = path.join(path.dirname(require.resolve('vite-node/package.json')), 'vite-node.mjs');
        const child = fork(cli, [__filename, ...forwarded], { stdio: 'inherit' });
        return new Promise<PropertyResult[]>((resolve, reject) => {
          let got: PropertyResult[] | undefined;
          child.on('message', (m) => (got = m as PropertyResult[]));
          child.on('exit', (code) => (got ? resolve(got) : reject(new Error(`job ${i} exited with ${code}`))));
        });
      }),
    );
  }
  const ms = Date.now() - started;
  const failed = jobs.flat().filter((r) => r.failure);
  for (const r of failed) console.log(`\nFAILED ${r.name}\n  seed ${r.failure!.seed}, path ${r.failure!.path}\n  ${r.failure!.error}\n  ${r.failure!.counterexample}`);
  console.log(`\n${jobs.flat().reduce((s, r) => s + r.runs, 0).toLocaleString('en')} runs in ${(ms / 1000).toFixed(0)} s: ${failed.length ? 'FAILED' : 'all passed'}`);
  if (args.record) record(args, jobs, ms);
  process.exitCode = failed.length ? 1 : 0;
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
