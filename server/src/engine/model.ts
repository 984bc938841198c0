import { parseText, type ParsedText } from './parse';
import { LineIndex } from './text/lineIndex';
import type { JsonPath } from './text/spanIndex';
import { normalizeFlowType, type FlowType } from './flowType';

export const FLOW_VERSION = '2019-10-30';

export type JsonObject = Record<string, unknown>;

export interface ActionEntry {
  /** Position in the `Actions` array. */
  index: number;
  path: JsonPath;
  /** The action's value; rules must not assume it is an object (check `object`). */
  value: unknown;
  object: JsonObject | undefined;
  id: string | undefined;
  type: string | undefined;
}

export type DocumentKind =
  /** An object with the flow language's shape. */
  | 'flow'
  /** The pre-2019 designer export (`modules`, `start`). */
  | 'legacy'
  /** Anything else: not ours. */
  | 'other';

export interface FlowModel extends ParsedText {
  lines: LineIndex;
  kind: DocumentKind;
  rootObject: JsonObject | undefined;
  actions: ActionEntry[];
  /** First action with each Identifier. */
  byId: Map<string, ActionEntry>;
  flowType: FlowType | undefined;
  flowTypeSource: 'metadata' | 'option' | undefined;
  /** `Metadata.type` as written, for messages. */
  flowTypeLabel: string | undefined;
  /** Where an option-given flow type comes from (a template's declaration), for messages. */
  flowTypeOrigin?: string;
}

export interface ModelOptions {
  /** Flow type to assume when the file's Metadata does not name one. */
  flowType?: string;
  /** Where `flowType` comes from (e.g. the template that deploys the flow), for messages. */
  flowTypeOrigin?: string;
  /** Leave the file's own Metadata.type aside (the workspace found a deployer that disagrees with it). */
  ignoreMetadataType?: boolean;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Content detection shared by the server, the CLI and the tests. */
export function classify(root: unknown): DocumentKind {
  if (!isObject(root)) return 'other';
  if (root.Version === FLOW_VERSION && (Array.isArray(root.Actions) || 'StartAction' in root)) return 'flow';
  if ('Actions' in root && 'StartAction' in root) return 'flow';
  if (Array.isArray(root.modules) && 'start' in root) return 'legacy';
  return 'other';
}

export function buildModel(text: string, options: ModelOptions = {}): FlowModel {
  const parsed = parseText(text);
  const rootObject = isObject(parsed.root) ? parsed.root : undefined;
  const actions: ActionEntry[] = [];
  const byId = new Map<string, ActionEntry>();
  const list = rootObject?.Actions;
  if (Array.isArray(list)) {
    for (let index = 0; index < list.length; index++) {
      const value = list[index];
      const object = isObject(value) ? value : undefined;
      const id = typeof object?.Identifier === 'string' ? object.Identifier : undefined;
      const type = typeof object?.Type === 'string' ? object.Type : undefined;
      const entry: ActionEntry = { index, path: ['Actions', index], value, object, id, type };
      actions.push(entry);
      if (id !== undefined && !byId.has(id)) byId.set(id, entry);
    }
  }
  const metadata = rootObject?.Metadata;
  const metaType = isObject(metadata) ? metadata.type : undefined;
  let flowType = options.ignoreMetadataType ? undefined : normalizeFlowType(metaType);
  let flowTypeSource: FlowModel['flowTypeSource'] = flowType ? 'metadata' : undefined;
  if (!flowType && options.flowType) {
    flowType = normalizeFlowType(options.flowType);
    if (flowType) flowTypeSource = 'option';
  }
  return {
    ...parsed,
    lines: new LineIndex(text),
    kind: classify(parsed.root),
    rootObject,
    actions,
    byId,
    flowType,
    flowTypeSource,
    flowTypeLabel: flowTypeSource === 'metadata' ? String(metaType) : options.flowType,
    ...(flowTypeSource === 'option' && options.flowTypeOrigin ? { flowTypeOrigin: options.flowTypeOrigin } : {}),
  };
}
