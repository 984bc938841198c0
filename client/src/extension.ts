import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type * as Lsp from './lsp';
import { registerGraphPreview } from './preview';
import { registerFlowTests } from './testing';
import { registerFlowTypeCommands } from './flowStatus';
import { graphServer } from './preview/server';

let client: LanguageClient | undefined;
let statusShown: (() => string | undefined) | undefined;

/**
 * The server's own first looks at a JSON document (server/src/lsp/documents.ts, server/src/project/testFlows.ts):
 * could it be a flow, or a flow test case, at all?
 */
const FLOW_HINT = /"Version"\s*:\s*"2019-10-30"|"StartAction"\s*:|"modules"\s*:|"Observations"/;

/** A template (CloudFormation, Terraform) that may embed or deploy a flow (the server decides whether it does). */
const TEMPLATE_HINT = /AWS::Connect::ContactFlow|aws_connect_contact_flow/;
const TEMPLATE_LANGUAGES = new Set(['yaml', 'terraform', 'json', 'jsonc']);

export function mightBeFlow(doc: vscode.TextDocument): boolean {
  if (doc.languageId === 'connect-flow') return true;
  const isJson = doc.languageId === 'json' || doc.languageId === 'jsonc';
  const isTemplate = TEMPLATE_LANGUAGES.has(doc.languageId) || /\.(tf|template)$/i.test(doc.fileName);
  if (!isJson && !isTemplate) return false;
  const full = doc.getText();
  const text = full.length > 200_000 ? full.slice(0, 200_000) + full.slice(-2000) : full;
  return (isJson && FLOW_HINT.test(text)) || (isTemplate && TEMPLATE_HINT.test(text));
}

/**
 * Activation does little: the extension activates for every JSON file, most of which are not flows. The language
 * client (its own bundle) and the server start when the first document that might be a flow or a flow test is
 * open, or when a test runs; the server then decides which JSON documents are flows.
 */
export function activate(context: vscode.ExtensionContext): void {
  // The graph preview asks the server, which starts with the first flow document (the promise waits for it).
  let started: (c: LanguageClient | undefined) => void = () => undefined;
  registerGraphPreview(context, graphServer(new Promise((resolve) => (started = resolve))));
  registerFlowTypeCommands(context, () => statusShown?.());
  const listeners: vscode.Disposable[] = [];
  const start = (): LanguageClient => {
    if (!client) {
      // Loaded at run time, beside this file in dist/ (esbuild.mjs builds it).
      const lsp = require('./client-lsp.js') as typeof Lsp;
      ({ client, statusShown } = lsp.startLanguageClient(context));
      started(client);
      for (const l of listeners.splice(0)) l.dispose();
    }
    return client;
  };
  registerFlowTests(context, start);
  const consider = (doc: vscode.TextDocument) => {
    if (!client && mightBeFlow(doc)) start();
  };
  listeners.push(
    vscode.workspace.onDidOpenTextDocument(consider),
    vscode.workspace.onDidChangeTextDocument((e) => consider(e.document)),
  );
  context.subscriptions.push({ dispose: () => listeners.forEach((l) => l.dispose()) });
  // Documents already open: looked at just after activation returns, so that loading the client never counts
  // towards (or holds up) the activation of this or any other extension.
  const initial = setTimeout(() => vscode.workspace.textDocuments.forEach(consider), 0);
  context.subscriptions.push({ dispose: () => clearTimeout(initial) });
}

export async function deactivate(): Promise<void> {
  await client?.stop().catch(() => undefined);
}
