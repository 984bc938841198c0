import * as path from 'path';
import { extensions, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerFlowStatus } from './flowStatus';

/**
 * The language client and what needs it. Bundled on its own (dist/client-lsp.js): the extension loads it, and
 * starts the server, only once a flow document is open, so opening other JSON files costs next to nothing.
 */
export function startLanguageClient(context: ExtensionContext): { client: LanguageClient; statusShown: () => string | undefined } {
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
    // VS Code's JSON support reports syntax errors in json/jsonc documents itself: the server leaves them to it there.
    // Its outline of those documents is there too: ours goes to connect-flow documents only (one outline group).
    initializationOptions: {
      editorValidatesJson: workspace.getConfiguration('json').get<boolean>('validate.enable', true),
      editorOutlinesJson: extensions.getExtension('vscode.json-language-features') !== undefined,
    },
  };
  const client = new LanguageClient('connectFlow', 'Amazon Connect Flow Language', serverOptions, clientOptions);
  const statusShown = registerFlowStatus(context, client);
  // The client reports a failed start in its output channel and with a notification itself.
  client.start().catch(() => undefined);
  return { client, statusShown };
}
