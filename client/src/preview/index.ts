import * as vscode from 'vscode';
import { GraphPreview, VIEW_TYPE, type Comparison, type TraceRun } from './graphPreview';
import { GitUnavailable, repositoryOf, revisionChoices, textAt } from './git';
import { isRevisionText, revisionLabel } from './revision';
import type { GraphServer } from './server';
import type { SimulationAnswer, SimulationQuestion } from '../../../server/src/protocol';

export const SHOW_COMMAND = 'connectFlow.showGraph';
export const COMPARE_HEAD_COMMAND = 'connectFlow.compareWithHead';
export const COMPARE_REVISION_COMMAND = 'connectFlow.compareWithRevision';
/** Runs a test case file and shows the path it took on its flow's graph (the Testing view's code lens passes the file). */
export const SHOW_TRACE_COMMAND = 'connectFlow.showTraceOnGraph';
/** Runs the flow step by step: a quick pick for each input or result the simulator asks for, the path on the graph. */
export const SIMULATE_COMMAND = 'connectFlow.simulateFlow';
/** Context key for the editor-title button. */
const CONTEXT_KEY = 'connectFlow.isFlowEditor';

/** Registers "Show flow graph" (command palette, editor title) and the test hooks of the preview. */
export function registerGraphPreview(context: vscode.ExtensionContext, server: GraphServer): void {
  let preview: GraphPreview | undefined;
  const media = vscode.Uri.joinPath(context.extensionUri, 'media');

  const open = (document: vscode.TextDocument, comparison?: Comparison, trace?: TraceRun) => {
    if (!preview) {
      const panel = vscode.window.createWebviewPanel(
        VIEW_TYPE,
        'Flow graph',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: true },
      );
      preview = new GraphPreview(panel, media, server, () => (preview = undefined));
    }
    preview.show(document, comparison, trace);
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
    vscode.commands.registerCommand(COMPARE_HEAD_COMMAND, async (uri?: vscode.Uri) => {
      const document = await flowDocument(uri, 'Compare flow with HEAD');
      if (document) await compare(document, 'HEAD', open);
    }),
    vscode.commands.registerCommand(COMPARE_REVISION_COMMAND, async (uri?: vscode.Uri, ref?: string) => {
      const document = await flowDocument(uri, 'Compare flow with revision…');
      if (!document) return;
      // Tests (and keybindings) may pass the revision; otherwise the user picks or types one.
      const chosen = typeof ref === 'string' ? ref : await pickRevision(document.uri);
      if (chosen !== undefined) await compare(document, chosen, open);
    }),
    vscode.commands.registerCommand(SHOW_TRACE_COMMAND, async (target?: vscode.Uri | vscode.TestItem) => {
      // From the code lens: the file's URI; from the Testing view's context menu: its test item; from the palette: nothing.
      const test = target instanceof vscode.Uri ? target : target?.uri instanceof vscode.Uri ? target.uri : vscode.window.activeTextEditor?.document.uri;
      if (!test) {
        void vscode.window.showInformationMessage('Open a flow test file (*.test.json) first, then run "Show trace on graph".');
        return;
      }
      // The server finds the flow and runs the test; the panel then asks again on every redraw.
      const result = await server.traceGraph({ uri: test.toString() });
      if (!result || result.kind === 'none') {
        void vscode.window.showWarningMessage(result?.message ?? 'The Amazon Connect flow language server is not running.');
        return;
      }
      const flow = await vscode.workspace.openTextDocument(vscode.Uri.parse(result.flowUri));
      open(flow, undefined, { kind: 'test', testUri: test.toString(), label: test.path.slice(test.path.lastIndexOf('/') + 1) });
    }),
    vscode.commands.registerCommand(SIMULATE_COMMAND, async (uri?: vscode.Uri) => {
      const document = await flowDocument(uri, 'Simulate flow');
      if (!document) return;
      // Stateless on the server: every step sends all the answers so far; the panel shows the path up to the question.
      const answers: SimulationAnswer[] = [];
      for (;;) {
        const result = await server.simulateGraph({ uri: document.uri.toString(), answers });
        if (!result || result.kind === 'none') {
          void vscode.window.showWarningMessage(result?.message ?? 'The Amazon Connect flow language server is not running.');
          return;
        }
        open(document, undefined, { kind: 'simulation', answers: [...answers], label: 'simulation' });
        if (!result.question) {
          void vscode.window.showInformationMessage(result.status);
          return;
        }
        const answer = await ask(result.question, answers.length + 1);
        if (answer === undefined) return; // cancelled: the path so far stays on the graph
        answers.push(answer);
      }
    }),
    // Hidden commands for the end-to-end tests: what the panel shows, and a click on a block.
    vscode.commands.registerCommand('connectFlow.graphPreview.state', () => preview?.state()),
    vscode.commands.registerCommand('connectFlow.graphPreview.select', (index: number) => preview?.select(index)),
    vscode.commands.registerCommand('connectFlow.graphPreview.revealChange', (item: number, detail?: number) => preview?.revealChange(item, detail)),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) void updateContext(vscode.window.activeTextEditor);
    }),
    { dispose: () => preview?.dispose() },
  );
}

