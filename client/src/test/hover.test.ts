import * as assert from 'assert';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { actionSpec } from '../../../server/src/engine/catalog';
import { FIXTURES, activateExtension, closeAllEditors, hoverText, openFixture, positionOf, rangeOf, showRange, skipUnlessFeature, waitForDiagnostics } from './helper';

function summaryOf(type: string, param?: string): string {
  const spec = actionSpec(type);
  if (!spec) throw new Error(`the catalogue has no ${type}`);
  if (!param) return spec.summary;
  const p = spec.params.find((x) => x.name === param);
  if (!p) throw new Error(`the catalogue has no ${type}.${param}`);
  return p.summary;
}

suite('Hover in VS Code', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  test('hovering a CreateCallbackContact parameter key shows its description from the catalogue', async function () {
    skipUnlessFeature(this, 'hover');
    const doc = await openFixture(FIXTURES.mistakes);
    await waitForDiagnostics(doc.uri, (l) => l.length > 0, 'diagnostics (the server has the document)');
    const at = positionOf(doc, '"RetryDelaySeconds"', 1, 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const text = hoverText(hovers);
    assert.ok(text.includes(summaryOf('CreateCallbackContact', 'RetryDelaySeconds')), `hover text:\n${text}`);
    assert.ok(text.includes('CreateCallbackContact'), `hover text should name the action:\n${text}`);
    const ranged = hovers.find((h) => h.range);
    assert.ok(ranged?.range, 'the hover has a range');
    assert.strictEqual(showRange(ranged.range), showRange(rangeOf(doc, '"RetryDelaySeconds"')));
  });

  test('hovering the action Type shows what the action does', async function () {
    skipUnlessFeature(this, 'hover');
    const doc = await openFixture(FIXTURES.mistakes);
    await waitForDiagnostics(doc.uri, (l) => l.length > 0, 'diagnostics (the server has the document)');
    const at = positionOf(doc, '"CreateCallbackContact"', 1, 5);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at));
    assert.ok(text.includes(summaryOf('CreateCallbackContact')), `hover text:\n${text}`);
  });
});
