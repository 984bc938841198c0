import { describe, expect, it } from 'vitest';
import { rangeOfText, callbackParamDiagnostics as only } from '../../../../test/helpers/flow';
import { Severity } from '../diagnostic';

describe('param-static-only', () => {
  it('reports a JSONPath reference', () => {
    const { text, found } = only({ InitialCallDelaySeconds: '$.Attributes.delay' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'param-static-only', severity: Severity.Error });
    expect(found[0].message).toBe(
      '`InitialCallDelaySeconds` in CreateCallbackContact must be defined statically: JSONPath ("$.Attributes.delay") is not accepted here. Write it as a literal: a whole number from 1 to 259200, such as "5".',
    );
    expect(found[0].range).toEqual(rangeOfText(text, '"$.Attributes.delay"'));
  });

  it('reports text with an embedded reference', () => {
    const { found } = only({ RetryDelaySeconds: '60$.Attributes.x' });
    expect(found.map((d) => d.code)).toEqual(['param-static-only']);
  });

  it('tolerates deployment placeholders in numbers', () => {
    expect(only({ InitialCallDelaySeconds: '${CallbackDelay}' }).found).toEqual([]);
  });
});
