import * as path from 'path';
import { extensions, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerGraphPreview } from './preview';
import { registerFlowStatus } from './flowStatus';

let client: LanguageClient | undefined;

/**
 * Starts the language server for flow documents; the server decides which JSON documents are flows.
 * Activation returns at once: the server starts in the background (VS Code counts the time until `activate`
 * returns as the extension's activation time, and nothing here needs to wait for the server).
 */
export function activate(context: ExtensionContext): void {
  registerGraphPreview(context);
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'connect-flow' },
      { language: 'json', scheme: 'file' },
      { language: 'json', scheme: 'untitled' },
      { language: 'jsonc', scheme: 'file' },
    ],
    synchronize: { configurationSection: 'connectFlow' },
    // VS Code's JSON support reports syntax errors in json/jsonc documents itself: the server leaves them to it there.
    // Its outline of those documents is there too: ours goes to connect-flow documents only (one outline group).
    initializationOptions: {
      editorValidatesJson: workspace.getConfiguration('json').get<boolean>('validate.enable', true),
      editorOutlinesJson: extensions.getExtension('vscode.json-language-features') !== undefined,
    },
  };
  client = new LanguageClient('connectFlow', 'Amazon Connect Flow Language', serverOptions, clientOptions);
  registerFlowStatus(context, client);
  // The client reports a failed start in its output channel and with a notification itself.
  client.start().catch(() => undefined);
}

export async function deactivate(): Promise<void> {
  await client?.stop().catch(() => undefined);
}
