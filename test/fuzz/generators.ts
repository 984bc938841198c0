/**
 * Input generators: flows built from the action catalogue with values of every kind (so each rule gets
 * exercised, not just the parser), and the odd documents an editor can hand us (deep nesting, huge strings,
 * BOM, CRLF, lone surrogates, characters outside the BMP).
 */
import fc from 'fast-check';
import { ACTION_SPECS } from '../../server/src/engine/catalog';
import { FLOW_TYPES } from '../../server/src/engine/flowType';

const LONG = 'L'.repeat(3000);
const IDS = ['a', 'b', 'c', '', '12345678-aaaa-bbbb-cccc-000000000000', '$end', '😀', ' a', LONG];

/** Values a parameter might hold in a real, half-edited or wrong flow. */
function paramValue(values: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...values, '0', '1', '-1', '5', '600', '259200', '259201', '1.5', '1e3', ' 7 ', '007', '', ' ', 'true', 'false', 'x'),
    fc.constantFrom('$.Attributes.x', '$.External.y', '$.Queue.ARN', 'text $.Attributes.a more', '$.', '$$.x', 'arn:aws:connect:x', LONG, '$.Attributes.' + LONG, '9'.repeat(400)),
    fc.integer({ min: -3, max: 300000 }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.jsonValue({ maxDepth: 2 }),
  );
}

function transitions(): fc.Arbitrary<unknown> {
  const next = fc.oneof(fc.constantFrom(...IDS), fc.jsonValue({ maxDepth: 1 }));
  const errorTypes = [...new Set(ACTION_SPECS.flatMap((s) => s.errors)), 'NoMatchingError', 'NoMatchingCondition', 'Bogus'];
  const error = fc.record({ NextAction: next, ErrorType: fc.oneof(fc.constantFrom(...errorTypes), fc.jsonValue({ maxDepth: 1 })) }, { requiredKeys: [] });
  const condition = fc.record(
    { NextAction: next, Condition: fc.record({ Operator: fc.constantFrom('Equals', 'NumberGreaterThan', 'Bad', LONG), Operands: fc.array(fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 1 })), { maxLength: 3 }) }, { requiredKeys: [] }) },
    { requiredKeys: [] },
  );
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ NextAction: next, Errors: fc.oneof(fc.array(error, { maxLength: 3 }), fc.jsonValue({ maxDepth: 1 })), Conditions: fc.oneof(fc.array(condition, { maxLength: 2 }), fc.jsonValue({ maxDepth: 1 })) }, { requiredKeys: [] }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );
}

function parameters(): fc.Arbitrary<unknown> {
  const names = [...new Set(ACTION_SPECS.flatMap((s) => s.params.map((p) => p.name))), 'Unknown', 'queueid', LONG];
  const values = [...new Set(ACTION_SPECS.flatMap((s) => s.params.flatMap((p) => [...(p.values ?? []), p.default ?? '', String(p.min ?? ''), String(p.max ?? '')])))];
  return fc.oneof(
    { weight: 8, arbitrary: fc.dictionary(fc.constantFrom(...names), paramValue(values), { maxKeys: 8 }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );
}

const action = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record(
      {
        Identifier: fc.oneof(fc.constantFrom(...IDS), fc.jsonValue({ maxDepth: 1 })),
        Type: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...ACTION_SPECS.map((s) => s.type), 'MessageParticipant', 'DisconnectParticipant', 'NoSuchAction', LONG) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) }),
        Parameters: parameters(),
        Transitions: transitions(),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** A whole flow, mostly shaped like an export, with every part sometimes missing or of the wrong type. */
export const generatedFlow: fc.Arbitrary<unknown> = fc.record(
  {
    Version: fc.oneof({ weight: 8, arbitrary: fc.constant('2019-10-30') }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) }),
    StartAction: fc.oneof(fc.constantFrom(...IDS), fc.jsonValue({ maxDepth: 1 })),
    Metadata: fc.oneof(
      { weight: 5, arbitrary: fc.record({ type: fc.oneof(fc.constantFrom(...FLOW_TYPES, 'contactFlow', 'customerQueue', 'nonsense', LONG), fc.jsonValue({ maxDepth: 1 })) }, { requiredKeys: [] }) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
    ),
    Actions: fc.oneof({ weight: 10, arbitrary: fc.array(action, { maxLength: 8 }) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }),
    modules: fc.constant([]),
    start: fc.string(),
  },
  { requiredKeys: [] },
);

/** Serialises like an exporter or an editor might: compact, indented, tabs, CRLF, lone CR, with a BOM. */
export const layout = fc.record({
  indent: fc.constantFrom(0, 2, 4, '\t'),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  bom: fc.boolean(),
});

export function serialise(value: unknown, how: { indent: number | string; eol: string; bom: boolean }): string {
  const text = JSON.stringify(value, null, how.indent) ?? 'null';
  return (how.bom ? '\ufeff' : '') + (how.eol === '\n' ? text : text.replace(/\n/g, how.eol));
}

export const generatedFlowText: fc.Arbitrary<string> = fc.tuple(generatedFlow, layout).map(([v, how]) => serialise(v, how));

/** Text with the characters that break naive offset arithmetic: surrogates (paired and lone), BOM, CR/LF mixes. */
export const awkwardText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\\', '\r', '\n', ' ', '\ufeff', '\ud800', '\udfff', '😀', 'a', '1', 'true'), maxLength: 300 }),
  fc.json({ maxDepth: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

/** Nesting `depth` levels deep, closed or cut off, inside a flow's Parameters or at the top. */
export function deepNesting(depth: number, open: string, close: string, closed: boolean, inFlow: boolean): string {
  const body = open.repeat(depth) + (closed ? close.repeat(depth) : '');
  return inFlow
    ? `{"Version":"2019-10-30","StartAction":"a","Actions":[{"Identifier":"a","Type":"CreateCallbackContact","Parameters":{"QueueId":${body}},"Transitions":{}}]}`
    : body;
}
