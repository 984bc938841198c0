/**
 * A small flow and an edited version of it, for the editor's diff mode tests: one parameter changed (Greet), one
 * condition rewired (Menu "1" from Sales to Support), one action removed (Sales), one added (Support).
 */
const message = (id: string, text: string, next: string) => ({ Identifier: id, Type: 'MessageParticipant', Parameters: { Text: text }, Transitions: { NextAction: next } });
const menu = (target: string) => ({
  Identifier: 'Menu',
  Type: 'GetParticipantInput',
  Parameters: { Text: 'Press 1 for sales', StoreInput: 'False', InputTimeLimitSeconds: '5' },
  Transitions: {
    NextAction: 'Bye',
    Conditions: [{ NextAction: target, Condition: { Operator: 'Equals', Operands: ['1'] } }],
    Errors: [
      { NextAction: 'Bye', ErrorType: 'NoMatchingCondition' },
      { NextAction: 'Bye', ErrorType: 'InputTimeLimitExceeded' },
      { NextAction: 'Bye', ErrorType: 'NoMatchingError' },
    ],
  },
});
const bye = { Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };

export const OLD_FLOW = JSON.stringify(
  { Version: '2019-10-30', StartAction: 'Greet', Actions: [message('Greet', 'Hello', 'Menu'), menu('Sales'), message('Sales', 'Sales, one moment', 'Bye'), bye] },
  null,
  2,
);

export const NEW_FLOW = JSON.stringify(
  { Version: '2019-10-30', StartAction: 'Greet', Actions: [message('Greet', 'Hello there', 'Menu'), menu('Support'), message('Support', 'Support, one moment', 'Bye'), bye] },
  null,
  2,
);
