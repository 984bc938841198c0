import type { Location, Range, TextEdit } from 'vscode-languageserver-types';
import { isObject, type ActionEntry, type FlowModel, transitions, type JsonPath } from '../../engine';
import { locate } from './locate';
import { actionPlace, isNextActionPath } from './flowInfo';

/** An Identifier under the cursor: where it is written, and how (a declaration, a reference, a metadata key). */
export interface IdentifierAt {
  id: string;
  role: 'declaration' | 'reference' | 'metadata';
  /** The string token (quotes included). */
  start: number;
  end: number;
  /** The action it names, when there is one. */
  action: ActionEntry | undefined;
}

/** The action Identifier under the cursor: an `Identifier`, a `NextAction`/`StartAction` value, or an ActionMetadata key. */
export function identifierAt(model: FlowModel, offset: number): IdentifierAt | undefined {
  let cursor;
  try {
    cursor = locate(model, offset);
  } catch {
    return undefined;
  }
  if (!cursor || cursor.kind === 'element' || !cursor.span) return undefined;
  if (cursor.kind === 'key') {
    const p = cursor.path;
    if (p.length === 2 && p[0] === 'Metadata' && p[1] === 'ActionMetadata' && cursor.key !== undefined) {
      return { id: cursor.key, role: 'metadata', start: cursor.span.keyStart!, end: cursor.span.keyEnd!, action: model.byId.get(cursor.key) };
    }
    return undefined;
  }
  if (cursor.open !== '"') return undefined;
  const value = valueAtPath(model, cursor.path);
  if (typeof value !== 'string') return undefined;
  const token = { start: cursor.span.valueStart, end: cursor.span.valueEnd };
  if (cursor.path.length === 1 && cursor.path[0] === 'StartAction') return { id: value, role: 'reference', ...token, action: model.byId.get(value) };
  const place = actionPlace(model, cursor.path);
  if (!place) return undefined;
  if (place.rel.length === 1 && place.rel[0] === 'Identifier') return { id: value, role: 'declaration', ...token, action: place.action };
  if (isNextActionPath(place.rel)) return { id: value, role: 'reference', ...token, action: model.byId.get(value) };
  return undefined;
}

function valueAtPath(model: FlowModel, path: JsonPath): unknown {
  let v: unknown = model.root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

function rangeOf(model: FlowModel, start: number, end: number): Range {
  return { start: model.lines.positionAt(start), end: model.lines.positionAt(end) };
}

function valueRange(model: FlowModel, path: JsonPath): Range | undefined {
  const span = model.spans.get(path);
  return span ? rangeOf(model, span.valueStart, span.valueEnd) : undefined;
}

/** Go to definition: from a NextAction/StartAction value (or a metadata key) to the action's `Identifier`. */
export function getDefinition(model: FlowModel, offset: number, uri: string): Location[] {
  const at = identifierAt(model, offset);
  if (!at || at.role === 'declaration' || !at.action) return [];
  const range = valueRange(model, [...at.action.path, 'Identifier']) ?? valueRange(model, at.action.path);
  return range ? [{ uri, range }] : [];
}

/** The paths of every string that refers to `id`: StartAction and each NextAction. */
export function referencePaths(model: FlowModel, id: string): JsonPath[] {
  const out: JsonPath[] = [];
  if (model.rootObject?.StartAction === id) out.push(['StartAction']);
  for (const t of transitions(model)) if (t.target === id) out.push(t.path);
  return out;
}

/** Find references: every transition into the action (and its declaration when asked). */
export function getReferences(model: FlowModel, offset: number, uri: string, includeDeclaration: boolean): Location[] {
  const at = identifierAt(model, offset);
  if (!at) return [];
  const out: Location[] = [];
  if (includeDeclaration && at.action) {
    const range = valueRange(model, [...at.action.path, 'Identifier']);
    if (range) out.push({ uri, range });
  }
  for (const path of referencePaths(model, at.id)) {
    const range = valueRange(model, path);
    if (range) out.push({ uri, range });
  }
  return out;
}

/** What a rename would change, or why it cannot start here. */
export function prepareRename(model: FlowModel, offset: number): { range: Range; placeholder: string } | undefined {
  const at = identifierAt(model, offset);
  if (!at || (!at.action && at.role !== 'declaration')) return undefined;
  // The range inside the quotes: what the user edits.
  return { range: rangeOf(model, at.start + 1, Math.max(at.start + 1, at.end - 1)), placeholder: at.id };
}

const FORBIDDEN_CHARS = /[%:()\\/=$,;[\]{}]/;

/** Why `name` cannot be an Identifier here, or undefined when it can. */
export function renameProblem(model: FlowModel, oldId: string, name: string): string | undefined {
  if (name.length === 0) return 'An Identifier cannot be empty.';
  if (name.length > 50) return `An Identifier has at most 50 characters; this one has ${name.length}.`;
  if (FORBIDDEN_CHARS.test(name)) return 'An Identifier cannot contain any of % : ( \\ / ) = $ , ; [ ] { }.';
  if (name !== oldId && model.byId.has(name)) return `Another action already has the Identifier "${name}".`;
  return undefined;
}

/**
 * Renames an action: its `Identifier`, every `NextAction` and `StartAction` naming it, its designer metadata key
 * (`Metadata.ActionMetadata`) and the designer notes attached to it (`Metadata.Annotations[].actionId`).
 */
export function renameEdits(model: FlowModel, offset: number, name: string): { edits: TextEdit[] } | { error: string } | undefined {
  const at = identifierAt(model, offset);
  if (!at) return undefined;
  const problem = renameProblem(model, at.id, name);
  if (problem) return { error: problem };
  const newText = JSON.stringify(name);
  const edits: TextEdit[] = [];
  const replaceValue = (path: JsonPath) => {
    const span = model.spans.get(path);
    if (span) edits.push({ range: rangeOf(model, span.valueStart, span.valueEnd), newText });
  };
  const declaration = at.role === 'declaration' ? (at.action ?? model.byId.get(at.id)) : model.byId.get(at.id);
  if (declaration) replaceValue([...declaration.path, 'Identifier']);
  for (const path of referencePaths(model, at.id)) replaceValue(path);
  const metadata = model.rootObject?.Metadata;
  if (isObject(metadata)) {
    const byId = metadata.ActionMetadata;
    if (isObject(byId) && Object.prototype.hasOwnProperty.call(byId, at.id)) {
      const span = model.spans.get(['Metadata', 'ActionMetadata', at.id]);
      if (span?.keyStart !== undefined) edits.push({ range: rangeOf(model, span.keyStart, span.keyEnd!), newText });
    }
    const notes = metadata.Annotations;
    if (Array.isArray(notes)) notes.forEach((note, i) => isObject(note) && note.actionId === at.id && replaceValue(['Metadata', 'Annotations', i, 'actionId']));
  }
  // One edit per place, even when a path was reached twice.
  const seen = new Set<string>();
  return { edits: edits.filter((e) => !seen.has(JSON.stringify(e.range)) && !!seen.add(JSON.stringify(e.range))) };
}
