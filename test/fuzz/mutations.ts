/**
 * Edits that turn a real flow into the half-typed, broken, odd documents an editor sends on every keystroke.
 * Each edit is plain data (picks are reduced modulo what is available), so fast-check can shrink a failing
 * sequence and a seed replays it exactly.
 */
import fc from 'fast-check';
import { applyEdits, createScanner, getNodePath, modify, parseTree, type Node } from 'jsonc-parser';

/** Characters and fragments that mean something to JSON, to line counting or to UTF-16. */
export const SIGNIFICANT = [
  '{', '}', '[', ']', ',', ':', '"', '\\', ' ', '\t', '\n', '\r', '\r\n', '\ufeff', '\ud800', '\udc00', '\ud83d\ude00',
  '\u2028', '\u0000', 'true', 'null', 'false', '-', '0', '1e', '1e999', '.5', '0x1', '/*', '*/', '//', '\\u', '\\ud800',
  '"$.', '$.Attributes.', '"Identifier"', '"NextAction":', '"Type": ', '"Parameters": {', '"Actions": [', 'é', '𝄞',
];

export type CharEdit =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; content: string }
  | { kind: 'duplicate'; from: number; length: number; at: number }
  | { kind: 'truncate'; token: number; instance: number; cut: 'before' | 'inside' | 'after' };

export type TreeEdit =
  | { kind: 'swapType'; node: number; inActions: boolean; replacement: number }
  | { kind: 'removeKey'; node: number; inActions: boolean }
  | { kind: 'renameKey'; node: number; inActions: boolean; name: number }
  | { kind: 'duplicateAction'; action: number };

export type Edit = CharEdit | TreeEdit;

/** Values of every JSON type (and some that only look right) to swap in for an existing value. */
export const REPLACEMENTS = [
  '"x"', '""', '" "', '0', '-1', '1.5', '1e400', '99999999999999999999', 'true', 'false', 'null', '{}', '[]', '{"a":1}',
  '[1,"2",null]', '"$.Attributes.x"', '"$.External.y and $.Attributes.z"', '"$$.bad"', '"600"', '"-5"', '"0"', '"abc"',
  '"\\ud800"', '"😀"', `"${'x'.repeat(5000)}"`, '[[[[[[]]]]]]', '{"Identifier": 1}',
];

/** Key names to rename to: real ones (so duplicates and moved meanings happen), typos and odd ones. */
export const KEY_NAMES = [
  'Identifier', 'Type', 'Parameters', 'Transitions', 'NextAction', 'Errors', 'Conditions', 'ErrorType', 'Actions',
  'StartAction', 'Version', 'Metadata', 'type', 'Operands', 'Operator', 'Condition', 'identifier', '', ' ', '__proto__',
  'constructor', 'hasOwnProperty', 'toString', '😀', 'QueueId', 'InitialCallDelaySeconds', 'MaximumConnectionAttempts',
  'K'.repeat(3000),
];

const pos = fc.nat({ max: 1_000_000 });

export const charEdit: fc.Arbitrary<CharEdit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: pos, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: pos,
    content: fc.oneof(fc.constantFrom(...SIGNIFICANT), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: 'grapheme-ascii', maxLength: 8 })),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), from: pos, length: fc.integer({ min: 1, max: 400 }), at: pos }),
  fc.record({ kind: fc.constant('truncate' as const), token: fc.nat({ max: 16 }), instance: pos, cut: fc.constantFrom('before' as const, 'inside' as const, 'after' as const) }),
);

