/**
 * The semantic diff's records: the stable JSON schema of `connect-flow-lint diff --format json` (docs/diff.md).
 * Every action-level record carries the action's Identifier (`id`, on the new side; `oldId` when it was renamed).
 */

/** Which transition of an action: its NextAction, an error branch, or a condition branch. */
export type Branch =
  | { via: 'next' }
  | { via: 'error'; errorType: string }
  /** `text` is the condition written out, e.g. `Equals "1"`. */
  | { via: 'condition'; operator: string; operands: unknown[]; text: string };

/** Where a transition goes: the NextAction as written and the name of the action it names (when it names one). */
export interface Target {
  id: string;
  name: string | undefined;
}

/** Fields every action-level record has. */
export interface ActionFields {
  /** The action's Identifier (the new one when renamed; the old one when removed). */
  id: string;
  /** How a person knows the action: designer name, else type and telling parameter, else the Identifier. */
  name: string;
  /** The action's Type (the new one when it changed). */
  actionType: string | undefined;
}

export type ActionChange = ActionFields &
  (
    | { kind: 'action-added' }
    | { kind: 'action-removed' }
    | { kind: 'action-renamed'; oldId: string }
    | { kind: 'type-changed'; old: string | undefined; new: string | undefined }
    /** `parameter` is the path under Parameters joined with dots (`Attributes.reason`); `path` the same as keys. */
    | { kind: 'parameter-added'; parameter: string; path: string[]; new: unknown }
    | { kind: 'parameter-removed'; parameter: string; path: string[]; old: unknown }
    | { kind: 'parameter-changed'; parameter: string; path: string[]; old: unknown; new: unknown }
    | { kind: 'transition-added'; branch: Branch; new: Target }
    | { kind: 'transition-removed'; branch: Branch; old: Target }
    | { kind: 'transition-changed'; branch: Branch; old: Target; new: Target }
    /** Any other property of the action object (not Identifier, Type, Parameters or Transitions). */
    | { kind: 'property-changed'; property: string; old: unknown; new: unknown }
    | { kind: 'became-unreachable' }
    | { kind: 'became-reachable' }
  );

export type FlowChange =
  | { kind: 'start-changed'; old: Target | undefined; new: Target | undefined }
  /** `Metadata.type` as written (undefined when absent). */
  | { kind: 'flow-type-changed'; old: string | undefined; new: string | undefined }
  /** A top-level property other than StartAction, Actions and Metadata (e.g. Version). */
  | { kind: 'flow-property-changed'; property: string; old: unknown; new: unknown };

export type Change = FlowChange | ActionChange;
export type ChangeKind = Change['kind'];

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

/** A diagnostic that the change introduced (present only on the new side) or fixed (present only on the old side). */
export interface DiagnosticChange {
  code: string;
  severity: SeverityName;
  message: string;
  /** Identifier of the action it is about (new side for introduced, old side for fixed), when it is about one. */
  id: string | undefined;
  /** 1-based line on its side. */
  line: number;
}

/** Changes that do not change behaviour, counted. */
export interface DesignerChanges {
  /** Total of the items below (the formatting flag counts one). */
  count: number;
  /** Actions whose designer metadata (position, labels) changed. */
  actionMetadata: number;
  /** Other Metadata entries changed (entryPointPosition, name, description, status, …; not Metadata.type). */
  flowMetadata: number;
  /** The order of the Actions array changed. */
  reordered: boolean;
  /** The text differs only by whitespace or key order. */
  formatting: boolean;
}

export interface FlowDiff {
  /** True when any record in `changes` is present. Diagnostics and designer changes do not count. */
  behaviourChanged: boolean;
  changes: Change[];
  diagnostics: { introduced: DiagnosticChange[]; fixed: DiagnosticChange[] };
  designer: DesignerChanges;
  summary: { added: number; removed: number; renamed: number; changed: number };
  /** Only when asked for (`graph: true`). */
  graph?: DiffGraph;
}

/** The changed actions and their direct neighbours, for drawing (the Markdown's Mermaid graph, the editor). */
export interface DiffGraph {
  nodes: DiffGraphNode[];
  edges: DiffGraphEdge[];
  /** Actions left out to keep the picture readable (context first, then changed ones); 0 when none. */
  omitted: number;
}

export interface DiffGraphNode {
  /** Unique in the graph: `n:<key>` for actions of the new version, `o:<key>` for removed ones. */
  key: string;
  id: string;
  name: string;
  actionType: string | undefined;
  state: 'added' | 'removed' | 'changed' | 'context';
  /** The new version's StartAction. */
  start: boolean;
}

export interface DiffGraphEdge {
  from: string;
  to: string;
  /** Empty for NextAction; the ErrorType; the condition written out. */
  label: string;
  via: Branch['via'];
  /** `added`: only the new version has it (new or rewired); `removed`: only the old one had it. */
  state: 'same' | 'added' | 'removed';
}
