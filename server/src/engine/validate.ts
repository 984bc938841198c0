import { SOURCE, Severity, parseSeverity, type Diagnostic, type Range, type SeveritySetting } from './diagnostic';
import { buildModel, type FlowModel, type ModelOptions } from './model';
import { LEGACY_RULES, RULES, type Report, type Target } from './rules';
import { syntaxError } from './rules/syntaxError';
import type { JsonPath } from './text/spanIndex';

export const SYNTAX_RULE_ID = syntaxError.id;

export interface ValidateOptions extends ModelOptions {
  /** Severity overrides by rule id: "off", "error", "warn", "info", "hint". */
  rules?: Record<string, SeveritySetting | undefined>;
  /** URI used in relatedInformation locations. */
  uri?: string;
}

/** Checks a flow document. Never throws; returns LSP-shaped diagnostics with zero-based UTF-16 positions. */
export function validate(text: string, options: ValidateOptions = {}): Diagnostic[] {
  if (typeof text !== 'string') return [];
  return validateModel(buildModel(text, options), options);
}

export function validateModel(model: FlowModel, options: ValidateOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const id of ruleIdsFor(model)) out.push(...checkRule(model, id, options));
  return out;
}

/** The ids validateModel checks for this model, in reporting order: syntax errors first, then its rule set. */
export function ruleIdsFor(model: FlowModel): string[] {
  return [SYNTAX_RULE_ID, ...(model.kind === 'legacy' ? LEGACY_RULES : RULES).map((r) => r.id)];
}

const RULE_BY_ID = new Map([...RULES, ...LEGACY_RULES].map((r) => [r.id, r]));

/**
 * One rule's diagnostics (or the syntax errors) at the user's severity; validateModel is these for ruleIdsFor(model),
 * in order. The server checks a big document rule by rule with it.
 */
export function checkRule(model: FlowModel, id: string, options: ValidateOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (id === SYNTAX_RULE_ID) {
    const syntaxSeverity = severityFor(SYNTAX_RULE_ID, syntaxError.defaultSeverity, options);
    if (syntaxSeverity === 'off') return out;
    for (const e of model.syntaxErrors) {
      out.push({
        range: { start: model.lines.positionAt(e.offset), end: model.lines.positionAt(e.offset + e.length) },
        severity: syntaxSeverity,
        code: SYNTAX_RULE_ID,
        source: SOURCE,
        message: e.message,
      });
    }
    return out;
  }
  const rule = RULE_BY_ID.get(id);
  if (!rule) return out;
  const severity = severityFor(rule.id, rule.defaultSeverity, options);
  if (severity === 'off') return out;
  // A documentation-only fact (source 'docs') is a warning at most, unless the user set this rule's severity.
  const lowered = severity === Severity.Error && parseSeverity(options.rules?.[rule.id]) === undefined ? Severity.Warning : severity;
  const unfinished = isSavedDraft(model) && DRAFT_RULES.has(rule.id);
  const uri = options.uri ?? '';
  const report = (r: Report) => {
    const severityHere = r.source === 'docs' || r.lower || unfinished ? lowered : severity;
    const message = unfinished && severityHere !== severity ? `${r.message} ${DRAFT_NOTE}` : r.message;
    const diagnostic: Diagnostic = { range: rangeOf(model, r.path, r.target), severity: severityHere, code: rule.id, source: SOURCE, message };
    if (r.data) diagnostic.data = { ...r.data, path: r.path };
    else diagnostic.data = { path: r.path };
    if (r.related)
      diagnostic.relatedInformation = r.related.map((rel) => ({ location: { uri, range: rangeOf(model, rel.path, rel.target) }, message: rel.message }));
    out.push(diagnostic);
  };
  try {
    rule.check({ model, report });
  } catch {
    // A rule bug must never take the other diagnostics (or the server) down with it.
  }
  return out;
}

const checkedCache = new WeakMap<FlowModel, { key: string; diagnostics: Diagnostic[] }>();

/** What the diagnostics of a model depend on besides the model (its flow type is part of the model already). */
const optionsKey = (options: ValidateOptions) => JSON.stringify([options.rules ?? null, options.uri ?? '']);

