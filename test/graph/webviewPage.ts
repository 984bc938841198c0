import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import type { Uri, Webview } from 'vscode';
import { previewHtml } from '../../client/src/preview/html';

/**
 * The graph preview's page (media/preview.js and preview.css) served in headless Chromium under the same
 * Content-Security-Policy the extension sets, with the webview API faked: messages the page posts are recorded in
 * `window.posted`, console errors (CSP violations among them) in `violations`. Shared by the page tests.
 */
// The callbacks below run inside the page; the project compiles without the DOM library, so name what they use.
declare const window: any;
declare const document: any;

export const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && fs.existsSync(p));
const ORIGIN = 'https://webview.test';
const MEDIA = path.resolve(__dirname, '../../media');

const fakeWebview = { cspSource: ORIGIN, asWebviewUri: (u: Uri) => u } as unknown as Webview;
const joinPath = (base: Uri, ...parts: string[]) => `${base}/${parts.join('/')}` as unknown as Uri;

export interface PreviewPage {
  browser: Browser;
  page: Page;
  violations: string[];
  /** A message from the extension to the page. */
  send(message: unknown): Promise<void>;
  /** Every message the page has posted to the extension so far. */
  posted(): Promise<Array<{ type: string; index?: number; [key: string]: unknown }>>;
}

/** Opens the page and waits for its `ready` message. */
export async function openPreviewPage(): Promise<PreviewPage> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const context = await browser.newContext({ viewport: { width: 1000, height: 600 } });
  await context.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/index.html') {
      await route.fulfill({ contentType: 'text/html', body: previewHtml(fakeWebview, `${ORIGIN}/media` as unknown as Uri, 'TestNonce0123456789', joinPath) });
    } else if (url.pathname.startsWith('/media/')) {
      const file = path.join(MEDIA, path.basename(url.pathname));
      await route.fulfill({ contentType: file.endsWith('.js') ? 'text/javascript' : 'text/css', body: fs.readFileSync(file, 'utf8') });
    } else await route.fulfill({ status: 404, body: '' });
  });
  // The webview API, as VS Code provides it: messages out are recorded for the test.
  await context.addInitScript(() => {
    const w = window as unknown as { posted: unknown[]; acquireVsCodeApi: () => unknown };
    w.posted = [];
    let state: unknown;
    w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => w.posted.push(m), getState: () => state, setState: (s: unknown) => (state = s) });
    document.addEventListener('securitypolicyviolation', (e: any) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') violations.push(m.text());
  });
  await page.goto(`${ORIGIN}/index.html`);
  await page.waitForFunction(() => (window as unknown as { posted: { type: string }[] }).posted.some((m) => m.type === 'ready'));
  return {
    browser,
    page,
    violations,
    send: async (message) => {
      await page.evaluate((m) => window.postMessage(m, '*'), message);
    },
    posted: () => page.evaluate(() => (window as unknown as { posted: Array<{ type: string; index?: number }> }).posted),
  };
}
