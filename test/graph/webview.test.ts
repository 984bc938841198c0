import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { CHROMIUM, openPreviewPage, type PreviewPage } from './webviewPage';
import { buildSnapshot } from '../../server/src/graph/snapshot';

/**
 * The preview's page (media/preview.js and preview.css) in headless Chromium, under the same Content-Security-Policy
 * the extension sets: pictures arrive by message, a click on a block posts `select`, highlights follow the cursor.
 * The real-editor check (the panel beside a flow in VS Code) is in the e2e suite.
 */
// The callbacks below run inside the page; the project compiles without the DOM library, so name what they use.
declare const window: any;
declare const document: any;
declare function getComputedStyle(element: unknown): { display: string };

const EXAMPLE = fs.readFileSync(path.resolve(__dirname, '../../examples/callback-mistakes.flow.json'), 'utf8');


describe.skipIf(!CHROMIUM)('flow graph page in Chromium', () => {
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

  it('loads its script and style under the strict policy, with no violation', async () => {
    const snapshot = buildSnapshot(EXAMPLE, [{ offset: EXAMPLE.indexOf('"Hangup"'), severity: 1, message: 'NextAction names no action' }])!;
    await send({ type: 'graph', svg: snapshot.svg, status: snapshot.status, fit: true });
    await page.waitForSelector('.block');
    expect(await page.locator('.block').count()).toBe(3);
    expect(await page.locator('.edge').count()).toBe(snapshot.graph.edges.length);
    expect(await page.locator('.status').textContent()).toBe(snapshot.status);
    expect((await posted()).filter((m) => m.type === 'rendered')).toEqual([{ type: 'rendered', blocks: 3 }]);
    // The stylesheet applied (toolbar laid out as flex) and the SVG fills the stage.
    expect(await page.locator('.toolbar').evaluate((e) => getComputedStyle(e).display)).toBe('flex');
    expect(violations).toEqual([]);
  });

  it('outlines the block with a problem and names the problem in its hover', async () => {
    const block = page.locator('.block[data-key="a1"]');
    expect(await block.getAttribute('class')).toContain('severity-error');
    expect(await block.locator('title').textContent()).toContain('error: NextAction names no action');
    expect(await page.locator('.block.severity-error').count()).toBe(1);
  });

  it('posts select with the action index when a block is clicked', async () => {
    await page.locator('.block[data-key="a2"] rect').click();
    expect((await posted()).filter((m) => m.type === 'select')).toEqual([{ type: 'select', index: 2 }]);
  });

  it('asks the extension for the other layout from the Layout button and the L key', async () => {
    await page.locator('.toolbar button[data-action="layout"]').click();
    await page.locator('#stage').press('l');
    expect((await posted()).filter((m) => m.type === 'layout')).toEqual([{ type: 'layout' }, { type: 'layout' }]);
  });

  it('asks the extension to simulate the flow from the Simulate button', async () => {
    await page.locator('.toolbar button[data-action="simulate"]').click();
    expect((await posted()).filter((m) => m.type === 'simulate')).toEqual([{ type: 'simulate' }]);
  });

  it('pans on drag without selecting, and zooms on the wheel', async () => {
    const transform = () => page.locator('.viewport').getAttribute('transform');
    const before = await transform();
    const box = (await page.locator('.block[data-key="a0"] rect').boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + 120, box.y + 70, { steps: 5 });
    await page.mouse.up();
    const panned = await transform();
    expect(panned).not.toBe(before);
    expect((await posted()).filter((m) => m.type === 'select')).toHaveLength(1);
    await page.mouse.wheel(0, -300);
    const zoomed = await transform();
    expect(Number(/scale\(([\d.]+)\)/.exec(zoomed!)![1])).toBeGreaterThan(Number(/scale\(([\d.]+)\)/.exec(panned!)![1]));
  });

  it('highlights the block the cursor is in, and keeps it across a new picture', async () => {
    await send({ type: 'highlight', key: 'a0' });
    await page.waitForSelector('.block.highlighted');
    expect(await page.locator('.block.highlighted').getAttribute('data-key')).toBe('a0');
    const snapshot = buildSnapshot(EXAMPLE, [])!;
    await send({ type: 'graph', svg: snapshot.svg, status: snapshot.status, fit: false });
    await page.waitForFunction(() => document.querySelectorAll('.block.severity-error').length === 0);
    expect(await page.locator('.block.highlighted').getAttribute('data-key')).toBe('a0');
    await send({ type: 'highlight', key: null });
    await page.waitForFunction(() => document.querySelectorAll('.block.highlighted').length === 0);
  });

  it('selects with the keyboard: Enter on a focused block', async () => {
    await page.locator('.block[data-key="a1"]').focus();
    await page.keyboard.press('Enter');
    expect((await posted()).filter((m) => m.type === 'select').at(-1)).toEqual({ type: 'select', index: 1 });
  });

  it('is under a policy that is really enforced: an inline script is refused', async () => {
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.appendChild(script);
    });
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    // The violation event is delivered asynchronously: wait for it, then start the next test with a clean list.
    await expect.poll(() => violations.some((v) => v.includes('CSP violation: script-src')), { timeout: 5000 }).toBe(true);
    await page.waitForTimeout(200);
    violations.length = 0;
  });

  /** A chain of `n` prompts ending in a disconnect: a flow too big to be legible at "Fit" in a half-width panel. */
  function bigFlow(n: number): string {
    const id = (i: number) => `step-${i}`;
    const actions: unknown[] = [];
    for (let i = 0; i < n; i++) actions.push({ Identifier: id(i), Type: 'MessageParticipant', Parameters: { Text: `Prompt ${i}` }, Transitions: { NextAction: i + 1 < n ? id(i + 1) : 'end', Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] } });
    actions.push({ Identifier: 'end', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} });
    return JSON.stringify({ Version: '2019-10-30', StartAction: id(0), Actions: actions }, null, 2);
  }
  const scale = async () => Number(/scale\(([\d.]+)\)/.exec((await page.locator('.viewport').getAttribute('transform'))!)![1]);
  const inStage = async (selector: string) => {
    const [r, area] = [await page.locator(selector).boundingBox(), await page.locator('#stage').boundingBox()];
    return !!r && !!area && r.x >= area.x && r.y >= area.y && r.x + r.width <= area.x + area.width && r.y + r.height <= area.y + area.height;
  };

  it('starts a 60-action flow at a legible scale with the start block in view, not at "Fit" (issue 20 §4)', async () => {
    await page.setViewportSize({ width: 500, height: 600 });
    const snapshot = buildSnapshot(bigFlow(60), [])!;
    await send({ type: 'graph', svg: snapshot.svg, status: snapshot.status, fit: true });
    await page.waitForSelector('.block[data-key="a59"]');
    expect(await scale()).toBeGreaterThanOrEqual(0.75);
    expect(await inStage('.block.start-action')).toBe(true);
    // "Fit" still shows everything when asked.
    await page.locator('.toolbar button[data-action="fit"]').click();
    expect(await scale()).toBeLessThan(0.5);
  });

  it('re-fits when the panel is resized, until the user pans or zooms', async () => {
    await page.setViewportSize({ width: 1000, height: 600 });
    const small = buildSnapshot(EXAMPLE, [])!;
    await send({ type: 'graph', svg: small.svg, status: small.status, fit: true });
    await page.waitForFunction(() => document.querySelectorAll('.block').length === 3);
    const before = await scale();
    await page.setViewportSize({ width: 800, height: 600 });
    await expect.poll(scale, { timeout: 3000 }).toBeLessThan(before);
    await page.mouse.move(400, 300);
    await page.mouse.wheel(0, -300);
    const zoomed = await page.locator('.viewport').getAttribute('transform');
    await page.setViewportSize({ width: 1000, height: 600 });
    await page.waitForTimeout(300);
    expect(await page.locator('.viewport').getAttribute('transform')).toBe(zoomed);
  });

  it('says so when the document is not a flow', async () => {
    await send({ type: 'empty', message: 'notes.json is not an Amazon Connect flow.' });
    await page.waitForSelector('.empty');
    expect(await page.locator('.empty').textContent()).toBe('notes.json is not an Amazon Connect flow.');
    expect(await page.locator('.block').count()).toBe(0);
    expect(violations).toEqual([]);
  });
});
