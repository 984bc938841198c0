/**
 * What must hold for every input, whatever it is: the properties the fuzz tests assert. Each check throws an
 * Error naming the broken property, so fast-check can shrink the input and report it.
 */
import { isDeepStrictEqual } from 'util';
import { buildModel } from '../../server/src/engine/model';
import { validate, validateModel, offsetsOf, SYNTAX_RULE_ID, type ValidateOptions } from '../../server/src/engine/validate';
import { LEGACY_RULES, RULES } from '../../server/src/engine/rules';
import type { Diagnostic, Range } from '../../server/src/engine/diagnostic';
import type { JsonPath } from '../../server/src/engine/text/spanIndex';

export class PropertyViolation extends Error {}

function fail(property: string, detail: unknown): never {
  throw new PropertyViolation(`${property}: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`);
}

/** Lines as an LSP client counts them: \n, \r\n and a lone \r each end a line; lengths in UTF-16 units. */
export function lspLineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

export function assertRangeInside(range: Range, lines: number[], what: string): void {
  for (const [name, p] of [['start', range.start], ['end', range.end]] as const) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character)) fail('integer positions', { what, name, range });
    if (p.line < 0 || p.line >= lines.length) fail('range inside the document (line)', { what, name, range, lineCount: lines.length });
    if (p.character < 0 || p.character > lines[p.line]) fail('range inside the document (character)', { what, name, range, lineLength: lines[p.line] });
  }
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) fail('start <= end', { what, range });
}

/** Longest message a diagnostic may have: a message quotes user text shortened, never a whole 100 KB key. */
export const MAX_MESSAGE = 2000;

/** Shape and ranges of every diagnostic (and its related locations). */
export function assertWellFormed(text: string, diagnostics: Diagnostic[]): void {
  if (!Array.isArray(diagnostics)) fail('validate returns an array', typeof diagnostics);
  const lines = lspLineLengths(text);
  for (const d of diagnostics) {
    if (typeof d.code !== 'string' || d.code === '') fail('diagnostic has a code', d);
    if (typeof d.message !== 'string' || d.message.trim() === '') fail('diagnostic has a message', d);
    if (d.message.length > MAX_MESSAGE) fail(`message shorter than ${MAX_MESSAGE} characters (user text quoted in it is shortened)`, { code: d.code, length: d.message.length, start: d.message.slice(0, 120) });
    if (![1, 2, 3, 4].includes(d.severity)) fail('severity is an LSP severity', d);
    assertRangeInside(d.range, lines, d.code);
    for (const rel of d.relatedInformation ?? []) {
      assertRangeInside(rel.location.range, lines, `${d.code} related`);
      if (typeof rel.message !== 'string' || rel.message === '') fail('related information has a message', d);
    }
  }
}

/** Whether the text is JSON as Amazon Connect reads it (a leading BOM tolerated). */
export function isJson(text: string): boolean {
  try {
    JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs every rule without validate()'s safety net: a rule that throws would silently drop its diagnostics
 * (the user is told nothing is wrong), so a throw is a finding even though validate() survives it.
 */
export function assertNoRuleThrows(text: string, options: ValidateOptions = {}): void {
  const model = buildModel(text, options);
  const rules = model.kind === 'legacy' ? LEGACY_RULES : RULES;
  for (const rule of rules) {
    try {
      rule.check({
        model,
        report: (r) => {
          const check = (path: JsonPath, target: typeof r.target) => {
            const { start, end } = offsetsOf(model, path, target);
            if (!(start >= 0 && start <= end && end <= text.length)) fail('report offsets inside the text', { rule: rule.id, path, start, end });
          };
          check(r.path, r.target);
          for (const rel of r.related ?? []) check(rel.path, rel.target);
        },
      });
    } catch (error) {
      if (error instanceof PropertyViolation) throw error;
      fail(`rule ${rule.id} does not throw`, String((error as Error)?.stack ?? error).split('\n').slice(0, 4).join(' | '));
    }
  }
}

/** Touches the lazy span index in an order of its own (children first, deepest last), as features would. */
function warmSpans(model: ReturnType<typeof buildModel>, budget: number): void {
  const queue: JsonPath[] = [[]];
  let seen = 0;
  while (queue.length > 0 && seen < budget) {
    const path = queue.pop()!;
    const children = model.spans.children(path);
    seen++;
    if (children) for (const c of children) queue.push([...path, c.key]);
  }
}

/** All properties for one input. Returns the diagnostics for further checks. */
export function assertEngineProperties(text: string, options: ValidateOptions = {}): Diagnostic[] {
  const first = validate(text, options);
  assertWellFormed(text, first);
  const second = validate(text, options);
  if (!isDeepStrictEqual(first, second)) fail('deterministic', 'two runs on the same text differ');
  // Lazy indexes must not make the answer depend on what was asked before.
  const model = buildModel(text, options);
  warmSpans(model, 200);
  if (!isDeepStrictEqual(validateModel(model, options), first)) fail('independent of span-index query order', 'pre-warmed model differs');
  const syntax = first.some((d) => d.code === SYNTAX_RULE_ID);
  if (syntax === isJson(text)) fail('syntax-error reported exactly when the text is not JSON', { syntax, json: !syntax });
  assertNoRuleThrows(text, options);
  return first;
}
