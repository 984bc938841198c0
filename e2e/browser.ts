/** Chromium through playwright-core: launch, and the step/expectation helpers that turn waits into clear failures. */
import * as fs from 'fs';
import * as path from 'path';
import { chromium, errors, type Browser, type Locator, type Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './paths';

export async function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run', '--disable-background-timer-throttling'],
  });
}

export async function newWorkbenchPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  // Clipboard and such stay off; keyboard shortcuts go to the page as a user's would.
  return context.newPage();
}

/** A check that failed on the screen: the message says what did not appear. */
export class StepFailure extends Error {}

/** Waits for `locator` to be visible; on time-out fails with `what` instead of a bare time-out. */
export async function expectVisible(locator: Locator, what: string, timeoutMs = 15_000): Promise<Locator> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: timeoutMs });
    return locator.first();
  } catch (error) {
    if (error instanceof errors.TimeoutError) throw new StepFailure(`${what} did not appear within ${timeoutMs / 1000} s`);
    throw error;
  }
}

/** Polls `probe` until it returns a value that is not undefined; on time-out fails with `what` and the last detail. */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  options: { timeoutMs?: number; detail?: () => Promise<string> } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      const detail = options.detail ? `\n${await options.detail()}` : '';
      throw new StepFailure(`${what}: not seen within ${timeoutMs / 1000} s${detail}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

let stepNumber = 0;

/** Runs one user-visible step and saves a screenshot of it (test-results/e2e/NN-name.png, -FAILED on failure). */
export async function step(page: Page, name: string, body: (snap: (label: string) => Promise<void>) => Promise<void>): Promise<void> {
  const number = String(++stepNumber).padStart(2, '0');
  const file = (suffix: string) => path.join(SCREENSHOT_DIR, `${number}-${name}${suffix}.png`);
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  /** An extra screenshot in the middle of the step (a menu or widget that the end state no longer shows). */
  const snap = async (label: string) => {
    await page.screenshot({ path: file(`-${label}`) });
  };
  try {
    await body(snap);
  } catch (error) {
    const shot = file('-FAILED');
    await page.screenshot({ path: shot }).catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    const failure = new StepFailure(`${message}\n(screenshot: ${path.relative(process.cwd(), shot)})`);
    if (!(error instanceof StepFailure) && error instanceof Error) failure.stack = `${failure.message}\n${error.stack ?? ''}`;
    throw failure;
  }
  await page.screenshot({ path: file('') });
}