export const treeEdit: fc.Arbitrary<TreeEdit> = fc.oneof(
  fc.record({ kind: fc.constant('swapType' as const), node: pos, inActions: fc.boolean(), replacement: fc.nat() }),
  fc.record({ kind: fc.constant('removeKey' as const), node: pos, inActions: fc.boolean() }),
  fc.record({ kind: fc.constant('renameKey' as const), node: pos, inActions: fc.boolean(), name: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateAction' as const), action: pos }),
);

/** Tree edits first (they need a parse to find their target), then character edits. */
export const editList: fc.Arbitrary<Edit[]> = fc
  .tuple(fc.array(treeEdit, { maxLength: 3 }), fc.array(charEdit, { maxLength: 4 }))
  .map(([tree, chars]) => [...tree, ...chars]);

/** Tree edits only: the text stays JSON, so checks see the flow as the rules do, not as syntax errors. */
export const structuralEditList: fc.Arbitrary<Edit[]> = fc.array(treeEdit, { minLength: 1, maxLength: 4 });

function clampPos(text: string, at: number): number {
  return text.length === 0 ? 0 : at % (text.length + 1);
}

interface Token {
  kind: number;
  offset: number;
  length: number;
}

function tokens(text: string): Token[] {
  const scanner = createScanner(text, true);
  const out: Token[] = [];
  for (let kind = scanner.scan(); kind !== 17 /* EOF */ && out.length < 200_000; kind = scanner.scan())
    out.push({ kind, offset: scanner.getTokenOffset(), length: scanner.getTokenLength() });
  return out;
}

function truncate(text: string, edit: Extract<CharEdit, { kind: 'truncate' }>): string {
  const all = tokens(text);
  if (all.length === 0) return text;
  const kinds = [...new Set(all.map((t) => t.kind))].sort((a, b) => a - b);
  const kind = kinds[edit.token % kinds.length];
  const ofKind = all.filter((t) => t.kind === kind);
  const t = ofKind[edit.instance % ofKind.length];
  const cut = edit.cut === 'before' ? t.offset : edit.cut === 'after' ? t.offset + t.length : t.offset + Math.floor(t.length / 2);
  return text.slice(0, cut);
}

function nodesOf(root: Node | undefined, inActions: boolean, want: (n: Node) => boolean): Node[] {
  const out: Node[] = [];
  const walk = (n: Node, under: boolean) => {
    if (want(n) && (!inActions || under)) out.push(n);
    const below = under || (n.type === 'property' && n.children?.[0]?.value === 'Actions' && n.parent === root);
    for (const c of n.children ?? []) walk(c, below);
  };
  if (root) walk(root, false);
  return out;
}

function pickNode(text: string, edit: { node: number; inActions: boolean }, want: (n: Node) => boolean): Node | undefined {
  const root = parseTree(text);
  let nodes = nodesOf(root, edit.inActions, want);
  if (nodes.length === 0) nodes = nodesOf(root, false, want);
  return nodes.length ? nodes[edit.node % nodes.length] : undefined;
}

const isValue = (n: Node) => n.type !== 'property' && n.parent !== undefined && !(n.parent.type === 'property' && n.parent.children?.[0] === n);
const isProperty = (n: Node) => n.type === 'property';

function splice(text: string, at: number, length: number, content: string): string {
  return text.slice(0, at) + content + text.slice(at + length);
}

export function applyEdit(text: string, edit: Edit): string {
  switch (edit.kind) {
    case 'delete': {
      const at = clampPos(text, edit.at);
      return splice(text, at, edit.length, '');
    }
    case 'insert':
      return splice(text, clampPos(text, edit.at), 0, edit.content);
    case 'duplicate': {
      const from = clampPos(text, edit.from);
      return splice(text, clampPos(text, edit.at), 0, text.slice(from, from + edit.length));
    }
    case 'truncate':
      return truncate(text, edit);
    case 'swapType': {
      const node = pickNode(text, edit, isValue);
      return node ? splice(text, node.offset, node.length, REPLACEMENTS[edit.replacement % REPLACEMENTS.length]) : text;
    }
    case 'removeKey': {
      const node = pickNode(text, edit, isProperty);
      if (!node) return text;
      try {
        return applyEdits(text, modify(text, getNodePath(node.children![1] ?? node), undefined, {}));
      } catch {
        return splice(text, node.offset, node.length, '');
      }
    }
    case 'renameKey': {
      const node = pickNode(text, edit, isProperty);
      const key = node?.children?.[0];
      return key ? splice(text, key.offset, key.length, JSON.stringify(KEY_NAMES[edit.name % KEY_NAMES.length])) : text;
    }
    case 'duplicateAction': {
      const root = parseTree(text);
      const actions = root?.type === 'object' ? root.children?.find((p) => p.children?.[0]?.value === 'Actions')?.children?.[1] : undefined;
      const list = actions?.type === 'array' ? actions.children ?? [] : [];
      if (list.length === 0) return text;
      const a = list[edit.action % list.length];
      return splice(text, a.offset + a.length, 0, ',' + text.slice(a.offset, a.offset + a.length));
    }
  }
}

export function applyEditList(text: string, edits: readonly Edit[]): string {
  return edits.reduce(applyEdit, text);
}
