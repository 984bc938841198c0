import { randomUUID } from 'crypto';
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type Command,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-types';
import { ACTION_SPECS, actionSpec, type ActionSpec, type ParamSpec, FLOW_VERSION, isObject, type FlowModel } from '../../engine';
import { locate, type Cursor, type ElementCursor, type KeyCursor, type ValueCursor } from './locate';
import { actionDetail, actionMarkdown, actionPlace, ERROR_TYPE_NOTES, isNextActionPath, OPERATORS, paramMarkdown, type ActionPlace } from './flowInfo';
import { NAMESPACE_BY_NAME, NAMESPACES, namesSetInFlow } from './jsonPathNames';
import { describeAction } from '../../engine';

/**
 * Completions from the cached model: the cursor is found by descending the span index, and only the containers on
 * the way are looked at. Documentation is attached later, in completionItem/resolve (see `resolveCompletion`).
 */

const SUGGEST: Command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

/** What resolve needs to add documentation to an item. */
export type CompletionData =
  | { doc: 'param'; type: string; name: string }
  | { doc: 'action'; type: string }
  | { doc: 'text'; text: string };

/** A completion in the making: the JSON text to insert (a snippet when `snippet`), and how it is shown. */
interface Proposal {
  label: string;
  /** Text inserted, without surrounding commas; a snippet when `snippet` is true. */
  text: string;
  snippet?: boolean;
  kind: CompletionItemKind;
  detail?: string;
  sortText?: string;
  /** What the client filters on (without quotes), when not the label. */
  filter?: string;
  /** Shown after the label (detail) and at the right of the row (description). */
  labelDetails?: { detail?: string; description?: string };
  data?: CompletionData;
  command?: Command;
  preselect?: boolean;
}

export function getCompletions(model: FlowModel, offset: number): CompletionItem[] {
  let cursor: Cursor | undefined;
  try {
    cursor = locate(model, offset);
  } catch {
    return [];
  }
  if (!cursor) return [];
  const proposals = cursor.kind === 'key' ? keyProposals(model, cursor) : cursor.kind === 'value' ? valueProposals(model, cursor) : elementProposals(model, cursor);
  const range: Range = { start: model.lines.positionAt(cursor.start), end: model.lines.positionAt(cursor.end) };
  const typed = model.text.slice(cursor.start, cursor.end);
  const comma = cursor.commaBefore !== undefined ? model.lines.positionAt(cursor.commaBefore) : undefined;
  return proposals.map((p) => toItem(cursor!, p, range, typed, comma));
}

/** Adds the markdown documentation of an item (completionItem/resolve). */
export function resolveCompletion(item: CompletionItem): CompletionItem {
  const data = item.data as CompletionData | undefined;
  if (!data || typeof data !== 'object') return item;
  let value: string | undefined;
  if (data.doc === 'param') {
    const spec = actionSpec(data.type);
    const param = spec?.params.find((p) => p.name === data.name);
    if (spec && param) value = paramMarkdown(spec, param);
  } else if (data.doc === 'action') {
    const spec = actionSpec(data.type);
    if (spec) value = actionMarkdown(spec);
  } else if (data.doc === 'text') value = data.text;
  if (value !== undefined) item.documentation = { kind: MarkupKind.Markdown, value };
  return item;
}

function toItem(cursor: Cursor, p: Proposal, range: Range, typed: string, comma: Range['start'] | undefined): CompletionItem {
  const text = p.text + (cursor.commaAfter ? ',' : '');
  const item: CompletionItem = {
    label: p.label,
    kind: p.kind,
    textEdit: { range, newText: text } as TextEdit,
    insertTextFormat: p.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  // The client filters on the text between the range start and the cursor, quote included.
  const word = p.filter ?? p.label;
  item.filterText = typed.startsWith('"') ? `"${word}"` : word;
  if (p.detail) item.detail = p.detail;
  if (p.labelDetails) item.labelDetails = p.labelDetails;
  if (p.sortText) item.sortText = p.sortText;
  if (p.data) item.data = p.data;
  if (p.command) item.command = p.command;
  if (p.preselect) item.preselect = true;
  if (comma) item.additionalTextEdits = [{ range: { start: comma, end: comma }, newText: ',' }];
  return item;
}

/** Escapes literal text for a snippet. */
function lit(s: string): string {
  return s.replace(/[$}\\]/g, '\\$&');
}

