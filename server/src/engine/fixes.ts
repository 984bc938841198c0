import { applyTextEdits, replaceValue, valueAt } from './edits';
import { buildModel, type FlowModel } from './model';
import { RULES_BY_ID } from './rules';
import type { Fix, FixContext, TextEdit } from './rules/rule';
import type { JsonPath } from './text/spanIndex';
import { validateModel, type ValidateOptions } from './validate';

export type { Fix, TextEdit } from './rules/rule';

/** What a fix needs from a diagnostic: its rule id and the facts the rule reported (always with `path`). */
export interface FixableDiagnostic {
  code?: string | number;
  data?: unknown;
}

function isPath(value: unknown): value is JsonPath {
  return Array.isArray(value) && value.every((s) => typeof s === 'string' || typeof s === 'number');
}

/** The quick fixes for one diagnostic, computed on request by the rule that reported it. Never throws. */
export function fixesFor(model: FlowModel, diagnostic: FixableDiagnostic): Fix[] {
  const rule = typeof diagnostic.code === 'string' ? RULES_BY_ID.get(diagnostic.code) : undefined;
  if (!rule) return [];
  const data = diagnostic.data as Record<string, unknown> | undefined;
  if (!data || typeof data !== 'object' || !isPath(data.path)) return [];
  try {
    const context = { model, data: data as Record<string, unknown> & { path: JsonPath } };
    const fixes = rule.fix ? rule.fix(context) : replacementFix(context);
    return fixes.filter((f) => f.edits.length > 0);
  } catch {
    return [];
  }
}

/**
 * The fix of a rule without its own `fix()` whose report names a `replacement` for the reported value (a typo with
 * one close match, the only allowed value): write that value instead.
 */
function replacementFix({ model, data }: FixContext): Fix[] {
  if (typeof data.replacement !== 'string' || !model.spans.get(data.path)) return [];
  const current = valueAt(model.root, data.path);
  if (typeof current !== 'string') return [];
  return [{ title: `Change it to "${data.replacement}"`, edits: replaceValue(model, data.path, data.replacement), preferred: true }];
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at one offset also count: their order would be arbitrary.
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length ? true : a.offset === b.offset;
}

export interface Chosen {
  code: string;
  title: string;
  edits: TextEdit[];
}

/**
 * Picks one fix per diagnostic (the one `pick` returns), keeping only fixes whose edits overlap no fix picked
 * before; the rest wait for another pass on the edited text.
 */
export function chooseFixes(model: FlowModel, diagnostics: readonly FixableDiagnostic[], pick: (fixes: Fix[]) => Fix | undefined): Chosen[] {
  const chosen: Chosen[] = [];
  const taken: TextEdit[] = [];
  for (const diagnostic of diagnostics) {
    const fix = pick(fixesFor(model, diagnostic));
    if (!fix) continue;
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...fix.edits);
    chosen.push({ code: String(diagnostic.code), title: fix.title, edits: fix.edits });
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
}

export interface ApplyFixesResult {
  text: string;
  applied: Array<{ code: string; title: string }>;
}

/**
 * Repeatedly checks the text and applies the non-overlapping fixes of its diagnostics until nothing more can be
 * fixed. Text with JSON syntax errors is never touched. Never throws.
 */
export function applyFixes(text: string, options: ApplyFixesOptions = {}): ApplyFixesResult {
  const applied: ApplyFixesResult['applied'] = [];
  const pick = options.which === 'preferred' ? preferredFix : safeFix;
  const maxPasses = options.maxPasses ?? 10;
  let current = text;
  try {
    for (let pass = 0; pass < maxPasses; pass++) {
      const model = buildModel(current, options);
      if (model.syntaxErrors.length > 0) break;
      let diagnostics = validateModel(model, options);
      if (options.codes) diagnostics = diagnostics.filter((d) => options.codes!.includes(d.code));
      const chosen = chooseFixes(model, diagnostics, pick);
      if (chosen.length === 0) break;
      const next = applyTextEdits(current, chosen.flatMap((c) => c.edits));
      if (next === current) break;
      current = next;
      applied.push(...chosen.map(({ code, title }) => ({ code, title })));
    }
  } catch {
    // A fix bug must not lose the user's text: keep what was reached.
  }
  return { text: current, applied };
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
