import { offsetsOf, type FlowModel } from '../../engine';
import type { Hover } from 'vscode-languageserver-types';
import { markdownText } from './markdown';

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
  source?: 'metadata' | 'setting' | 'configFile' | 'deployer';
  configFile?: string;
  /** source `deployer`: which template, Terraform resource or CDK construct declares it, and in which file. */
  origin?: string;
  /** The type sources disagree (no flow type is used): what each says. */
  conflict?: string;
}

/** `CONTACT_FLOW` → `contactFlow`, the spelling of `Metadata.type` and of the settings. */
export function settingSpelling(flowType: string): string {
  return flowType.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The status of a flow document. `fromEditor` is the type the editor settings alone give this file; when the
 * model's type came from options but not from there, a config file gave it.
 */
export function flowStatus(model: FlowModel | undefined, fromEditor: string | undefined, configFile: string | undefined, conflict?: string): FlowStatus {
  if (!model) return { isFlow: false };
  if (conflict) return { isFlow: true, conflict };
  if (!model.flowType || !model.flowTypeSource) return { isFlow: true };
  const flowType = settingSpelling(model.flowType);
  if (model.flowTypeSource === 'metadata') return { isFlow: true, flowType, source: 'metadata' };
  if (model.flowTypeOrigin) return { isFlow: true, flowType, source: 'deployer', origin: model.flowTypeOrigin };
  if (fromEditor !== undefined || configFile === undefined) return { isFlow: true, flowType, source: 'setting' };
  return { isFlow: true, flowType, source: 'configFile', configFile };
}

/** Hover on the flow's opening brace: its type and where the type came from (or why it has none). */
export function flowTopHover(model: FlowModel, offset: number, status: FlowStatus): Hover | null {
  if (!model.rootObject) return null;
  const { start } = offsetsOf(model, [], 'value');
  if (offset !== start && offset !== start + 1) return null;
  const range = { start: model.lines.positionAt(start), end: model.lines.positionAt(start + 1) };
  return { contents: { kind: 'markdown', value: flowTypeMarkdown(status) }, range };
}

function flowTypeMarkdown(status: FlowStatus): string {
  if (status.conflict) return `Amazon Connect flow: flow type unclear (${markdownText(status.conflict)}); checked with no flow type.`;
  if (!status.flowType) return 'Amazon Connect flow: flow type unknown, so no flow-type checks run.';
  const type = `Amazon Connect flow: flow type \`${status.flowType}\``;
  if (status.source === 'metadata') return `${type}, from its \`Metadata.type\`.`;
  if (status.source === 'deployer') return `${type}, deployed by ${markdownText(status.origin ?? 'a template')}.`;
  if (status.source === 'configFile') return `${type}, from ${markdownText(status.configFile ?? '.connectflowrc.json')}.`;
  return `${type}, from the \`connectFlow.flowType(s)\` setting.`;
}
