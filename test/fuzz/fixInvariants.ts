/**
 * Fix safety: what must hold for every quick fix the engine offers. A fix that breaks the JSON, leaves its own
 * diagnostic in place or adds a new error would make the editor lie; fix-all must reach a fixed point at once.
 */
import { buildModel, type FlowModel } from '../../server/src/engine/model';
import type { JsonPath } from '../../server/src/engine/text/spanIndex';
import { validate, validateModel, type ValidateOptions } from '../../server/src/engine/validate';
import { applySafeFixes, fixesFor } from '../../server/src/engine/fixes';
import { applyTextEdits } from '../../server/src/engine/edits';
import { Severity, type Diagnostic } from '../../server/src/engine/diagnostic';
import { LineIndex } from '../../server/src/engine/text/lineIndex';
import { isJson, PropertyViolation } from './invariants';

function fail(property: string, detail: unknown): never {
  throw new PropertyViolation(`${property}: ${JSON.stringify(detail)}`);
}

type Edit = { offset: number; length: number; content: string };

/** Maps an offset in the edited text back to the original text (inside an inserted part: the edit's start). */
export function mapBack(offset: number, edits: readonly Edit[]): number {
  let delta = 0;
  for (const e of [...edits].sort((a, b) => a.offset - b.offset)) {
    const start = e.offset + delta;
    if (offset < start) break;
    if (offset < start + e.content.length) return e.offset;
    delta += e.content.length - e.length;
  }
  return offset - delta;
}

/**
 * A diagnostic's identity across an edit: its rule and where it starts, mapped back to the original text (so a
 * message that changes wording, such as a branch label, is still the same diagnostic).
 */
function identities(text: string, diagnostics: Diagnostic[], edits: readonly Edit[], onlyErrors = false, withMessage = false): Map<string, number> {
  const lines = new LineIndex(text);
  const m = new Map<string, number>();
  for (const d of diagnostics) {
    if (onlyErrors && d.severity !== Severity.Error) continue;
    const key = `${d.code}@${mapBack(lines.offsetAt(d.range.start), edits)}${withMessage ? '#' + d.message : ''}`;
    m.set(key, (m.get(key) ?? 0) + 1);
  }
  return m;
}

/**
 * Errors in `after` that `before` did not have: new by rule and original position AND new by rule and message
 * (counted), so neither a reworded message at the same place nor a coarse edit that moves a diagnostic counts.
 */
export function newErrors(beforeText: string, before: Diagnostic[], afterText: string, after: Diagnostic[], edits: readonly Edit[]): string[] {
  const hadAt = identities(beforeText, before, []);
  const haveAt = identities(afterText, after, edits, true);
  const hadMessages = new Map<string, number>();
  for (const d of before) hadMessages.set(`${d.code}: ${d.message}`, (hadMessages.get(`${d.code}: ${d.message}`) ?? 0) + 1);
  const lines = new LineIndex(afterText);
  const out: string[] = [];
  const usedAt = new Map<string, number>();
  for (const d of after) {
    if (d.severity !== Severity.Error) continue;
    const at = `${d.code}@${mapBack(lines.offsetAt(d.range.start), edits)}`;
    const message = `${d.code}: ${d.message}`;
    const atBudget = (hadAt.get(at) ?? 0) - (usedAt.get(at) ?? 0);
    if (atBudget > 0 && (haveAt.get(at) ?? 0) > 0) {
      usedAt.set(at, (usedAt.get(at) ?? 0) + 1);
      continue;
    }
    const left = hadMessages.get(message) ?? 0;
    if (left > 0) {
      hadMessages.set(message, left - 1);
      continue;
    }
    out.push(message);
  }
  return out;
}

/**
 * Fix findings that are reported and not fixed yet (their owners decide). The property tolerates exactly these
 * and nothing else; each has an `it.fails` test in regressions.test.ts that starts failing once it is fixed,
 * so the entry gets removed then.
 */
export interface FindingContext {
  /** Which check tripped: the fix added an error, left its diagnostic, or (fix-all) added an error. */
  check: 'added' | 'notRemoved';
  /** The diagnostic's rule (for fix-all: the rule of an applied fix). */
  code: string;
  safe: boolean;
  /** The added error as "code: message" (for `added`). */
  added?: string;
  /** The diagnostic's data.path, and the model it was found in. */
  path?: JsonPath;
  model: FlowModel;
}

