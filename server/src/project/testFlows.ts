import * as fs from 'fs';
import * as path from 'path';
import { buildModel, isObject, rangeOf, type FlowModel, type Range } from '../engine';
import { isTestCaseShape, readTestCase, runTestCase, type FlowReference, type ResolvedFlow, type TestProblem, type TestResult } from '../simulator';

/**
 * Finding the flow files a test case is about, on disk: the tested flow (Metadata or naming convention) and the
 * flows it may enter. Shared by `connect-flow-lint test` and the language server's diagnostics on test files.
 */

/** Flow models by file, valid while the file's size and modification time stay the same. */
const flowCache = new Map<string, { stamp: string; model: FlowModel | undefined }>();

export function loadFlow(file: string): FlowModel | undefined {
  let stamp: string;
  try {
    const st = fs.statSync(file);
    stamp = `${st.size}:${st.mtimeMs}`;
  } catch {
    return undefined;
  }
  const cached = flowCache.get(file);
  if (cached && cached.stamp === stamp) return cached.model;
  let model: FlowModel | undefined;
  try {
    model = buildModel(fs.readFileSync(file, 'utf8'));
    if (model.kind !== 'flow') model = undefined;
  } catch {
    model = undefined;
  }
  if (flowCache.size > 500) flowCache.clear();
  flowCache.set(file, { stamp, model });
  return model;
}

/**
 * The flow a test file is for when neither --flow nor its Metadata names one: the longest prefix of the test's
 * name (cut at "-", "_" or ".") for which `<prefix>.flow.json` or `<prefix>.json` exists beside the test, or one
 * folder up when the test sits in a `tests` / `__tests__` folder. `menu-press-2.test.json` finds `menu.flow.json`.
 */
export function flowByConvention(testFile: string): string | undefined {
  const base = path.basename(testFile).replace(/\.tests?\.json$/i, '').replace(/\.json$/i, '');
  const dir = path.dirname(testFile);
  const dirs = [dir];
  if (/^(__)?tests?(__)?$/i.test(path.basename(dir))) dirs.push(path.dirname(dir));
  let prefix = base;
  for (;;) {
    for (const d of dirs) {
      for (const candidate of [`${prefix}.flow.json`, `${prefix}.json`]) {
        const full = path.join(d, candidate);
        if (full !== testFile && fs.existsSync(full) && loadFlow(full)) return full;
      }
    }
    const cut = Math.max(prefix.lastIndexOf('-'), prefix.lastIndexOf('_'), prefix.lastIndexOf('.'));
    if (cut <= 0) return undefined;
    prefix = prefix.slice(0, cut);
  }
}

/** Flows a test may enter (TransferToFlow, InvokeFlowModule): those in the tested flow's folder. */
export function flowResolver(flowFile: string): (ref: FlowReference) => ResolvedFlow | undefined {
  const dir = path.dirname(flowFile);
  let index: Array<{ key: string; names: string[]; model: FlowModel }> | undefined;
  const build = () => {
    index = [];
    let names: string[];
    try {
      names = fs.readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.json'));
    } catch {
      names = [];
    }
    for (const n of names) {
      const full = path.join(dir, n);
      const model = loadFlow(full);
      if (!model) continue;
      const meta = model.rootObject?.Metadata;
      const base = n.replace(/\.flow\.json$/i, '').replace(/\.json$/i, '');
      index.push({ key: n, names: [base, ...(isObject(meta) && typeof meta.name === 'string' ? [meta.name] : [])], model });
    }
    return index;
  };
  return (ref) => {
    const all = index ?? build();
    const byName = ref.name ? all.find((f) => f.names.includes(ref.name!)) : undefined;
    const last = ref.id.split('/').pop() ?? ref.id;
    const byId = all.find((f) => f.names.some((name) => name === last || ref.id.includes(`"${name}"`) || ref.id.includes(`'${name}'`)));
    const found = byName ?? byId;
    return found ? { key: found.key, model: found.model } : undefined;
  };
}


/** The flow file a test file names or is named after (--flow aside), if it exists. */
export function flowForTest(testFile: string, declared: string | undefined): string | undefined {
  if (declared) {
    const full = path.resolve(path.dirname(testFile), declared);
    return fs.existsSync(full) ? full : undefined;
  }
  return flowByConvention(testFile);
}

/** Cheap look before a parse: could this JSON text be a test case? */
export function mightBeTestCase(text: string): boolean {
  return text.includes('"Observations"');
}

