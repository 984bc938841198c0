import { describe, expect, it } from 'vitest';
import { Severity } from '../../engine';
import { LineIndex } from '../../engine/text/lineIndex';
import { checkEmbeddedFlows, scanCloudFormation } from '.';

/** A small flow whose only mistake is a NextAction pointing at "nowhere" (dangling-next-action on that value). */
const FLOW = {
  Version: '2019-10-30',
  StartAction: 'play',
  Metadata: { entryPointPosition: { x: 40, y: 40 }, ActionMetadata: {} },
  Actions: [
    { Parameters: { Text: 'Hello ${CompanyName}' }, Identifier: 'play', Type: 'MessageParticipant', Transitions: { NextAction: 'nowhere', Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] } },
    { Parameters: {}, Identifier: 'end', Type: 'DisconnectParticipant', Transitions: {} },
  ],
};
const MINIFIED = JSON.stringify(FLOW);
const PRETTY = JSON.stringify(FLOW, null, 2);
const indent = (text: string, n: number) => text.split('\n').map((l) => ' '.repeat(n) + l).join('\n');

function yamlTemplate(content: string, type = 'CONTACT_FLOW'): string {
  return [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Parameters:',
    '  CompanyName:',
    '    Type: String',
    'Resources:',
    '  Queue:',
    '    Type: AWS::Connect::Queue',
    '  MainFlow:',
    '    Type: AWS::Connect::ContactFlow',
    '    Properties:',
    '      InstanceArn: !Ref Instance',
    '      Name: main',
    `      Type: ${type}`,
    `      Content: ${content}`,
    '',
  ].join('\n');
}

