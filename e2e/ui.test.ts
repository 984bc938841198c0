/**
 * What a user sees: the packaged .vsix installed in code-server, driven through Chromium. Each step saves a
 * screenshot in test-results/e2e/ and fails with what did not appear.
 */
import * as fs from 'fs';
import * as path from 'path';
import { after, before, describe, it, type TestContext } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { actionSpec } from '../server/src/engine/catalog';
import { validate } from '../server/src/engine/validate';
import { featureMissing, type Feature } from './features';
import { StepFailure, eventually, expectVisible, launchBrowser, newWorkbenchPage, step } from './browser';
import { startCodeServer, type CodeServer } from './codeServer';
import { readContext, scratchDir, SCREENSHOT_DIR } from './paths';
import { fixtureText, prepareWorkspace } from './workspace';
import {
  closeAllEditors,
  goTo,
  lineColumnOf,
  mouseClick,
  openFromExplorer,
  problemRows,
  problemsSummary,
  renderedLineWith,
  runCommand,
  showProblems,
  squigglesUnder,
  textBox,
  waitForLanguage,
  waitForWorkbench,
} from './workbench';

const MISTAKES = 'callback-mistakes.flow.json';
const CLEAN = 'callback-queue.flow.json';
const REAL_CLEAN = 'interruptible-queue-with-callback.flow.json';
const BY_CONTENT = 'whisper-with-callback.json';
const NOT_A_FLOW = 'inventory.json';
const FLOW_LANGUAGE_LABEL = 'Amazon Connect Flow';
const STEP_TIMEOUT = { timeout: 90_000 };

const mistakesText = fixtureText(MISTAKES);
const engineSays = (text: string, rule: string) => {
  const found = validate(text).find((d) => d.code === rule);
  if (!found) throw new StepFailure(`the engine no longer reports ${rule} on the fixture; update the e2e test`);
  return found;
};