export const KNOWN_FIX_FINDINGS: ReadonlyArray<{ id: string; matches(c: FindingContext): boolean }> = [
  {
    // "Add `X`" for a required parameter without a catalogue default inserts `"X": ""` for the user to fill in,
    // which param-empty then reports. Never marked safe, so fix-all never applies it.
    id: 'param-required placeholder is reported by param-empty',
    matches: (c) => c.check === 'added' && c.code === 'param-required' && !c.safe && !!c.added?.startsWith('param-empty: '),
  },
  {
    // The new NoMatchingError branch goes to the action's NextAction even when that target does not exist.
    id: 'missing-error-branch fix copies a dangling NextAction',
    matches: (c) => c.check === 'added' && c.code === 'missing-error-branch' && !!c.added?.startsWith('dangling-next-action: '),
  },
  {
    // "Did you mean" renames an unknown key to a parameter whose rules its value breaks (JSONPath where only a
    // literal is allowed, a number where a string is expected, ...): the value is checked for the first time.
    // Never for a safe rename: those are offered only when the value suits the parameter.
    // Safe renames too, when the parameter it becomes excludes one already there (`queueid` next to `AgentId`).
    id: 'param-unknown rename moves the value under a parameter it does not fit',
    matches: (c) => c.check === 'added' && c.code === 'param-unknown' && ((!c.safe && /^param-/.test(c.added ?? '')) || !!c.added?.startsWith('param-exclusive: ')),
  },
  {
    // With a key written twice (`"Parameters": {...}, "Parameters": {...}`), JSON.parse and the rules use the last
    // one, but insertions go through jsonc-parser's modify, which edits the first: the fix changes the shadowed copy.
    id: 'fixes that insert edit the first of duplicate keys, the rules read the last',
    matches: (c) => c.path !== undefined && duplicateKeyOnPath(c.model, c.path),
  },
  {
    // Changing a condition's operator to an allowed one makes its operands checked against the action's outcomes
    // for the first time (an operand of null, say, is then reported).
    id: 'condition-operator fix reveals operands that are not outcomes',
    matches: (c) => c.check === 'added' && c.code === 'condition-operator-not-allowed' && !!c.added?.startsWith('condition-outcome-unknown: '),
  },
  {
    // A JSON number beyond the double range (1e400) parses as Infinity, and the safe fix writes "Infinity".
    id: 'param-not-string writes "Infinity" for numbers beyond the double range',
    matches: (c) => c.check === 'added' && c.code === 'param-not-string' && /^param-not-integer: .*found "-?Infinity"/.test(c.added ?? ''),
  },
  {
    // "Change it to `Wait`": the action is checked as a Wait for the first time (its required parameters, its
    // conditions). Not a safe fix, so fix-all never applies it.
    id: 'action-type-unknown fix reveals the checks of the new type',
    matches: (c) => c.check === 'added' && c.code === 'action-type-unknown' && !c.safe,
  },
  {
    // `"StoreInput": true` -> `"True"`: param-required-when reads only the string "True", so the safe fix makes it
    // ask for InputValidation (which the boolean true needed as much).
    id: 'param-not-string fix reveals param-required-when',
    matches: (c) => c.check === 'added' && c.code === 'param-not-string' && !!c.added?.startsWith('param-required-when: '),
  },
];

/** Whether some container on the way to `path` has the next key of the path more than once. */
export function duplicateKeyOnPath(model: FlowModel, path: JsonPath): boolean {
  for (let i = 0; i < path.length; i++) {
    const children = model.spans.children(path.slice(0, i));
    if (!children) return false;
    let n = 0;
    for (const c of children) if (c.key === path[i]) n++;
    if (n > 1) return true;
  }
  return false;
}

function isKnownFinding(c: FindingContext): boolean {
  return KNOWN_FIX_FINDINGS.some((k) => k.matches(c));
}

function dataPath(d: Diagnostic): JsonPath | undefined {
  const p = (d.data as { path?: unknown } | undefined)?.path;
  return Array.isArray(p) ? (p as JsonPath) : undefined;
}

