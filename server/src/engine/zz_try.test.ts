import { it } from 'vitest';
import { buildModel } from './model';
import { validateModel } from './validate';
import { fixesFor, applySafeFixes } from './fixes';
import { applyTextEdits } from './edits';
import { callbackAction, endAction, flowText } from '../../../test/helpers/flow';
it('x', () => {
  const cases = [
    flowText([callbackAction({}, { QueueId: 'q', AgentId: 'a' }), endAction]),
    flowText([callbackAction({}, { InitialCallDelaySeconds: 5, RetryDelaySeconds: '999999', MaximumConnectionAttempts: '0', QueueID: 'x' }), endAction]),
    flowText([callbackAction({ Parameters: {}, Transitions: { NextAction: 'end-0000-0000-0000-00000000000', Conditions: [{ NextAction: 'x', Condition: { Operator: 'Equals', Operands: ['a'] } }] } }), endAction]),
    flowText([callbackAction({ Transitions: { NextAction: 'end-0000-0000-0000-000000000000', Errors: [{ NextAction: 'end-0000-0000-0000-000000000000', ErrorType: 'NoMatchingErrorr' }] } }), endAction]),
  ];
  for (const text of cases) {
    const model = buildModel(text);
    for (const d of validateModel(model)) {
      for (const f of fixesFor(model, d)) {
        console.log('---', d.code, '|', f.title, f.safe ? 'SAFE' : '', JSON.stringify(f.edits));
        console.log(applyTextEdits(text, f.edits).split('\n').slice(5, 30).join('\n'));
      }
    }
    const r = applySafeFixes(text);
    console.log('=== SAFE', r.applied, validateModel(buildModel(r.text)).map((d) => d.code));
  }
});
