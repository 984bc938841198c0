import * as vscode from 'vscode';
import { GraphPreview, VIEW_TYPE } from './graphPreview';
import type { GraphServer } from './server';

export const SHOW_COMMAND = 'connectFlow.showGraph';
/** Context key for the editor-title button. */
const CONTEXT_KEY = 'connectFlow.isFlowEditor';

/** Registers "Show flow graph" (command palette, editor title) and the test hooks of the preview. */
export function registerGraphPreview(context: vscode.ExtensionContext, server: GraphServer): void {
  let preview: GraphPreview | undefined;
  const media = vscode.Uri.joinPath(context.extensionUri, 'media');

  const open = (document: vscode.TextDocument) => {
    if (!preview) {
      const panel = vscode.window.createWebviewPanel(
        VIEW_TYPE,
        'Flow graph',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: true },
      );
      preview = new GraphPreview(panel, media, server, () => (preview = undefined));
    }
    preview.show(document);
    preview.reveal();
    return preview;
  };

  /** The title button shows when the server checks the active document as a flow (its settings and exclusions apply). */
  let asked = 0;
  const updateContext = async (editor: vscode.TextEditor | undefined) => {
    const question = ++asked;
    const isFlow = !!editor && (await server.isFlow({ uri: editor.document.uri.toString() }));
    if (question === asked) void vscode.commands.executeCommand('setContext', CONTEXT_KEY, isFlow);
  };
  void updateContext(vscode.window.activeTextEditor);

  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_COMMAND, async (uri?: vscode.Uri) => {
      // From the editor title the command gets the file's URI; from the palette, nothing.
      const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage('Open an Amazon Connect flow file first, then run "Show flow graph".');
        return;
      }
      open(document);
    }),
    // Hidden commands for the end-to-end tests: what the panel shows, and a click on a block.
    vscode.commands.registerCommand('connectFlow.graphPreview.state', () => preview?.state()),
    vscode.commands.registerCommand('connectFlow.graphPreview.select', (index: number) => preview?.select(index)),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) void updateContext(vscode.window.activeTextEditor);
    }),
    { dispose: () => preview?.dispose() },
  );
}
