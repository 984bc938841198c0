/** The semantic diff of two versions of a flow, and its renderings (text, Markdown with Mermaid, JSON). Pure. */
export { diffFlows, diffModels, type DiffOptions } from './diff';
export type { FlowDiff, Change, ChangeKind, ActionChange, FlowChange, Branch, Target, DiagnosticChange, DesignerChanges, SeverityName } from './types';
export type { DiffGraph, DiffGraphNode, DiffGraphEdge } from './types';
export { renderText } from './render/text';
export { renderMarkdown } from './render/markdown';
export { renderDiffMermaid } from './render/mermaid';
export { renderJson, DIFF_SCHEMA } from './render/json';
export { summaryText, designerText, diagnosticsSummary, phrase, type FileDiff, type Phrase } from './render/describe';
export { flowOutline } from './outline';
