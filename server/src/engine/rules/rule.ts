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
}

export interface RuleContext {
  readonly model: FlowModel;
  report(report: Report): void;
}

export interface Rule {
  /** Stable id: the diagnostic's `code`, and the key for severity settings. */
  id: string;
  defaultSeverity: Severity;
  /** One line for documentation, SARIF and `--help`. */
  description: string;
  /** Only flow documents are checked by default; skeleton rules that run on anything set this. */
  check(context: RuleContext): void;
}
