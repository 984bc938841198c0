import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, copyFixtures, lineColumn, runCli } from './run';

/**
 * The SARIF 2.1.0 schema (rtm.5, JSON Schema draft-04) as shipped by Microsoft's SARIF SDK package
 * @microsoft/jest-sarif (MIT licence); validated with Ajv's draft-04 build.
 */
const SCHEMA = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json');

let dir: string;
let validate: ReturnType<Ajv['compile']>;

beforeAll(() => {
  assertBuilt();
  dir = copyFixtures();
  // unicodeRegExp off: one pattern in the published schema (for language tags) is not valid with the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }>;
}

describe('--format sarif', () => {
  it('is valid SARIF 2.1.0, with rule metadata and a region for every result', () => {
    const run = runCli(['--format', 'sarif', 'basic'], dir);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(log.version).toBe('2.1.0');
    const sarifRun = log.runs[0];
    expect(sarifRun.tool.driver.name).toBe('connect-flow-lint');
    expect(sarifRun.columnKind).toBe('utf16CodeUnits');
    expect(sarifRun.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${dir}/`);

    const rules = sarifRun.tool.driver.rules as Array<{ id: string; shortDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string } }>;
    const version = rules.find((r) => r.id === 'flow-version')!;
    expect(version.shortDescription.text).toMatch(/^Version must be present/);
    expect(version.help.text).toContain('--rule flow-version=warn');
    expect(version.defaultConfiguration.level).toBe('error');
    expect(rules.find((r) => r.id === 'param-soft-minimum')!.defaultConfiguration.level).toBe('warning');

    const results = sarifRun.results as SarifResult[];
    expect(results).toHaveLength(7);
    for (const r of results) {
      expect(rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
    }
    const notString = results.find((r) => r.ruleId === 'param-not-string')!;
    const at = lineColumn(fs.readFileSync(path.join(dir, 'basic/mistakes.flow.json'), 'utf8'), '5,');
    expect(notString.level).toBe('note');
    expect(notString.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'basic/mistakes.flow.json', uriBaseId: '%SRCROOT%' },
      region: { startLine: at.line, startColumn: at.column, endLine: at.line, endColumn: at.column + 1 },
    });
    expect(sarifRun.invocations[0].executionSuccessful).toBe(true);
  });

  it('stays valid with notes, file names that need escaping and unreadable files', () => {
    const odd = path.join(dir, 'odd dir');
    fs.mkdirSync(odd);
    fs.copyFileSync(path.join(dir, 'basic/nested/warnings.json'), path.join(odd, 'flow #1.json'));
    const run = runCli(['--format', 'sarif', '--rule', 'param-soft-minimum=info', 'odd dir'], dir);
    expect(run.code).toBe(0);
    const log = JSON.parse(run.stdout);
    expect(validate(log)).toBe(true);
    const result = log.runs[0].results[0];
    expect(result.level).toBe('note');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('odd%20dir/flow%20%231.json');

    expect(spawnSync('mkfifo', [path.join(odd, 'pipe.json')]).status).toBe(0);
    const failing = runCli(['--format', 'sarif', 'odd dir', 'odd dir/pipe.json'], dir);
    expect(failing.code).toBe(2);
    const failed = JSON.parse(failing.stdout);
    expect(validate(failed)).toBe(true);
    expect(failed.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(failed.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toBe('odd dir/pipe.json: it is not a regular file');
  });

  it('a schema check that can fail: a result without a message is rejected', () => {
    const log = JSON.parse(runCli(['--format', 'sarif', 'basic'], dir).stdout);
    delete log.runs[0].results[0].message;
    expect(validate(log)).toBe(false);
  });
});