describe('What a user sees in VS Code (code-server + Chromium)', () => {
  const ctx = readContext();
  const scratch = scratchDir('ui');
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let failed = false;

  /** Skips a step whose editor feature the server does not offer yet. */
  const needs = (t: TestContext, feature: Feature): boolean => {
    const missing = featureMissing(feature);
    if (missing) t.skip(missing);
    return !missing;
  };
  const track = async (body: () => Promise<void>) => {
    try {
      await body();
    } catch (error) {
      failed = true;
      throw error;
    }
  };

  /** Closes menus and widgets and reverts the file a step edited; a failure here must not hide the step's own. */
  const revertEdits = async () => {
    try {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await runCommand(page, 'File: Revert File');
      // The command returns before the text is back: wait for the tab to lose its unsaved-changes mark.
      await expectVisible(page.locator('.tab.active:not(.dirty)'), 'The reverted file (its tab without the unsaved mark)');
    } catch (error) {
      process.stdout.write(`[e2e] could not revert the file after a step: ${(error as Error).message}\n`);
    }
  };

  /** Waits until `file` is listed in the Problems panel with a row for `rule`: the server has caught up. */
  const waitForProblem = async (file: string, rule: string) => {
    await showProblems(page, rule);
    return eventually(
      async () => {
        const rows = await problemRows(page);
        return rows.some((r) => r.startsWith(file)) && rows.some((r) => r.includes(rule)) ? rows : undefined;
      },
      `A Problems row for ${rule} in ${file}`,
      { detail: () => problemsSummary(page) },
    );
  };

  before(() =>
    track(async () => {
      const folder = prepareWorkspace(path.join(scratch, 'workspace'));
      server = await startCodeServer({ bin: ctx.codeServerBin, scratch, vsixes: [ctx.vsix], folder });
      browser = await launchBrowser(ctx.chromium);
      page = await newWorkbenchPage(browser);
      await page.goto(server.workbenchUrl);
      await waitForWorkbench(page);
    }),
  );

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (!failed) fs.rmSync(scratch, { recursive: true, force: true });
    else process.stdout.write(`[e2e] code-server logs kept in ${scratch}\n`);
  });

  it('opens a *.flow.json file with the Amazon Connect Flow language active', STEP_TIMEOUT, () =>
    track(() =>
      step(page, 'language-active', async () => {
        await openFromExplorer(page, MISTAKES);
        await waitForLanguage(page, FLOW_LANGUAGE_LABEL);
      }),
    ),
  );

  it('underlines a CreateCallbackContact mistake and lists it in the Problems panel with our message and rule id', STEP_TIMEOUT, () =>
    track(() =>
      step(page, 'squiggle-and-problems', async () => {
        const expected = engineSays(mistakesText, 'param-exclusive');
        const at = lineColumnOf(mistakesText, '"AgentId"');
        await goTo(page, at.line, at.column);
        const box = await eventually(() => textBox(page, '"AgentId"'), 'The text "AgentId" on screen');
        await eventually(async () => ((await squigglesUnder(page, box, 'error')) > 0 ? true : undefined), 'A red squiggle under "AgentId"');
        const rows = await waitForProblem(MISTAKES, 'param-exclusive');
        const row = rows.find((r) => r.includes('param-exclusive'))!;
        if (!row.includes(expected.message)) throw new StepFailure(`the Problems row does not carry our message.\n  row: ${row}\n  expected: ${expected.message}`);
        if (!row.includes(`[Ln ${at.line}, Col ${at.column}]`)) throw new StepFailure(`the Problems row points elsewhere than ${at.line}:${at.column}: ${row}`);
        if (!row.includes('connect-flow')) throw new StepFailure(`the Problems row does not name our source: ${row}`);
      }),
    ),
  );

  it('hovering a parameter shows our description of it', STEP_TIMEOUT, (t) => {
    if (!needs(t, 'hover')) return;
    return track(() =>
      step(page, 'hover-parameter', async () => {
        const summary = actionSpec('CreateCallbackContact')!.params.find((p) => p.name === 'RetryDelaySeconds')!.summary;
        const at = lineColumnOf(mistakesText, '"RetryDelaySeconds"');
        await goTo(page, at.line, 1);
        const box = await eventually(() => textBox(page, '"RetryDelaySeconds"'), 'The text "RetryDelaySeconds" on screen');
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
        const hover = await expectVisible(page.locator('.monaco-hover').filter({ hasText: summary }), `A hover with "${summary}"`);
        const text = await hover.innerText();
        if (!text.includes('CreateCallbackContact')) throw new StepFailure(`the hover does not name the action: ${text}`);
      }),
    );
  });

  it('typing in Parameters opens the suggest widget with the parameter keys', STEP_TIMEOUT, (t) => {
    if (!needs(t, 'completion')) return;
    return track(() =>
      step(page, 'suggest-parameter-keys', async (snap) => {
        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
        // The second CreateCallbackContact lacks RetryDelaySeconds: after its last parameter, type a comma, a new
        // line and a quote, as a user adding a parameter does.
        const last = '"MaximumConnectionAttempts": "2"';
        const at = lineColumnOf(mistakesText, last);
        await goTo(page, at.line, at.column + last.length);
        await page.keyboard.type(',');
        await page.keyboard.press('Enter');
        await page.keyboard.type('"');
        const widget = page.locator('.editor-widget.suggest-widget.visible');
        await expectVisible(widget, 'The suggest widget after typing a quote in Parameters');
        const rows = widget.locator('.monaco-list-row');
        await eventually(
          async () => ((await rows.allInnerTexts()).some((r) => r.includes('RetryDelaySeconds')) ? true : undefined),
          'RetryDelaySeconds in the suggest widget',
          { detail: async () => `suggestions: ${(await rows.allInnerTexts()).map((r) => r.split('\n')[0]).join(', ')}` },
        );
        const labels = (await rows.allInnerTexts()).map((r) => r.split('\n')[0]);
        if (labels.some((l) => l.replace(/"/g, '') === 'QueueId')) throw new StepFailure(`QueueId is already set there but is suggested: ${labels.join(', ')}`);
        await snap('widget');
      }).finally(revertEdits),
    );
  });

  it('the quick fix from the light bulb changes the text and the squiggle goes away', STEP_TIMEOUT, (t) => {
    if (!needs(t, 'codeAction')) return;
    return track(() =>
      step(page, 'quick-fix-light-bulb', async (snap) => {
        const title = 'Point it at `Hang up` (DisconnectParticipant)';
        const at = lineColumnOf(mistakesText, '"Hangup"');
        await goTo(page, at.line, at.column + 2);
        const before = await eventually(() => textBox(page, '"Hangup"'), 'The text "Hangup" on screen');
        await eventually(async () => ((await squigglesUnder(page, before, 'error')) > 0 ? true : undefined), 'A red squiggle under "Hangup"');
        const bulb = await expectVisible(page.locator('.lightBulbWidget'), 'The light bulb next to the dangling NextAction');
        await mouseClick(page, bulb, 'The light bulb');
        const item = page.locator('.action-widget .monaco-list-row', { hasText: title });
        await expectVisible(item, `The quick fix "${title}" in the light-bulb menu`);
        await snap('menu');
        await mouseClick(page, item, `The quick fix "${title}"`);
        const line = await eventually(() => renderedLineWith(page, '"NextAction": "Hang up"'), 'The transition rewritten to "Hang up"');
        if (line.includes('Hangup')) throw new StepFailure(`the old name is still there: ${line}`);
        const after = await eventually(() => textBox(page, '"Hang up" }'), 'The fixed text on screen');
        await eventually(async () => ((await squigglesUnder(page, after, 'error')) === 0 ? true : undefined), 'The squiggle under the fixed NextAction to go away');
        await showProblems(page, 'dangling-next-action');
        await eventually(async () => ((await problemRows(page)).length === 0 ? true : undefined), 'The dangling-next-action row to leave the Problems panel', {
          detail: () => problemsSummary(page),
        });
      }).finally(revertEdits),
    );
  });

  it('the status bar names the flow type and where it came from; a JSON file that is not a flow shows nothing', STEP_TIMEOUT, () =>
    track(() =>
      step(page, 'status-bar-flow-type', async () => {
        const item = page.locator('.statusbar-item', { hasText: 'Connect flow ·' });
        await openFromExplorer(page, MISTAKES);
        const shown = await expectVisible(item, 'The flow-type item in the status bar');
        const text = (await shown.innerText()).trim();
        if (!text.includes('Connect flow · contactFlow (from Metadata)')) throw new StepFailure(`the status bar item says "${text}"`);
        await openFromExplorer(page, NOT_A_FLOW);
        await eventually(async () => ((await item.count()) === 0 || !(await item.first().isVisible()) ? true : undefined), 'The flow-type item to leave the status bar for a JSON file that is not a flow');
        await openFromExplorer(page, MISTAKES);
        await expectVisible(item, 'The flow-type item back for the flow file');
      }),
    ),
  );

  it('Format Document lays out a *.flow.json file with the editor\'s indentation', STEP_TIMEOUT, () =>
    track(() =>
      step(page, 'format-document', async () => {
        await openFromExplorer(page, CLEAN);
        const at = lineColumnOf(fixtureText(CLEAN), '"Version"');
        await goTo(page, at.line, at.column);
        await page.keyboard.type('      ');
        await eventually(async () => ((await renderedLineWith(page, '"Version"'))?.startsWith('        "Version"') ? true : undefined), 'The misindented line on screen');
        await runCommand(page, 'Format Document');
        await eventually(
          async () => ((await renderedLineWith(page, '"Version"'))?.startsWith('  "Version"') ? true : undefined),
          'The "Version" line indented by two spaces again after Format Document',
          { detail: async () => `line: ${JSON.stringify(await renderedLineWith(page, '"Version"'))}` },
        );
        if ((await page.locator('.notification-toast', { hasText: 'no formatter' }).count()) > 0) throw new StepFailure('VS Code says there is no formatter');
      }).finally(revertEdits),
    ),
  );

  it('a clean flow and a clean real exported flow show no problems', STEP_TIMEOUT, () =>
    track(() =>
      step(page, 'clean-flows-no-problems', async () => {
        await closeAllEditors(page);
        await openFromExplorer(page, CLEAN);
        await waitForLanguage(page, FLOW_LANGUAGE_LABEL);
        await openFromExplorer(page, REAL_CLEAN);
        await waitForLanguage(page, FLOW_LANGUAGE_LABEL);
        // A file with one known problem, opened last: once its row shows, the server has checked the clean ones.
        await openFromExplorer(page, BY_CONTENT);
        await waitForProblem(BY_CONTENT, 'action-flow-type');
        await showProblems(page, '');
        const rows = await problemRows(page);
        const dirty = rows.filter((r) => r.startsWith(CLEAN) || r.startsWith(REAL_CLEAN));
        if (dirty.length) throw new StepFailure(`clean flows have problems:\n${await problemsSummary(page)}`);
        await openFromExplorer(page, REAL_CLEAN);
      }),
    ),
  );

  it('a flow file not named *.flow.json is detected by its content', STEP_TIMEOUT, () =>
    track(() =>
      step(page, 'flow-detected-by-content', async () => {
        await openFromExplorer(page, BY_CONTENT);
        await waitForLanguage(page, 'JSON');
        const expected = engineSays(fixtureText(BY_CONTENT), 'action-flow-type');
        const rows = await waitForProblem(BY_CONTENT, 'action-flow-type');
        const row = rows.find((r) => r.includes('action-flow-type'))!;
        if (!row.includes(expected.message)) throw new StepFailure(`the Problems row does not carry our message.\n  row: ${row}\n  expected: ${expected.message}`);
        const box = await eventually(() => textBox(page, '"CreateCallbackContact"'), 'The text "CreateCallbackContact" on screen');
        await eventually(async () => ((await squigglesUnder(page, box, 'error')) > 0 ? true : undefined), 'A red squiggle under the CreateCallbackContact type');
      }),
    ),
  );

  it('the Running Extensions view shows our activation time (measured, not judged)', STEP_TIMEOUT, () =>
    track(() =>
      step(page, 'activation-time', async () => {
        // A flow file activates the extension (this step also runs alone, to measure another build: docs/e2e.md).
        await openFromExplorer(page, MISTAKES);
        await waitForLanguage(page, FLOW_LANGUAGE_LABEL);
        await runCommand(page, 'Developer: Show Running Extensions');
        const row = page.locator('.monaco-list-row', { hasText: 'Amazon Connect Flow Language' });
        // The list is virtual and sorted by time: our row may be scrolled out of the rendered part. Go to its top
        // and then down a page at a time until it is rendered (a measurement, so it never judges the number).
        await page.locator('.runtime-extensions-editor .monaco-list').first().click({ position: { x: 5, y: 5 } }).catch(() => undefined);
        await page.keyboard.press('Home');
        for (let i = 0; i < 6 && !(await row.first().isVisible()); i++) await page.keyboard.press('PageDown');
        const shown = await expectVisible(row, 'Our extension in the Running Extensions view');
        const text = await eventually(async () => {
          const t = (await shown.innerText()).replace(/\s+/g, ' ');
          return /\d+\s*ms/.test(t) ? t : undefined;
        }, 'An activation time on our row');
        const ms = /(\d+)\s*ms/.exec(text)![1];
        fs.writeFileSync(path.join(SCREENSHOT_DIR, 'activation-time.txt'), `${ms} ms\t${text}\n`);
        process.stdout.write(`[e2e] activation time of the extension: ${ms} ms (${text})\n`);
      }),
    ),
  );

  it('a JSON file that is not a flow gets no diagnostics from us', STEP_TIMEOUT, () =>
    track(() =>
      step(page, 'not-a-flow-no-diagnostics', async () => {
        await closeAllEditors(page);
        await openFromExplorer(page, NOT_A_FLOW);
        await waitForLanguage(page, 'JSON');
        await openFromExplorer(page, BY_CONTENT);
        await waitForProblem(BY_CONTENT, 'action-flow-type');
        await showProblems(page, '');
        const rows = await problemRows(page);
        if (rows.some((r) => r.startsWith(NOT_A_FLOW))) throw new StepFailure(`${NOT_A_FLOW} has problems:\n${await problemsSummary(page)}`);
        await openFromExplorer(page, NOT_A_FLOW);
        const box = await eventually(() => textBox(page, '"Actions"'), 'The text "Actions" on screen');
        if ((await squigglesUnder(page, box, 'error')) + (await squigglesUnder(page, box, 'warning')) > 0) {
          throw new StepFailure(`${NOT_A_FLOW} has a squiggle under "Actions"`);
        }
      }),
    ),
  );
});
