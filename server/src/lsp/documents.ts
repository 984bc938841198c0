import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { buildModel, classify, mightBeFlow, type FlowModel } from '../engine';
import { flowTypeFor, isExcluded, type ServerSettings } from '../project';

/** Language id the extension contributes for flow files. */
export const FLOW_LANGUAGE_ID = 'connect-flow';

export function fsPathOf(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? parsed.fsPath : parsed.path;
  } catch {
    return undefined;
  }
}

interface Entry {
  version: number;
  flowType: string | undefined;
  model: FlowModel;
}

/** One model per document version: every feature reads it; nothing reparses. */
export class ModelCache {
  private readonly entries = new Map<string, Entry>();

  get(doc: TextDocument, settings: ServerSettings): FlowModel {
    const flowType = flowTypeFor(fsPathOf(doc.uri), settings);
    const cached = this.entries.get(doc.uri);
    if (cached && cached.version === doc.version && cached.flowType === flowType) return cached.model;
    const model = buildModel(doc.getText(), { flowType });
    this.entries.set(doc.uri, { version: doc.version, flowType, model });
    return model;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * Whether the server handles this document: flow-language documents always; JSON documents when their content
 * is a flow (or an old-format export); never a document under an excluded glob.
 */
export function isHandled(doc: TextDocument, settings: ServerSettings, models: ModelCache): boolean {
  if (!settings.enable) return false;
  const path = fsPathOf(doc.uri);
  if (path && isExcluded(path, settings)) return false;
  if (doc.languageId === FLOW_LANGUAGE_ID) return true;
  if (doc.languageId !== 'json' && doc.languageId !== 'jsonc') return false;
  if (!mightBeFlow(doc.getText())) return false;
  return classify(models.get(doc, settings).root) !== 'other';
}
