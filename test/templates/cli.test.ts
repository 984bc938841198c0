import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { assertBuilt, lineColumn, runCli } from '../cli/run';

/** A flow with a dangling NextAction ("nowhere") and a CreateCallbackContact (not allowed in whisper flows). */
const FLOW = {
  Version: '2019-10-30',
  StartAction: 'cb',
  Metadata: { entryPointPosition: { x: 40, y: 40 }, ActionMetadata: {} },
  Actions: [
    {
      Parameters: { InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1', RetryDelaySeconds: '600' },
      Identifier: 'cb',
      Type: 'CreateCallbackContact',
      Transitions: { NextAction: 'nowhere', Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] },
    },
    { Parameters: {}, Identifier: 'end', Type: 'DisconnectParticipant', Transitions: {} },
  ],
};
const PRETTY = JSON.stringify(FLOW, null, 2);

const YAML_TEMPLATE = [
  'Resources:',
  '  Whisper:',
  '    Type: AWS::Connect::ContactFlow',
  '    Properties:',
  '      Type: AGENT_WHISPER',
  '      Content: !Sub |',
  ...PRETTY.split('\n').map((l) => `        ${l}`),
  '',
].join('\n');

const JSON_TEMPLATE = JSON.stringify(
  { Resources: { Inbound: { Type: 'AWS::Connect::ContactFlow', Properties: { Type: 'CONTACT_FLOW', Content: { 'Fn::Sub': JSON.stringify(FLOW) } } } } },
  null,
  2,
);

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-flow-templates-'));
  fs.mkdirSync(path.join(dir, 'infra'));
  fs.writeFileSync(path.join(dir, 'infra', 'stack.yaml'), YAML_TEMPLATE);
  fs.writeFileSync(path.join(dir, 'infra', 'stack.template.json'), JSON_TEMPLATE);
  fs.writeFileSync(path.join(dir, 'infra', 'bucket.yml'), 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n');
  fs.writeFileSync(path.join(dir, 'infra', 'notes.template'), 'not a template at all: [');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the CLI checks flows inside templates', () => {
  it('text output: the template path, the template line:column and the resource', () => {
    const run = runCli(['infra'], dir);
    expect(run.code).toBe(1);
    const at = lineColumn(YAML_TEMPLATE, '"nowhere"');
    expect(run.stdout).toContain('infra/stack.yaml');
    expect(run.stdout).toMatch(new RegExp(`\\n  ${at.line}:${at.column}\\s+error\\s+.*nowhere.*dangling-next-action  \\(in Whisper\\)`));
    // The other YAML and the broken .template are skipped silently.
    expect(run.stdout).not.toContain('bucket.yml');
    expect(run.stdout).not.toContain('notes.template');
    expect(run.stderr).toBe('');
  });

  it('JSON output: positions in the template, the declared type fires action-flow-type, embedded flows listed', () => {
    const run = runCli(['--format', 'json', 'infra'], dir);
    const report = JSON.parse(run.stdout) as { files: Array<{ path: string; status: string; diagnostics: Array<Record<string, unknown>>; embeddedFlows?: unknown[] }> };
    const yaml = report.files.find((f) => f.path === 'infra/stack.yaml')!;
    expect(yaml.status).toBe('checked');
    expect(yaml.embeddedFlows).toEqual([{ resource: 'Whisper', flowType: 'AGENT_WHISPER', flowTypeOrigin: 'Type: AGENT_WHISPER of resource Whisper', line: 6 }]);
    const byRule = (rule: string) => yaml.diagnostics.filter((d) => d.ruleId === rule);
    const dangling = lineColumn(YAML_TEMPLATE, '"nowhere"');
    expect(byRule('dangling-next-action')).toMatchObject([{ ...dangling, endLine: dangling.line, endColumn: dangling.column + 9, resource: 'Whisper', severity: 'error' }]);
    expect(byRule('action-flow-type')).toMatchObject([{ ...lineColumn(YAML_TEMPLATE, '"CreateCallbackContact"'), resource: 'Whisper', jsonPath: ['Actions', 0, 'Type'] }]);

    const json = report.files.find((f) => f.path === 'infra/stack.template.json')!;
    const escaped = lineColumn(JSON_TEMPLATE, '\\"nowhere\\"');
    expect(json.diagnostics.filter((d) => d.ruleId === 'dangling-next-action')).toMatchObject([{ ...escaped, endColumn: escaped.column + 11, resource: 'Inbound' }]);
    // CONTACT_FLOW allows callbacks.
    expect(json.diagnostics.some((d) => d.ruleId === 'action-flow-type')).toBe(false);
    expect(report.files.filter((f) => f.status === 'skipped').map((f) => f.path).sort()).toEqual(['infra/bucket.yml', 'infra/notes.template']);
  });

  it('SARIF output: the template as the artifact, the template region', () => {
    const run = runCli(['--format', 'sarif', 'infra/stack.yaml'], dir);
    const log = JSON.parse(run.stdout) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }>; properties: Record<string, unknown> }> }> };
    const result = log.runs[0].results.find((r) => r.ruleId === 'dangling-next-action')!;
    const at = lineColumn(YAML_TEMPLATE, '"nowhere"');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('infra/stack.yaml');
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: at.line, startColumn: at.column, endLine: at.line, endColumn: at.column + 9 });
    expect(result.properties.resource).toBe('Whisper');
  });

  it('--fix leaves a template alone and says why', () => {
    const before = fs.readFileSync(path.join(dir, 'infra', 'stack.yaml'), 'utf8');
    const run = runCli(['--fix', '--format', 'json', 'infra/stack.yaml'], dir);
    expect(JSON.parse(run.stdout).files[0].fixSkipped).toMatch(/templates/);
    expect(fs.readFileSync(path.join(dir, 'infra', 'stack.yaml'), 'utf8')).toBe(before);
  });
});