/** A JSON string literal as snippet text. */
function str(s: string): string {
  return lit(JSON.stringify(s));
}

function choice(n: number, values: readonly string[]): string {
  return `\${${n}|${values.map((v) => JSON.stringify(v).slice(1, -1).replace(/[,|\\$}]/g, '\\$&')).join(',')}|}`;
}

function sortKey(group: number, index: number): string {
  return `${group}${String(index).padStart(4, '0')}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Keys

interface KeyOption {
  name: string;
  /** Snippet for the value. */
  value: string;
  detail: string;
  data?: CompletionData;
  command?: Command;
}

function keyProposals(model: FlowModel, cursor: KeyCursor): Proposal[] {
  const present = new Set(cursor.siblings);
  const options = keyOptions(model, cursor, present);
  const out: Proposal[] = options
    .filter((o) => !present.has(o.name))
    .map((o, i) => {
      const keyOnly = cursor.key !== undefined && cursor.hasColon;
      return {
        label: o.name,
        text: keyOnly ? str(o.name) : `${str(o.name)}: ${o.value}`,
        snippet: !keyOnly,
        kind: CompletionItemKind.Property,
        detail: o.detail,
        sortText: sortKey(0, i),
        data: o.data,
        command: keyOnly ? undefined : o.command,
      };
    });
  const place = actionPlace(model, cursor.path);
  if (place && place.rel.length === 0 && cursor.siblings.length === 0) out.push(...actionBodySnippets());
  return out;
}

function keyOptions(model: FlowModel, cursor: KeyCursor, present: Set<string>): KeyOption[] {
  const path = cursor.path;
  if (path.length === 0) return rootKeys(model);
  if (path.length === 2 && path[0] === 'Metadata' && path[1] === 'ActionMetadata') {
    // Designer metadata is keyed by Identifier: offer the actions that have none yet.
    return model.actions
      .filter((a) => a.id !== undefined)
      .map((a) => ({ name: a.id!, value: '{\n\t"position": {\n\t\t"x": ${1:0},\n\t\t"y": ${2:0}\n\t}\n}', detail: `Designer data of ${actionDetail(model, a)}` }));
  }
  const place = actionPlace(model, path);
  if (!place) return [];
  const rel = place.rel;
  if (rel.length === 0) return actionKeys(place);
  if (rel.length === 1 && rel[0] === 'Parameters') return place.spec ? paramKeys(place.spec, present) : [];
  if (rel.length === 1 && rel[0] === 'Transitions') return transitionKeys(place.spec);
  if (rel.length === 3 && rel[0] === 'Transitions' && rel[1] === 'Errors') {
    return [
      { name: 'NextAction', value: '"$1"', detail: 'Identifier of the action to run on this error', command: SUGGEST },
      { name: 'ErrorType', value: '"$1"', detail: 'The error this branch handles', command: SUGGEST },
    ];
  }
  if (rel.length === 3 && rel[0] === 'Transitions' && rel[1] === 'Conditions') {
    return [
      { name: 'NextAction', value: '"$1"', detail: 'Identifier of the action to run when the condition holds', command: SUGGEST },
      { name: 'Condition', value: '{\n\t"Operator": "${1:Equals}",\n\t"Operands": [\n\t\t"$2"\n\t]\n}', detail: 'Operator and operand to compare the result with' },
    ];
  }
  if (rel.length === 4 && rel[0] === 'Transitions' && rel[1] === 'Conditions' && rel[3] === 'Condition') {
    return [
      { name: 'Operator', value: '"$1"', detail: 'How to compare', command: SUGGEST },
      { name: 'Operands', value: '[\n\t"$1"\n]', detail: 'The value to compare with (one string)' },
    ];
  }
  return [];
}

function rootKeys(model: FlowModel): KeyOption[] {
  const first = model.actions.find((a) => a.id !== undefined)?.id;
  return [
    { name: 'Version', value: str(FLOW_VERSION), detail: 'Flow language version (always "2019-10-30")' },
    { name: 'StartAction', value: first ? `"\${1:${lit(JSON.stringify(first).slice(1, -1))}}"` : '"$1"', detail: 'Identifier of the first action to run' },
    { name: 'Metadata', value: '{\n\t"entryPointPosition": {\n\t\t"x": 40,\n\t\t"y": 40\n\t},\n\t"ActionMetadata": {}\n}', detail: 'Designer layout (not used at run time)' },
    { name: 'Actions', value: '[\n\t$0\n]', detail: 'The actions of the flow' },
  ];
}

function actionKeys(place: ActionPlace): KeyOption[] {
  const spec = place.spec;
  return [
    { name: 'Identifier', value: `"\${1:${randomUUID()}}"`, detail: 'Unique name of the action (the console uses a UUID)' },
    { name: 'Type', value: '"$1"', detail: 'What the action does', command: SUGGEST },
    { name: 'Parameters', value: spec ? paramsObjectSnippet(spec) : '{$1}', detail: 'Settings of the action' },
    { name: 'Transitions', value: transitionsSnippet(spec, 1), detail: 'Where the flow goes next' },
  ];
}

function paramKeys(spec: ActionSpec, present: Set<string>): KeyOption[] {
  const ordered = [...spec.params].sort((a, b) => Number(!!b.required) - Number(!!a.required));
  return ordered
    .filter((p) => !(p.exclusiveWith ?? []).some((other) => present.has(other)))
    .map((p) => ({
      name: p.name,
      value: paramValueSnippet(p, 1),
      detail: `${p.required ? 'Required' : 'Optional'} · ${p.summary}`,
      data: { doc: 'param', type: spec.type, name: p.name },
    }));
}

function transitionKeys(spec: ActionSpec | undefined): KeyOption[] {
  const out: KeyOption[] = [];
  if (!spec?.terminal) out.push({ name: 'NextAction', value: '"$1"', detail: 'Identifier of the action to run next', command: SUGGEST });
  if (!spec || spec.errors.length > 0) out.push({ name: 'Errors', value: errorsSnippet(spec, 1), detail: 'Branches for errors' });
  out.push({ name: 'Conditions', value: spec && !spec.conditions ? '[]' : '[\n\t$0\n]', detail: spec && !spec.conditions ? 'This action takes no conditions: keep the list empty' : 'Branches on the result' });
  return out;
}

/** The value to insert for a parameter, as a snippet with tab stop `n`. */
function paramValueSnippet(p: ParamSpec, n: number): string {
  if (p.kind === 'object') return p.default && p.default !== '{}' ? lit(p.default) : `{$${n}}`;
  if (p.kind === 'array') return p.default && p.default !== '[]' ? lit(p.default) : `[$${n}]`;
  if (p.kind === 'boolean') return `"${choice(n, p.default === 'True' ? ['True', 'False'] : ['False', 'True'])}"`;
  if (p.values?.length) {
    const values = p.default && p.values.includes(p.default) ? [p.default, ...p.values.filter((v) => v !== p.default)] : p.values;
    return `"${choice(n, values)}"`;
  }
  if (p.default !== undefined) return `"\${${n}:${lit(JSON.stringify(p.default).slice(1, -1))}}"`;
  return `"$${n}"`;
}

function paramsObjectSnippet(spec: ActionSpec): string {
  const required = spec.params.filter((p) => p.required);
  if (required.length === 0) return '{$1}';
  return `{\n${required.map((p, i) => `\t${str(p.name)}: ${paramValueSnippet(p, i + 1)}`).join(',\n')}\n}`;
}

function errorsSnippet(spec: ActionSpec | undefined, n: number): string {
  if (spec && spec.errors.length === 0) return '[]';
  const errorType = spec?.errors.includes('NoMatchingError') || !spec ? 'NoMatchingError' : spec.errors[0];
  return `[\n\t{\n\t\t"NextAction": "$${n}",\n\t\t"ErrorType": ${str(errorType)}\n\t}\n]`;
}

function transitionsSnippet(spec: ActionSpec | undefined, n: number): string {
  if (spec?.terminal) return '{}';
  const parts = [`\t"NextAction": "$${n}"`];
  if (!spec || spec.errors.length > 0) parts.push(`\t"Errors": ${errorsSnippet(spec, n + 1).replace(/\n/g, '\n\t')}`);
  parts.push('\t"Conditions": []');
  return `{\n${parts.join(',\n')}\n}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Whole actions

const CALLBACK = 'CreateCallbackContact';

/** The body (inside the braces) of a new CreateCallbackContact action with a fresh Identifier. */
function callbackBody(): string {
  const spec = actionSpec(CALLBACK);
  const params = spec ? paramsObjectSnippet(spec) : '{$1}';
  const stops = spec ? spec.params.filter((p) => p.required).length : 1;
  return [
    `"Parameters": ${params}`,
    `"Identifier": "${randomUUID()}"`,
    `"Type": "${CALLBACK}"`,
    `"Transitions": ${transitionsSnippet(spec, stops + 1)}`,
  ].join(',\n');
}

function indent(s: string): string {
  return '\t' + s.replace(/\n/g, '\n\t');
}

function actionBodySnippets(): Proposal[] {
  return [
    {
      label: 'New CreateCallbackContact action',
      text: callbackBody(),
      snippet: true,
      kind: CompletionItemKind.Snippet,
      detail: 'Queue a callback: required parameters, fresh Identifier, NoMatchingError branch',
      sortText: sortKey(9, 0),
      data: { doc: 'action', type: CALLBACK },
    },
  ];
}

function elementProposals(model: FlowModel, cursor: ElementCursor): Proposal[] {
  const path = cursor.path;
  if (path.length === 1 && path[0] === 'Actions') {
    return [
      {
        label: 'New CreateCallbackContact action',
        text: `{\n${indent(callbackBody())}\n}`,
        snippet: true,
        kind: CompletionItemKind.Snippet,
        detail: 'Queue a callback: required parameters, fresh Identifier, NoMatchingError branch',
        sortText: sortKey(0, 0),
        data: { doc: 'action', type: CALLBACK },
        preselect: true,
      },
      {
        label: 'New action',
        text: `{\n\t"Parameters": {},\n\t"Identifier": "${randomUUID()}",\n\t"Type": "$1",\n\t"Transitions": {}\n}`,
        snippet: true,
        kind: CompletionItemKind.Snippet,
        detail: 'An empty action with a fresh Identifier',
        sortText: sortKey(0, 1),
        command: SUGGEST,
      },
    ];
  }
  const place = actionPlace(model, path);
  if (!place) return [];
  const rel = place.rel;
  if (rel.length === 2 && rel[0] === 'Transitions' && rel[1] === 'Errors') {
    const errors = place.spec?.errors ?? ['NoMatchingError'];
    if (errors.length === 0) return [];
    return [
      {
        label: 'New error branch',
        text: `{\n\t"NextAction": "$1",\n\t"ErrorType": "${choice(2, errors)}"\n}`,
        snippet: true,
        kind: CompletionItemKind.Snippet,
        detail: `Handle ${errors.join(', ')}`,
        filter: 'error',
      },
    ];
  }
  if (rel.length === 2 && rel[0] === 'Transitions' && rel[1] === 'Conditions') {
    return [
      {
        label: 'New condition branch',
        text: '{\n\t"NextAction": "$1",\n\t"Condition": {\n\t\t"Operator": "${2:Equals}",\n\t\t"Operands": [\n\t\t\t"$3"\n\t\t]\n\t}\n}',
        snippet: true,
        kind: CompletionItemKind.Snippet,
        detail: 'Branch when the result matches',
        filter: 'condition',
      },
    ];
  }
  if (isOperandsPath(rel)) return outcomeProposals(place);
  return [];
}

function isOperandsPath(rel: readonly (string | number)[]): boolean {
  return rel.length === 5 && rel[0] === 'Transitions' && rel[1] === 'Conditions' && rel[3] === 'Condition' && rel[4] === 'Operands';
}

function outcomeProposals(place: ActionPlace): Proposal[] {
  const outcomes = place.spec?.conditions?.outcomes ?? place.spec?.conditions?.requiredOutcomes ?? [];
  return outcomes.map((o, i) => ({ label: o, text: JSON.stringify(o), kind: CompletionItemKind.EnumMember, detail: `A result of ${place.spec!.type}`, sortText: sortKey(0, i) }));
}

// ---------------------------------------------------------------------------------------------------------------
// Values

function valueProposals(model: FlowModel, cursor: ValueCursor): Proposal[] {
  // Only strings (or a value not typed yet) get completions; a number being typed is replaced as a whole.
  const path = cursor.path;
  if (path.length === 1) {
    if (path[0] === 'Version') return [{ label: FLOW_VERSION, text: JSON.stringify(FLOW_VERSION), kind: CompletionItemKind.Constant, detail: 'The only flow language version' }];
    if (path[0] === 'StartAction') return identifierProposals(model, undefined);
    return [];
  }
  const place = actionPlace(model, path);
  if (!place) return [];
  const rel = place.rel;
  if (rel.length === 1 && rel[0] === 'Type') return typeProposals(model, place);
  if (rel.length === 1 && rel[0] === 'Identifier') {
    const id = randomUUID();
    return [{ label: id, text: JSON.stringify(id), kind: CompletionItemKind.Value, detail: 'A fresh UUID' }];
  }
  if (isNextActionPath(rel)) return identifierProposals(model, place.action.index);
  if (rel.length === 4 && rel[0] === 'Transitions' && rel[1] === 'Errors' && rel[3] === 'ErrorType') return errorTypeProposals(place);
  if (rel.length === 5 && rel[0] === 'Transitions' && rel[1] === 'Conditions' && rel[4] === 'Operator') {
    const ops = place.spec?.conditions?.operators ?? OPERATORS;
    return ops.map((op, i) => ({ label: op, text: JSON.stringify(op), kind: CompletionItemKind.EnumMember, sortText: sortKey(0, i) }));
  }
  if (rel.length === 6 && isOperandsPath(rel.slice(0, 5))) return outcomeProposals(place);
  if (rel[0] === 'Parameters' && rel.length >= 2 && place.spec) return paramValueProposals(model, cursor, place.spec, rel);
  return [];
}

function identifierProposals(model: FlowModel, self: number | undefined): Proposal[] {
  const out: Proposal[] = [];
  for (const action of model.actions) {
    if (action.id === undefined) continue;
    // A row says what the action is, and typing part of its name or prompt finds it, not only its UUID.
    const { name, type, telling } = describeAction(model, action);
    const about = [type ?? 'no Type', telling].filter((x) => x !== undefined).join(' · ');
    const words = [action.id, name === action.id ? undefined : name, telling, type].filter((x) => x !== undefined);
    out.push({
      label: action.id,
      text: JSON.stringify(action.id),
      kind: CompletionItemKind.Reference,
      detail: telling === undefined ? actionDetail(model, action) : `${actionDetail(model, action)} · ${telling}`,
      labelDetails: { description: about },
      filter: words.join(' ').slice(0, 120),
      sortText: sortKey(action.index === self ? 1 : 0, action.index),
    });
  }
  return out;
}

function typeProposals(model: FlowModel, place: ActionPlace): Proposal[] {
  const params = place.action.object?.Parameters;
  const keys = isObject(params) ? Object.keys(params) : [];
  const flowType = model.flowType;
  const scored = ACTION_SPECS.map((spec, index) => {
    const names = new Set(spec.params.map((p) => p.name));
    const matching = keys.filter((k) => names.has(k)).length;
    const allowed = !flowType || !spec.flowTypes?.allowed || spec.flowTypes.allowed.includes(flowType);
    // Callbacks are the action this extension knows best: first whenever nothing says otherwise.
    const score = (allowed ? 0 : 1000) - matching * 10 + (spec.type === CALLBACK ? 0 : 1);
    return { spec, index, score, allowed };
  }).sort((a, b) => a.score - b.score || a.spec.type.localeCompare(b.spec.type));
  return scored.map(({ spec, allowed }, i) => ({
    label: spec.type,
    text: JSON.stringify(spec.type),
    kind: CompletionItemKind.Class,
    detail: allowed ? spec.summary : `Not allowed in this flow type · ${spec.summary}`,
    sortText: sortKey(0, i),
    data: { doc: 'action', type: spec.type },
    preselect: i === 0 && !place.action.type,
  }));
}

function errorTypeProposals(place: ActionPlace): Proposal[] {
  const errors = place.spec?.errors ?? ['NoMatchingError', 'NoMatchingCondition'];
  const t = place.action.object?.Transitions;
  const used = new Set(isObject(t) && Array.isArray(t.Errors) ? t.Errors.map((e) => (isObject(e) ? e.ErrorType : undefined)) : []);
  return errors.map((e, i) => ({
    label: e,
    text: JSON.stringify(e),
    kind: CompletionItemKind.EnumMember,
    detail: used.has(e) ? 'Already handled in this action' : (ERROR_TYPE_NOTES[e] ?? `An error of ${place.spec?.type ?? 'this action'}`),
    sortText: sortKey(used.has(e) ? 1 : 0, i),
  }));
}

function paramValueProposals(model: FlowModel, cursor: ValueCursor, spec: ActionSpec, rel: readonly (string | number)[]): Proposal[] {
  const param = spec.params.find((p) => p.name === rel[1]);
  const nested = rel.length > 2;
  if (!param && !nested) return [];
  const out: Proposal[] = [];
  if (param && !nested) {
    const literals: string[] = [];
    if (param.kind === 'boolean') literals.push('True', 'False');
    else if (param.values) literals.push(...param.values);
    else {
      if (param.default !== undefined && param.kind !== 'object' && param.kind !== 'array') literals.push(param.default);
      for (const e of param.examples ?? []) if (!literals.includes(e)) literals.push(e);
    }
    literals.forEach((v, i) =>
      out.push({
        label: v,
        text: JSON.stringify(v),
        kind: CompletionItemKind.Value,
        detail: v === param.default ? `Default · ${param.summary}` : param.summary,
        sortText: sortKey(v === param.default ? 0 : 1, i),
        data: { doc: 'param', type: spec.type, name: param.name },
        preselect: v === param.default,
      }),
    );
  }
  const referenceAllowed = nested ? true : param!.form !== 'static' && param!.kind !== 'object' && param!.kind !== 'array';
  if (referenceAllowed && (cursor.open === '"' || cursor.open === undefined)) out.push(...jsonPathProposals(model, cursor.prefix));
  return out;
}

/** `$.` and the namespaces; under `$.Attributes.` the names this flow sets; under other namespaces their fields. */
export function jsonPathProposals(model: FlowModel, prefix: string): Proposal[] {
  const fields = /^\$\.([A-Za-z0-9_]+)\.([A-Za-z0-9_.-]*)$/.exec(prefix);
  if (fields) {
    const ns = NAMESPACE_BY_NAME.get(fields[1]);
    if (!ns) return [];
    const names = ns.open ? namesSetInFlow(model, ns.name) : (ns.fields ?? []);
    return names.map((name, i) => {
      const full = `$.${ns.name}.${name}`;
      return {
        label: full,
        text: JSON.stringify(full),
        kind: CompletionItemKind.Field,
        detail: ns.open ? `Set in this flow` : ns.summary,
        sortText: sortKey(2, i),
      };
    });
  }
  if (prefix !== '' && !/^\$(\.[A-Za-z0-9_]*)?$/.test(prefix)) return [];
  return NAMESPACES.map((ns, i) => {
    const more = ns.open || ns.fields !== undefined;
    const full = `$.${ns.name}`;
    return {
      label: more ? `${full}.` : full,
      text: more ? `"${lit(full)}.$1"` : JSON.stringify(full),
      snippet: more,
      kind: CompletionItemKind.Module,
      detail: ns.summary,
      sortText: sortKey(3, i),
      command: more ? SUGGEST : undefined,
    };
  });
}