/**
 * Problems of a test case document for the editor: the file's own (structure, unknown fields) and, when its flow is
 * found on disk, observations that can never match and overrides never used. Undefined: not a test case.
 */
export function testCaseProblems(text: string, file: string | undefined): TestProblem[] | undefined {
  if (!mightBeTestCase(text)) return undefined;
  const first = readTestCase(text);
  if (!first.testCase) {
    // Not JSON with an Observations list at all: not ours.
    let root: unknown;
    try {
      root = JSON.parse(text);
    } catch {
      return /"Observations"\s*:\s*\[/.test(text) ? first.problems : undefined;
    }
    return isTestCaseShape(root) ? first.problems : undefined;
  }
  const flowFile = file ? flowForTest(file, first.testCase.settings.flow) : undefined;
  const flow = flowFile ? loadFlow(flowFile) : undefined;
  return flow ? readTestCase(text, { flow }).problems : first.problems;
}

export interface TestTextRun {
  /** Metadata.name, else the file name. */
  name: string;
  /** The flow file it ran against. */
  flow?: string;
  problems: TestProblem[];
  result?: TestResult;
  /** Why it did not run: problems in the file, no flow found. */
  error?: string;
}

/**
 * Reads and runs one test case against its flow (`flowFile`, else the one it names or is named after). `load` reads
 * the tested flow (the editor passes the open document's model when the flow is open).
 */
export function runTestText(text: string, file: string, flowFile?: string, cwd = path.dirname(file), load: (file: string) => FlowModel | undefined = loadFlow): TestTextRun {
  // One read: the flow is looked up from the test's own settings as soon as they are known, and checked against.
  let named: string | undefined;
  let model: FlowModel | undefined;
  const read = readTestCase(text, {
    flow: (testCase) => {
      named = flowFile ?? (testCase.settings.flow ? path.resolve(path.dirname(file), testCase.settings.flow) : flowByConvention(file));
      model = named ? load(named) : undefined;
      return model;
    },
  });
  const name = read.testCase?.name ?? path.basename(file);
  if (!read.testCase) return { name, problems: read.problems, error: read.problems.length ? `${read.problems.filter((p) => p.severity === 'error').length} problem(s) in the test file` : 'not a test case' };
  if (!named) return { name, problems: read.problems, error: 'no flow to run it against: give --flow, Metadata.connectFlowLint.flow, or name the test after its flow (see docs/testing.md)' };
  if (!model) return { name, flow: named, problems: read.problems, error: `${path.relative(cwd, named) || named} is not a readable flow` };
  const result = runTestCase(read.testCase, model, { resolveFlow: flowResolver(named), flowKey: path.basename(named) });
  return { name, flow: named, problems: read.problems, result };
}

/** The answer to the editor's `connectFlow/runTest` request: one test file's result, placed in the file. */
export interface RunTestReply {
  name: string;
  status: 'passed' | 'failed' | 'error';
  message?: string;
  /** Where in the test file the failure (or the first problem) is. */
  range?: Range;
  observation?: string;
  /** The flow file it ran against. */
  flow?: string;
  trace?: Array<{ flow: string; actionId: string; actionType: string; via?: string; label?: string; target?: string }>;
  seconds?: number;
}

export const RUN_TEST_REQUEST = 'connectFlow/runTest';

export function runTestForEditor(text: string, file: string): RunTestReply {
  const run = runTestText(text, file);
  const model = buildModel(text);
  if (run.error || !run.result) {
    const first = run.problems.find((p) => p.severity === 'error');
    return { name: run.name, status: 'error', message: first ? `${run.error}: ${first.message}` : run.error, ...(first ? { range: first.range } : {}), ...(run.flow ? { flow: run.flow } : {}) };
  }
  const r = run.result;
  const reply: RunTestReply = {
    name: run.name,
    status: r.status,
    flow: run.flow,
    seconds: r.seconds,
    trace: r.trace.map((s) => ({ flow: s.flow, actionId: s.actionId, actionType: s.actionType, ...(s.branch ? { via: s.branch.via, target: s.branch.target, ...(s.branch.label !== undefined ? { label: s.branch.label } : {}) } : {}) })),
  };
  if (r.failure) {
    reply.message = r.failure.message;
    if (r.failure.observation) reply.observation = r.failure.observation;
    if (r.failure.path) reply.range = rangeOf(model, r.failure.path, 'value');
  }
  return reply;
}
