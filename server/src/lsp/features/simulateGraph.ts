import * as path from 'path';
import { actionSelection, actionSpans, type LayoutCache } from '../../graph';
import { flowResolver } from '../../project';
import type { GraphBlock, SimulateGraphParams, SimulateGraphResult, SimulationAnswer } from '../../protocol';
import type { FeatureContext } from './context';
import { fsPathOf } from '../documents';
import { simulateSteps } from './simulation';
import { tracePicture } from './tracePicture';

const ANSWER_KINDS = new Set(['dtmf', 'text', 'silence', 'hangup', 'result', 'error', 'default']);
const MAX_ANSWERS = 1000;

/** `connectFlow/simulateGraph`: the open flow run with the answers so far, the path drawn, and the next question. */
export class SimulateGraphFeature {
  private readonly layouts = new Map<string, LayoutCache>();

  constructor(private readonly context: FeatureContext) {}

  simulateGraph(params: SimulateGraphParams): SimulateGraphResult {
    if (typeof params?.uri !== 'string') return { kind: 'none', message: 'No document given.' };
    const name = basename(params.uri);
    const doc = this.context.documents.get(params.uri);
    const entry = this.context.getModel(params.uri);
    if (!doc || !entry || entry.model.kind !== 'flow') return { kind: 'none', message: `${name} is not checked as an Amazon Connect flow, so it cannot be simulated.` };
    if (doc.getText().length > entry.settings.maxFileSize) return { kind: 'none', message: `${name} is larger than connectFlow.maxFileSize: no simulation.` };
    const answers = Array.isArray(params.answers) ? params.answers.slice(0, MAX_ANSWERS).filter(isAnswer) : [];
    const file = fsPathOf(params.uri);
    const flowKey = file ? path.basename(file) : name;
    const { result, question } = simulateSteps(entry.model, answers, { flowKey, resolveFlow: file ? flowResolver(file) : undefined });
    const mode = params.layout === 'auto' || params.layout === 'designer' ? params.layout : undefined;
    const key = `${params.uri}\n${mode ?? ''}`;
    let cache = this.layouts.get(key);
    if (!cache) {
      if (this.layouts.size > 20) this.layouts.clear();
      this.layouts.set(key, (cache = {}));
    }
    const problems = Array.isArray(params.problems) ? params.problems.filter((p) => p && Number.isInteger(p.offset) && Number.isInteger(p.severity) && typeof p.message === 'string') : [];
    const picture = tracePicture(entry.model, result.trace, flowKey, { problems, cache, mode });
    if (!picture) return { kind: 'none', message: `${name} is not an Amazon Connect flow.` };
    const blocks: GraphBlock[] = actionSpans(entry.model).map((s) => {
      const select = actionSelection(entry.model, s.index) ?? s;
      return { index: s.index, start: s.start, end: s.end, selectStart: select.start, selectEnd: select.end };
    });
    const where = question ? `waiting at ${question.actionType} "${question.actionId}"` : `ended: ${result.outcome.message}`;
    const status = `Simulation, ${answers.length} answer${answers.length === 1 ? '' : 's'} given, ${where} · ${picture.summary}`;
    return { kind: 'simulation', version: doc.version, svg: picture.svg, status, transitions: picture.graph.edges.length, blocks, ...(question ? { question } : {}) };
  }
}

function isAnswer(a: unknown): a is SimulationAnswer {
  if (typeof a !== 'object' || a === null) return false;
  const x = a as { kind?: unknown; value?: unknown; errorType?: unknown };
  if (typeof x.kind !== 'string' || !ANSWER_KINDS.has(x.kind)) return false;
  if (x.kind === 'dtmf' || x.kind === 'text' || x.kind === 'result') return typeof x.value === 'string';
  if (x.kind === 'error') return typeof x.errorType === 'string';
  return true;
}

function basename(uri: string): string {
  const p = uri.replace(/[?#].*$/, '');
  return decodeURIComponent(p.slice(p.lastIndexOf('/') + 1)) || uri;
}
