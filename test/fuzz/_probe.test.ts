import { it } from 'vitest';
import { validate } from '../../server/src/engine/validate';
import { LARGE_INPUTS, MB } from './largeInputs';
it('probe', () => {
  validate('{}');
  for (const input of LARGE_INPUTS) {
    const text = input.text(MB);
    const t0 = performance.now();
    const n = validate(text).length;
    console.log(input.name.slice(0, 60).padEnd(60), (text.length / 1e6).toFixed(2), (performance.now() - t0).toFixed(0) + 'ms', n);
  }
}, 600000);
