import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { assertBuilt, runCli } from '../cli/run';

/** A flow with a CreateCallbackContact and no Metadata.type: only a deployer's type can make action-flow-type fire. */
const FLOW = JSON.stringify(
  {
    Version: '2019-10-30',
    StartAction: 'cb',
    Metadata: { entryPointPosition: { x: 40, y: 40 }, ActionMetadata: {} },
    Actions: [
      { Parameters: { InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1', RetryDelaySeconds: '600' }, Identifier: 'cb', Type: 'CreateCallbackContact', Transitions: { NextAction: 'end', Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] } },
      { Parameters: {}, Identifier: 'end', Type: 'DisconnectParticipant', Transitions: {} },
    ],
  },
  null,
  2,
);

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-flow-project-'));
  for (const d of ['flows', 'infra', 'cdk/lib', 'cdk/flows']) fs.mkdirSync(path.join(dir, d), { recursive: true });
  for (const f of ['flows/whisper.json', 'flows/shared.json', 'flows/plain.json', 'cdk/flows/hold.json']) fs.writeFileSync(path.join(dir, f), FLOW);
  fs.writeFileSync(path.join(dir, 'flows/typed.json'), FLOW.replace('"ActionMetadata": {}', '"ActionMetadata": {},\n    "type": "contactFlow"'));
  fs.writeFileSync(
    path.join(dir, 'infra/main.tf'),
    [
      'resource "aws_connect_contact_flow" "whisper" {',
      '  type     = "AGENT_WHISPER"',
      '  filename = "${path.module}/../flows/whisper.json"',
      '}',
      'resource "aws_connect_contact_flow" "a" {',
      '  type    = "AGENT_WHISPER"',
      '  content = file("../flows/shared.json")',
      '}',
      'resource "aws_connect_contact_flow" "typed" {',
      '  type    = "CUSTOMER_HOLD"',
      '  content = templatefile("../flows/typed.json", {})',
      '}',
    ].join('\n'),
  );
  fs.writeFileSync(path.join(dir, 'infra/other.tf'), 'resource "aws_connect_contact_flow" "b" {\n  content = file("../flows/shared.json")\n}\n');
  fs.writeFileSync(
    path.join(dir, 'cdk/lib/stack.ts'),
    "new CfnContactFlow(this, 'Hold', { type: 'CUSTOMER_HOLD', content: fs.readFileSync(path.join(__dirname, '../flows/hold.json'), 'utf8') });\n",
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Report = { files: Array<{ path: string; diagnostics: Array<{ ruleId: string; severity: string; message: string }> }> };
const rulesOf = (report: Report, file: string) => report.files.find((f) => f.path === file)!.diagnostics.map((d) => `${d.severity} ${d.ruleId}`);

describe('flow types from the templates and code that deploy a file (CLI)', () => {
  it('with --project: Terraform and CDK types make action-flow-type fire; conflicts warn once and check with neither', () => {
    const run = runCli(['--format', 'json', '--project', '.', 'flows', 'cdk/flows'], dir);
    const report = JSON.parse(run.stdout) as Report;
    expect(rulesOf(report, 'flows/whisper.json')).toEqual(['error action-flow-type']);
    expect(report.files.find((f) => f.path === 'flows/whisper.json')!.diagnostics[0].message).toContain('deployed by type = "AGENT_WHISPER" of aws_connect_contact_flow.whisper in main.tf');
    expect(rulesOf(report, 'cdk/flows/hold.json')).toEqual(['error action-flow-type']);
    // Two Terraform resources disagree (AGENT_WHISPER and the provider default CONTACT_FLOW).
    expect(rulesOf(report, 'flows/shared.json')).toEqual(['warning flow-type-conflict']);
    // Metadata.type contactFlow against CUSTOMER_HOLD.
    expect(rulesOf(report, 'flows/typed.json')).toEqual(['warning flow-type-conflict']);
    expect(rulesOf(report, 'flows/plain.json')).toEqual([]);
  });

  it('without --project, templates outside the paths given are not looked at', () => {
    const report = JSON.parse(runCli(['--format', 'json', 'flows'], dir).stdout) as Report;
    expect(rulesOf(report, 'flows/whisper.json')).toEqual([]);
  });

  it('a directory argument that holds the Terraform counts too', () => {
    const report = JSON.parse(runCli(['--format', 'json', '.'], dir).stdout) as Report;
    expect(rulesOf(report, 'flows/whisper.json')).toEqual(['error action-flow-type']);
  });
});
