import * as path from 'path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerGraphPreview } from './preview';
import { graphServer } from './preview/server';

let client: LanguageClient | undefined;

/** Starts the language server for flow documents; the server decides which JSON documents are flows. */
export async function activate(context: ExtensionContext): Promise<void> {
  let started: (c: LanguageClient | undefined) => void = () => undefined;
  registerGraphPreview(context, graphServer(new Promise((resolve) => (started = resolve))));
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
  };
  client = new LanguageClient('connectFlow', 'Amazon Connect Flow Language', serverOptions, clientOptions);
  try {
    await client.start();
    started(client);
  } catch (error) {
    started(undefined);
    throw error;
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
