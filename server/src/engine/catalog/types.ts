import type { FlowType } from '../flowType';

/**
 * How a parameter value may be written:
 * - `static`: a literal only; a JSONPath reference is rejected.
 * - `staticOrReference`: a literal, or exactly one JSONPath reference that is the whole value.
 * - `dynamic`: anything, including text with references embedded in it.
 * - `referenceOnly`: must be exactly one JSONPath reference.
 */
export type ParamForm = 'static' | 'staticOrReference' | 'dynamic' | 'referenceOnly';

/** What the (string) value holds. Numbers and booleans are written as JSON strings in real exports. */
export type ParamKind = 'string' | 'integer' | 'boolean' | 'object' | 'array' | 'any';

/**
 * Where a catalogue fact comes from: the flow-language documentation only (`docs`: no real exported or deployed
 * flow uses it), real exported flows only (`exports`: console exports write it, the reference does not describe it),
 * or both. A `docs` fact is reported as a warning at most (docs/rules.md, "Severity policy").
 */
export type FactSource = 'docs' | 'exports' | 'both';

export interface ParamSpec {
  name: string;
  /** Where this parameter's facts (required, form, kind, range, values, exclusions) come from; default: the action's. */
  source?: FactSource;
  required?: boolean;
  form?: ParamForm;
  kind?: ParamKind;
  /** Inclusive bounds for integers. */
  min?: number;
  max?: number;
  /** Values from `softMin` up to `min` are reported as a warning rather than an error (seen in real deployed flows). */
  softMin?: number;
  softMinReason?: string;
  /** Allowed literal values (case-sensitive), when the set is closed. */
  values?: readonly string[];
  /** Typical values for completions when the set is open (not enforced). */
  examples?: readonly string[];
  /** Required only when another parameter has one of these values (compared without regard to case). */
  requiredWhen?: { param: string; equals: readonly string[] };
  /** Parameters that may not be given together with this one. */
  exclusiveWith?: readonly string[];
  /** This parameter has no effect when the named parameter is set. */
  ignoredWhen?: string;
  /** The value to insert when adding the parameter (completions, quick fixes). */
  default?: string;
  /** One line: what the parameter does. */
  summary: string;
  /** Longer hover text: allowed range and form, in our own words. */
  doc?: string;
}

export interface ConditionSpec {
  /** Operators the action accepts; absent = any of the eight. */
  operators?: readonly string[];
  /** Results the action is known to produce (completions, hovers); also the closed set when `closedOutcomes`. */
  outcomes?: readonly string[];
  /** Outcomes (Equals operands) that every instance must handle. */
  requiredOutcomes?: readonly string[];
  /** When true, only the listed outcomes (`outcomes`, else `requiredOutcomes`) are valid operands. */
  closedOutcomes?: boolean;
  /** The action produces no result to branch on when this parameter has one of these values (case-insensitive). */
  noneWhen?: { param: string; equals: readonly string[] };
  /** A parameter holding a list whose every entry must also be handled as an outcome (Wait's `Events`). */
  outcomesFromParam?: string;
}

export interface FlowTypeRestriction {
  /** Where the restriction comes from; default: the action's source. */
  source?: FactSource;
  /** When set, only these flow types allow the action. */
  allowed?: readonly FlowType[];
  /** Words for messages: "inbound, transfer and customer queue flows". */
  description: string;
}

export interface ActionSpec {
  type: string;
  /**
   * Where the entry's facts come from (its error types, condition operators and outcomes, flow types, one-of groups,
   * and its parameters unless a parameter says otherwise).
   */
  source: FactSource;
  /** Other spellings the service accepts for the same action (the docs page name, the API operation name). */
  aliases?: readonly string[];
  category: 'contact' | 'flowControl' | 'interaction' | 'participant' | 'other';
  /** One line: what the action does. */
  summary: string;
  /** The console block that writes it, if any. */
  block?: string;
  /** Longer hover text: behaviour, channels, where results land; in our own words. */
  doc?: string;
  params: readonly ParamSpec[];
  /** Groups of parameters of which at least one must be given (e.g. the prompt of MessageParticipant). */
  requiresOneOf?: readonly (readonly string[])[];
  /** True when exports carry parameters this catalogue does not list (no unknown-parameter warnings then). */
  openParams?: boolean;
  errors: readonly string[];
  /** Error list is not known at all: no unexpected-error warnings. */
  openErrors?: boolean;
  /** Error list is well established: an ErrorType outside it is an error, not a warning. */
  errorsVerified?: boolean;
  /** A NoMatchingError branch is expected: its absence is reported. */
  expectsNoMatchingError?: boolean;
  /** Absent = the action takes no conditions. */
  conditions?: ConditionSpec;
  flowTypes?: FlowTypeRestriction;
  /** The flow ends here: no NextAction. */
  terminal?: boolean;
  /** Having no transition at all is normal: the action keeps the contact until something outside the flow ends it. */
  mayHaveNoExit?: boolean;
  /** The action waits for the customer or plays audio, so a cycle through it does not spin. */
  waits?: boolean;
  /**
   * Success hands the contact on (to a queue or another flow) and this flow ends: only a failure continues here, and
   * `missing-error-branch` covers that, so `action-no-exit` does not report it.
   */
  endsOnSuccess?: boolean;
  /** Known but deprecated: what replaces it, for the `action-deprecated` message. */
  deprecated?: string;
}
