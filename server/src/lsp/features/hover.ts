import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import { actionSpec, type ActionSpec, FLOW_VERSION, isObject, type ActionEntry, type FlowModel, isUnconnected, transitions } from '../../engine';
import { locate } from './locate';
import { actionDetail, actionMarkdown, actionPlace, ERROR_TYPE_NOTES, isNextActionPath, paramMarkdown } from './flowInfo';

/** Hover text from the cached model, for the key or value under the cursor. */
export function getHover(model: FlowModel, offset: number): Hover | null {
  let cursor;
  try {
    cursor = locate(model, offset);
  } catch {
    return null;
  }
  if (!cursor || cursor.kind === 'element' || !cursor.span) return null;
  const onKey = cursor.kind === 'key';
  const path = cursor.kind === 'key' ? [...cursor.path, cursor.key!] : cursor.path;
  const span = cursor.span;
  const start = onKey ? span.keyStart! : span.valueStart;
  const end = onKey ? span.keyEnd! : span.valueEnd;
  if (end <= start) return null;
  const value = markdownFor(model, path, onKey);
  if (!value) return null;
  return { contents: { kind: MarkupKind.Markdown, value }, range: { start: model.lines.positionAt(start), end: model.lines.positionAt(end) } };
}

function markdownFor(model: FlowModel, path: ReadonlyArray<string | number>, onKey: boolean): string | undefined {
  if (path.length === 1) {
    if (path[0] === 'StartAction') return onKey ? 'The `Identifier` of the action the flow begins with.' : targetMarkdown(model, stringAt(model, path));
    if (path[0] === 'Version') return `The flow language version. There is one: \`"${FLOW_VERSION}"\`.`;
    return undefined;
  }
  const place = actionPlace(model, path);
  if (!place) return undefined;
  const rel = place.rel;
  const spec = place.spec;
  if (rel.length === 1 && rel[0] === 'Type') {
    if (spec) return actionMarkdown(spec);
    const type = place.action.object?.Type;
    return typeof type === 'string' ? `\`${type}\` is not an action type this extension knows.` : undefined;
  }
  if (rel.length === 1 && rel[0] === 'Identifier' && !onKey && place.action.id !== undefined) return identifierMarkdown(model, place.action);
  if (rel[0] === 'Parameters' && rel.length === 2 && spec) {
    const param = spec.params.find((p) => p.name === rel[1]);
    if (param) return paramMarkdown(spec, param);
    return `\`${String(rel[1])}\` is not a parameter of \`${spec.type}\`.`;
  }
  if (isNextActionPath(rel)) {
    if (onKey) return 'The `Identifier` of the action to run next on this branch.';
    return targetMarkdown(model, stringAt(model, path));
  }
  if (rel.length === 4 && rel[0] === 'Transitions' && rel[1] === 'Errors' && rel[3] === 'ErrorType') {
    const errorType = stringAt(model, path);
    if (onKey || errorType === undefined) return 'The error this branch handles.';
    return errorTypeMarkdown(spec, errorType);
  }
  return undefined;
}

function stringAt(model: FlowModel, path: ReadonlyArray<string | number>): string | undefined {
  let v: unknown = model.root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return typeof v === 'string' ? v : undefined;
}

/** The action a transition leads to: its type, name and first parameters; or that there is none. */
function targetMarkdown(model: FlowModel, target: string | undefined): string | undefined {
  if (target === undefined) return undefined;
  if (isUnconnected(target)) return 'Not connected: the designer writes this for a branch that leads nowhere yet.';
  const action = model.byId.get(target);
  if (!action) return `**No action has the Identifier** \`${escape(target)}\`: this transition leads nowhere.`;
  const lines = [`→ **${actionDetail(model, action)}**`, '', `Action ${action.index + 1}, Identifier \`${escape(target)}\``];
  const params = action.object?.Parameters;
  if (isObject(params)) {
    const entries = Object.entries(params).slice(0, 4);
    if (entries.length) lines.push('', ...entries.map(([k, v]) => `- \`${k}\`: ${short(v)}`));
    if (Object.keys(params).length > entries.length) lines.push('- …');
  }
  const spec = actionSpec(action.type);
  if (spec) lines.push('', spec.summary);
  return lines.join('\n');
}

function identifierMarkdown(model: FlowModel, action: ActionEntry): string {
  const id = action.id!;
  const incoming = transitions(model).filter((t) => t.target === id).length;
  const start = model.rootObject?.StartAction === id;
  const parts = [`**${actionDetail(model, action)}**`, ''];
  parts.push(incoming === 0 && !start ? 'No transition leads to this action.' : `${start ? 'The flow starts here. ' : ''}${incoming} transition${incoming === 1 ? '' : 's'} lead${incoming === 1 ? 's' : ''} here.`);
  return parts.join('\n');
}

function errorTypeMarkdown(spec: ActionSpec | undefined, errorType: string): string {
  const note = ERROR_TYPE_NOTES[errorType];
  const lines = [`**${errorType}**${note ? ` — ${note}` : ''}`];
  if (spec) {
    if (spec.errors.includes(errorType)) lines.push('', `\`${spec.type}\` can raise it.`);
    else lines.push('', `\`${spec.type}\` does not raise it; its error types: ${spec.errors.length ? spec.errors.map((e) => '`' + e + '`').join(', ') : 'none'}.`);
  }
  return lines.join('\n');
}

function short(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v);
  return '`' + escape(s.length > 60 ? s.slice(0, 57) + '…' : s) + '`';
}

function escape(s: string): string {
  return s.replace(/`/g, "'");
}
