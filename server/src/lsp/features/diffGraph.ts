import { buildModel } from '../../engine';
import { diffModels } from '../../diff';
import { diffPicture } from './diffPicture';
import { actionSelection, actionSpans, type LayoutCache } from '../../graph';
import type { DiffGraphParams, DiffGraphResult, GraphBlock } from '../../protocol';
import type { FeatureContext } from './context';

/** Longest old text compared (the same limit as the document's own, but never more than this). */
const MAX_OLD_TEXT = 20_000_000;

/**
 * `connectFlow/diffGraph`: the open document compared with an older text of it (which the extension read from git):
 * the semantic diff engine's records drawn on the current flow's graph, and the list of changes with what to select.
 */
export class DiffGraphFeature {
  private readonly layouts = new Map<string, LayoutCache>();

  constructor(private readonly context: FeatureContext) {}

  diffGraph(params: DiffGraphParams): DiffGraphResult {
    if (typeof params?.uri !== 'string') return { kind: 'none', message: 'No document given.' };
    if (params.oldText !== null && typeof params.oldText !== 'string') return { kind: 'none', message: 'No older version given.' };
    const name = basename(params.uri);
    const doc = this.context.documents.get(params.uri);
    if (!doc) return { kind: 'none', message: `${name} is not open in the language server.` };
    const entry = this.context.getModel(params.uri);
    if (!entry || entry.model.kind !== 'flow') return { kind: 'none', message: `${name} is not checked as an Amazon Connect flow, so it cannot be compared.` };
    const limit = Math.min(entry.settings.maxFileSize, MAX_OLD_TEXT);
    if (doc.getText().length > limit || (params.oldText?.length ?? 0) > limit) return { kind: 'none', message: `${name} is larger than connectFlow.maxFileSize: no comparison.` };
    for (const uri of this.layouts.keys()) if (!this.context.documents.get(uri)) this.layouts.delete(uri);
    let cache = this.layouts.get(params.uri);
    if (!cache) this.layouts.set(params.uri, (cache = {}));

    const model = entry.model;
    const flowType = model.flowTypeSource === 'option' ? model.flowTypeLabel : undefined;
    const oldModel = params.oldText === null ? undefined : buildModel(params.oldText, { flowType });
    const diff = diffModels(oldModel, model, { flowType, rules: entry.settings.rules });
    const problems = Array.isArray(params.problems) ? params.problems.filter((p) => p && Number.isInteger(p.offset) && Number.isInteger(p.severity) && typeof p.message === 'string') : [];
    const oldLabel = typeof params.oldLabel === 'string' && params.oldLabel ? params.oldLabel : 'the older version';
    const picture = diffPicture(oldModel, model, diff, { problems, cache, oldLabel });
    if (!picture) return { kind: 'none', message: `${name} is not an Amazon Connect flow.` };
    const blocks: GraphBlock[] = actionSpans(model).map((s) => {
      const select = actionSelection(model, s.index) ?? s;
      return { index: s.index, start: s.start, end: s.end, selectStart: select.start, selectEnd: select.end };
    });
    return { kind: 'diff', version: doc.version, svg: picture.svg, status: picture.status, summary: picture.summary, behaviourChanged: diff.behaviourChanged, items: picture.items, blocks };
  }
}

function basename(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || uri;
}
