import * as assert from 'assert';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { FIXTURES, activateExtension, closeAllEditors, openFixture } from './helper';

/** The status-bar item (issue 20 §5): flow documents say their type and where it came from; other JSON shows nothing. */
suite('Flow type in the status bar', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  async function statusText(expect: (text: string | undefined) => boolean, what: string): Promise<string | undefined> {
    const deadline = Date.now() + 15_000;
    let last: string | undefined;
    while (Date.now() < deadline) {
      last = await vscode.commands.executeCommand<string | undefined>('connectFlow.flowStatus.state');
      if (expect(last)) return last;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.fail(`${what}: the status bar item shows ${JSON.stringify(last)}`);
  }

  test('a flow with Metadata.type: "Connect flow · contactFlow (from Metadata)"', async () => {
    await openFixture(FIXTURES.mistakes);
    const text = await statusText((t) => t !== undefined, 'a flow item');
    assert.strictEqual(text, '$(type-hierarchy) Connect flow · contactFlow (from Metadata)');
  });

  test('a flow recognised by content, then a JSON file that is not a flow: the item goes away', async () => {
    await openFixture(FIXTURES.byContent);
    assert.strictEqual(await statusText((t) => t !== undefined, 'a flow item'), '$(type-hierarchy) Connect flow · agentWhisper (from Metadata)');
    await openFixture(FIXTURES.notAFlow);
    await statusText((t) => t === undefined, 'no item for inventory.json');
  });
});
