import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/**
 * Flow test cases (testing language, `*.test.json`) in VS Code's Testing view and as "Run test" code lenses. The
 * server runs them (request `connectFlow/runTest`); this side only lists files and shows results.
 */
const RUN_TEST_REQUEST = 'connectFlow/runTest';
const RUN_COMMAND = 'connectFlow.runTestFile';
/** Registered by the graph preview (client/src/preview). */
const SHOW_TRACE_COMMAND = 'connectFlow.showTraceOnGraph';
const TEST_GLOB = '**/*.test.json';

interface RunTestReply {
  name: string;
  status: 'passed' | 'failed' | 'error';
  message?: string;
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  observation?: string;
  flow?: string;
  trace?: Array<{ flow: string; actionId: string; actionType: string; via?: string; label?: string; target?: string }>;
  seconds?: number;
}

export function registerFlowTests(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  const controller = vscode.tests.createTestController('connectFlowTests', 'Amazon Connect flow tests');
  context.subscriptions.push(controller);

  const itemFor = (uri: vscode.Uri): vscode.TestItem => {
    const existing = controller.items.get(uri.toString());
    if (existing) return existing;
    const item = controller.createTestItem(uri.toString(), vscode.workspace.asRelativePath(uri), uri);
    controller.items.add(item);
    return item;
  };

  controller.resolveHandler = async (item) => {
    if (item) return;
    for (const uri of await vscode.workspace.findFiles(TEST_GLOB, '**/node_modules/**')) itemFor(uri);
  };
  const watcher = vscode.workspace.createFileSystemWatcher(TEST_GLOB);
  watcher.onDidCreate((uri) => itemFor(uri));
  watcher.onDidDelete((uri) => controller.items.delete(uri.toString()));
  context.subscriptions.push(watcher);

  const runOne = async (run: vscode.TestRun, item: vscode.TestItem): Promise<void> => {
    const client = getClient();
    if (!client || !item.uri) {
      run.skipped(item);
      return;
    }
    run.started(item);
    const started = Date.now();
    let reply: RunTestReply;
    try {
      reply = await client.sendRequest<RunTestReply>(RUN_TEST_REQUEST, { uri: item.uri.toString() });
    } catch (error) {
      run.errored(item, new vscode.TestMessage(`The language server could not run the test: ${String(error)}`));
      return;
    }
    const duration = Date.now() - started;
    const trace = (reply.trace ?? []).map((s) => `${s.actionId} (${s.actionType})${s.via ? ` -> ${s.via === 'next' ? '' : `[${s.label ?? s.via}] `}${s.target}` : ''}`).join('\n');
    if (trace) run.appendOutput(`${reply.name}: ${reply.status}\r\n${trace.replace(/\n/g, '\r\n')}\r\n`, undefined, item);
    if (reply.status === 'passed') {
      run.passed(item, duration);
      return;
    }
    const message = new vscode.TestMessage(reply.message ?? reply.status);
    if (reply.range) message.location = new vscode.Location(item.uri, new vscode.Range(reply.range.start.line, reply.range.start.character, reply.range.end.line, reply.range.end.character));
    if (reply.status === 'error') run.errored(item, message, duration);
    else run.failed(item, message, duration);
  };

  const runHandler = async (request: vscode.TestRunRequest, token: vscode.CancellationToken) => {
    const run = controller.createTestRun(request);
    const items: vscode.TestItem[] = [];
    if (request.include) items.push(...request.include);
    else controller.items.forEach((item) => items.push(item));
    for (const item of items) {
      if (token.isCancellationRequested) break;
      if (request.exclude?.includes(item)) continue;
      await runOne(run, item);
    }
    run.end();
  };
  context.subscriptions.push(controller.createRunProfile('Run', vscode.TestRunProfileKind.Run, runHandler, true));

  // "Run test" above a test file's first line; the result shows in the Testing view and at the failing place.
  context.subscriptions.push(
    vscode.commands.registerCommand(RUN_COMMAND, async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (!target) return;
      const item = itemFor(target);
      await runHandler(new vscode.TestRunRequest([item]), new vscode.CancellationTokenSource().token);
    }),
    vscode.languages.registerCodeLensProvider(
      { language: 'json', pattern: TEST_GLOB },
      {
        provideCodeLenses: (document) =>
          document.getText().includes('"Observations"')
            ? [
                new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), { title: 'Run test', command: RUN_COMMAND, arguments: [document.uri] }),
                new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), { title: 'Show trace on graph', command: SHOW_TRACE_COMMAND, arguments: [document.uri] }),
              ]
            : [],
      },
    ),
  );
}
