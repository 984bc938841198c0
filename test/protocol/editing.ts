/** Shared pieces of the editing-feature protocol tests: documents with a cursor mark, requests, applying edits. */
import * as fs from 'fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { SERVER_JS, type TestClient } from '../helpers/lspClient';

export function requireServer(): void {
  if (!fs.existsSync(SERVER_JS)) throw new Error('dist/server.js is missing: run `npm run build` first (npm test does it).');
}

/** Splits a source with one `|` cursor mark into the text and the LSP position of the mark (UTF-16 columns). */
export function withCursor(source: string, mark = '|'): { text: string; position: Position; offset: number } {
  const offset = source.indexOf(mark);
  if (offset < 0 || source.indexOf(mark, offset + 1) >= 0) throw new Error('exactly one cursor mark expected');
  const text = source.slice(0, offset) + source.slice(offset + mark.length);
  const doc = TextDocument.create('file:///x', 'json', 1, text);
  return { text, position: doc.positionAt(offset), offset };
}

let counter = 0;

/** Opens a fresh document and waits until the server has published its diagnostics. */
export async function openDoc(client: TestClient, text: string, languageId = 'json'): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = `file:///work/flows/editing-${process.pid}-${++counter}.json`;
  client.open(uri, text, languageId, 1);
  const published = await client.diagnosticsFor(uri, 1);
  return { uri, diagnostics: published.diagnostics };
}

/** Replaces the whole document with `text` as version `version` and returns what the server publishes for it. */
export async function replaceDoc(client: TestClient, uri: string, oldText: string, text: string, version: number): Promise<Diagnostic[]> {
  const doc = TextDocument.create(uri, 'json', version - 1, oldText);
  client.change(uri, version, [{ range: { start: { line: 0, character: 0 }, end: doc.positionAt(oldText.length) }, text }]);
  return (await client.diagnosticsFor(uri, version)).diagnostics;
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'json', 1, text), edits);
}

/** The edits a WorkspaceEdit makes to one document (`changes` or `documentChanges`). */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  if (edit.changes) return edit.changes[uri] ?? [];
  const out: TextEdit[] = [];
  for (const change of edit.documentChanges ?? []) if ('textDocument' in change && change.textDocument.uri === uri) out.push(...(change.edits as TextEdit[]));
  return out;
}

/** What a snippet inserts when the user accepts every placeholder as offered: defaults, first choices, empty stops. */
export function expandSnippet(snippet: string): string {
  let out = snippet;
  for (let i = 0; i < 5; i++) {
    out = out
      .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
      .replace(/\$\{\d+:([^{}$]*)\}/g, '$1')
      .replace(/\$\d+/g, '');
  }
  return out.replace(/\\([$}\\])/g, '$1');
}

/** Inserts an expanded snippet the way VS Code does: each new line gets the indentation of the line it starts on. */
export function insertSnippet(text: string, offset: number, end: number, snippet: string, tab = '  '): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lead = /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
  const body = expandSnippet(snippet).replace(/\t/g, tab).replace(/\n/g, '\n' + lead);
  return text.slice(0, offset) + body + text.slice(end);
}
