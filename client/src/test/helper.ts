/**
 * Helpers for the VS Code API tests: they run inside a real VS Code (desktop through @vscode/test-electron, or
 * code-server through the e2e helper extension) with the fixture workspace open.
 */
import * as path from 'path';
import type { Context } from 'mocha';
import * as vscode from 'vscode';
import { featureMissing, type Feature } from '../../../e2e/features';

export const EXTENSION_ID = 'connect-flow-tools.connect-flow-language';
export const SOURCE = 'connect-flow';
export const FLOW_LANGUAGE = 'connect-flow';

/** Fixture files every host's workspace holds (see e2e/workspace.ts). */
export const FIXTURES = {
  mistakes: 'callback-mistakes.flow.json',
  clean: 'callback-queue.flow.json',
  realClean: 'interruptible-queue-with-callback.flow.json',
  byContent: 'whisper-with-callback.json',
  notAFlow: 'inventory.json',
} as const;

export function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('No workspace folder is open: start VS Code on the e2e fixture workspace.');
  return folder.uri.fsPath;
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceDir(), name));
}

export async function activateExtension(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`Extension ${EXTENSION_ID} is not installed in this VS Code.`);
  await extension.activate();
}

/**
 * Reasons for skipped tests, by full title, for the results file. Each test file is bundled on its own, so the map
 * lives on globalThis to be shared by all of them and the runner.
 */
export const skipReasons: Map<string, string> = ((globalThis as Record<symbol, unknown>)[Symbol.for('connect-flow.e2e.skipReasons')] ??=
  new Map<string, string>()) as Map<string, string>;

/** Skips the running test with a reason when the feature is missing. Call with the test's `this`. */
export function skipUnlessFeature(context: Context, feature: Feature): void {
  const reason = featureMissing(feature);
  if (!reason) return;
  const title = context.test?.fullTitle();
  if (title) skipReasons.set(title, reason);
  context.skip();
}

export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** An unsaved copy of a fixture in the flow language, for tests that edit: the files on disk stay as they are. */
export async function openScratchCopy(name: string): Promise<vscode.TextDocument> {
  const original = await vscode.workspace.fs.readFile(fixtureUri(name));
  const doc = await vscode.workspace.openTextDocument({ language: FLOW_LANGUAGE, content: new TextDecoder().decode(original) });
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

export async function closeAllEditors(): Promise<void> {
  // Unsaved scratch copies are reverted first so closing them does not ask to save.
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.isUntitled && doc.isDirty) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code);
}

export function describeDiagnostics(list: readonly vscode.Diagnostic[]): string {
  if (list.length === 0) return '(none)';
  return list.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)} ${d.message}`).join('\n  ');
}

/** Waits until our diagnostics for `uri` satisfy `ready`; fails with what was there instead of a bare time-out. */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  ready: (list: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<vscode.Diagnostic[]> {
  const current = () => ours(uri);
  if (ready(current())) return current();
  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => {
      clearTimeout(timer);
      clearInterval(poll);
      listener.dispose();
      if (error) reject(error);
      else resolve(current());
    };
    const check = () => {
      if (ready(current())) finish();
    };
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const poll = setInterval(check, 250);
    const timer = setTimeout(() => {
      finish(new Error(`${what}: not seen within ${timeoutMs / 1000} s. Diagnostics from ${SOURCE} now:\n  ${describeDiagnostics(current())}`));
    }, timeoutMs);
  });
}

let barrierCount = 0;

/**
 * Makes sure the server has handled everything sent before: opens a small flow with a dangling StartAction and
 * waits for its diagnostic. The server answers in order, so documents opened earlier have had their turn.
 */
export async function serverBarrier(): Promise<void> {
  const marker = `barrier-${++barrierCount}-${Date.now()}`;
  const doc = await vscode.workspace.openTextDocument({
    language: FLOW_LANGUAGE,
    content: JSON.stringify({ Version: '2019-10-30', StartAction: marker, Actions: [] }, null, 2),
  });
  await waitForDiagnostics(doc.uri, (list) => list.some((d) => d.message.includes(marker)), 'the server to check a probe document');
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** Position of the `occurrence`-th (1-based) match of `text` in the document, plus `delta` characters. */
export function positionOf(doc: vscode.TextDocument, text: string, occurrence = 1, delta = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = doc.getText().indexOf(text, at + 1);
    if (at < 0) throw new Error(`Fixture ${path.basename(doc.uri.fsPath)} no longer contains ${JSON.stringify(text)} (${occurrence}×).`);
  }
  return doc.positionAt(at + delta);
}

/** Range of the `occurrence`-th match of `text`. */
export function rangeOf(doc: vscode.TextDocument, text: string, occurrence = 1): vscode.Range {
  const start = positionOf(doc, text, occurrence);
  return new vscode.Range(start, start.translate(0, text.length));
}

export function showRange(r: vscode.Range): string {
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

/** Plain text of hover contents, whatever form they take. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

export function completionLabel(item: vscode.CompletionItem): string {
  const label = typeof item.label === 'string' ? item.label : item.label.label;
  return label.replace(/^"|"$/g, '');
}
