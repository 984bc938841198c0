import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildTemplateModel, flowAt, templateFixes } from '.';
import { applyEdits, toTemplateEdits } from './templateDocument';

const FLOW = {
  Version: '2019-10-30',
  StartAction: 'play',
  Metadata: { entryPointPosition: { x: 40, y: 40 }, ActionMetadata: {} },
  Actions: [
    { Parameters: { Text: 'Hi' }, Identifier: 'play', Type: 'MessageParticipant', Transitions: { NextAction: 'ennd', Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] } },
    { Parameters: {}, Identifier: 'end', Type: 'DisconnectParticipant', Transitions: {} },
  ],
};
const indent = (text: string, n: number) => text.split('\n').map((l) => ' '.repeat(n) + l).join('\n');

const YAML = `Resources:\n  Main:\n    Type: AWS::Connect::ContactFlow\n    Properties:\n      Type: CONTACT_FLOW\n      Content: !Sub |\n${indent(JSON.stringify(FLOW, null, 2), 8)}\n`;
const JSON_TEMPLATE = JSON.stringify({ Resources: { Main: { Type: 'AWS::Connect::ContactFlow', Properties: { Type: 'CONTACT_FLOW', Content: JSON.stringify(FLOW) } } } }, null, 2);
const HEREDOC = `resource "aws_connect_contact_flow" "main" {\n  content = <<-EOF\n${indent(JSON.stringify(FLOW, null, 2), 4)}\n  EOF\n}\n`;

/** Applies the "Did you mean" fix of the dangling NextAction and returns the fixed template and its flow. */
function fixDangling(template: string, fileName: string) {
  const model = buildTemplateModel(template, fileName)!;
  const diagnostic = model.diagnostics.find((d) => d.code === 'dangling-next-action')!;
  const fixes = templateFixes(model, diagnostic);
  expect(fixes.length).toBeGreaterThan(0);
  const fixed = applyEdits(template, fixes[0].templateEdits);
  const after = buildTemplateModel(fixed, fileName)!;
  return { fixes, fixed, after };
}

describe('quick fixes inside templates are written back with the template escaping and indentation', () => {
  it('inside a YAML literal block: the template stays valid YAML and its flow is fixed', () => {
    const { fixes, fixed, after } = fixDangling(YAML, 'stack.yaml');
    expect(fixes[0].title).toContain('end');
    expect(() => parse(fixed, { customTags: [{ tag: '!Sub', resolve: (s: string) => s }] })).not.toThrow();
    expect(JSON.parse(after.scan.flows[0].text).Actions[0].Transitions.NextAction).toBe('end');
    expect(after.diagnostics.filter((d) => d.code === 'dangling-next-action')).toEqual([]);
    // Only the one value changed, in place.
    expect(fixed).toBe(YAML.replace('"NextAction": "ennd"', '"NextAction": "end"'));
  });

  it('inside an escaped JSON string: quotes written as \\"', () => {
    const { fixed, after } = fixDangling(JSON_TEMPLATE, 'stack.template.json');
    expect(fixed).toBe(JSON_TEMPLATE.replace('\\"NextAction\\":\\"ennd\\"', '\\"NextAction\\":\\"end\\"'));
    expect(JSON.parse(JSON.parse(fixed).Resources.Main.Properties.Content).Actions[0].Transitions.NextAction).toBe('end');
    expect(after.diagnostics.filter((d) => d.code === 'dangling-next-action')).toEqual([]);
  });

  it('inside an indented Terraform heredoc', () => {
    const { fixed, after } = fixDangling(HEREDOC, 'main.tf');
    expect(fixed).toBe(HEREDOC.replace('"NextAction": "ennd"', '"NextAction": "end"'));
    expect(after.diagnostics.filter((d) => d.code === 'dangling-next-action')).toEqual([]);
  });

  it('a multi-line edit in a block scalar keeps the block indentation', () => {
    const model = buildTemplateModel(YAML, 'stack.yaml')!;
    const flow = model.checked[0].flow;
    const at = flow.text.indexOf('"Text": "Hi"');
    const edits = toTemplateEdits(model, flow, [{ offset: at, length: '"Text": "Hi"'.length, content: '"Text": "Hi",\n"Extra": "x"' }])!;
    expect(edits).toBeDefined();
    const after = buildTemplateModel(applyEdits(YAML, edits), 'stack.yaml')!;
    expect(JSON.parse(after.scan.flows[0].text).Actions[0].Parameters).toEqual({ Text: 'Hi', Extra: 'x' });
  });

  it('finds the flow and flow offset under a template offset', () => {
    const model = buildTemplateModel(JSON_TEMPLATE, 'stack.template.json')!;
    const at = JSON_TEMPLATE.indexOf('DisconnectParticipant');
    const found = flowAt(model, at)!;
    expect(found.checked.flow.text.slice(found.flowOffset, found.flowOffset + 21)).toBe('DisconnectParticipant');
    expect(flowAt(model, 0)).toBeUndefined();
  });
});
