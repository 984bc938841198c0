const FLOW_HINT = /"Version"\s*:\s*"2019-10-30"|"StartAction"\s*:|"modules"\s*:/;

/** Cheap look at the text before any parse: could this JSON document be a flow at all? */
export function mightBeFlow(text: string): boolean {
  return FLOW_HINT.test(text.length > 200_000 ? text.slice(0, 200_000) + text.slice(-2000) : text);
}
