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
