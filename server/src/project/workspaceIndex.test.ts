import { describe, expect, it } from 'vitest';
import * as path from 'path';
import { WorkspaceIndex, decideFlowType, type TypeClaim } from './workspaceIndex';

const root = path.resolve('/repo');
const tf = (type: string | undefined, file: string, name = 'f') =>
  `resource "aws_connect_contact_flow" "${name}" {\n${type ? `  type = "${type}"\n` : ''}  filename = "${file}"\n}\n`;

describe('WorkspaceIndex', () => {
  it('records which template deploys which file with which type, and forgets a template on change', () => {
    const index = new WorkspaceIndex(root);
    index.update(path.join(root, 'infra/a.tf'), tf('AGENT_WHISPER', '../flows/w.json'));
    index.update(path.join(root, 'infra/b.tf'), tf(undefined, '${path.module}/../flows/w.json', 'g'));
    expect(index.claimsFor(path.join(root, 'flows/w.json')).map((c) => [path.basename(c.template), c.flowType])).toEqual([
      ['a.tf', 'AGENT_WHISPER'],
      ['b.tf', 'CONTACT_FLOW'],
    ]);
    // b.tf changes to deploy another file: its claim on w.json goes away.
    index.update(path.join(root, 'infra/b.tf'), tf('CUSTOMER_HOLD', '../flows/hold.json', 'g'));
    expect(index.claimsFor(path.join(root, 'flows/w.json')).map((c) => c.flowType)).toEqual(['AGENT_WHISPER']);
    expect(index.claimsFor(path.join(root, 'flows/hold.json')).map((c) => c.flowType)).toEqual(['CUSTOMER_HOLD']);
    index.remove(path.join(root, 'infra/a.tf'));
    expect(index.claimsFor(path.join(root, 'flows/w.json'))).toEqual([]);
    expect([...index.templates.keys()]).toEqual([path.join(root, 'infra/b.tf')]);
  });

  it('keeps templates with embedded flows and ignores files without flows', () => {
    const index = new WorkspaceIndex(root);
    expect(index.update(path.join(root, 'x.tf'), 'resource "aws_s3_bucket" "b" {}\n')).toBeUndefined();
    expect(index.update(path.join(root, 't.yaml'), 'Resources:\n  F:\n    Type: AWS::Connect::ContactFlow\n    Properties:\n      Type: CONTACT_FLOW\n      Content: \'{"Version":"2019-10-30","Actions":[]}\'\n')?.flows).toHaveLength(1);
    expect(index.templates.size).toBe(1);
  });
});

describe('decideFlowType', () => {
  const claim = (flowType: TypeClaim['flowType'], module = false, template = '/r/a.tf'): TypeClaim => ({ flowType, module, origin: `type ${flowType}`, template, kind: 'terraform' });

  it('agreeing sources give the type and say where it came from', () => {
    expect(decideFlowType(undefined, [claim('AGENT_WHISPER')])).toMatchObject({ flowType: 'AGENT_WHISPER', origin: 'type AGENT_WHISPER in a.tf', conflict: undefined });
    expect(decideFlowType('agentWhisper', [claim('AGENT_WHISPER'), claim('AGENT_WHISPER', false, '/r/b.tf')])).toMatchObject({ flowType: 'AGENT_WHISPER', conflict: undefined });
    expect(decideFlowType('contactFlow', [])).toMatchObject({ flowType: 'CONTACT_FLOW', origin: 'Metadata.type' });
  });

  it('two deployers that disagree, or Metadata.type against a deployer: a conflict and no type', () => {
    const two = decideFlowType(undefined, [claim('AGENT_WHISPER'), claim('CONTACT_FLOW', false, '/r/b.tf')]);
    expect(two).toMatchObject({ flowType: undefined, ignoreMetadataType: true });
    expect(two.conflict).toBe('deployed as AGENT_WHISPER (type AGENT_WHISPER in a.tf) and as CONTACT_FLOW (type CONTACT_FLOW in b.tf)');
    const meta = decideFlowType('contactFlow', [claim('AGENT_WHISPER')]);
    expect(meta).toMatchObject({ flowType: undefined, ignoreMetadataType: true });
    expect(meta.conflict).toContain('Metadata.type says CONTACT_FLOW');
  });

  it('an unknown claim (a variable) says nothing; a module claim means no flow type', () => {
    expect(decideFlowType('customerHold', [claim(undefined)])).toMatchObject({ flowType: 'CUSTOMER_HOLD', conflict: undefined });
    expect(decideFlowType(undefined, [claim(undefined, true)])).toMatchObject({ flowType: undefined, conflict: undefined });
  });
});