export interface FixSafetyStats {
  diagnostics: number;
  fixes: number;
  safeFixesApplied: number;
}

/** Every offered fix of every diagnostic, one at a time; then fix-all twice. Only for text that is JSON. */
export function assertFixSafety(text: string, options: ValidateOptions = {}): FixSafetyStats {
  const stats: FixSafetyStats = { diagnostics: 0, fixes: 0, safeFixesApplied: 0 };
  if (!isJson(text)) return stats;
  const model = buildModel(text, options);
  const before = validateModel(model, options);
  const beforeIdsWithMessage = identities(text, before, [], false, true);
  const lines = new LineIndex(text);
  stats.diagnostics = before.length;
  for (const d of before) {
    const fixes = fixesFor(model, d);
    for (const fix of fixes) {
      stats.fixes++;
      const where = { code: d.code, message: d.message, fix: fix.title };
      for (const e of fix.edits)
        if (!(e.offset >= 0 && e.length >= 0 && e.offset + e.length <= text.length)) fail('fix edits lie inside the text', { ...where, edit: e });
      const sorted = [...fix.edits].sort((a, b) => a.offset - b.offset);
      for (let i = 1; i < sorted.length; i++)
        if (sorted[i].offset < sorted[i - 1].offset + sorted[i - 1].length) fail('a fix has no overlapping edits', where);
      const after = applyTextEdits(text, fix.edits);
      if (!isJson(after)) fail('a quick fix leaves valid JSON', { ...where, edits: fix.edits });
      const afterDiagnostics = validate(after, options);
      // Still there: the same rule with the same message, at the same place (mapped through the edits) or anywhere.
      const id = `${d.code}@${lines.offsetAt(d.range.start)}#${d.message}`;
      const stillThere =
        (identities(after, afterDiagnostics, fix.edits, false, true).get(id) ?? 0) >= (beforeIdsWithMessage.get(id) ?? 0) ||
        afterDiagnostics.filter((x) => x.code === d.code && x.message === d.message).length >= before.filter((x) => x.code === d.code && x.message === d.message).length;
      const context = { code: d.code, safe: fix.safe === true, path: dataPath(d), model };
      if (stillThere && !isKnownFinding({ ...context, check: 'notRemoved' }))
        fail('a quick fix removes its diagnostic', { ...where, edits: fix.edits });
      const added = newErrors(text, before, after, afterDiagnostics, fix.edits).filter((a) => !isKnownFinding({ ...context, check: 'added', added: a }));
      if (added.length > 0) fail('a quick fix adds no new error', { ...where, added, edits: fix.edits });
    }
  }
  const once = applySafeFixes(text, options);
  stats.safeFixesApplied = once.applied.length;
  if (!isJson(once.text)) fail('fix-all leaves valid JSON', once.applied);
  // Fix-all's edits are not returned; compare by rule and message there.
  const byMessage = (ds: Diagnostic[]) => ds.filter((x) => x.severity === Severity.Error).map((x) => `${x.code}: ${x.message}`);
  const had = byMessage(before);
  const addedByAll = byMessage(validate(once.text, options)).filter((m) => {
    const i = had.indexOf(m);
    if (i < 0) return !once.applied.some((a) => isKnownFinding({ check: 'added', code: a.code, safe: true, added: m, model }));
    had.splice(i, 1);
    return false;
  });
  if (addedByAll.length > 0) fail('fix-all adds no new error', { applied: once.applied, added: addedByAll });
  const twice = applySafeFixes(once.text, options);
  const appliedCodes = new Set(once.applied.map((a) => a.code));
  const onDuplicateKey = before.some((d) => appliedCodes.has(d.code) && dataPath(d) !== undefined && duplicateKeyOnPath(model, dataPath(d)!));
  // Known (see KNOWN_FIX_FINDINGS): with a duplicated key, fix-all keeps editing the shadowed copy, pass after pass.
  if ((twice.text !== once.text || twice.applied.length > 0) && !onDuplicateKey) fail('fix-all applied twice changes nothing the second time', { first: once.applied, second: twice.applied });
  return stats;
}
