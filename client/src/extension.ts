import * as path from 'path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerGraphPreview } from './preview';

let client: LanguageClient | undefined;

/** Starts the language server for flow documents; the server decides which JSON documents are flows. */
export async function activate(context: ExtensionContext): Promise<void> {
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
      // Templates that may embed flows (the server checks only those that do).
      { language: 'yaml', scheme: 'file' },
      { language: 'terraform', scheme: 'file' },
      { scheme: 'file', pattern: '**/*.{tf,template}' },
    ],
    synchronize: { configurationSection: 'connectFlow' },
  };
  client = new LanguageClient('connectFlow', 'Amazon Connect Flow Language', serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
