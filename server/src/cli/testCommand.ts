import * as fs from 'fs';
import * as path from 'path';
import type { FlowCoverage, TraceStep } from '../simulator';
import { expandTargets } from './files';
import { isTestFile, runTestFiles, type TestFileResult, type TestRun } from './tests';

/** `connect-flow-lint test <files|dirs|globs> [--flow f] [--format text|json|junit] [--coverage] [-o out]`. */

export interface TestIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
}

const FORMATS = ['text', 'json', 'junit'] as const;
type TestFormat = (typeof FORMATS)[number];

export const TEST_HELP = `Usage: connect-flow-lint test <test file|directory|glob> ... [options]

Runs test cases written in Amazon Connect's testing language against flow files, offline:
a simulated contact goes through the flow, the test's observations match its events
(prompts played, actions started), and its actions press keys, say words, mock Lambda
functions, hours, Lex bots and queues, and assert values. See docs/testing.md.

The flow a test runs against: --flow, else Metadata.connectFlowLint.flow in the test file,
else the test's name: menu-press-2.test.json runs against menu.flow.json or menu.json
beside it (or one folder up from a tests/ folder).

Options:
  --flow <file>          The flow file for every test given
  -f, --format <name>    text (default), json (per test: status, observations, trace) or
                         junit (XML for CI dashboards)
  --coverage             Also report which actions and branches the tests took, per flow
  -o, --output <file>    Write the report to a file instead of standard output
  -h, --help             Print this help

Exit codes: 0 every test passed, 1 a test failed, 2 bad input (unreadable or invalid
test file, no flow found, usage error).
`;

const defaultIo = (): TestIo => ({ stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });

export async function runTestCommand(argv: string[], io: TestIo = defaultIo()): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`connect-flow-lint test: ${message}\n`);
    return 2;
  };
  let format: TestFormat = 'text';
  let flow: string | undefined;
  let output: string | undefined;
  let withCoverage = false;
  const targets: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '-h' || flag === '--help') {
      io.stdout.write(TEST_HELP);
      return 0;
    } else if (flag === '-f' || flag === '--format') {
      const v = value();
      if (!FORMATS.includes(v as TestFormat)) return fail(`--format must be one of ${FORMATS.join(', ')}${v === undefined ? '' : `, not "${v}"`}.`);
      format = v as TestFormat;
    } else if (flag === '--flow') {
      flow = value();
      if (!flow) return fail('--flow needs a file.');
    } else if (flag === '-o' || flag === '--output') {
      output = value();
      if (!output) return fail('--output needs a file.');
    } else if (flag === '--coverage') withCoverage = true;
    else if (arg.startsWith('-') && arg !== '-') return fail(`unknown option "${arg}". Run connect-flow-lint test --help for the options.`);
    else targets.push(arg);
  }
  if (targets.length === 0) return fail("name the test files, directories or globs to run, e.g. connect-flow-lint test 'flows/**/*.test.json'.");
  if (flow && !fs.existsSync(path.resolve(io.cwd, flow))) return fail(`--flow "${flow}" does not exist.`);

  const expansion = await expandTargets(targets, io.cwd, { errorOnUnmatched: true });
  if (expansion.problems.length > 0) return fail(expansion.problems.join('\nconnect-flow-lint test: '));
  // Named files are tests whatever they hold; directories and globs contribute the files that look like tests.
  const explicit = new Set(expansion.targets.filter((t) => t.kind === 'file').flatMap((t) => t.files));
  const files = expansion.files.filter((f) => explicit.has(f) || isTestFile(f));
  if (files.length === 0) return fail(`no test cases found in ${targets.map((t) => `"${t}"`).join(', ')} (a test case is JSON with an "Observations" list).`);

  const run = runTestFiles(files, { flow, cwd: io.cwd });
  const text = format === 'json' ? formatJson(run, io.cwd, withCoverage) : format === 'junit' ? formatJunit(run, io.cwd) : formatText(run, io.cwd, withCoverage);
  if (output) {
    try {
      const target = path.resolve(io.cwd, output);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text, 'utf8');
    } catch (error) {
      return fail(`cannot write the report to "${output}": ${(error as Error).message}`);
    }
    if (withCoverage && format === 'junit') io.stdout.write(formatCoverage(run.coverage));
  } else {
    io.stdout.write(text);
    if (withCoverage && format === 'junit') io.stderr.write(formatCoverage(run.coverage));
  }
  if (run.files.some((f) => f.error)) {
    for (const f of run.files) if (f.error) io.stderr.write(`connect-flow-lint test: ${path.relative(io.cwd, f.file) || f.file}: ${f.error}\n`);
    return 2;
  }
  return run.files.some((f) => f.result?.status === 'failed') ? 1 : 0;
}

const rel = (cwd: string, file: string) => (path.relative(cwd, file) || file).split(path.sep).join('/');

function traceLines(trace: readonly TraceStep[], limit = 40): string[] {
  const multi = trace.some((t) => t.flow !== trace[0].flow);
  const lines = trace.slice(-limit).map((s) => {
    const b = s.branch;
    const how = !b ? '(stops here)' : b.via === 'next' ? `-> ${b.target}` : b.via === 'error' ? `-> [${b.label}] ${b.target}` : `-> [= ${b.label}] ${b.target}`;
    return `      ${multi ? `${s.flow}:` : ''}${s.actionId} (${s.actionType}) ${how}${s.note ? `  ${s.note}` : ''}`;
  });
  if (trace.length > limit) lines.unshift(`      ... ${trace.length - limit} earlier steps`);
  return lines;
}

