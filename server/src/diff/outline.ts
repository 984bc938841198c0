import { buildModel, type ValidateOptions } from '../engine';
import { branchText } from './render/describe';
import { readSide } from './side';
import { canonical, has, isObject } from './values';

/**
 * A flow as stable, line-oriented text for `git diff` through a textconv driver: designer metadata left out, actions
 * sorted by Identifier, keys sorted, one line per parameter and per transition (targets named). Two versions that
 * differ only for the designer give the same outline. Text that is not a flow is returned as it is.
 */
export function flowOutline(text: string, options: ValidateOptions = {}): string {
  const model = buildModel(text, options);
  if (model.kind !== 'flow' || !model.rootObject) return text;
  const side = readSide(model);
  const root = model.rootObject;
  const out: string[] = [];
  const metadata = isObject(root.Metadata) ? root.Metadata : {};
  out.push(`Flow${typeof metadata.name === 'string' ? ` "${metadata.name}"` : ''}`);
  if (has(metadata, 'type')) out.push(`  Flow type: ${canonical(metadata.type)}`);
  const start = side.start === undefined ? undefined : side.byKey.get(side.start);
  out.push(`  Start: ${start ? `${start.name} [${start.id}]` : canonical(root.StartAction)}`);
  for (const key of Object.keys(root).sort()) {
    if (key === 'Actions' || key === 'Metadata' || key === 'StartAction') continue;
    out.push(`  ${key}: ${canonical(root[key])}`);
  }
  const actions = [...side.actions].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const a of actions) {
    out.push('', `${a.name} [${a.id ?? '(no Identifier)'}]${side.reachable.has(a.key) || !start ? '' : ' (unreachable)'}`);
    const object = a.entry.object;
    if (!object) {
      out.push(`  ${canonical(a.entry.value)}`);
      continue;
    }
    out.push(`  Type: ${typeof object.Type === 'string' ? object.Type : canonical(object.Type)}`);
    const params = object.Parameters;
    if (isObject(params)) for (const [path, value] of leaves(params, [])) out.push(`  ${path}: ${value}`);
    else if (params !== undefined) out.push(`  Parameters: ${canonical(params)}`);
    for (const key of Object.keys(object).sort()) {
      if (key === 'Identifier' || key === 'Type' || key === 'Parameters' || key === 'Transitions') continue;
      out.push(`  ${key}: ${canonical(object[key])}`);
    }
    for (const b of a.branches) {
      const to = side.byKey.get(b.target);
      out.push(`  → ${branchText(b.branch)}: ${to ? `${to.name} [${to.id}]` : JSON.stringify(b.target)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function leaves(object: Record<string, unknown>, path: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const key of Object.keys(object).sort()) {
    const value = object[key];
    const p = [...path, key];
    if (isObject(value) && Object.keys(value).length > 0) out.push(...leaves(value, p));
    else out.push([p.join('.'), canonical(value)]);
  }
  return out;
}
