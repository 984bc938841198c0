import { it } from 'vitest';
import fc from 'fast-check';
import { validate } from '../../server/src/engine/validate';
import { generatedFlowText } from './generators';
it('probe', () => {
  const long = new Map<string, string>();
  for (const text of fc.sample(generatedFlowText, { seed: 5, numRuns: 8000 }))
    for (const d of validate(text)) if (d.message.length > 2000 && !long.has(d.code)) long.set(d.code, d.message.slice(0, 150));
  console.log([...long].join('\n'));
}, 300000);