/** The range of the n-th `needle` in `text` as LSP positions. */
function rangeOf(text: string, needle: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} not in the template`);
  const lines = new LineIndex(text);
  return { start: lines.positionAt(at), end: lines.positionAt(at + needle.length) };
}

function diagnosticsOf(template: string) {
  const scan = scanCloudFormation(template);
  expect(scan?.flows).toHaveLength(1);
  return { flow: scan!.flows[0], diagnostics: checkEmbeddedFlows(template, scan!.flows).flatMap((c) => c.diagnostics) };
}

/** The dangling NextAction is reported on the template text of `"nowhere"` (as written there: `needle`). */
function expectDanglingAt(template: string, needle: string, form: string) {
  const { flow, diagnostics } = diagnosticsOf(template);
  expect(flow.form).toBe(form);
  expect(flow.exact).toBe(true);
  const found = diagnostics.filter((d) => d.code === 'dangling-next-action');
  expect(found).toHaveLength(1);
  expect(found[0].severity).toBe(Severity.Error);
  expect(found[0].range).toEqual(rangeOf(template, needle));
  expect(found[0].data).toMatchObject({ resource: 'MainFlow' });
  expect(diagnostics.filter((d) => d.code !== 'dangling-next-action' && d.severity === Severity.Error)).toEqual([]);
}

describe('CloudFormation YAML: every Content form maps diagnostics to the template', () => {
  it('literal block scalar (|)', () => {
    expectDanglingAt(yamlTemplate(`|\n${indent(PRETTY, 8)}`), '"nowhere"', 'block-literal');
  });

  it('literal block scalar with CRLF line ends and strip chomping (|-)', () => {
    const template = yamlTemplate(`|-\n${indent(PRETTY, 8)}`).replace(/\n/g, '\r\n');
    expectDanglingAt(template, '"nowhere"', 'block-literal');
  });

  it('!Sub with a literal block (placeholders ${X} and ${X.Attr} tolerated)', () => {
    const text = PRETTY.replace('"end"', '"${Queue.Arn}"').replace('"ErrorType": "NoMatchingError"', '"ErrorType": "NoMatchingError"');
    const template = yamlTemplate(`!Sub |\n${indent(text, 8)}`);
    const { diagnostics } = diagnosticsOf(template);
    const dangling = diagnostics.filter((d) => d.code === 'dangling-next-action');
    // "${Queue.Arn}" is not an action id either: two dangling targets, each at its own template place.
    expect(dangling.map((d) => d.range)).toEqual([rangeOf(template, '"nowhere"'), rangeOf(template, '"${Queue.Arn}"')]);
  });

  it('folded block scalar (>-) over a minified flow split across lines', () => {
    const half = MINIFIED.indexOf(',"Actions"');
    const content = `>-\n        ${MINIFIED.slice(0, half + 1)}\n        ${MINIFIED.slice(half + 1)}`;
    // Folding turns the line break into a space: still the same JSON.
    expectDanglingAt(yamlTemplate(content), '"nowhere"', 'block-folded');
  });

  it('single-quoted one-line string, with a doubled quote before the mistake', () => {
    const text = MINIFIED.replace('Hello ', "Hello it''s ");
    expectDanglingAt(yamlTemplate(`'${text}'`), '"nowhere"', 'string');
  });

  it('double-quoted string with escapes', () => {
    const escaped = JSON.stringify(MINIFIED.replace('Hello', 'H\u00e9llo')).replace('\u00e9', '\\u00e9');
    expectDanglingAt(yamlTemplate(escaped), '\\"nowhere\\"', 'string');
  });

  it('Fn::Sub with a variable map (short form !Sub [template, map])', () => {
    const content = `!Sub\n        - |\n${indent(PRETTY, 10)}\n        - CompanyName: !Ref CompanyName\n          QueueArn: !GetAtt Queue.Arn`;
    expectDanglingAt(yamlTemplate(content), '"nowhere"', 'sub-map');
  });

  it('Fn::Sub long form with a single-quoted minified string', () => {
    const content = `\n        Fn::Sub: '${MINIFIED}'`;
    expectDanglingAt(yamlTemplate(content), '"nowhere"', 'sub');
  });

  it('Fn::Join with !GetAtt and !Ref parts rendered as placeholders', () => {
    const at = MINIFIED.indexOf('"end","ErrorType"');
    const content = `!Join\n        - ''\n        - - '${MINIFIED.slice(0, at)}"'\n          - !Ref EndId\n          - '"${MINIFIED.slice(at + 5)}'`;
    const template = yamlTemplate(content);
    const { flow, diagnostics } = diagnosticsOf(template);
    expect(flow.form).toBe('join');
    expect(flow.text).toContain('"NextAction":"${EndId}"');
    const found = diagnostics.filter((d) => d.code === 'dangling-next-action');
    expect(found.map((d) => d.range)).toContainEqual(rangeOf(template, '"nowhere"'));
  });
});

describe('CloudFormation JSON: the flow is an escaped JSON string', () => {
  const jsonTemplate = (content: unknown) =>
    JSON.stringify(
      { Resources: { MainFlow: { Type: 'AWS::Connect::ContactFlow', Properties: { Name: 'main', Type: 'CONTACT_FLOW', InstanceArn: { Ref: 'Instance' }, Content: content } } } },
      null,
      2,
    );

  it('plain escaped string', () => {
    expectDanglingAt(jsonTemplate(MINIFIED), '\\"nowhere\\"', 'string');
  });

  it('Fn::Sub string', () => {
    expectDanglingAt(jsonTemplate({ 'Fn::Sub': MINIFIED }), '\\"nowhere\\"', 'sub');
  });

  it('Fn::Sub with a variable map', () => {
    expectDanglingAt(jsonTemplate({ 'Fn::Sub': [PRETTY, { CompanyName: { Ref: 'CompanyName' } }] }), '\\"nowhere\\"', 'sub-map');
  });

  it('Fn::Join with a Fn::GetAtt part', () => {
    const at = MINIFIED.indexOf('Hello');
    const template = jsonTemplate({ 'Fn::Join': ['', [MINIFIED.slice(0, at), { 'Fn::GetAtt': ['Site', 'WebsiteURL'] }, MINIFIED.slice(at)]] });
    const { flow, diagnostics } = diagnosticsOf(template);
    expect(flow.text).toContain('"Text":"${Site.WebsiteURL}Hello');
    expect(diagnostics.filter((d) => d.code === 'dangling-next-action').map((d) => d.range)).toEqual([rangeOf(template, '\\"nowhere\\"')]);
  });

  it('a syntax error inside the string lands on the template', () => {
    const broken = MINIFIED.replace('"Identifier":"end"', '"Identifier" "end"');
    const template = jsonTemplate(broken);
    const { diagnostics } = diagnosticsOf(template);
    const syntax = diagnostics.find((d) => d.code === 'syntax-error');
    expect(syntax?.range.start).toEqual(rangeOf(template, '\\"end\\"', 1).start);
  });
});

describe('the flow type the template declares', () => {
  const callback = {
    ...FLOW,
    Actions: [
      { Parameters: { InitialCallDelaySeconds: '5', MaximumConnectionAttempts: '1', RetryDelaySeconds: '600' }, Identifier: 'play', Type: 'CreateCallbackContact', Transitions: { NextAction: 'end', Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] } },
      FLOW.Actions[1],
    ],
  };
  const content = `|\n${indent(JSON.stringify(callback, null, 2), 8)}`;

  it('Type: AGENT_WHISPER makes action-flow-type fire at the template place of the action type', () => {
    const template = yamlTemplate(content, 'AGENT_WHISPER');
    const { flow, diagnostics } = diagnosticsOf(template);
    expect(flow.declared).toMatchObject({ flowType: 'AGENT_WHISPER', module: false });
    const found = diagnostics.filter((d) => d.code === 'action-flow-type');
    expect(found.map((d) => d.range)).toEqual([rangeOf(template, '"CreateCallbackContact"')]);
    expect(found[0].message).toContain('agent whisper flow');
  });

  it('a quoted Type works the same; CONTACT_FLOW allows the action', () => {
    expect(diagnosticsOf(yamlTemplate(content, "'AGENT_WHISPER'")).diagnostics.some((d) => d.code === 'action-flow-type')).toBe(true);
    expect(diagnosticsOf(yamlTemplate(content, 'CONTACT_FLOW')).diagnostics.some((d) => d.code === 'action-flow-type')).toBe(false);
  });

  it('a Type from a parameter or a condition is unknown: no flow-type rule', () => {
    for (const type of ['!Ref FlowType', '!If [IsWhisper, AGENT_WHISPER, CONTACT_FLOW]', '{ "Ref": "FlowType" }']) {
      const { flow, diagnostics } = diagnosticsOf(yamlTemplate(content, type));
      expect(flow.declared.flowType).toBeUndefined();
      expect(flow.declared.origin).toContain('deploy time');
      expect(diagnostics.some((d) => d.code === 'action-flow-type')).toBe(false);
    }
  });

  it('a flow module resource has no flow type', () => {
    const template = yamlTemplate(content, 'AGENT_WHISPER').replace('AWS::Connect::ContactFlow\n', 'AWS::Connect::ContactFlowModule\n');
    const { flow, diagnostics } = diagnosticsOf(template);
    expect(flow.declared).toMatchObject({ flowType: undefined, module: true });
    expect(diagnostics.some((d) => d.code === 'action-flow-type')).toBe(false);
  });
});

describe('what is not a template with flows', () => {
  it('returns undefined for YAML and JSON without flow resources, and never throws on broken text', () => {
    expect(scanCloudFormation('Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n')).toBeUndefined();
    expect(scanCloudFormation('{"Version":"2019-10-30","Actions":[]}')).toBeUndefined();
    expect(scanCloudFormation('Resources: [AWS::Connect::ContactFlow')).toBeUndefined();
    expect(() => scanCloudFormation('Resources:\n  F:\n    Type: AWS::Connect::ContactFlow\n    Properties:\n      Content: !Ref X\n')).not.toThrow();
  });

  it('skips a resource whose Content is a parameter, keeps the resource list', () => {
    const scan = scanCloudFormation('Resources:\n  F:\n    Type: AWS::Connect::ContactFlow\n    Properties:\n      Content: !Ref X\n');
    expect(scan?.flows).toEqual([]);
    expect(scan?.resources.map((r) => [r.name, r.type])).toEqual([['F', 'AWS::Connect::ContactFlow']]);
  });
});

describe('robustness', () => {
  it('never throws on arbitrary template-like text; every map stays inside the text', async () => {
    const fc = (await import('fast-check')).default;
    const { checkTemplate } = await import('.');
    const head = 'Resources:\n  F:\n    Type: AWS::Connect::ContactFlow\n    Properties:\n      Type: AGENT_WHISPER\n      Content: ';
    const unit = fc.constantFrom('!Sub ', '!Join ', '|\n', '>-\n', "'", '"', '\\', '{', '}', '[', ']', ',', ':', ' ', '\n', '        ', '${X}', '- ', 'Fn::Sub', '\r\n', '\t', '#', '!Ref X', '"Actions"', '"Version":"2019-10-30"', '\\n', "''", '\\"');
    let withFlows = 0;
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (tail) => {
        const text = head + tail;
        const scan = scanCloudFormation(text);
        if (!scan) return;
        if (scan.flows.length > 0) withFlows++;
        for (const flow of scan.flows) for (const p of flow.map.pieces) expect(p.templateEnd).toBeLessThanOrEqual(text.length);
        for (const c of checkTemplate(text, scan)) for (const d of c.diagnostics) expect(d.range.start.line).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 3000, seed: 16 },
    );
    // The property is not vacuous: most inputs do give a flow to check.
    expect(withFlows).toBeGreaterThan(1000);
  });
});
