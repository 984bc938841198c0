import { it } from 'vitest';
import { buildModel } from '../../server/src/engine/model';
import { RULES } from '../../server/src/engine/rules';
import { rangeOf } from '../../server/src/engine/validate';
function perRule(name: string, text: string) {
  const model = buildModel(text);
  const out: string[] = [];
  for (const rule of RULES) {
    const t0 = performance.now();
    let n = 0;
    rule.check({ model, report: (r) => { n++; rangeOf(model, r.path, r.target); } });
    const ms = performance.now() - t0;
    if (ms > 20) out.push(`${rule.id}=${ms.toFixed(0)}ms/${n}`);
  }
  console.log(name, out.join(' '));
}
it('probe', () => {
  perRule('many keys Parameters', '{"Version":"2019-10-30","StartAction":"a","Actions":[{"Identifier":"a","Type":"CreateCallbackContact","Parameters":{' + Array.from({length: 10000}, (_, i) => `"K${i}":"v"`).join(',') + '}}]}');
  perRule('many errors', '{"Version":"2019-10-30","StartAction":"a","Actions":[{"Identifier":"a","Type":"CreateCallbackContact","Transitions":{"Errors":[' + Array.from({length: 30000}, (_, i) => `{"NextAction":"zz${i}","ErrorType":"E${i}"}`).join(',') + ']}}]}');
});
