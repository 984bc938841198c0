import type { JsonObject } from '../model';

/** True when `params[param]` is a string equal (ignoring case) to one of `equals`. */
export function paramEquals(params: JsonObject | undefined, when: { param: string; equals: readonly string[] }): boolean {
  const value = params?.[when.param];
  if (typeof value !== 'string') return false;
  const lower = value.toLowerCase();
  return when.equals.some((e) => e.toLowerCase() === lower);
}
