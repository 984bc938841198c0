import { OPERATORS } from '../engine';
import { asText, type Json } from './state';

/**
 * The condition operators of the flow language (the engine's list), evaluated. Used by `Compare` and every
 * action that branches on a result, and by the testing language's `Assert`.
 */
export type Operator = (typeof OPERATORS)[number];

export function isKnownOperator(op: unknown): op is Operator {
  return typeof op === 'string' && OPERATORS.includes(op);
}

function number(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Whether `value` satisfies `operator` with `operand`. An absent value satisfies nothing but `Exists` is false for
 * it; text comparisons are case-sensitive; number comparisons need both sides to read as numbers.
 */
export function evaluate(operator: string, value: Json | undefined, operand: Json | undefined): boolean {
  if (operator === 'Exists') return value !== undefined && value !== null;
  if (value === undefined || value === null) return false;
  const a = asText(value);
  const b = asText(operand);
  switch (operator) {
    case 'Equals':
      return a === b;
    case 'TextStartsWith':
      return a.startsWith(b);
    case 'TextEndsWith':
      return a.endsWith(b);
    case 'TextContains':
      return a.includes(b);
    case 'NumberGreaterThan':
    case 'NumberGreaterOrEqualTo':
    case 'NumberLessThan':
    case 'NumberLessOrEqualTo': {
      const x = number(a);
      const y = number(b);
      if (x === undefined || y === undefined) return false;
      if (operator === 'NumberGreaterThan') return x > y;
      if (operator === 'NumberGreaterOrEqualTo') return x >= y;
      if (operator === 'NumberLessThan') return x < y;
      return x <= y;
    }
    default:
      return false;
  }
}
