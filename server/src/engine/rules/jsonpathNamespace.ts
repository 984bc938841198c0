import { Severity } from '../diagnostic';
import { NAMESPACES, isKnownNamespace, referenceSegments } from '../jsonpath';
import { isObject } from '../model';
import type { JsonPath } from '../text/spanIndex';
import type { Report, Rule } from './rule';
import { didYouMean } from './text';

const MAX_DEPTH = 20;

export const jsonpathNamespace: Rule = {
  id: 'jsonpath-namespace',
  defaultSeverity: Severity.Warning,
  description: 'A parameter value that is one JSONPath reference starts with something that is not part of the flow data (e.g. `$.Atributes.x`).',
  check({ model, report }) {
    for (const action of model.actions) {
      const params = action.object?.Parameters;
      if (!isObject(params)) continue;
      walk(params, [...action.path, 'Parameters'], 0, report);
    }
  },
};

/** Visits every string value under `value`. `path` is a shared stack; it is copied only when something is reported. */
function walk(value: unknown, path: Array<string | number>, depth: number, report: (r: Report) => void): void {
  if (typeof value === 'string') {
    if (value.length > 2 && value.charCodeAt(0) === 36 /* $ */) checkReference(value, path, report);
    return;
  }
  if (depth >= MAX_DEPTH || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) visit(value[i], i, path, depth, report);
  } else {
    for (const key in value as Record<string, unknown>) visit((value as Record<string, unknown>)[key], key, path, depth, report);
  }
}

function visit(child: unknown, key: string | number, path: Array<string | number>, depth: number, report: (r: Report) => void): void {
  if (typeof child !== 'object' && typeof child !== 'string') return;
  path.push(key);
  walk(child, path, depth + 1, report);
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
    message: `\`$.${first}\` is not part of the flow data, so ${JSON.stringify(value)} will not resolve.${suggestion ? ` Did you mean \`$.${suggestion}\`?` : ' References start with a namespace such as `$.Attributes`, `$.External`, `$.Customer` or `$.StoredCustomerInput`.'}`,
    data: replacement ? { replacement } : undefined,
  });
}
