import { actionSelection, actionSpans, snapshotOfModel, type LayoutCache } from '../../graph';
import type { GraphBlock, GraphParams, GraphResult } from '../../protocol';
import type { FeatureContext } from './context';

/**
 * `connectFlow/graph`: the flow's picture from the server's cached model, so the preview sees what the checks see
 * (the same parse, settings and exclusions). One layout memo per open document keeps positions stable across edits.
 */
export class GraphFeature {
  private readonly layouts = new Map<string, LayoutCache>();

  constructor(private readonly context: FeatureContext) {}

  graph(params: GraphParams): GraphResult {
    if (typeof params?.uri !== 'string') return { kind: 'none', message: 'No document given.' };
    const name = basename(params.uri);
    const doc = this.context.documents.get(params.uri);
    if (!doc) return { kind: 'none', message: `${name} is not open in the language server (only JSON files on disk and flow files are).` };
    const entry = this.context.getModel(params.uri);
    if (!entry) return { kind: 'none', message: `${name} is not checked as an Amazon Connect flow (it needs "Actions" and "StartAction", and must not be excluded by the settings).` };
    if (doc.getText().length > entry.settings.maxFileSize) return { kind: 'none', message: `${name} is larger than connectFlow.maxFileSize: no picture.` };
    this.forgetClosed();
    const mode = params.layout === 'auto' || params.layout === 'designer' ? params.layout : undefined;
    // One memo per document and layout: switching back and forth keeps each picture stable.
    const key = `${params.uri}\n${mode ?? ''}`;
    let cache = this.layouts.get(key);
    if (!cache) this.layouts.set(key, (cache = {}));
    const problems = Array.isArray(params.problems) ? params.problems.filter((p) => p && Number.isInteger(p.offset) && Number.isInteger(p.severity) && typeof p.message === 'string') : [];
    const snapshot = snapshotOfModel(entry.model, problems, cache, mode);
    if (!snapshot) return { kind: 'none', message: `${name} is not an Amazon Connect flow (it needs "Actions" and "StartAction").` };
    const blocks: GraphBlock[] = actionSpans(entry.model).map((s) => {
      const select = actionSelection(entry.model, s.index) ?? s;
      return { index: s.index, start: s.start, end: s.end, selectStart: select.start, selectEnd: select.end };
    });
    return { kind: 'graph', version: doc.version, svg: snapshot.svg, status: snapshot.status, transitions: snapshot.graph.edges.length, blocks };
  }

  isFlow(uri: string): boolean {
    return this.context.getModel(uri) !== undefined;
  }

  private forgetClosed(): void {
    for (const key of this.layouts.keys()) if (!this.context.documents.get(key.slice(0, key.indexOf('\n')))) this.layouts.delete(key);
  }
}

function basename(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || uri;
}
