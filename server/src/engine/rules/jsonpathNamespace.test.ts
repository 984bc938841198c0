import { describe, expect, it } from 'vitest';
import { check, endAction, flowText, rangeOfText, withCode } from '../../../../test/helpers/flow';
import { END_ID, act, say } from '../../../../test/helpers/actions';
import { Severity } from '../diagnostic';
import { applyTextEdits } from '../edits';
import { fixesFor } from '../fixes';
import { buildModel } from '../model';

const found = (text: string) => withCode(check(text), 'jsonpath-namespace');

describe('jsonpath-namespace', () => {
  it('accepts known namespaces, dashes, bracket and numeric segments, and the undocumented $.CallbackNumber', () => {
    const text = flowText([
      act('u', 'UpdateContactAttributes', {
        Attributes: {
          a: '$.Attributes.x',
          b: '$.Media.Sip.Headers.P-Charge-Info',
          c: "$['AwsRegion']",
          d: "$.SegmentAttributes['connect:Subtype']",
          e: '$.Views.ViewResultData.FormData.disposition.0',
          f: '$.CallbackNumber',
          g: '$.External.address.city',
        },
      }, { next: END_ID, errors: { NoMatchingError: END_ID } }),
      endAction,
    ]);
    expect(found(text)).toEqual([]);
  });

  it('reports a misspelt namespace on the value, with the corrected reference', () => {
    const text = flowText([act('c', 'Compare', { ComparisonValue: '$.Atributes.language' }, { next: END_ID, conditions: [['Equals', 'en', END_ID]] }), endAction]);
    const [d, ...rest] = found(text);
    expect(rest).toEqual([]);
    expect(d.severity).toBe(Severity.Warning);
    expect(d.message).toBe('`$.Atributes` is not part of the flow data, so "$.Atributes.language" will not resolve. Did you mean `$.Attributes`?');
    expect(d.range).toEqual(rangeOfText(text, '"$.Atributes.language"'));
    expect(d.data).toEqual({ replacement: '$.Attributes.language', path: ['Actions', 0, 'Parameters', 'ComparisonValue'] });
  });

  it('finds references nested in maps and lists, and corrects case', () => {
    const text = flowText([
      act('l', 'InvokeLambdaFunction', { LambdaFunctionARN: 'arn:aws:lambda:x', InvocationTimeLimitSeconds: '8', LambdaInvocationAttributes: { phone: '$.customerEndpoint.Address' } }, {
        next: END_ID,
        errors: { NoMatchingError: END_ID },
      }),
      act('m', 'MessageParticipantIteratively', { Messages: [{ Text: '$.Extrenal.msg' }] }),
      endAction,
    ]);
    const list = found(text);
    expect(list.map((d) => [d.message, (d.data as { path: unknown }).path])).toEqual([
      [
        '`$.customerEndpoint` is not part of the flow data, so "$.customerEndpoint.Address" will not resolve. Did you mean `$.CustomerEndpoint`?',
        ['Actions', 0, 'Parameters', 'LambdaInvocationAttributes', 'phone'],
      ],
      ['`$.Extrenal` is not part of the flow data, so "$.Extrenal.msg" will not resolve. Did you mean `$.External`?', ['Actions', 1, 'Parameters', 'Messages', 0, 'Text']],
    ]);
    expect(list[1].range).toEqual(rangeOfText(text, '"$.Extrenal.msg"'));
  });

  it('does not suggest a namespace that is merely a prefix of a long unknown name', () => {
    const text = flowText([act('c', 'UpdateContactCallbackNumber', { CallbackNumber: '$.CustomerCallBackPhoneNumber' }, { next: END_ID }), endAction]);
    expect(found(text).map((d) => d.message)).toEqual([
      '`$.CustomerCallBackPhoneNumber` is not part of the flow data, so "$.CustomerCallBackPhoneNumber" will not resolve. References start with a namespace such as `$.Attributes`, `$.External`, `$.Customer` or `$.StoredCustomerInput`.',
    ]);
  });

  it('ignores text with embedded references, placeholders, keys and Metadata', () => {
    const text = flowText([
      say('m', 'Hello $.Atributes.name'),
      act('u', 'UpdateContactAttributes', { Attributes: { '$.Atributes.key': 'x', t: '${var.queue}' } }, { next: END_ID, errors: { NoMatchingError: END_ID } }),
      endAction,
    ], { top: { Metadata: { ActionMetadata: { m: { note: '$.Atributes.x' } } } } });
    expect(found(text)).toEqual([]);
  });

  it('keeps the message short for a huge reference', () => {
    const value = '$.' + 'Q'.repeat(100_000) + '.x';
    const text = flowText([act('c', 'Compare', { ComparisonValue: value }, { next: END_ID, conditions: [['Equals', 'en', END_ID]] }), endAction]);
    const [d] = found(text);
    expect(d.message.length).toBeLessThan(400);
    expect(d.range).toEqual(rangeOfText(text, JSON.stringify(value)));
  });
});

describe('jsonpath-namespace fix', () => {
  it('writes the corrected reference', () => {
    const compare = (value: string) => flowText([act('c', 'Compare', { ComparisonValue: value }, { next: END_ID, conditions: [['Equals', 'en', END_ID]] }), endAction]);
    const text = compare('$.Atributes.language');
    const [d] = found(text);
    const fixes = fixesFor(buildModel(text), d);
    expect(fixes.map((f) => f.title)).toEqual(['Change it to "$.Attributes.language"']);
    const after = applyTextEdits(text, fixes[0].edits);
    expect(after).toBe(compare('$.Attributes.language'));
    expect(found(after)).toEqual([]);
  });
});
