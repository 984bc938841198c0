/**
 * The VS Code API tests (client/src/test) inside code-server: the test-only helper extension runs them when the
 * window starts and writes a report; each of its tests becomes a test here.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import type { SuiteReport } from '../client/src/test/index';
import { expectVisible, launchBrowser, newWorkbenchPage } from './browser';
import { startCodeServer, type CodeServer } from './codeServer';
import { SCREENSHOT_DIR, readContext, scratchDir } from './paths';
import { prepareWorkspace } from './workspace';

const SUITE_TIMEOUT_MS = 180_000;

async function waitForReport(file: string, server: CodeServer): Promise<SuiteReport> {
  const deadline = Date.now() + SUITE_TIMEOUT_MS;
  while (!fs.existsSync(file)) {
    if (Date.now() > deadline) {
      const started = fs.existsSync(`${file}.started`);
      throw new Error(
        `${started ? 'The VS Code API suite started but wrote no results' : 'The e2e helper extension never started the VS Code API suite'} ` +
          `within ${SUITE_TIMEOUT_MS / 1000} s.\n${server.logTail()}`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as SuiteReport;
}

const ctx = readContext();

describe(`VS Code API tests inside code-server ${ctx.codeServerVersion} (VS Code ${ctx.vscodeVersion})`, () => {
  const scratch = scratchDir('api');
  const results = path.join(scratch, 'api-results.json');
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let report: SuiteReport | undefined;

  before(async () => {
    const folder = prepareWorkspace(path.join(scratch, 'workspace'));
    server = await startCodeServer({
      bin: ctx.codeServerBin,
      scratch,
      vsixes: [ctx.vsix, ctx.helperVsix],
      folder,
      env: { CONNECT_FLOW_E2E_RESULTS: results },
    });
    // The extension host starts when a window connects: open one and leave it to the suite.
    browser = await launchBrowser(ctx.chromium);
    const page = await newWorkbenchPage(browser);
    await page.goto(server.workbenchUrl);
    await expectVisible(page.locator('.monaco-workbench'), 'The VS Code workbench', 30_000);
    report = await waitForReport(results, server);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'api-suite-window.png') });
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (report && !report.error && report.tests.every((t) => t.state !== 'failed')) fs.rmSync(scratch, { recursive: true, force: true });
    else process.stdout.write(`[e2e] code-server logs kept in ${scratch}\n`);
  });

  it('ran in code-server with the VS Code version it bundles', () => {
    assert.ok(report, 'no report');
    assert.strictEqual(report.error, undefined, `the suite could not run: ${report.error}`);
    assert.strictEqual(report.vscodeVersion, ctx.vscodeVersion);
    assert.ok(report.tests.length >= 10, `expected the whole suite; the report lists ${report.tests.length} test(s)`);
  });

  // One node:test test per mocha test, so the summary counts each; they are known only once the suite has run.
  it('VS Code API suite', async (t) => {
    assert.ok(report, 'no report');
    for (const result of report.tests) {
      if (result.state === 'skipped') {
        await t.test(result.fullTitle, { skip: result.detail ?? 'skipped' }, () => undefined);
      } else {
        await t.test(result.fullTitle, () => {
          if (result.state === 'failed') throw new Error(result.detail ?? 'failed');
        });
      }
    }
  });
});
