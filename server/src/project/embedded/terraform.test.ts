import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LineIndex } from '../../engine/text/lineIndex';
import { checkEmbeddedFlows, scanTemplate } from '.';

const FLOW = {
  Version: '2019-10-30',
  StartAction: 'play',
  Metadata: { entryPointPosition: { x: 40, y: 40 }, ActionMetadata: {} },
  Actions: [
    { Parameters: { Text: 'Hi' }, Identifier: 'play', Type: 'MessageParticipant', Transitions: { NextAction: 'nowhere', Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] } },
    { Parameters: {}, Identifier: 'end', Type: 'DisconnectParticipant', Transitions: {} },
  ],
};
const PRETTY = JSON.stringify(FLOW, null, 2);

function rangeOf(text: string, needle: string) {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not in the template`);
  const lines = new LineIndex(text);
  return { start: lines.positionAt(at), end: lines.positionAt(at + needle.length) };
}

const resource = (body: string, type = 'aws_connect_contact_flow') =>
  `# a comment\nresource "aws_connect_instance" "i" {\n  instance_alias = "x"\n}\n\nresource "${type}" "main" {\n  instance_id = aws_connect_instance.i.id\n  name        = "main" # trailing comment\n${body}\n}\n`;

function only(template: string) {
  const scan = scanTemplate(template, 'main.tf');
  expect(scan?.flows).toHaveLength(1);
  const [checked] = checkEmbeddedFlows(template, scan!.flows);
  return { flow: checked.flow, diagnostics: checked.diagnostics };
}

describe('Terraform inline content, checked in place', () => {
  it('heredoc (<<EOF): the mistake at its template line and column; type omitted means CONTACT_FLOW', () => {
    const template = resource(`  content     = <<EOF\n${PRETTY}\nEOF`);
    const { flow, diagnostics } = only(template);
    expect(flow).toMatchObject({ resource: 'aws_connect_contact_flow.main', form: 'heredoc', declared: { flowType: 'CONTACT_FLOW', module: false } });
    expect(diagnostics.filter((d) => d.code === 'dangling-next-action').map((d) => d.range)).toEqual([rangeOf(template, '"nowhere"')]);
  });

  it('indented heredoc (<<-JSON) with ${var.x} interpolation kept as a placeholder', () => {
    const body = PRETTY.replace('"Hi"', '"Hi ${var.company}"').split('\n').map((l) => `    ${l}`).join('\n');
    const template = resource(`  type    = "AGENT_WHISPER"\n  content = <<-JSON\n${body}\n  JSON`);
    const { flow, diagnostics } = only(template);
    expect(flow.text.startsWith('{\n  "Version"')).toBe(true);
    expect(flow.declared.flowType).toBe('AGENT_WHISPER');
    expect(diagnostics.filter((d) => d.code === 'dangling-next-action').map((d) => d.range)).toEqual([rangeOf(template, '"nowhere"')]);
  });

  it('jsonencode with a JSON-syntax argument and bare HCL references', () => {
    const body = PRETTY.replace('"Hi"', 'var.greeting');
    const template = resource(`  type    = "CONTACT_FLOW"\n  content = jsonencode(${body})`);
    const { flow, diagnostics } = only(template);
    expect(flow.form).toBe('jsonencode');
    expect(flow.text).toContain('"Text":"${var.greeting}"');
    expect(diagnostics.filter((d) => d.code === 'dangling-next-action').map((d) => d.range)).toEqual([rangeOf(template, '"nowhere"')]);
    expect(diagnostics.filter((d) => d.code === 'syntax-error')).toEqual([]);
  });

  it('jsonencode with an HCL object (key = value, no commas, trailing comma) is converted with exact positions', () => {
    const hcl = [
      'jsonencode({',
      '    Version     = "2019-10-30"',
      '    StartAction = "play"',
      '    Actions = [',
      '      {',
      '        Identifier = "play"',
      '        Type       = "MessageParticipant"',
      '        Parameters = { Text = format("%s", var.name) }',
      '        Transitions = {',
      '          NextAction = "nowhere"',
      '          Errors = [{ NextAction = "end", ErrorType = "NoMatchingError" },]',
      '        }',
      '      },',
      '      { Identifier = "end", Type = "DisconnectParticipant", Parameters = {}, Transitions = {} }',
      '    ]',
      '  })',
    ].join('\n');
    const template = resource(`  content = ${hcl}`);
    const { flow, diagnostics } = only(template);
    expect(JSON.parse(flow.text)).toMatchObject({ Version: '2019-10-30', Actions: [{ Parameters: { Text: "${format('%s', var.name)}" } }, { Identifier: 'end' }] });
    expect(diagnostics.filter((d) => d.code === 'dangling-next-action').map((d) => d.range)).toEqual([rangeOf(template, '"nowhere"')]);
    expect(diagnostics.filter((d) => d.severity === 1 && d.code !== 'dangling-next-action')).toEqual([]);
  });
});

describe('Terraform flow types and referenced files', () => {
  it('filename, file() and templatefile() name files that get the resource type', () => {
    const template = [
      'resource "aws_connect_contact_flow" "a" {',
      '  type     = "AGENT_WHISPER"',
      '  filename = "flows/whisper.json"',
      '}',
      'resource "aws_connect_contact_flow" "b" {',
      '  content = file("${path.module}/flows/inbound.json")',
      '}',
      'resource "aws_connect_contact_flow_module" "m" {',
      '  content = templatefile("flows/module.json", { queue = aws_connect_queue.q.arn })',
      '}',
      'resource "aws_connect_contact_flow" "c" {',
      '  type    = var.flow_type',
      '  content = file(local.path)',
      '}',
      '# resource "aws_connect_contact_flow" "commented" {',
      '#   filename = "flows/old.json"',
      '# }',
    ].join('\n');
    const scan = scanTemplate(template, 'flows.tf')!;
    expect(scan.flows).toEqual([]);
    expect(scan.references.map((r) => [r.resource, r.path, r.declared.flowType, r.declared.module])).toEqual([
      ['aws_connect_contact_flow.a', 'flows/whisper.json', 'AGENT_WHISPER', false],
      ['aws_connect_contact_flow.b', 'flows/inbound.json', 'CONTACT_FLOW', false],
      ['aws_connect_contact_flow_module.m', 'flows/module.json', undefined, true],
    ]);
    expect(scan.resources.map((r) => r.name)).toEqual(['aws_connect_contact_flow.a', 'aws_connect_contact_flow.b', 'aws_connect_contact_flow_module.m', 'aws_connect_contact_flow.c']);
  });

  it('a type from a variable is unknown: no flow-type rule', () => {
    const callback = JSON.stringify({ ...FLOW, Actions: [{ ...FLOW.Actions[0], Type: 'CreateCallbackContact', Parameters: { InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1', RetryDelaySeconds: '600' } }, FLOW.Actions[1]] }, null, 2);
    const withType = (type: string) => resource(`  type    = ${type}\n  content = <<EOF\n${callback}\nEOF`);
    expect(only(withType('"AGENT_WHISPER"')).diagnostics.filter((d) => d.code === 'action-flow-type').map((d) => d.range)).toEqual([rangeOf(withType('"AGENT_WHISPER"'), '"CreateCallbackContact"')]);
    expect(only(withType('var.flow_type')).diagnostics.some((d) => d.code === 'action-flow-type')).toBe(false);
    expect(only(withType('var.flow_type')).flow.declared.flowType).toBeUndefined();
  });

  it('never throws on arbitrary text; every map stays inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('resource', ' ', '"aws_connect_contact_flow"', '"x"', '{', '}', '(', ')', '[', ']', '\n', '=', 'content', '<<EOF', 'EOF', 'jsonencode(', '#', '/*', '"', '\\', '${', ':', ','), maxLength: 60 }), (text) => {
        const scan = scanTemplate(text, 'x.tf');
        for (const flow of scan?.flows ?? []) for (const p of flow.map.pieces) expect(p.templateEnd).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
