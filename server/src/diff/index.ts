/** The semantic diff of two versions of a flow, and its renderings (text, Markdown with Mermaid, JSON). Pure. */
export { diffFlows, diffModels, type DiffOptions } from './diff';
export type { FlowDiff, Change, ChangeKind, ActionChange, FlowChange, Branch, Target, DiagnosticChange, DesignerChanges, SeverityName } from './types';
