import { checkRule, rememberDiagnostics, ruleIdsFor, type ValidateOptions, type Diagnostic, type FlowModel } from '../engine';

/** How long the server checks before it lets waiting requests (hover, completion) through. */
export const SLICE_MS = 15;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * validateModel, one rule at a time, pausing every SLICE_MS so that requests queued behind a big check are answered
 * between rules. The result equals validateModel(model, options): same diagnostics, same order. Gives up (returns
 * undefined) as soon as `stillWanted` says the document changed or closed, so a stale result is never published.
 * A small document is checked in a single slice, with no pause at all.
 */
export async function validateInSlices(model: FlowModel, options: ValidateOptions, stillWanted: () => boolean): Promise<Diagnostic[] | undefined> {
  const out: Diagnostic[] = [];
  let sliceStart = Date.now();
  for (const id of ruleIdsFor(model)) {
    if (Date.now() - sliceStart >= SLICE_MS) {
      await yieldToEventLoop();
      if (!stillWanted()) return undefined;
      sliceStart = Date.now();
    }
    out.push(...checkRule(model, id, options));
  }
  // Code actions start from the same list (they try each fix against it).
  rememberDiagnostics(model, options, out);
  return out;
}
