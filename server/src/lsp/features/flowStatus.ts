import type { FlowModel } from '../../engine';

/** The custom request behind the status-bar item: is this document a flow, of which type, and who said so. */
export const FLOW_STATUS_METHOD = 'connectFlow/flowStatus';

export interface FlowStatusParams {
  uri: string;
}

export interface FlowStatus {
  /** Whether the server checks this document as a flow. */
  isFlow: boolean;
  /** The flow type as the settings spell it (`contactFlow`), or undefined when unknown. */
  flowType?: string;
  /**
   * Where the type came from: the file's `Metadata.type`; the editor settings (`connectFlow.flowType` /
   * `connectFlow.flowTypes`); or a `.connectflowrc.json` file (`configFile` names it).
   */
  source?: 'metadata' | 'setting' | 'configFile';
  configFile?: string;
}

/** `CONTACT_FLOW` → `contactFlow`, the spelling of `Metadata.type` and of the settings. */
export function settingSpelling(flowType: string): string {
  return flowType.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The status of a flow document. `fromEditor` is the type the editor settings alone give this file; when the
 * model's type came from options but not from there, a config file gave it.
 */
export function flowStatus(model: FlowModel | undefined, fromEditor: string | undefined, configFile: string | undefined): FlowStatus {
  if (!model) return { isFlow: false };
  if (!model.flowType || !model.flowTypeSource) return { isFlow: true };
  const flowType = settingSpelling(model.flowType);
  if (model.flowTypeSource === 'metadata') return { isFlow: true, flowType, source: 'metadata' };
  if (fromEditor !== undefined || configFile === undefined) return { isFlow: true, flowType, source: 'setting' };
  return { isFlow: true, flowType, source: 'configFile', configFile };
}
