/** Small flows for the simulator's tests, written the way console exports write them. Test support only. */
export interface A {
  id: string;
  type: string;
  params?: Record<string, unknown>;
  next?: string;
  errors?: Record<string, string>;
  conditions?: Array<[operator: string, operand: string | undefined, target: string]>;
}

export function flow(actions: A[], options: { start?: string; metadata?: Record<string, unknown> } = {}): string {
  return JSON.stringify(
    {
      Version: '2019-10-30',
      StartAction: options.start ?? actions[0]?.id ?? '',
      Metadata: { entryPointPosition: { x: 40, y: 40 }, ActionMetadata: {}, ...options.metadata },
      Actions: actions.map((a) => ({
        Parameters: a.params ?? {},
        Identifier: a.id,
        Type: a.type,
        Transitions: {
          ...(a.next !== undefined ? { NextAction: a.next } : {}),
          ...(a.errors ? { Errors: Object.entries(a.errors).map(([ErrorType, NextAction]) => ({ NextAction, ErrorType })) } : {}),
          ...(a.conditions
            ? {
                Conditions: a.conditions.map(([Operator, operand, NextAction]) => ({
                  NextAction,
                  Condition: { Operator, Operands: operand === undefined ? [] : [operand] },
                })),
              }
            : {}),
        },
      })),
    },
    null,
    2,
  );
}

/** A disconnect action with the given id, and a prompt that names where the contact went. */
export const end = (id: string): A => ({ id, type: 'DisconnectParticipant' });
export const say = (id: string, text: string, next: string): A => ({ id, type: 'MessageParticipant', params: { Text: text }, next, errors: { NoMatchingError: next } });
