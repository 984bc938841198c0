import * as assert from 'assert';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { validate } from '../../../server/src/engine/validate';
import {
  FIXTURES,
  FLOW_LANGUAGE,
  activateExtension,
  closeAllEditors,
  codeOf,
  describeDiagnostics,
  openFixture,
  ours,
  rangeOf,
  serverBarrier,
  showRange,
  waitForDiagnostics,
} from './helper';

/** One line per diagnostic: where, what, how bad; for comparing the editor with the engine. */
function key(d: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code: string; severity: number; message: string }): string {
  return `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code} ${d.message}`;
}

suite('Diagnostics in VS Code', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  test('a *.flow.json file opens in the Amazon Connect Flow language', async () => {
    const doc = await openFixture(FIXTURES.mistakes);
    assert.strictEqual(doc.languageId, FLOW_LANGUAGE);
  });

  test('the editor shows exactly what the engine reports for the CreateCallbackContact mistakes', async () => {
    const doc = await openFixture(FIXTURES.mistakes);
    // LSP severities count from 1 (Error), VS Code's from 0.
    const expected = validate(doc.getText()).map((d) => key({ ...d, severity: d.severity - 1 })).sort();
    assert.ok(expected.length >= 10, `the fixture should hold many mistakes; the engine found ${expected.length}`);
    const shown = await waitForDiagnostics(doc.uri, (list) => list.length === expected.length, `${expected.length} diagnostics on ${FIXTURES.mistakes}`);
    const actual = shown.map((d) => key({ range: d.range, code: codeOf(d), severity: d.severity, message: d.message })).sort();
    assert.deepStrictEqual(actual, expected);
  });

  test('QueueId together with AgentId: an error on the AgentId key, with our message and rule id', async () => {
    const doc = await openFixture(FIXTURES.mistakes);
    const list = await waitForDiagnostics(doc.uri, (l) => l.some((d) => codeOf(d) === 'param-exclusive'), 'the param-exclusive error');
    const found = list.filter((d) => codeOf(d) === 'param-exclusive');
    assert.strictEqual(found.length, 1, describeDiagnostics(found));
    const [d] = found;
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(showRange(d.range), showRange(rangeOf(doc, '"AgentId"')));
    assert.match(d.message, /CreateCallbackContact takes either `QueueId` or `AgentId`, not both/);
  });

  test('a transition to a missing Identifier is flagged on its value and names the close match', async () => {
    const doc = await openFixture(FIXTURES.mistakes);
    const list = await waitForDiagnostics(doc.uri, (l) => l.some((d) => codeOf(d) === 'dangling-next-action'), 'the dangling-next-action error');
    const d = list.find((x) => codeOf(x) === 'dangling-next-action')!;
    assert.strictEqual(showRange(d.range), showRange(rangeOf(doc, '"Hangup"')));
    assert.match(d.message, /"Hang up"/);
  });

  test('a clean flow shows no problems', async () => {
    const doc = await openFixture(FIXTURES.clean);
    assert.strictEqual(doc.languageId, FLOW_LANGUAGE);
    await serverBarrier();
    assert.strictEqual(describeDiagnostics(ours(doc.uri)), '(none)');
  });

  test('a real exported flow with a callback (MIT-0 sample) shows no problems', async () => {
    const doc = await openFixture(FIXTURES.realClean);
    await serverBarrier();
    assert.strictEqual(describeDiagnostics(ours(doc.uri)), '(none)');
  });

  test('a JSON file not named *.flow.json is checked when its content is a flow', async () => {
    const doc = await openFixture(FIXTURES.byContent);
    assert.strictEqual(doc.languageId, 'json', 'the file keeps the JSON language; the server recognises it by content');
    const list = await waitForDiagnostics(doc.uri, (l) => l.some((d) => codeOf(d) === 'action-flow-type'), 'the action-flow-type error on a flow detected by content');
    const d = list.find((x) => codeOf(x) === 'action-flow-type')!;
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.match(d.message, /not allowed in an agent whisper flow/);
  });

  test('a JSON file that is not a flow gets no diagnostics from us', async () => {
    const doc = await openFixture(FIXTURES.notAFlow);
    assert.strictEqual(doc.languageId, 'json');
    await serverBarrier();
    assert.strictEqual(describeDiagnostics(ours(doc.uri)), '(none)');
  });
});
