/** Small builders for catalogue and graph rule tests: any action type, written the way console exports write it. */
import { END_ID, type ActionInput } from './flow';

export { END_ID };

export interface Branches {
  next?: string;
  errors?: Record<string, string>;
  conditions?: Array<[operator: unknown, operand: unknown, next: string]>;
}

/** An action of any type. `params` null leaves `Parameters` out; `branches` undefined gives `"Transitions": {}`. */
export function act(id: string, type: string, params: Record<string, unknown> | null = {}, branches?: Branches): ActionInput {
  const transitions: Record<string, unknown> = {};
  if (branches?.next !== undefined) transitions.NextAction = branches.next;
  if (branches?.errors) transitions.Errors = Object.entries(branches.errors).map(([ErrorType, NextAction]) => ({ NextAction, ErrorType }));
  if (branches?.conditions)
    transitions.Conditions = branches.conditions.map(([Operator, operand, NextAction]) => ({ NextAction, Condition: { Operator, Operands: [operand] } }));
  const action: ActionInput = { Identifier: id, Type: type, Transitions: transitions };
  if (params !== null) action.Parameters = params;
  return action;
}

/** A MessageParticipant that says `text` and goes to `next`. */
export function say(id: string, text: string, next: string = END_ID): ActionInput {
  return act(id, 'MessageParticipant', { Text: text }, { next, errors: { NoMatchingError: next } });
}
