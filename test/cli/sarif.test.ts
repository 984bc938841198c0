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
  it('links every rule to its page (helpUri) and says where to read more in the help', () => {
    const log = JSON.parse(runCli(['--format', 'sarif', 'basic'], dir).stdout);
    const rules = log.runs[0].tool.driver.rules as Array<{ id: string; helpUri: string; help: { markdown: string } }>;
    const base = 'https://example.invalid/connect-flow-language/blob/main/docs/rules/';
    expect(rules.map((r) => r.helpUri)).toEqual(rules.map((r) => `${base}${r.id}.md`));
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['syntax-error', 'file-too-large', 'flow-version']));
    for (const r of rules) expect(fs.existsSync(path.resolve(__dirname, `../../docs/rules/${r.id}.md`))).toBe(true);
    expect(rules.find((r) => r.id === 'flow-version')!.help.markdown).toContain(`See [flow-version](${base}flow-version.md).`);
  });

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

describe('--format sarif: flow text is never a link (issue 14 §5)', () => {
  it('escapes the brackets of an embedded-link pattern in a key name, so a viewer shows it as text', () => {
    const sub = path.join(dir, 'markup');
    fs.mkdirSync(sub, { recursive: true });
    const key = '[t](https://example.invalid/p.png)';
    const flow = {
      Version: '2019-10-30',
      StartAction: 'a',
      Actions: [
        { Identifier: 'a', Type: 'DisconnectParticipant', Parameters: { [key]: 'x' }, Transitions: {} },
      ],
    };
    fs.writeFileSync(path.join(sub, 'markup.flow.json'), JSON.stringify(flow, null, 2));
    const run = runCli(['--format', 'sarif', 'markup'], dir);
    const log = JSON.parse(run.stdout);
    expect(validate(log)).toBe(true);
    const texts: string[] = log.runs[0].results.map((r: SarifResult) => r.message.text);
    const unknown = texts.find((t) => t.includes('is not a parameter'))!;
    expect(unknown).toContain('\\[t\\](https://example.invalid/p.png)');
    // No bracket is left unescaped: nothing a SARIF viewer would render as a link.
    expect(texts.every((t) => !/(^|[^\\])[[\]]/.test(t))).toBe(true);
  });
});
