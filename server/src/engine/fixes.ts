import { applyTextEdits } from './edits';
import { buildModel, type FlowModel } from './model';
import { RULES_BY_ID } from './rules';
import type { Fix, TextEdit } from './rules/rule';
import type { JsonPath } from './text/spanIndex';
import { diagnosticsOf, validateModel, type ValidateOptions } from './validate';
import type { Diagnostic } from './diagnostic';
import { addedErrors, fixHolds, type Checked } from './fixCheck';

export type { Fix, TextEdit } from './rules/rule';

/** What a fix needs from a diagnostic: its rule id and the facts the rule reported (always with `path`). */
export interface FixableDiagnostic {
  code?: string | number;
  data?: unknown;
}

function isPath(value: unknown): value is JsonPath {
  return Array.isArray(value) && value.every((s) => typeof s === 'string' || typeof s === 'number');
}

/**
 * The fixes a rule proposes for one of its diagnostics, unchecked: cheap, for counting and for fix-all (which checks
 * its own result). Never throws.
 */
export function candidateFixes(model: FlowModel, diagnostic: FixableDiagnostic): Fix[] {
  const rule = typeof diagnostic.code === 'string' ? RULES_BY_ID.get(diagnostic.code) : undefined;
  if (!rule) return [];
  const data = diagnostic.data as Record<string, unknown> | undefined;
  if (!data || typeof data !== 'object' || !isPath(data.path)) return [];
  try {
    const context = { model, data: data as Record<string, unknown> & { path: JsonPath } };
    const fixes = rule.fix ? rule.fix(context) : [];
    return fixes.filter((f) => f.edits.length > 0);
  } catch {
    return [];
  }
}

const verifiedCache = new WeakMap<FlowModel, Map<string, Fix[]>>();

/**
 * The quick fixes to offer for one diagnostic: the rule's candidates that hold when tried (see fixCheck.ts). Each
 * candidate costs one check of the edited text; results are kept per model. `options` must be the ones the
 * diagnostics were made with. Never throws.
 */
export function fixesFor(model: FlowModel, diagnostic: FixableDiagnostic, options: ValidateOptions = {}): Fix[] {
  const candidates = candidateFixes(model, diagnostic);
  if (candidates.length === 0) return candidates;
  const key = `${String(diagnostic.code)}\u0000${JSON.stringify(diagnostic.data)}`;
  let cache = verifiedCache.get(model);
  const cached = cache?.get(key);
  if (cached) return cached;
  const before: Checked = { model, diagnostics: diagnosticsOf(model, options) };
  const target = findReported(before.diagnostics, diagnostic);
  const offered = target ? candidates.filter((fix) => tryFix(before, target, fix.edits, options)) : [];
  if (!cache) verifiedCache.set(model, (cache = new Map()));
  cache.set(key, offered);
  return offered;
}

/** The model's own diagnostic that `diagnostic` stands for: same rule and data, else same rule and path. */
function findReported(diagnostics: readonly Diagnostic[], diagnostic: FixableDiagnostic): Diagnostic | undefined {
  const data = JSON.stringify(diagnostic.data);
  const exact = diagnostics.find((d) => d.code === diagnostic.code && JSON.stringify(d.data) === data);
  if (exact) return exact;
  const path = JSON.stringify((diagnostic.data as { path?: unknown }).path);
  return diagnostics.find((d) => d.code === diagnostic.code && JSON.stringify((d.data as { path?: unknown } | undefined)?.path) === path);
}

/** Applies `edits` and checks the result; false when it breaks anything (or throws). */
function tryFix(before: Checked, target: Diagnostic | undefined, edits: readonly TextEdit[], options: ValidateOptions): boolean {
  try {
    const after = checkText(applyTextEdits(before.model.text, edits), options);
    if (after.model.syntaxErrors.length > before.model.syntaxErrors.length) return false;
    return fixHolds(target, before, after, edits);
  } catch {
    return false;
  }
}

function checkText(text: string, options: ValidateOptions): Checked {
  const model = buildModel(text, options);
  return { model, diagnostics: validateModel(model, options) };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at one offset also count: their order would be arbitrary.
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length ? true : a.offset === b.offset;
}

export interface Chosen {
  code: string;
  title: string;
  edits: TextEdit[];
  /** The diagnostic it fixes. */
  diagnostic: FixableDiagnostic;
}

/**
 * Picks one fix per diagnostic (the one `pick` returns), keeping only fixes whose edits overlap no fix picked
 * before; the rest wait for another pass on the edited text.
 */
export function chooseFixes(model: FlowModel, diagnostics: readonly FixableDiagnostic[], pick: (fixes: Fix[]) => Fix | undefined, skip?: (code: string, title: string, d: FixableDiagnostic) => boolean): Chosen[] {
  const chosen: Chosen[] = [];
  const taken: TextEdit[] = [];
  for (const diagnostic of diagnostics) {
    const fix = pick(candidateFixes(model, diagnostic));
    if (!fix) continue;
    const code = String(diagnostic.code);
    if (skip?.(code, fix.title, diagnostic)) continue;
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...fix.edits);
    chosen.push({ code, title: fix.title, edits: fix.edits, diagnostic });
  }
  return chosen;
}

