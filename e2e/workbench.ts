/** What a user does in the VS Code workbench, through the page: open files, move the cursor, read the screen. */
import type { Locator, Page } from 'playwright-core';
import { StepFailure, eventually, expectVisible } from './browser';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Moves the mouse onto the element and clicks it, as a person does. VS Code's menus lay a pointer block over the
 * page that the first mouse move removes, so a click without that move (playwright's locator.click) never lands.
 */
export async function mouseClick(page: Page, locator: Locator, what: string): Promise<void> {
  const box = await locator.first().boundingBox();
  if (!box) throw new StepFailure(`${what} is not on screen`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y, { steps: 5 });
  await page.mouse.click(x, y);
}

export async function waitForWorkbench(page: Page): Promise<void> {
  await expectVisible(page.locator('.monaco-workbench'), 'The VS Code workbench', 30_000);
  await expectVisible(page.locator('.explorer-folders-view .monaco-list-row'), 'The Explorer with the workspace files', 30_000);
}

const activeEditor = (page: Page) => page.locator('.editor-group-container.active .monaco-editor').first();

/** Opens a workspace file the way a user does: a click on its row in the Explorer. */
export async function openFromExplorer(page: Page, name: string): Promise<void> {
  const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`);
  await expectVisible(row, `The Explorer row for ${name}`);
  await row.first().click();
  await expectVisible(page.locator(`.tab.active[aria-label^="${name}"]`), `An active editor tab for ${name}`);
  await expectVisible(page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line'), `The text of ${name}`);
  await focusEditor(page);
}

/** Moves the keyboard focus to the active editor (View: Focus First Editor Group, Ctrl+1). */
export async function focusEditor(page: Page): Promise<void> {
  await page.keyboard.press('Control+1');
  await eventually(
    async () => ((await activeEditor(page).evaluate((e) => e.classList.contains('focused')).catch(() => false)) ? true : undefined),
    'The keyboard focus in the editor',
  );
}

export async function closeAllEditors(page: Page): Promise<void> {
  await runCommand(page, 'View: Close All Editors');
  await eventually(async () => ((await page.locator('.tab').count()) === 0 ? true : undefined), 'All editors closed');
}

/** Runs a command from the Command Palette by its title. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = await expectVisible(page.locator('.quick-input-widget input.input'), 'The Command Palette');
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title });
  await expectVisible(row, `The command "${title}" in the Command Palette`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
}

/** Moves the cursor with Go to Line/Column (Ctrl+G); line and column count from 1. The editor scrolls to it. */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press('Control+G');
  const input = await expectVisible(page.locator('.quick-input-widget input.input'), 'The Go to Line box');
  await input.fill(`:${line}:${column}`); // The box opens with ':'; what follows is line:column.
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
  const status = page.locator('[id="status.editor.selection"]');
  await eventually(
    async () => ((await status.innerText().catch(() => '')).includes(`Ln ${line}, Col ${column}`) ? true : undefined),
    `The cursor at line ${line}, column ${column}`,
    { detail: async () => `status bar: ${await status.innerText().catch(() => '?')}` },
  );
}

/** 1-based line and column of the `occurrence`-th `needle` in `text`. */
export function lineColumnOf(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new StepFailure(`the fixture no longer contains ${JSON.stringify(needle)} (${occurrence}×)`);
  }
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

/** The screen box of `needle` in the rendered lines of the active editor, or undefined when it is not on screen. */
export async function textBox(page: Page, needle: string): Promise<Box | undefined> {
  return page.evaluate((needle) => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    for (const line of Array.from(editor?.querySelectorAll('.view-lines .view-line') ?? [])) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text);
        text += (n as Text).data;
      }
      // The editor renders spaces as no-break spaces.
      const at = text.replace(/\u00a0/g, ' ').indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      let offset = 0;
      let started = false;
      for (const node of nodes) {
        const end = offset + node.data.length;
        if (!started && at < end) {
          range.setStart(node, at - offset);
          started = true;
        }
        if (started && at + needle.length <= end) {
          range.setEnd(node, at + needle.length - offset);
          break;
        }
        offset = end;
      }
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return undefined;
  }, needle);
}

/** The text of the rendered line that contains `needle`, with plain spaces. */
export async function renderedLineWith(page: Page, needle: string): Promise<string | undefined> {
  const lines = await activeEditor(page).locator('.view-lines .view-line').allTextContents();
  return lines.map((l) => l.replace(/\u00a0/g, ' ')).find((l) => l.includes(needle));
}

/** Squiggles ("error" or "warning") drawn under the screen box `box`. */
export async function squigglesUnder(page: Page, box: Box, kind: 'error' | 'warning'): Promise<number> {
  const boxes = await activeEditor(page)
    .locator(`.squiggly-${kind}`)
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })));
  const midY = box.y + box.height / 2;
  return boxes.filter((s) => s.y <= midY && midY <= s.y + s.height && s.x < box.x + box.width && box.x < s.x + s.width).length;
}

export async function languageShown(page: Page): Promise<string> {
  return (await page.locator('[id="status.editor.mode"]').innerText().catch(() => '')).trim();
}

export async function waitForLanguage(page: Page, label: string): Promise<void> {
  await eventually(async () => ((await languageShown(page)) === label ? true : undefined), `The language "${label}" in the status bar`, {
    detail: async () => `status bar shows: "${await languageShown(page)}"`,
  });
}

/** Opens the Problems panel (Ctrl+Shift+M) and types `filter` in its filter box ('' clears it). */
export async function showProblems(page: Page, filter: string): Promise<void> {
  if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) {
    await page.keyboard.press('Control+Shift+M');
    await expectVisible(page.locator('.markers-panel'), 'The Problems panel');
  }
  const input = await expectVisible(page.locator('.viewpane-filter input').filter({ visible: true }), 'The Problems filter box');
  await input.fill(filter);
  // The panel applies the filter after a short delay. Checks of the rows poll anyway; this pause only makes the
  // step's screenshot show the filtered list.
  await page.waitForTimeout(400);
}

export async function problemRows(page: Page): Promise<string[]> {
  const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
  return rows.map((r) => r.replace(/\s+/g, ' ').trim());
}

export async function problemsSummary(page: Page): Promise<string> {
  const rows = await problemRows(page);
  const empty = (await page.locator('.markers-panel .message-box-container').innerText().catch(() => '')).trim();
  return rows.length ? `Problems panel rows:\n  ${rows.join('\n  ')}` : `Problems panel: ${empty || '(no rows)'}`;
}
