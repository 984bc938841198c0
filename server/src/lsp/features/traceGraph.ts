import * as path from 'path';
import { URI } from 'vscode-uri';
import { actionSelection, actionSpans, type LayoutCache } from '../../graph';
import { loadFlow, runTestText } from '../../project';
import type { GraphBlock, TraceGraphParams, TraceGraphResult } from '../../protocol';
import type { FeatureContext } from './context';
import { fsPathOf } from '../documents';
import { tracePicture } from './tracePicture';

/**
 * `connectFlow/traceGraph`: runs a test case file against its flow (as `connectFlow/runTest` does) and draws the
 * path the contact took on the flow's graph. The flow is the open document when the editor has it open (so the
 * blocks' offsets match what the user sees), else the file on disk.
 */
export class TraceGraphFeature {
  private readonly layouts = new Map<string, LayoutCache>();

  constructor(
    private readonly context: FeatureContext,
    /** Reads a file that is not open (the test file); throws when it cannot. */
    private readonly readFile: (file: string) => string,
  ) {}

  traceGraph(params: TraceGraphParams): TraceGraphResult {
    if (typeof params?.uri !== 'string') return { kind: 'none', message: 'No test file given.' };
    const file = fsPathOf(params.uri);
    if (!file) return { kind: 'none', message: 'Only test files on disk can be run (their flow is found beside them).' };
    let text = this.context.documents.get(params.uri)?.getText();
    try {
      text ??= this.readFile(file);
    } catch (error) {
      return { kind: 'none', message: `Cannot read ${path.basename(file)}: ${(error as Error).message}` };
    }
    // The flow as the editor has it when it is open (the picture's offsets are the open text's), else from disk.
    const run = runTestText(text, file, undefined, undefined, (flowFile) => this.openFlow(flowFile)?.model ?? loadFlow(flowFile));
    const flowUri = run.flow ? URI.file(run.flow).toString() : undefined;
    if (run.error || !run.result || !run.flow || !flowUri) {
      const first = run.problems.find((p) => p.severity === 'error');
      return { kind: 'none', message: `${run.name}: ${run.error ?? 'not run'}${first ? `: ${first.message}` : ''}`, ...(flowUri ? { flowUri } : {}) };
    }
    const open = this.openFlow(run.flow);
    const model = open?.model ?? loadFlow(run.flow);
    if (!model) return { kind: 'none', message: `${path.basename(run.flow)} is not a readable flow.`, flowUri };
    const mode = params.layout === 'auto' || params.layout === 'designer' ? params.layout : undefined;
    const key = `${flowUri}\n${mode ?? ''}`;
    let cache = this.layouts.get(key);
    if (!cache) {
      if (this.layouts.size > 20) this.layouts.clear();
      this.layouts.set(key, (cache = {}));
    }
    const problems = Array.isArray(params.problems) ? params.problems.filter((p) => p && Number.isInteger(p.offset) && Number.isInteger(p.severity) && typeof p.message === 'string') : [];
    // The runner names the tested flow by its file name in the trace (flows it enters have their own names).
    const picture = tracePicture(model, run.result.trace, path.basename(run.flow), { problems: open ? problems : [], cache, mode });
    if (!picture) return { kind: 'none', message: `${path.basename(run.flow)} is not an Amazon Connect flow.`, flowUri };
    const blocks: GraphBlock[] = actionSpans(model).map((s) => {
      const select = actionSelection(model, s.index) ?? s;
      return { index: s.index, start: s.start, end: s.end, selectStart: select.start, selectEnd: select.end };
    });
    const r = run.result;
    const verdict = r.status === 'passed' ? 'passed' : `failed${r.failure ? `: ${r.failure.message}` : ''}`;
    return {
      kind: 'trace',
      flowUri,
      ...(open ? { version: open.doc.version } : {}),
      svg: picture.svg,
      status: `Test "${run.name}" ${verdict} · ${picture.summary}`,
      testStatus: r.status,
      transitions: picture.graph.edges.length,
      blocks,
    };
  }

  /** The open document of a flow file (its URI as the editor spells it: drive letter case, escapes), if the server checks it as a flow. */
  private openFlow(file: string): ReturnType<FeatureContext['getModel']> {
    const flow = (uri: string) => {
      const entry = this.context.getModel(uri);
      return entry?.model.kind === 'flow' ? entry : undefined;
    };
    const direct = flow(URI.file(file).toString());
    if (direct) return direct;
    for (const doc of this.context.documents.all()) if (fsPathOf(doc.uri) === file) return flow(doc.uri);
    return undefined;
  }
}
