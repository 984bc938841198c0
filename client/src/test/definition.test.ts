import * as assert from 'assert';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { FIXTURES, activateExtension, closeAllEditors, openFixture, positionOf, showRange, skipUnlessFeature, waitForDiagnostics } from './helper';

suite('Go to definition in VS Code', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  test('a NextAction value leads to the Identifier of the action it names', async function () {
    skipUnlessFeature(this, 'definition');
    const doc = await openFixture(FIXTURES.mistakes);
    await waitForDiagnostics(doc.uri, (l) => l.length > 0, 'diagnostics (the server has the document)');
    const at = positionOf(doc, '"NextAction": "Callback with delay from attribute"', 1, '"NextAction": "'.length + 3);
    const found = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', doc.uri, at);
    assert.strictEqual(found.length, 1, `one definition; got ${found.length}`);
    const [loc] = found;
    const uri = 'targetUri' in loc ? loc.targetUri : loc.uri;
    const range = 'targetUri' in loc ? loc.targetSelectionRange ?? loc.targetRange : loc.range;
    assert.strictEqual(uri.toString(), doc.uri.toString());
    const declared = positionOf(doc, '"Identifier": "Callback with delay from attribute"', 1, '"Identifier": '.length);
    const expected = new vscode.Range(declared, declared.translate(0, '"Callback with delay from attribute"'.length));
    assert.strictEqual(showRange(range), showRange(expected));
  });
});
