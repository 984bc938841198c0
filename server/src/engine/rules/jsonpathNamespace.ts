import { Severity } from '../diagnostic';
import { NAMESPACES, isKnownNamespace, referenceSegments } from '../jsonpath';
import { isObject } from '../model';
import type { JsonPath } from '../text/spanIndex';
import type { Report, Rule } from './rule';
import { didYouMean, quote } from './text';
import { replacementFix } from './replacementFix';

const MAX_DEPTH = 20;

export const jsonpathNamespace: Rule = {
  id: 'jsonpath-namespace',
  defaultSeverity: Severity.Warning,
  description: 'A parameter value that is one JSONPath reference starts with something that is not part of the flow data (e.g. `$.Atributes.x`).',
  check({ model, report }) {
    // Fast path: find whole-string references in the raw text; only when one has an unknown namespace is the tree
    // walked to find where it sits (Parameters only, never Metadata).
    const suspects = unknownReferences(model.text);
    if (!suspects) return;
    for (const action of model.actions) {
      const params = action.object?.Parameters;
      if (!isObject(params)) continue;
      walk(params, [...action.path, 'Parameters'], 0, (value, stack) => {
        if (suspects.has(value)) checkReference(value, stack, report);
      });
    }
  },
  fix: replacementFix,
};

/** String literals of the text that are one reference with an unknown first segment; undefined when there is none. */
function unknownReferences(text: string): Set<string> | undefined {
  let found: Set<string> | undefined;
  let at = text.indexOf('"$');
  while (at >= 0) {
    const next = text.charCodeAt(at + 2);
    let end = at + 2;
    if (next === 46 /* . */ || next === 91 /* [ */) {
      end = text.indexOf('"', at + 2);
      while (end > 0 && text.charCodeAt(end - 1) === 92 /* \\ */) end = text.indexOf('"', end + 1);
      if (end < 0) break;
      // Most references start with a known name: check that without a regular expression or a copy.
      if (next !== 46 || !isKnownNamespace(dotSegment(text, at + 3, end))) {
        const value = literal(text.slice(at + 1, end));
        const segments = value !== undefined ? referenceSegments(value) : undefined;
        if (segments && segments.length > 0 && !isKnownNamespace(segments[0])) (found ??= new Set()).add(value!);
      }
    }
    at = text.indexOf('"$', end + 1);
  }
  return found;
}

/** The dot segment starting at `from`, up to the next `.`, `[` or `end`. */
function dotSegment(text: string, from: number, end: number): string {
  let i = from;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */ || c === 91 /* [ */) break;
    i++;
  }
  return text.slice(from, i);
}

function literal(raw: string): string | undefined {
  if (raw.indexOf('\\') < 0) return raw;
  try {
    return JSON.parse('"' + raw + '"') as string;
  } catch {
    return undefined;
  }
}

type Visitor = (value: string, path: JsonPath) => void;

/** Visits every string value under `value`. `path` is a shared stack: a visitor that keeps it must copy it. */
function walk(value: unknown, path: Array<string | number>, depth: number, visitor: Visitor): void {
  if (typeof value === 'string') {
    if (value.length > 2 && value.charCodeAt(0) === 36 /* $ */) visitor(value, path);
    return;
  }
  if (depth >= MAX_DEPTH || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) visit(value[i], i, path, depth, visitor);
  } else {
    for (const key in value as Record<string, unknown>) visit((value as Record<string, unknown>)[key], key, path, depth, visitor);
  }
}

function visit(child: unknown, key: string | number, path: Array<string | number>, depth: number, visitor: Visitor): void {
  if (typeof child !== 'object' && typeof child !== 'string') return;
  path.push(key);
  walk(child, path, depth + 1, visitor);
  path.pop();
}

function checkReference(value: string, stack: JsonPath, report: (r: Report) => void): void {
  const segments = referenceSegments(value);
  if (!segments || segments.length === 0 || isKnownNamespace(segments[0])) return;
  const first = segments[0];
  let suggestion = didYouMean(first, NAMESPACES);
  // "CustomerCallBackPhoneNumber" merely starts with "Customer": not a useful suggestion.
  if (suggestion && first.length - suggestion.length > 3 && first.toLowerCase().startsWith(suggestion.toLowerCase())) suggestion = undefined;
  const replacement = suggestion ? value.replace(first, suggestion) : undefined;
  report({
    path: [...stack],
    target: 'value',
    message: `\`$.${short(first)}\` is not part of the flow data, so ${quote(value)} will not resolve.${suggestion ? ` Did you mean \`$.${suggestion}\`?` : ' References start with a namespace such as `$.Attributes`, `$.External`, `$.Customer` or `$.StoredCustomerInput`.'}`,
    data: replacement ? { replacement } : undefined,
  });
}

function short(segment: string): string {
  return segment.length > 60 ? segment.slice(0, 57) + '...' : segment;
}