function formatText(run: TestRun, cwd: string, withCoverage: boolean): string {
  const out: string[] = [];
  let passed = 0;
  let failed = 0;
  let errors = 0;
  for (const f of run.files) {
    const where = rel(cwd, f.file);
    for (const p of f.problems) out.push(`${where}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.severity}: ${p.message}`);
    if (f.error) {
      errors++;
      out.push(`ERROR ${where}: ${f.error}`);
      continue;
    }
    const r = f.result!;
    if (r.status === 'passed') {
      passed++;
      out.push(`PASS  ${where}${f.name !== path.basename(f.file) ? ` (${f.name})` : ''}  ${r.observations.filter((o) => o.status === 'matched').length}/${r.observations.length} observations, ${r.trace.length} actions, ${r.seconds}s simulated`);
    } else {
      failed++;
      out.push(`FAIL  ${where}${f.name !== path.basename(f.file) ? ` (${f.name})` : ''}`);
      out.push(`    ${r.failure!.observation ? `observation "${r.failure!.observation}": ` : ''}${r.failure!.message}`);
      out.push(`    trace (${r.trace.length} actions):`);
      out.push(...traceLines(r.trace));
    }
    for (const l of r.logs) out.push(`    log ${l.observation} ${l.label} = ${l.value}`);
  }
  out.push('');
  out.push(`${run.files.length} test${run.files.length === 1 ? '' : 's'}: ${passed} passed, ${failed} failed${errors ? `, ${errors} not run` : ''}.`);
  if (withCoverage) out.push('', formatCoverage(run.coverage).trimEnd());
  return out.join('\n') + '\n';
}

function pct(n: number, d: number): string {
  return d === 0 ? '100%' : `${Math.floor((100 * n) / d)}%`;
}

export function formatCoverage(cov: readonly FlowCoverage[]): string {
  const out: string[] = ['Coverage:'];
  for (const c of cov) {
    out.push(`  ${c.flow}: actions ${c.actions.taken}/${c.actions.total} (${pct(c.actions.taken, c.actions.total)}), branches ${c.branches.taken}/${c.branches.total} (${pct(c.branches.taken, c.branches.total)})`);
    if (c.actions.untaken.length) out.push(`    actions never run: ${c.actions.untaken.join(', ')}`);
    const untaken = c.branches.list.filter((b) => b.taken === 0);
    if (untaken.length) out.push(`    branches never taken: ${untaken.map((b) => `${b.actionId} ${b.via === 'next' ? 'NextAction' : b.via === 'error' ? `error ${b.label}` : `condition ${b.label}`}`).join(', ')}`);
  }
  if (cov.length === 0) out.push('  no flow ran.');
  return out.join('\n') + '\n';
}

function formatJson(run: TestRun, cwd: string, withCoverage: boolean): string {
  const tests = run.files.map((f: TestFileResult) => ({
    file: rel(cwd, f.file),
    name: f.name,
    flow: f.flow ? rel(cwd, f.flow) : undefined,
    status: f.error ? 'error' : f.result!.status,
    error: f.error,
    problems: f.problems.map((p) => ({ severity: p.severity, message: p.message, line: p.range.start.line + 1, column: p.range.start.character + 1 })),
    failure: f.result?.failure ? { observation: f.result.failure.observation, action: f.result.failure.action, message: f.result.failure.message } : undefined,
    observations: f.result?.observations,
    outcome: f.result?.outcome,
    trace: f.result?.trace,
    logs: f.result?.logs,
    simulatedSeconds: f.result?.seconds,
  }));
  const summary = { tests: tests.length, passed: tests.filter((t) => t.status === 'passed').length, failed: tests.filter((t) => t.status === 'failed').length, errors: tests.filter((t) => t.status === 'error').length };
  return JSON.stringify({ tests, summary, ...(withCoverage ? { coverage: run.coverage } : {}) }, null, 2) + '\n';
}

function xml(text: string): string {
  // Characters XML 1.0 cannot hold at all are dropped; the five specials escaped.
  return text.replace(/[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function formatJunit(run: TestRun, cwd: string): string {
  const cases = run.files.map((f) => {
    const name = xml(f.name);
    const classname = xml(rel(cwd, f.file));
    const time = (f.ms / 1000).toFixed(3);
    if (f.error) return `    <testcase name="${name}" classname="${classname}" time="${time}">\n      <error message="${xml(f.error)}">${xml(f.problems.map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.message}`).join('\n'))}</error>\n    </testcase>`;
    const r = f.result!;
    if (r.status === 'passed') return `    <testcase name="${name}" classname="${classname}" time="${time}"/>`;
    const body = [r.failure!.message, '', 'trace:', ...traceLines(r.trace).map((l) => l.trim())].join('\n');
    return `    <testcase name="${name}" classname="${classname}" time="${time}">\n      <failure message="${xml(r.failure!.message)}" type="${xml(r.failure!.observation ?? 'flow')}">${xml(body)}</failure>\n    </testcase>`;
  });
  const failures = run.files.filter((f) => f.result?.status === 'failed').length;
  const errors = run.files.filter((f) => f.error).length;
  const time = (run.files.reduce((s, f) => s + f.ms, 0) / 1000).toFixed(3);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="connect-flow-lint test" tests="${run.files.length}" failures="${failures}" errors="${errors}" time="${time}">\n  <testsuite name="flow tests" tests="${run.files.length}" failures="${failures}" errors="${errors}" time="${time}">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}
