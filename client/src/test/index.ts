/**
 * Runs the VS Code API tests (every *.test.js beside this file) with mocha inside a running VS Code.
 * `run` is the entry point @vscode/test-electron calls (extensionTestsPath); `runAndReport` is what the e2e helper
 * extension calls in code-server, where no test runner can attach: it writes the results to a JSON file.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { skipReasons } from './helper';

export interface TestResult {
  title: string;
  fullTitle: string;
  state: 'passed' | 'failed' | 'skipped';
  durationMs?: number;
  /** Failure message and stack, or why the test was skipped. */
  detail?: string;
}

export interface SuiteReport {
  vscodeVersion: string;
  appName: string;
  startedAt: string;
  finishedAt?: string;
  tests: TestResult[];
  /** Set when the suite could not run at all. */
  error?: string;
}

function testFiles(): string[] {
  return fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(__dirname, f));
}

function runMocha(onResult: (r: TestResult) => void): Promise<number> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: 'spec' });
  for (const file of testFiles()) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => resolve(failures));
      runner.on('pass', (t) => onResult({ title: t.title, fullTitle: t.fullTitle(), state: 'passed', durationMs: t.duration }));
      runner.on('pending', (t) =>
        onResult({ title: t.title, fullTitle: t.fullTitle(), state: 'skipped', detail: skipReasons.get(t.fullTitle()) ?? 'skipped' }),
      );
      runner.on('fail', (t, err: Error) =>
        onResult({ title: t.title, fullTitle: t.fullTitle(), state: 'failed', durationMs: t.duration, detail: err?.stack ?? String(err) }),
      );
    } catch (error) {
      reject(error);
    }
  });
}

/** @vscode/test-electron's entry point: rejects when a test fails. */
export async function run(): Promise<void> {
  const failures = await runMocha(() => undefined);
  if (failures > 0) throw new Error(`${failures} VS Code API test(s) failed.`);
}

/** Runs the suite and writes a SuiteReport to `resultsFile` (first to a temporary name, so readers never see half). */
export async function runAndReport(resultsFile: string): Promise<void> {
  const report: SuiteReport = { vscodeVersion: vscode.version, appName: vscode.env.appName, startedAt: new Date().toISOString(), tests: [] };
  try {
    await runMocha((r) => report.tests.push(r));
  } catch (error) {
    report.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  report.finishedAt = new Date().toISOString();
  const tmp = `${resultsFile}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(report, null, 2));
  fs.renameSync(tmp, resultsFile);
}
