import * as assert from 'assert';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { FIXTURES, activateExtension, closeAllEditors, codeOf, describeDiagnostics, openScratchCopy, skipUnlessFeature, waitForDiagnostics } from './helper';

/** The quick fixes VS Code offers at a diagnostic's range, with their edits resolved. */
async function quickFixesAt(doc: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value, 50);
}

async function applyFix(doc: vscode.TextDocument, rule: string, title: string): Promise<vscode.Diagnostic[]> {
  const before = await waitForDiagnostics(doc.uri, (l) => l.some((d) => codeOf(d) === rule), `the ${rule} diagnostic`);
  const target = before.find((d) => codeOf(d) === rule)!;
  const fixes = await quickFixesAt(doc, target);
  const fix = fixes.find((a) => a.title === title);
  assert.ok(fix, `quick fix "${title}" for ${rule}; offered: ${fixes.map((a) => a.title).join(' | ') || '(none)'}`);
  assert.ok(fix.edit, `quick fix "${title}" carries an edit`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
  return before;
}

suite('Quick fixes in VS Code', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  test('a NextAction to a misspelt Identifier is pointed at the existing action and the error goes away', async function () {
    skipUnlessFeature(this, 'codeAction');
    const doc = await openScratchCopy(FIXTURES.mistakes);
    const before = await applyFix(doc, 'dangling-next-action', 'Point it at `Hang up` (DisconnectParticipant)');
    assert.ok(doc.getText().includes('"Transitions": { "NextAction": "Hang up" }'), 'the transition now names "Hang up"');
    assert.ok(!doc.getText().includes('"Hangup"'), 'the misspelt name is gone');
    const after = await waitForDiagnostics(doc.uri, (l) => !l.some((d) => codeOf(d) === 'dangling-next-action'), 'the dangling-next-action error to disappear');
    assert.strictEqual(after.length, before.length - 1, `only that diagnostic goes:\n  ${describeDiagnostics(after)}`);
  });

  test('QueueId together with AgentId: the preferred fix removes AgentId and leaves valid JSON', async function () {
    skipUnlessFeature(this, 'codeAction');
    const doc = await openScratchCopy(FIXTURES.mistakes);
    await applyFix(doc, 'param-exclusive', 'Remove `AgentId`');
    const flow = JSON.parse(doc.getText());
    assert.deepStrictEqual(Object.keys(flow.Actions[0].Parameters), ['QueueId', 'InitialCallDelaySeconds', 'MaximumConnectionAttempts', 'RetryDelaySeconds']);
    await waitForDiagnostics(doc.uri, (l) => !l.some((d) => codeOf(d) === 'param-exclusive'), 'the param-exclusive error to disappear');
  });
});
