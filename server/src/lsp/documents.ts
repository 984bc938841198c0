import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { classify, mightBeFlow, type FlowModel, type ModelOptions } from '../engine';
import { buildTypedModel, flowTypeFor, isExcluded, type ServerSettings, type TypeClaim } from '../project';
import { claimsKey } from './workspaceTypes';

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

export interface ModelEntry {
  version: number;
  /** The settings' flow type and what the workspace's deployers claim: a change rebuilds the model. */
  key: string;
  model: FlowModel;
  /** What the model was built with (its fixes are built with the same). */
  options: ModelOptions;
  /** Set when the type sources disagree (one `flow-type-conflict` warning; no flow type). */
  conflict: string | undefined;
}

/** One model per document version: every feature reads it; nothing reparses. */
export class ModelCache {
  private readonly entries = new Map<string, ModelEntry>();

  constructor(
    /** What the workspace index says about a document's type (deployers of the file). */
    private readonly claimsOf: (uri: string) => readonly TypeClaim[] = () => [],
  ) {}

  get(doc: TextDocument, settings: ServerSettings): FlowModel {
    return this.entry(doc, settings).model;
  }

  entry(doc: TextDocument, settings: ServerSettings): ModelEntry {
    const flowType = flowTypeFor(fsPathOf(doc.uri), settings);
    const claims = this.claimsOf(doc.uri);
    const key = keyOf(flowType, claims);
    const cached = this.entries.get(doc.uri);
    if (cached && cached.version === doc.version && cached.key === key) return cached;
    const typed = buildTypedModel(doc.getText(), { flowType }, claims);
    const entry: ModelEntry = { version: doc.version, key, model: typed.model, options: typed.options, conflict: typed.decision?.conflict };
    this.entries.set(doc.uri, entry);
    return entry;
  }

  /** Whether the document's cached model was built with another type than it would get now (a deployer changed). */
  isStale(doc: TextDocument, settings: ServerSettings): boolean {
    const cached = this.entries.get(doc.uri);
    if (!cached) return false;
    return cached.key !== keyOf(flowTypeFor(fsPathOf(doc.uri), settings), this.claimsOf(doc.uri));
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}

const keyOf = (flowType: string | undefined, claims: readonly TypeClaim[]) => `${flowType ?? ''}\u0000${claimsKey(claims)}`;

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
