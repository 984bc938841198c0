import * as fs from 'fs';
import * as path from 'path';
import type { FlowModel } from '../engine';
import { coverage, isTestCaseShape, type FlowCoverage, type TestProblem, type TestResult, type TraceStep } from '../simulator';
import { loadFlow, runTestText } from '../project';

/**
 * The Node side of `connect-flow-lint test`: reads test files, finds the flow each one tests and the flows it may
 * enter, runs them with the pure simulator, and gathers coverage.
 */

export interface TestFileResult {
  file: string;
  /** Test name: Metadata.name, else the file name. */
  name: string;
  /** The flow the test ran against. */
  flow?: string;
  /** Bad input: unreadable, not a test case, problems in the file, no flow found. */
  error?: string;
  problems: TestProblem[];
  result?: TestResult;
  /** Wall-clock milliseconds. */
  ms: number;
}

export interface TestRunOptions {
  /** The flow file for every test (else each test's Metadata, else the naming convention). */
  flow?: string;
  cwd: string;
}

export interface TestRun {
  files: TestFileResult[];
  coverage: FlowCoverage[];
}

export function runTestFile(file: string, options: TestRunOptions): TestFileResult {
  const started = Date.now();
  const out = (rest: Partial<TestFileResult>): TestFileResult => ({ file, name: path.basename(file), problems: [], ms: Date.now() - started, ...rest });
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return out({ error: `cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
  }
  return out(runTestText(text, file, options.flow ? path.resolve(options.cwd, options.flow) : undefined, options.cwd));
}

/** Test files among the given files: what parses as JSON with an `Observations` list (or is named *.test.json). */
export function isTestFile(file: string): boolean {
  if (/\.tests?\.json$/i.test(file)) return true;
  try {
    const text = fs.readFileSync(file, 'utf8');
    if (!text.includes('"Observations"')) return false;
    return isTestCaseShape(JSON.parse(text));
  } catch {
    return false;
  }
}

export function runTestFiles(files: readonly string[], options: TestRunOptions): TestRun {
  const results = files.map((f) => runTestFile(f, options));
  // Coverage per flow: the main flow of each test, and the flows entered (keyed by file name in traces).
  const traces = new Map<string, { model: FlowModel; traces: TraceStep[][] }>();
  for (const r of results) {
    if (!r.result || !r.flow) continue;
    const dir = path.dirname(r.flow);
    const keys = new Set(r.result.trace.map((s) => s.flow));
    for (const key of keys) {
      const full = path.join(dir, key);
      const model = loadFlow(full);
      if (!model) continue;
      const entry = traces.get(full) ?? { model, traces: [] };
      entry.traces.push(r.result.trace.filter((s) => s.flow === key));
      traces.set(full, entry);
    }
  }
  const cov = [...traces.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, e]) => ({ ...coverage(path.basename(file), e.model, e.traces), flow: path.relative(options.cwd, file) || file }));
  return { files: results, coverage: cov };
}
