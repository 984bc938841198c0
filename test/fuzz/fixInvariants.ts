/**
 * Fix safety: what must hold for every quick fix the engine offers. A fix that breaks the JSON, leaves its own
 * diagnostic in place or adds a new error would make the editor lie; fix-all must reach a fixed point at once.
 */
import { buildModel } from '../../server/src/engine/model';
import { validate, validateModel, type ValidateOptions } from '../../server/src/engine/validate';
import { applySafeFixes, fixesFor } from '../../server/src/engine/fixes';
import { applyTextEdits } from '../../server/src/engine/edits';
import { Severity, type Diagnostic } from '../../server/src/engine/diagnostic';
import { addedErrors, stillReported } from '../../server/src/engine/fixCheck';
import { isJson, PropertyViolation } from './invariants';
import { actionSpec } from '../../server/src/engine/catalog';
import { nearMissKeys } from '../../server/src/engine/rules/actionParams';

function fail(property: string, detail: unknown): never {
  throw new PropertyViolation(`${property}: ${JSON.stringify(detail)}`);
}

export interface FixSafetyStats {
  diagnostics: number;
  fixes: number;
  safeFixesApplied: number;
}

/**
 * Every offered fix of every diagnostic, one at a time; then fix-all twice. Only for text that is JSON. "The same
 * diagnostic" across an edit is decided as the engine decides it before offering a fix (fixCheck.ts: same rule at
 * the same place mapped through the edits, or same rule and message), so this property checks that the engine
 * really applies its own promise to every fix it offers, and that fix-all keeps it too.
 */
export function assertFixSafety(text: string, options: ValidateOptions = {}): FixSafetyStats {
  const stats: FixSafetyStats = { diagnostics: 0, fixes: 0, safeFixesApplied: 0 };
  if (!isJson(text)) return stats;
  const model = buildModel(text, options);
  const before = { model, diagnostics: validateModel(model, options) };
  stats.diagnostics = before.diagnostics.length;
  for (const d of before.diagnostics) {
    for (const fix of fixesFor(model, d, options)) {
      stats.fixes++;
      const where = { code: d.code, message: d.message.slice(0, 200), fix: fix.title };
      for (const e of fix.edits)
        if (!(e.offset >= 0 && e.length >= 0 && e.offset + e.length <= text.length)) fail('fix edits lie inside the text', { ...where, edit: e });
      const sorted = [...fix.edits].sort((a, b) => a.offset - b.offset);
      for (let i = 1; i < sorted.length; i++)
        if (sorted[i].offset < sorted[i - 1].offset + sorted[i - 1].length) fail('a fix has no overlapping edits', where);
      const afterText = applyTextEdits(text, fix.edits);
      if (!isJson(afterText)) fail('a quick fix leaves valid JSON', { ...where, edits: fix.edits });
      const afterModel = buildModel(afterText, options);
      const after = { model: afterModel, diagnostics: validateModel(afterModel, options) };
      if (stillReported(d, before, after, fix.edits)) fail('a quick fix removes its diagnostic', { ...where, edits: fix.edits });
      const added = addedErrors(before, after, fix.edits).map((x) => `${x.code}: ${x.message.slice(0, 200)}`);
      if (added.length > 0) fail('a quick fix adds no new error', { ...where, added, edits: fix.edits });
    }
  }
  const once = applySafeFixes(text, options);
  stats.safeFixesApplied = once.applied.length;
  if (!isJson(once.text)) fail('fix-all leaves valid JSON', once.applied);
  assertFixAllKeepsIntent(text, once.text);
  // Fix-all's edits are not returned: an error counts as new when no error of the same rule had its path (the
  // property it is about) or its message before (so "found 5e-324" turning into "found \"5e-324\"" is not new).
  const pathOf = (d: Diagnostic) => JSON.stringify((d.data as { path?: unknown } | undefined)?.path ?? null);
  const errors = (ds: readonly Diagnostic[]) => ds.filter((x) => x.severity === Severity.Error);
  const hadPaths = errors(before.diagnostics).map((x) => `${x.code}@${pathOf(x)}`);
  const hadMessages = errors(before.diagnostics).map((x) => `${x.code}: ${x.message}`);
  const take = (list: string[], key: string) => {
    const i = list.indexOf(key);
    if (i >= 0) list.splice(i, 1);
    return i >= 0;
  };
  const addedByAll = errors(validate(once.text, options))
    .filter((x) => !take(hadPaths, `${x.code}@${pathOf(x)}`) && !take(hadMessages, `${x.code}: ${x.message}`))
    .map((x) => `${x.code}: ${x.message}`);
  if (addedByAll.length > 0) fail('fix-all adds no new error', { applied: once.applied, added: addedByAll.map((m) => m.slice(0, 200)) });
  const twice = applySafeFixes(once.text, options);
  if (twice.text !== once.text || twice.applied.length > 0) fail('fix-all applied twice changes nothing the second time', { first: once.applied, second: twice.applied });
  return stats;
}

