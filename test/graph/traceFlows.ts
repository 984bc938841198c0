/** A small DTMF menu and a test that presses 1: shared by the trace picture's unit test and its protocol test. */

const message = (id: string, text: string, next: string) => ({
  Identifier: id,
  Type: 'MessageParticipant',
  Parameters: { Text: text },
  Transitions: { NextAction: next, Errors: [{ NextAction: next, ErrorType: 'NoMatchingError' }] },
});

export const MENU_FLOW = JSON.stringify(
  {
    Version: '2019-10-30',
    StartAction: 'greet',
    Actions: [
      message('greet', 'Hello.', 'menu'),
      {
        Identifier: 'menu',
        Type: 'GetParticipantInput',
        Parameters: { Text: 'Press 1 for sales or 2 for support.', InputTimeLimitSeconds: '5', StoreInput: 'False' },
        Transitions: {
          NextAction: 'bye',
          Conditions: [
            { NextAction: 'sales', Condition: { Operator: 'Equals', Operands: ['1'] } },
            { NextAction: 'support', Condition: { Operator: 'Equals', Operands: ['2'] } },
          ],
          Errors: [
            { NextAction: 'bye', ErrorType: 'InputTimeLimitExceeded' },
            { NextAction: 'bye', ErrorType: 'NoMatchingCondition' },
            { NextAction: 'bye', ErrorType: 'NoMatchingError' },
          ],
        },
      },
      message('sales', 'Sales here.', 'bye'),
      message('support', 'Support here.', 'bye'),
      { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  },
  null,
  2,
);

const observation = (id: string, event: object, actions: object[], next: string[]) => ({ Identifier: id, Event: event, Actions: actions, Transitions: next.length ? { NextObservations: next } : {} });
const said = (text: string) => ({ Identifier: `msg-${text.length}`, Type: 'MessageReceived', Actor: 'System', Properties: { Text: text, MatchingCriteria: { Type: 'Similarity' } } });

/** Presses 1 at the menu and expects the sales message. */
export const PRESS_1_TEST = JSON.stringify(
  {
    Version: '2019-10-30',
    Metadata: { name: 'Press 1 reaches sales' },
    Observations: [
      observation(
        'menu',
        said('Press 1 for sales or 2 for support.'),
        [{ Identifier: 'press-1', Type: 'SendInstruction', Parameters: { ActionType: 'SendInstruction', Actor: 'Customer', Instruction: { Type: 'DtmfInput', Properties: { Value: 1 } } }, Transitions: {} }],
        ['sales'],
      ),
      observation('sales', said('Sales here.'), [], []),
    ],
  },
  null,
  2,
);
