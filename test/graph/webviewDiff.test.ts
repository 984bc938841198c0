import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROMIUM, openPreviewPage, type PreviewPage } from './webviewPage';
import { buildSnapshot } from '../../server/src/graph/snapshot';
import { buildModel } from '../../server/src/engine';
import { diffModels } from '../../server/src/diff';
import { diffPicture } from '../../server/src/lsp/features/diffPicture';
import { NEW_FLOW, OLD_FLOW } from '../diff/editorFlows';

/**
 * The preview's page in diff mode ("Compare flow with HEAD"), in headless Chromium under the real policy: the list of
 * changes beside the picture, clicks on it posting `reveal`, marked blocks and arrows styled; back to normal after.
 */
// The callbacks below run inside the page; the project compiles without the DOM library, so name what they use.
 
declare const document: any;
declare function getComputedStyle(element: unknown): { display: string; opacity: string; stroke: string; textDecorationLine: string };



describe.skipIf(!CHROMIUM)('flow graph page in diff mode, in Chromium', () => {
  if (!CHROMIUM) it.skip('no Chromium found (set CHROMIUM_PATH): page tests skipped', () => {});

  let preview: PreviewPage;
  let page: Page;
  let violations: string[];

  beforeAll(async () => {
    preview = await openPreviewPage();
    ({ page, violations } = preview);
  }, 60_000);

  afterAll(async () => {
    await preview?.browser.close();
  });

  const send = (message: unknown) => preview.send(message);
  const posted = () => preview.posted();

  /** What the extension sends for the test flows: the server's picture and the list as graphPreview.ts makes it. */
  function diffMessage() {
    const oldModel = buildModel(OLD_FLOW);
    const newModel = buildModel(NEW_FLOW);
    const p = diffPicture(oldModel, newModel, diffModels(oldModel, newModel), { oldLabel: 'HEAD' })!;
    const items = p.items.map((i) => ({ state: i.state, title: i.title, key: i.key, inText: i.select !== undefined, details: i.details.map((d) => ({ text: d.text, inText: (d.select ?? i.select) !== undefined })) }));
    return { type: 'graph', svg: p.svg, status: p.status, fit: true, diff: { summary: p.summary, items } };
  }
  const reveals = async () => (await posted()).filter((m) => m.type === 'reveal' || m.type === 'select');

  it('shows the list of changes beside the marked picture', async () => {
    expect(await page.locator('#changes').isHidden()).toBe(true);
    await send(diffMessage());
    await page.waitForSelector('#changes li');
    expect(await page.locator('#changes').isVisible()).toBe(true);
    expect(await page.locator('#changes .summary').textContent()).toBe('2 actions changed, 1 added, 1 removed');
    expect(await page.locator('#changes > ul > li > button').allTextContents()).toEqual([
      '~MessageParticipant "Hello there"',
      '~GetParticipantInput "Press 1 for sales"',
      '+MessageParticipant "Support, one moment"',
      '−MessageParticipant "Sales, one moment"',
    ]);
    expect(await page.locator('#changes .detail').first().textContent()).toBe('~ Text: "Hello" → "Hello there"');
    expect(await page.locator('.status').textContent()).toBe('Compared with HEAD: 2 actions changed, 1 added, 1 removed');
    // The marks are styled: a removed block is dashed and struck through, unchanged blocks fade, the list does not cover the stage.
    expect(await page.locator('.block.diff-removed').evaluate((e) => getComputedStyle(e.querySelector('text')).textDecorationLine)).toBe('line-through');
    expect(Number(await page.locator('.block[data-key="a3"]').evaluate((e) => getComputedStyle(e).opacity))).toBeLessThan(1);
    expect(Number(await page.locator('.block[data-key="a0"]').evaluate((e) => getComputedStyle(e).opacity))).toBe(1);
    expect(await page.locator('.edge.diff-added').count()).toBe(2);
    expect(await page.locator('.edge.diff-removed').count()).toBe(2);
    const [stage, list] = [await page.locator('#stage').boundingBox(), await page.locator('#changes').boundingBox()];
    expect(stage!.x + stage!.width).toBeLessThanOrEqual(list!.x + 1);
    expect(violations).toEqual([]);
  });

  it('posts reveal for a clicked change or one of its lines, and highlights its block', async () => {
    await page.locator('#changes > ul > li > button').nth(1).click();
    expect((await reveals()).at(-1)).toEqual({ type: 'reveal', item: 1 });
    expect(await page.locator('.block.highlighted').getAttribute('data-key')).toBe('a1');
    await page.locator('#changes .detail').first().click();
    expect((await reveals()).at(-1)).toEqual({ type: 'reveal', item: 0, detail: 0 });
    expect(await page.locator('.block.highlighted').getAttribute('data-key')).toBe('a0');
  });

  it('highlights a removed block from the list, and a click on the removed block selects nothing', async () => {
    await page.locator('#changes > ul > li > button').nth(3).click();
    expect(await page.locator('.block.highlighted').getAttribute('data-key')).toBe('r0');
    const before = (await reveals()).length;
    await page.locator('.block[data-key="r0"] rect').click();
    expect((await reveals()).length).toBe(before);
    await page.locator('.block[data-key="a2"] rect').click();
    expect((await reveals()).at(-1)).toEqual({ type: 'select', index: 2 });
  });

  it('goes back to the normal picture: no list, nothing faded', async () => {
    const snapshot = buildSnapshot(NEW_FLOW, [])!;
    await send({ type: 'graph', svg: snapshot.svg, status: snapshot.status, fit: true });
    await page.waitForFunction(() => document.querySelectorAll('.block.diff-removed').length === 0);
    expect(await page.locator('#changes').isHidden()).toBe(true);
    expect(await page.locator('#changes li').count()).toBe(0);
    expect(await page.evaluate(() => document.body.classList.contains('diff-mode'))).toBe(false);
    expect(Number(await page.locator('.block[data-key="a3"]').evaluate((e) => getComputedStyle(e).opacity))).toBe(1);
    expect(violations).toEqual([]);
  });
});