/**
 * A parameter value as its meaning: a JSON number or boolean means what its string form means ("5", "True"), and an
 * allowed value in another letter case ("current" for "Current", which the safe fix of param-value-not-allowed
 * writes) means that value.
 */
function meaning(value: unknown): string {
  if (typeof value === 'number') return JSON.stringify(Number.isInteger(value) ? BigInt(value).toString() : String(value));
  if (typeof value === 'boolean') return JSON.stringify(String(value));
  if (typeof value === 'string') return JSON.stringify(value.toLowerCase());
  return JSON.stringify(value);
}

const objectOf = (v: unknown): Record<string, unknown> | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);

/**
 * Fix-all keeps the author's intent (issue 14 §4), comparing the flow before and after fix-all action by action:
 * - a parameter key present before and after has the same value (a JSON number may become its string);
 * - a key that fix-all removed took its value along (it was renamed: some new key of that action holds the value);
 * - a key that fix-all added holds either a moved value or, when it is a default, no key of the action before held
 *   a value meant for it (a near-miss key like `RetryDelaySecond`);
 * - every error branch fix-all added goes somewhere else than the action's NextAction.
 */
export function assertFixAllKeepsIntent(beforeText: string, afterText: string): void {
  let before: unknown;
  let after: unknown;
  try {
    before = JSON.parse(beforeText);
    after = JSON.parse(afterText);
  } catch {
    return;
  }
  const beforeActions = objectOf(before)?.Actions;
  const afterActions = objectOf(after)?.Actions;
  if (!Array.isArray(beforeActions) || !Array.isArray(afterActions) || beforeActions.length !== afterActions.length) return;
  beforeActions.forEach((b, i) => {
    const a = afterActions[i];
    const bp = objectOf(objectOf(b)?.Parameters);
    const ap = objectOf(objectOf(a)?.Parameters);
    if (bp && ap) {
      const added = Object.keys(ap).filter((k) => !(k in bp));
      const removed = Object.keys(bp).filter((k) => !(k in ap));
      for (const k of Object.keys(bp)) {
        if (k in ap && meaning(ap[k]) !== meaning(bp[k])) fail('fix-all never changes the value of a parameter that was present', { action: i, key: k, before: bp[k], after: ap[k] });
      }
      for (const k of removed) {
        if (!added.some((n) => meaning(ap[n]) === meaning(bp[k]))) fail('fix-all never drops a parameter value', { action: i, key: k });
      }
      const spec = actionSpec(objectOf(b)?.Type);
      for (const k of added) {
        if (removed.some((r) => meaning(bp[r]) === meaning(ap[k]))) continue;
        const near = spec ? nearMissKeys(spec, bp, k) : [];
        if (near.length > 0) fail('fix-all never adds a default beside a near-miss key that holds the value', { action: i, added: k, nearMiss: near });
      }
    }
    const bt = objectOf(objectOf(b)?.Transitions);
    const at = objectOf(objectOf(a)?.Transitions);
    const next = at?.NextAction;
    const oldErrors = new Set((Array.isArray(bt?.Errors) ? bt!.Errors : []).map((e) => JSON.stringify(e)));
    for (const e of Array.isArray(at?.Errors) ? at!.Errors : []) {
      if (oldErrors.has(JSON.stringify(e))) continue;
      if (typeof next === 'string' && objectOf(e)?.NextAction === next) fail('fix-all never adds an error branch that goes where NextAction goes', { action: i, branch: e });
    }
  });
}
