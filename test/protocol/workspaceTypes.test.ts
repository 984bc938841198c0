import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DidChangeWatchedFilesNotification, FileChangeType, HoverRequest, type Hover, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from '../helpers/lspClient';
import { callbackAction, endAction, flowText } from '../helpers/flow';
import { requireServer } from './editing';

/**
 * The editor's workspace index (issue 16 §4): a flow file opened on its own gets the flow type the Terraform
 * resource or CDK construct deploying it declares, kept current through workspace/didChangeWatchedFiles.
 */
describe('flow types from the workspace over stdio', () => {
  let client: TestClient;
  let dir: string;
  const flow = flowText([callbackAction(), endAction]);
  const tf = (type: string) => `resource "aws_connect_contact_flow" "whisper" {\n  instance_id = var.instance\n  name = "w"\n  type = "${type}"\n  filename = "../flows/w.json"\n}\n`;
  const file = (rel: string) => path.join(dir, rel);
  const uriOf = (rel: string) => pathToFileURL(file(rel)).href;

  beforeAll(async () => {
    requireServer();
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cf-wsindex-')));
    for (const sub of ['flows', 'infra', 'node_modules/pkg', '.hidden']) fs.mkdirSync(file(sub), { recursive: true });
    fs.writeFileSync(file('flows/w.json'), flow);
    fs.writeFileSync(file('flows/other.json'), flow);
    fs.writeFileSync(file('infra/connect.tf'), tf('AGENT_WHISPER'));
    // Skipped like the CLI's walk: node_modules and dot-folders.
    fs.writeFileSync(file('node_modules/pkg/x.tf'), tf('AGENT_WHISPER').replace('../flows/w.json', '../../flows/other.json'));
    fs.writeFileSync(file('.hidden/x.tf'), tf('AGENT_WHISPER').replace('../flows/w.json', '../flows/other.json'));
    client = await startClient({}, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } }, [pathToFileURL(dir).href]);
  });
  afterAll(async () => {
    await client?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The first diagnostics for `uri` published from `from` on that satisfy `ok` (the index is built in the background). */
  async function published(uri: string, ok: (p: PublishDiagnosticsParams) => boolean, from = 0): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + 8000;
    for (;;) {
      const hit = client.published.slice(from).find((p) => p.uri === uri && ok(p));
      if (hit) return hit;
      if (Date.now() > deadline) throw new Error(`no matching diagnostics for ${uri}: ${JSON.stringify(client.published.filter((p) => p.uri === uri).map((p) => p.diagnostics.map((d) => d.code)))}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);
  const changed = (rel: string, type: FileChangeType) =>
    void client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(rel), type }] });

  it('registers watchers for Terraform and CDK code', async () => {
    for (let i = 0; i < 100 && !client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'); i++) await new Promise((r) => setTimeout(r, 20));
    const globs = client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles').flatMap((r) => (r.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map((w) => w.globPattern));
    expect(globs).toEqual(expect.arrayContaining(['**/*.tf', '**/*.{ts,js,mjs,cjs,py}']));
  });

  it('a flow deployed as AGENT_WHISPER by a Terraform resource gets action-flow-type; status and hover say where the type came from', async () => {
    const uri = uriOf('flows/w.json');
    client.open(uri, flow, 'json', 1);
    const p = await published(uri, (x) => codes(x).includes('action-flow-type'));
    const d = p.diagnostics.find((x) => x.code === 'action-flow-type')!;
    expect(d.message).toContain('deployed by type = "AGENT_WHISPER" of aws_connect_contact_flow.whisper in connect.tf');
    expect(d.range.start.line).toBe(flow.split('\n').findIndex((l) => l.includes('"Type": "CreateCallbackContact"')));

    expect(await client.connection.sendRequest('connectFlow/flowStatus', { uri })).toEqual({
      isFlow: true,
      flowType: 'agentWhisper',
      source: 'deployer',
      origin: 'type = "AGENT_WHISPER" of aws_connect_contact_flow.whisper in connect.tf',
    });
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } })) as Hover | null;
    expect(hover?.contents).toEqual({ kind: 'markdown', value: 'Amazon Connect flow: flow type `agentWhisper`, deployed by type = "AGENT\\_WHISPER" of aws\\_connect\\_contact\\_flow\\.whisper in connect\\.tf.' });
  });

  it('files in node_modules and dot-folders deploy nothing', async () => {
    const uri = uriOf('flows/other.json');
    client.open(uri, flow, 'json', 1);
    const p = await client.diagnosticsFor(uri, 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(client.published.filter((x) => x.uri === uri).flatMap(codes)).not.toContain('action-flow-type');
    expect(codes(p)).not.toContain('action-flow-type');
    expect(await client.connection.sendRequest('connectFlow/flowStatus', { uri })).toEqual({ isFlow: true });
  });

  it('the template changed to CONTACT_FLOW (didChangeWatchedFiles): the open flow is checked again, without the diagnostic', async () => {
    const uri = uriOf('flows/w.json');
    await published(uri, (x) => codes(x).includes('action-flow-type'));
    const from = client.published.length;
    fs.writeFileSync(file('infra/connect.tf'), tf('CONTACT_FLOW'));
    changed('infra/connect.tf', FileChangeType.Changed);
    const p = await published(uri, () => true, from);
    expect(codes(p)).not.toContain('action-flow-type');
    expect(await client.connection.sendRequest('connectFlow/flowStatus', { uri })).toMatchObject({ flowType: 'contactFlow', source: 'deployer' });
  });

  it('two sources that disagree (Terraform and CDK): one flow-type-conflict warning and no flow-type rule', async () => {
    const uri = uriOf('flows/w.json');
    fs.writeFileSync(file('infra/connect.tf'), tf('AGENT_WHISPER'));
    changed('infra/connect.tf', FileChangeType.Changed);
    await published(uri, (x) => codes(x).includes('action-flow-type'));
    const from = client.published.length;
    const cdk = `import * as fs from 'fs';\nimport { CfnContactFlow } from 'aws-cdk-lib/aws-connect';\nnew CfnContactFlow(this, 'Main', { instanceArn: arn, name: 'm', type: 'CONTACT_FLOW', content: fs.readFileSync(path.join(__dirname, '../flows/w.json'), 'utf8') });\n`;
    fs.writeFileSync(file('infra/stack.ts'), cdk);
    changed('infra/stack.ts', FileChangeType.Created);
    const p = await published(uri, (x) => codes(x).includes('flow-type-conflict'), from);
    expect(codes(p).filter((c) => c === 'flow-type-conflict')).toHaveLength(1);
    expect(codes(p)).not.toContain('action-flow-type');
    const conflict = p.diagnostics.find((d) => d.code === 'flow-type-conflict')!;
    expect(conflict.severity).toBe(2);
    expect(conflict.message).toContain('AGENT_WHISPER');
    expect(conflict.message).toContain('CONTACT_FLOW');
    expect(await client.connection.sendRequest('connectFlow/flowStatus', { uri })).toMatchObject({ isFlow: true, conflict: expect.stringContaining('stack.ts') });
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } })) as Hover | null;
    expect(JSON.stringify(hover?.contents)).toContain('flow type unclear');

    // The CDK file goes away: the Terraform type applies again.
    const again = client.published.length;
    fs.rmSync(file('infra/stack.ts'));
    changed('infra/stack.ts', FileChangeType.Deleted);
    const back = await published(uri, () => true, again);
    expect(codes(back)).toContain('action-flow-type');
    expect(codes(back)).not.toContain('flow-type-conflict');
  });
});
