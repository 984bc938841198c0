import * as assert from 'assert';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { FIXTURES, activateExtension, closeAllEditors, completionLabel, openScratchCopy, positionOf, skipUnlessFeature, waitForDiagnostics } from './helper';

suite('Completion in VS Code', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  test('typing a key in the Parameters of CreateCallbackContact offers the parameters it lacks', async function () {
    skipUnlessFeature(this, 'completion');
    const doc = await openScratchCopy(FIXTURES.mistakes);
    await waitForDiagnostics(doc.uri, (l) => l.length > 0, 'diagnostics on the scratch copy (the server has the document)');
    // The second action's Parameters: the user opens a new line and types a quote (VS Code closes it).
    const afterBrace = positionOf(doc, '"Parameters": {', 2, '"Parameters": {'.length);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, afterBrace, '\n        ""');
    assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
    const inQuotes = afterBrace.translate(1).with({ character: 9 });

    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, inQuotes);
    const labels = list.items.map(completionLabel);
    for (const wanted of ['RetryDelaySeconds', 'ContactFlowId', 'CallerId']) {
      assert.ok(labels.includes(wanted), `completion should offer ${wanted}; offered: ${labels.join(', ')}`);
    }
    for (const present of ['QueueId', 'MaximumConnectionAttempts']) {
      assert.ok(!labels.includes(present), `${present} is already in this action and should not be offered again; offered: ${labels.join(', ')}`);
    }
  });

  test('a value position of an error branch offers the error types of the action', async function () {
    skipUnlessFeature(this, 'completion');
    const doc = await openScratchCopy(FIXTURES.mistakes);
    await waitForDiagnostics(doc.uri, (l) => l.length > 0, 'diagnostics on the scratch copy');
    // Inside "QueueAtCapacity", right after its opening quote.
    const at = positionOf(doc, '"QueueAtCapacity"', 1, 1);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at);
    const labels = list.items.map(completionLabel);
    assert.ok(labels.includes('NoMatchingError'), `completion should offer NoMatchingError; offered: ${labels.join(', ')}`);
  });
});
