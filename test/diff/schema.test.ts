import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { diffFlows, renderJson, type FileDiff } from '../../server/src/diff';

/** The JSON output against its published schema (docs/diff.schema.json), for every kind of record. */

const ROOT = path.resolve(__dirname, '../..');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs/diff.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const example = fs.readFileSync(path.join(ROOT, 'examples/callback-queue.flow.json'), 'utf8');
type Json = Record<string, any>;

function report(oldText: string | undefined, newText: string | undefined): Json {
  const file: FileDiff = { oldPath: oldText === undefined ? undefined : 'a.json', newPath: newText === undefined ? undefined : 'a.json', status: oldText === undefined ? 'added' : newText === undefined ? 'deleted' : 'modified', diff: diffFlows(oldText, newText) };
  return JSON.parse(renderJson([file], { name: 'connect-flow-lint', version: '0.0.0' }));
}

function edited(edit: (f: Json) => void): string {
  const f = JSON.parse(example);
  edit(f);
  return JSON.stringify(f);
}

describe('diff JSON schema (docs/diff.schema.json)', () => {
  const cases: [string, string | undefined, string | undefined][] = [
    ['every kind of record', edited((f) => f.Actions.push({ Identifier: 'old-only', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} })), edited((f) => {
      f.Version = 'other';
      f.Metadata.type = 'contactFlow';
      f.StartAction = f.Actions[1].Identifier;
      f.Actions[0].Type = 'X';
      f.Actions[0].Parameters.Text = 'changed';
      f.Actions[0].Parameters.New = { a: 1 };
      delete f.Actions[0].Parameters.StoreInput;
      f.Actions[0].Transitions.Errors[0].NextAction = 'nowhere';
      f.Actions[0].Transitions.Errors.pop();
      f.Actions[0].Transitions.Conditions = [{ NextAction: '', Condition: { Operator: 'Equals', Operands: ['1'] } }];
      f.Actions[0].Extra = true;
      f.Actions[2].Identifier = 'renamed';
      f.Actions[1].Transitions.NextAction = 'renamed';
      f.Actions.push({ Identifier: 'new', Type: 'MessageParticipant', Parameters: { Text: 'new' }, Transitions: {} });
    })],
    ['a new flow', undefined, example],
    ['a deleted flow', example, undefined],
    ['no change', example, example],
  ];
  it.each(cases)('%s', (_name, a, b) => {
    const r = report(a, b);
    expect(validate(r), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('the first case has every kind of record but the two reachability ones', () => {
    const kinds = new Set(report(cases[0][1], cases[0][2]).files[0].changes.map((c: Json) => c.kind).filter((k: string) => !k.startsWith('became-')));
    expect([...kinds].sort()).toEqual(['action-added', 'action-removed', 'action-renamed', 'flow-property-changed', 'flow-type-changed', 'parameter-added', 'parameter-changed', 'parameter-removed', 'property-changed', 'start-changed', 'transition-added', 'transition-changed', 'transition-removed', 'type-changed'].sort());
  });

  it('rejects what a reader could not rely on', () => {
    const r = report(cases[0][1], cases[0][2]);
    const broken = (edit: (x: Json) => void) => {
      const copy = JSON.parse(JSON.stringify(r));
      edit(copy);
      return validate(copy);
    };
    expect(broken((x) => (x.files[0].changes[0].kind = 'something-else'))).toBe(false);
    expect(broken((x) => delete x.files[0].changes.find((c: Json) => c.kind === 'parameter-changed').old)).toBe(false);
    expect(broken((x) => delete x.files[0].changes.find((c: Json) => c.kind === 'transition-changed').id)).toBe(false);
    expect(broken((x) => (x.schema = 'connect-flow-diff/2'))).toBe(false);
  });

  it('random flows and edits validate', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
    const action = fc.record({ Identifier: fc.constantFrom('a', 'b', 'c', 'd'), Type: fc.constantFrom('MessageParticipant', 'Compare', 'DisconnectParticipant'), Parameters: fc.dictionary(fc.constantFrom('Text', 'X', 'Y'), value), Transitions: fc.record({ NextAction: fc.constantFrom('a', 'b', 'c', 'd', '', 'zz'), Errors: fc.array(fc.record({ ErrorType: fc.constantFrom('NoMatchingError', 'E2'), NextAction: fc.constantFrom('a', 'b', 'c') }), { maxLength: 2 }), Conditions: fc.array(fc.record({ NextAction: fc.constantFrom('a', 'b', 'c'), Condition: fc.record({ Operator: fc.constant('Equals'), Operands: fc.array(value, { maxLength: 1 }) }) }), { maxLength: 2 }) }) });
    const flow = fc.record({ Version: fc.constant('2019-10-30'), StartAction: fc.constantFrom('a', 'b', 'c'), Metadata: fc.record({ type: fc.constantFrom('contactFlow', 'customerQueue') }), Actions: fc.array(action, { maxLength: 6 }) }).map((f) => JSON.stringify(f));
    fc.assert(
      fc.property(flow, flow, (a, b) => {
        const r = report(a, b);
        expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
