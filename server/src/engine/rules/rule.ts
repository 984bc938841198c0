import type { Severity } from '../diagnostic';
import type { FlowModel } from '../model';
import type { JsonPath } from '../text/spanIndex';

/** Which part of a property the squiggle covers: its key, its value, or the value's first character (an opening brace). */
export type Target = 'key' | 'value' | 'open';

export interface Location {
  path: JsonPath;
  target: Target;
}

export interface Report extends Location {
  message: string;
  /** Facts for the rule's quick fix; travels in Diagnostic.data. */
  data?: Record<string, unknown>;
  related?: Array<Location & { message: string }>;
  /**
   * Where the catalogue fact behind the report comes from. A fact only the documentation states (`docs`) is reported
   * as a warning where the rule's default is an error (unless the user set the rule's severity).
   */
  source?: 'docs' | 'exports' | 'both';
  /** Report as a warning where the rule's default is an error (a case the service may still accept), unless the user set the rule's severity. */
  lower?: boolean;
}

export interface RuleContext {
  readonly model: FlowModel;
  report(report: Report): void;
}

/** A text replacement in UTF-16 offsets (jsonc-parser's Edit shape). */
export interface TextEdit {
  offset: number;
  length: number;
  content: string;
}

export interface Fix {
  /** Imperative title shown in the light-bulb menu: "Remove `AgentId`". */
  title: string;
  edits: TextEdit[];
  /** The fix VS Code applies with "auto fix" / the one shown first. */
  preferred?: boolean;
  /** Safe to apply without review (`--fix` in the CLI, "fix all" in the editor). */
  safe?: boolean;
}

export interface FixContext {
  model: FlowModel;
  /** The diagnostic's data: what the rule reported, always with the report's `path`. */
  data: Record<string, unknown> & { path: JsonPath };
}

export interface Rule {
  /** Stable id: the diagnostic's `code`, and the key for severity settings. */
  id: string;
  defaultSeverity: Severity;
  /** One line for documentation, SARIF and `--help`. */
  description: string;
  check(context: RuleContext): void;
  /** Quick fixes for one of this rule's diagnostics; computed on request, never during checking. */
  fix?(context: FixContext): Fix[];
}
