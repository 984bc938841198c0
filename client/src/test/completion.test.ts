import * as assert from 'assert';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { FIXTURES, activateExtension, closeAllEditors, completionLabel, openScratchCopy, positionOf, skipUnlessFeature, waitForDiagnostics } from './helper';

suite('Completion in VS Code', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  test('a new key after the last parameter of CreateCallbackContact offers the parameters it lacks', async function () {
    skipUnlessFeature(this, 'completion');
    const doc = await openScratchCopy(FIXTURES.mistakes);
    await waitForDiagnostics(doc.uri, (l) => l.length > 0, 'diagnostics on the scratch copy (the server has the document)');
    // The second action's last parameter: the user types a comma, a new line and a quote (VS Code closes it).
    const last = '"MaximumConnectionAttempts": "2"';
    const end = positionOf(doc, last, 1, last.length);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, end, ',\n        ""');
    assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
    const inQuotes = new vscode.Position(end.line + 1, 9);

    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, inQuotes);
    const labels = list.items.map(completionLabel);
    assert.deepStrictEqual(labels.slice().sort(), ['CallbackMode', 'CallerId', 'ContactFlowId', 'RetryDelaySeconds'], `offered: ${labels.join(', ')}`);
    const retry = list.items.find((i) => completionLabel(i) === 'RetryDelaySeconds')!;
    assert.match(String(retry.detail ?? ''), /^Required/, 'RetryDelaySeconds is marked as required');
  });

  test('a new key at the top of Parameters offers the missing required parameter', async function () {
    skipUnlessFeature(this, 'completion');
    const doc = await openScratchCopy(FIXTURES.mistakes);
    await waitForDiagnostics(doc.uri, (l) => l.length > 0, 'diagnostics on the scratch copy (the server has the document)');
    const afterBrace = positionOf(doc, '"Parameters": {', 2, '"Parameters": {'.length);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, afterBrace, '\n        ""');
    assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(afterBrace.line + 1, 9));
    const labels = list.items.map(completionLabel);
    assert.ok(labels.includes('RetryDelaySeconds'), `completion should offer RetryDelaySeconds; offered: ${labels.join(', ')}`);
    assert.ok(!labels.includes('MaximumConnectionAttempts'), `MaximumConnectionAttempts is already set; offered: ${labels.join(', ')}`);
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
