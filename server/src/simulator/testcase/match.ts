import { asText, isTree, type Json } from '../state';
import type { SimEvent } from '../types';
import type { TestEvent } from './model';

/** Lower case, no SSML tags, no punctuation, single spaces. */
export function normalize(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}$]+/gu, ' ')
    .trim();
}

/**
 * Similarity offline: the same words (after `normalize`), or a word-overlap score (Dice) of at least 0.8. The
 * service compares meaning; this is stricter, and the same on every run.
 */
export function similar(expected: string, actual: string): boolean {
  const a = normalize(expected);
  const b = normalize(actual);
  if (a === b) return true;
  const wa = a.split(' ').filter(Boolean);
  const wb = b.split(' ').filter(Boolean);
  if (wa.length === 0 || wb.length === 0) return false;
  const counts = new Map<string, number>();
  for (const w of wb) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wa) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length) >= 0.8;
}

/** An id and an ARN that ends with it name the same resource. */
export function sameResource(expected: string, actual: string): boolean {
  if (expected === actual) return true;
  return (expected.length > 0 && actual.endsWith('/' + expected)) || (actual.length > 0 && expected.endsWith('/' + actual));
}

function containsParams(actual: Json | undefined, expected: Json | undefined): boolean {
  if (expected === undefined) return true;
  if (isTree(expected)) return isTree(actual) && Object.entries(expected).every(([k, v]) => containsParams(actual[k], v));
  if (Array.isArray(expected)) return JSON.stringify(actual) === JSON.stringify(expected);
  return sameResource(asText(expected), asText(actual));
}

export function matchesEvent(expected: TestEvent, event: SimEvent): boolean {
  if (expected.type !== event.type) return false;
  if (expected.type === 'FlowActionStarted' && event.type === 'FlowActionStarted') {
    return expected.actionType === event.actionType && containsParams(event.parameters, expected.actionParameters);
  }
  if (expected.type === 'MessageReceived' && event.type === 'MessageReceived') {
    if (expected.promptId !== undefined) return event.promptId !== undefined && sameResource(expected.promptId, event.promptId);
    if (expected.media !== undefined) return event.media !== undefined && containsParams(event.media, expected.media);
    const want = expected.text ?? expected.ssml;
    if (want === undefined) return true;
    const got = event.text ?? event.ssml;
    if (got === undefined) return false;
    return expected.criteria === 'Inclusion' ? normalize(got).includes(normalize(want)) : similar(want, got);
  }
  return true;
}
