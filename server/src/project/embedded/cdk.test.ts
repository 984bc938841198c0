import { describe, expect, it } from 'vitest';
import { scanTemplate } from '.';

describe('CDK code: the flow files a construct reads get its type', () => {
  it('TypeScript: readFileSync(path.join(__dirname, ...)) and a plain path; module-ness; inline JSON.stringify ignored', () => {
    const code = `
import * as fs from 'fs';
// new CfnContactFlow(this, 'Commented', { content: fs.readFileSync('no.json', 'utf8') })
const whisper = new connect.CfnContactFlow(this, 'Whisper', {
  instanceArn: instance.attrArn,
  name: 'whisper',
  type: 'AGENT_WHISPER',
  content: fs.readFileSync(path.join(__dirname, '..', 'flows', "whisper.json"), 'utf8'),
});
new CfnContactFlowModule(this, 'Mod', { content: readFileSync('flows/module.json').toString() });
new CfnContactFlow(this, 'Inline', { type: 'CONTACT_FLOW', content: JSON.stringify({ Version: '2019-10-30' }) });
`;
    const scan = scanTemplate(code, 'lib/stack.ts')!;
    const refs = scan.references.map((r) => [r.resource, r.path, r.declared.flowType, r.declared.module, r.base]);
    expect(refs).toContainEqual(['Whisper', '../flows/whisper.json', 'AGENT_WHISPER', false, 'file']);
    expect(refs).toContainEqual(['Mod', 'flows/module.json', undefined, true, 'project']);
    expect(refs.some((r) => r[0] === 'Inline' || r[0] === 'Commented')).toBe(false);
    expect(scan.flows).toEqual([]);
  });

  it('Python: open(...).read() with type=', () => {
    const code = `
flow = connect.CfnContactFlow(self, "Hold",
    instance_arn=arn,
    type="CUSTOMER_HOLD",  # the hold flow
    content=open(os.path.join(os.path.dirname(__file__), "flows", "hold.json")).read(),
)
`;
    const scan = scanTemplate(code, 'stack.py')!;
    expect(scan.references.map((r) => [r.resource, r.path, r.declared.flowType, r.base])).toEqual([['Hold', 'flows/hold.json', 'CUSTOMER_HOLD', 'file']]);
  });

  it('a type that is not a literal leaves the flow type unknown', () => {
    const scan = scanTemplate(`new CfnContactFlow(this, 'F', { type: props.flowType, content: readFileSync('f.json', 'utf8') })`, 'a.js')!;
    expect(scan.references[0].declared.flowType).toBeUndefined();
  });
});