/** `validateModel`, computed once per model and options (the server, code actions and fix checks share it). */
export function diagnosticsOf(model: FlowModel, options: ValidateOptions = {}): Diagnostic[] {
  const key = optionsKey(options);
  const cached = checkedCache.get(model);
  if (cached && cached.key === key) return cached.diagnostics;
  const diagnostics = validateModel(model, options);
  checkedCache.set(model, { key, diagnostics });
  return diagnostics;
}

/** Records diagnostics computed elsewhere (in slices, by the server) as `diagnosticsOf(model, options)`. */
export function rememberDiagnostics(model: FlowModel, options: ValidateOptions, diagnostics: Diagnostic[]): void {
  checkedCache.set(model, { key: optionsKey(options), diagnostics });
}

/**
 * A console export of a flow that was saved but never published (`Metadata.status` "SAVED") may hold blocks the author
 * has not finished: a missing or empty value there is what the console itself lets one save. Reported as warnings.
 */
const DRAFT_RULES = new Set(['param-required', 'param-one-of-required', 'param-required-when', 'param-empty']);
const DRAFT_NOTE = 'This flow is a saved draft (Metadata.status "SAVED"): complete it before publishing.';

function isSavedDraft(model: FlowModel): boolean {
  const metadata = model.rootObject?.Metadata;
  return typeof metadata === 'object' && metadata !== null && !Array.isArray(metadata) && (metadata as Record<string, unknown>).status === 'SAVED';
}

function severityFor(id: string, fallback: Severity, options: ValidateOptions): Severity | 'off' {
  const setting = options.rules?.[id];
  return (setting !== undefined && parseSeverity(setting)) || fallback;
}

/** Text offsets of the part of a property that a report points at. */
export function offsetsOf(model: FlowModel, path: JsonPath, target: Target): { start: number; end: number } {
  let p = path;
  let t = target;
  let span = model.spans.get(p);
  while (!span && p.length > 0) {
    p = p.slice(0, -1);
    span = model.spans.get(p);
    t = 'key';
  }
  if (!span) return { start: 0, end: Math.min(1, model.text.length) };
  if (t === 'key' && span.keyStart !== undefined) return { start: span.keyStart, end: span.keyEnd! };
  if (t === 'open' || (t === 'key' && p.length === 0)) return { start: span.valueStart, end: Math.min(span.valueEnd, span.valueStart + 1) };
  return { start: span.valueStart, end: span.valueEnd };
}

export function rangeOf(model: FlowModel, path: JsonPath, target: Target): Range {
  const { start, end } = offsetsOf(model, path, target);
  return { start: model.lines.positionAt(start), end: model.lines.positionAt(end) };
}

/** At most this many diagnostics of one rule are shown per file; the rest are summed up in one more. */
export const MAX_PER_RULE = 200;

/**
 * What is shown of a file's diagnostics: the first `max` of each rule, and for a rule with more, one summary
 * diagnostic (same rule and severity, where the first one left out is) that says how many more there are. A file with
 * thousands of the same problem then costs the editor and the terminal a few hundred entries. Fixes and fix checks
 * keep working on the full list (the summary has no fix).
 */
export function capPerRule(diagnostics: Diagnostic[], max = MAX_PER_RULE): Diagnostic[] {
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  if ([...counts.values()].every((n) => n <= max)) return diagnostics;
  const shown = new Map<string, number>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const n = (shown.get(d.code) ?? 0) + 1;
    shown.set(d.code, n);
    if (n <= max) out.push(d);
    else if (n === max + 1) {
      const more = counts.get(d.code)! - max;
      out.push({
        range: d.range,
        severity: d.severity,
        code: d.code,
        source: d.source,
        message: `${more} more \`${d.code}\` problem${more === 1 ? '' : 's'} in this file ${more === 1 ? 'is' : 'are'} not listed: only the first ${max} of each rule are shown. Fix these first, or look at the rule's setting.`,
        data: { summary: true, omitted: more },
      });
    }
  }
  return out;
}