/** The document a command is about: the file it was run on (editor title) or the active editor's. */
async function flowDocument(uri: unknown, title: string): Promise<vscode.TextDocument | undefined> {
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) void vscode.window.showInformationMessage(`Open an Amazon Connect flow file first, then run "${title}".`);
  return document;
}

/** Reads the file at `ref` through the git extension and opens the preview in diff mode. */
async function compare(document: vscode.TextDocument, ref: string, open: (d: vscode.TextDocument, c: Comparison) => unknown): Promise<void> {
  try {
    const repository = await repositoryOf(document.uri);
    const oldText = await textAt(repository, ref, document.uri);
    open(document, { oldText, label: revisionLabel(ref) });
  } catch (error) {
    if (!(error instanceof GitUnavailable)) throw error;
    void vscode.window.showWarningMessage(error.message);
  }
}

/** A quick pick of HEAD, the previous commit, the file's last commits, branches and tags; any typed revision is accepted. */
async function pickRevision(uri: vscode.Uri): Promise<string | undefined> {
  let choices: { ref: string; label: string; description: string }[];
  try {
    choices = await revisionChoices(await repositoryOf(uri), uri);
  } catch (error) {
    if (!(error instanceof GitUnavailable)) throw error;
    void vscode.window.showWarningMessage(error.message);
    return undefined;
  }
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { ref: string }>();
    pick.title = 'Compare flow with revision';
    pick.placeholder = 'Pick a revision, or type one (a commit, branch, tag, HEAD~3) and press Enter';
    pick.items = choices;
    let done = false;
    // What is typed is offered first, so a revision that looks like a listed one can still be chosen.
    pick.onDidChangeValue((value) => {
      const typed = value.trim();
      const listed = choices.some((c) => c.ref === typed);
      pick.items = isRevisionText(typed) && !listed ? [{ ref: typed, label: typed, description: 'the revision typed', alwaysShow: true }, ...choices] : choices;
    });
    pick.onDidAccept(() => {
      const typed = pick.value.trim();
      const ref = pick.selectedItems[0]?.ref ?? (isRevisionText(typed) ? typed : undefined);
      if (ref === undefined) return;
      done = true;
      resolve(ref);
      pick.hide();
    });
    pick.onDidHide(() => {
      if (!done) resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

/** A quick pick of the question's choices; a typed value is an answer too (keys, words or a result value). */
function ask(question: SimulationQuestion, step: number): Promise<SimulationAnswer | undefined> {
  type Item = vscode.QuickPickItem & { answer?: SimulationAnswer };
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<Item>();
    pick.title = `Simulate flow: step ${step}`;
    pick.placeholder = question.prompt;
    const choices: Item[] = question.choices.map((c) => ({ label: c.label, description: c.description, answer: c.answer }));
    pick.items = choices;
    pick.ignoreFocusOut = true;
    const typedAnswer = (value: string): SimulationAnswer =>
      question.typed === 'result' ? { kind: 'result', value } : { kind: question.typed, value };
    pick.onDidChangeValue((value) => {
      const typed = value.trim();
      pick.items = typed ? [{ label: typed, description: question.typed === 'dtmf' ? 'keys typed' : question.typed === 'text' ? 'words typed' : 'result typed', alwaysShow: true, answer: typedAnswer(typed) }, ...choices] : choices;
    });
    let done = false;
    pick.onDidAccept(() => {
      const answer = pick.selectedItems[0]?.answer;
      if (!answer) return;
      done = true;
      resolve(answer);
      pick.hide();
    });
    pick.onDidHide(() => {
      if (!done) resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}
