import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Scalar, isMap, isScalar, parseDocument, stringify, type Node } from 'yaml';
import { appendScalar } from './cloudFormation';
import { MappedTextBuilder } from './offsetMap';

/** Writes `value` as the YAML value of `k` in the given style, parses it back and decodes it with a map. */
function roundTrip(value: string, type: Scalar.Type) {
  const template = stringify({ k: value }, { defaultStringType: type, defaultKeyType: 'PLAIN', lineWidth: 40, minContentWidth: 10 });
  const doc = parseDocument(template, { keepSourceTokens: true });
  const node = isMap(doc.contents) ? (doc.contents.items[0].value as Node) : undefined;
  if (!isScalar(node)) throw new Error('no scalar');
  const out = new MappedTextBuilder();
  const exact = appendScalar(out, node, template);
  return { template, exact, node, ...out.build() };
}

const jsonish = fc.string({ unit: fc.constantFrom('{', '}', '"', ':', ',', 'a', 'b', ' ', '\n', '\\', "'", '$', '#', 'é', '\t'), maxLength: 80 });

describe('scalar decoding with a map', () => {
  for (const type of ['QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED', 'PLAIN'] as const) {
    it(`${type}: the text is the value, and every literal piece copies its template characters`, () => {
      fc.assert(
        fc.property(jsonish, (value) => {
          const r = roundTrip(value, type);
          if (typeof r.node.value !== 'string') return; // a plain scalar YAML reads as something else
          expect(r.text).toBe(r.node.value);
          for (const p of r.map.pieces) {
            if (p.literal) expect(r.template.slice(p.templateStart, p.templateEnd)).toBe(r.text.slice(p.flowStart, p.flowEnd));
            expect(p.templateStart).toBeGreaterThanOrEqual(0);
            expect(p.templateEnd).toBeLessThanOrEqual(r.template.length);
          }
        }),
        { numRuns: 300, seed: 16 },
      );
    });
  }

  it('maps JSON-like strings (line breaks and tabs too) exactly in every style', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('{', '}', '"', ':', ',', 'a', ' ', '\\', "'", 'é', '\n', '\t', '#'), minLength: 1, maxLength: 60 }), (raw) => {
        const value = `{${raw}}`;
        for (const type of ['QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED', 'PLAIN'] as const) {
          const r = roundTrip(value, type);
          expect(r.exact, r.template).toBe(true);
          expect(r.text).toBe(value);
        }
      }),
      { numRuns: 300, seed: 61 },
    );
  });
});