export interface ApplyFixesOptions extends ValidateOptions {
  /** Only fix diagnostics of these rules (all rules when absent). */
  codes?: readonly string[];
  /** Which fixes to apply: the safe ones (default) or the preferred/first fix of each diagnostic. */
  which?: 'safe' | 'preferred';
  /** Upper bound on validate-and-fix rounds. */
  maxPasses?: number;
  /**
   * The text's model, already checked with these options (the server's open document, the CLI's file): fix-all
   * starts from it instead of parsing and checking the text once more. Its diagnostics come from diagnosticsOf.
   */
  model?: FlowModel;
}

export interface ApplyFixesResult {
  text: string;
  applied: Array<{ code: string; title: string }>;
}

/**
 * Repeatedly checks the text and applies the non-overlapping fixes of its diagnostics until nothing more can be
 * fixed. Each round's result is checked like a single quick fix: when the fixes together add an error, only those
 * that hold on their own and together are kept, and a fix that was turned down is not tried again. Text with JSON
 * syntax errors is never touched. Never throws.
 */
export function applyFixes(text: string, options: ApplyFixesOptions = {}): ApplyFixesResult {
  const applied: ApplyFixesResult['applied'] = [];
  const pick = options.which === 'preferred' ? preferredFix : safeFix;
  const maxPasses = options.maxPasses ?? 10;
  const refused = new Set<string>();
  const refusalKey = (code: string, title: string, d: FixableDiagnostic) => `${code}\u0000${title}\u0000${(d as { message?: string }).message ?? ''}`;
  const wanted = (ds: Diagnostic[]) => (options.codes ? ds.filter((d) => options.codes!.includes(d.code)) : ds);
  let current: Checked;
  try {
    current = options.model?.text === text ? { model: options.model, diagnostics: diagnosticsOf(options.model, options) } : checkText(text, options);
    for (let pass = 0; pass < maxPasses && current.model.syntaxErrors.length === 0; pass++) {
      const chosen = chooseFixes(current.model, wanted(current.diagnostics as Diagnostic[]), pick, (code, title, d) => refused.has(refusalKey(code, title, d)));
      if (chosen.length === 0) break;
      const next = applyHolding(current, chosen, options);
      const changed = next.after !== undefined && next.after.model.text !== current.model.text;
      for (const c of chosen) if (!changed || !next.kept.includes(c)) refused.add(refusalKey(c.code, c.title, c.diagnostic));
      if (!changed) continue;
      current = next.after!;
      applied.push(...next.kept.map(({ code, title }) => ({ code, title })));
    }
  } catch {
    // A fix bug must not lose the user's text: keep what was reached.
    return { text: applied.length > 0 ? current!.model.text : text, applied };
  }
  return { text: current.model.text, applied };
}

/**
 * Applies the chosen fixes together if that adds no error. Otherwise splits them in halves and keeps what holds of
 * each (a single fix must also remove its own problem), then both halves together if that still holds, else the
 * larger half: a few bad fixes among thousands cost a few dozen checks, not one per fix.
 */
function applyHolding(before: Checked, chosen: Chosen[], options: ValidateOptions): { kept: Chosen[]; after?: Checked } {
  const attempt = (fixes: Chosen[]): Checked | undefined => {
    const edits = fixes.flatMap((c) => c.edits);
    const after = checkText(applyTextEdits(before.model.text, edits), options);
    if (after.model.syntaxErrors.length > 0) return undefined;
    if (fixes.length === 1) {
      const target = before.diagnostics.find((d) => d === fixes[0].diagnostic);
      return fixHolds(target, before, after, edits) ? after : undefined;
    }
    return addedErrors(before, after, edits).length === 0 ? after : undefined;
  };
  const holding = (fixes: Chosen[]): { kept: Chosen[]; after?: Checked } => {
    if (fixes.length === 0) return { kept: [] };
    const all = attempt(fixes);
    if (all || fixes.length === 1) return all ? { kept: fixes, after: all } : { kept: [] };
    const half = fixes.length >> 1;
    const left = holding(fixes.slice(0, half));
    const right = holding(fixes.slice(half));
    if (left.kept.length === 0) return right;
    if (right.kept.length === 0) return left;
    const both = [...left.kept, ...right.kept];
    const together = attempt(both);
    if (together) return { kept: both, after: together };
    return left.kept.length >= right.kept.length ? left : right;
  };
  return holding(chosen);
}

/** `--fix`: applies every safe fix. */
export function applySafeFixes(text: string, options: Omit<ApplyFixesOptions, 'which'> = {}): ApplyFixesResult {
  return applyFixes(text, { ...options, which: 'safe' });
}

/** The first safe fix of a diagnostic. */
export function safeFix(fixes: Fix[]): Fix | undefined {
  return fixes.find((f) => f.safe === true);
}

/** The fix to apply without asking which: the preferred one, else the first. */
export function preferredFix(fixes: Fix[]): Fix | undefined {
  return fixes.find((f) => f.preferred === true) ?? fixes[0];
}

/** One edit that turns `before` into `after`: their differing middle (for a "fix all" WorkspaceEdit). */
export function singleEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  // Never split a surrogate pair.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (endB < before.length && isLowSurrogate(before.charCodeAt(endB))) {
    endB++;
    endA++;
  }
  return { offset: start, length: endB - start, content: after.slice(start, endA) };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
