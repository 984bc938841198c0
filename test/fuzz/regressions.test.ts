/**
 * Findings of the fuzz tests, each with the smallest input that showed it. A finding stays here for good:
 * the name says what broke, the assertion says what the user sees now.
 */
import { describe, expect, it } from 'vitest';
import { validate } from '../../server/src/engine/validate';
import { assertEngineProperties } from './invariants';
import { rangeOfText, withCode } from '../helpers/flow';

describe('fuzz findings', () => {
  it('condition operand that is an object, in a half-typed flow: dangling-next-action is still reported (was: rule threw, diagnostic lost)', () => {
    // jsonc-parser builds prototype-less objects for text that is not valid JSON; String() on them throws.
    // Found by "generated flows with character edits" (seed 20251124): the rule died silently and the user saw no
    // dangling-branch warning at all.
    const text =
      '{"Version":"2019-10-30","StartAction":"x","Actions":[{"Identifier":"x","Type":"CreateCallbackContact",' +
      '"Transitions":{"Conditions":[{"NextAction":"a","Condition":{"Operands":[{}]}}]}}]';
    const dangling = withCode(validate(text), 'dangling-next-action');
    expect(dangling).toHaveLength(1);
    expect(dangling[0].range).toEqual(rangeOfText(text, '"a"'));
    assertEngineProperties(text);
  });
});
