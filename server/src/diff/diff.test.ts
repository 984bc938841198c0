import { describe, expect, it } from 'vitest';
import { diffFlows } from './index';

/** Small flows written the way console exports write them; each test changes one thing and asserts the exact records. */

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';
const C = 'cccccccc-0000-4000-8000-000000000003';
const END = 'eeeeeeee-0000-4000-8000-000000000004';

type Json = Record<string, any>;

function base(): Json {
  return {
    Version: '2019-10-30',
    StartAction: A,
    Metadata: {
      entryPointPosition: { x: 40, y: 40 },
      ActionMetadata: { [A]: { position: { x: 100, y: 40 } }, [B]: { position: { x: 300, y: 40 } }, [C]: { position: { x: 500, y: 40 } }, [END]: { position: { x: 700, y: 40 } } },
      name: 'Test flow',
      type: 'contactFlow',
    },
    Actions: [
      { Identifier: A, Type: 'MessageParticipant', Parameters: { Text: 'Welcome' }, Transitions: { NextAction: B, Errors: [{ NextAction: END, ErrorType: 'NoMatchingError' }] } },
      {
        Identifier: B,
        Type: 'GetParticipantInput',
        Parameters: { Text: 'Press 1 for sales', StoreInput: 'False', InputTimeLimitSeconds: '5' },
        Transitions: {
          NextAction: END,
          Conditions: [
            { NextAction: C, Condition: { Operator: 'Equals', Operands: ['1'] } },
            { NextAction: END, Condition: { Operator: 'Equals', Operands: ['2'] } },
          ],
          Errors: [
            { NextAction: END, ErrorType: 'InputTimeLimitExceeded' },
            { NextAction: END, ErrorType: 'NoMatchingCondition' },
            { NextAction: END, ErrorType: 'NoMatchingError' },
          ],
        },
      },
      {
        Identifier: C,
        Type: 'UpdateContactTargetQueue',
        Parameters: { QueueId: 'arn:aws:connect:us-east-1:111122223333:instance/i-1/queue/q-sales' },
        Transitions: { NextAction: END, Errors: [{ NextAction: END, ErrorType: 'NoMatchingError' }] },
      },
      { Identifier: END, Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  };
}

const text = (flow: Json) => JSON.stringify(flow, null, 2);

function diffEdit(edit: (flow: Json) => void, options = {}) {
  const before = base();
  const after = base();
  edit(after);
  return diffFlows(text(before), text(after), options);
}

const nameA = 'MessageParticipant "Welcome"';
const nameB = 'GetParticipantInput "Press 1 for sales"';
const nameC = 'UpdateContactTargetQueue …q-sales';
const nameEnd = 'DisconnectParticipant eeeeeeee';

describe('semantic diff: one record per kind of change', () => {
  it('the same text: no change at all', () => {
    const d = diffFlows(text(base()), text(base()));
    expect(d.behaviourChanged).toBe(false);
    expect(d.changes).toEqual([]);
    expect(d.diagnostics).toEqual({ introduced: [], fixed: [] });
    expect(d.designer.count).toBe(0);
  });

  it('a parameter changed: its name and both values', () => {
    const d = diffEdit((f) => (f.Actions[1].Parameters.InputTimeLimitSeconds = '8'));
    expect(d.behaviourChanged).toBe(true);
    expect(d.changes).toEqual([
      { kind: 'parameter-changed', id: B, name: nameB, actionType: 'GetParticipantInput', parameter: 'InputTimeLimitSeconds', path: ['InputTimeLimitSeconds'], old: '5', new: '8' },
    ]);
    expect(d.summary).toEqual({ added: 0, removed: 0, renamed: 0, changed: 1 });
  });

  it('a parameter added and one removed', () => {
    const d = diffEdit((f) => {
      delete f.Actions[1].Parameters.StoreInput;
      f.Actions[1].Parameters.DTMFConfiguration = { InputTerminationSequence: '#' };
    });
    expect(d.changes).toEqual([
      { kind: 'parameter-added', id: B, name: nameB, actionType: 'GetParticipantInput', parameter: 'DTMFConfiguration', path: ['DTMFConfiguration'], new: { InputTerminationSequence: '#' } },
      { kind: 'parameter-removed', id: B, name: nameB, actionType: 'GetParticipantInput', parameter: 'StoreInput', path: ['StoreInput'], old: 'False' },
    ]);
  });

  it('a nested parameter changed: named by its path', () => {
    const d = diffEdit((f) => {
      f.Actions[0].Parameters = { Text: 'Welcome', Extra: { a: '1', b: '2' } };
    });
    const d2 = diffFlows(
      text({ ...base(), Actions: [{ ...base().Actions[0], Parameters: { Text: 'Welcome', Extra: { a: '1', b: '2' } } }, ...base().Actions.slice(1)] }),
      text({ ...base(), Actions: [{ ...base().Actions[0], Parameters: { Text: 'Welcome', Extra: { b: '2', a: '3' } } }, ...base().Actions.slice(1)] }),
    );
    expect(d.changes.map((c) => c.kind)).toEqual(['parameter-added']);
    expect(d2.changes).toEqual([{ kind: 'parameter-changed', id: A, name: nameA, actionType: 'MessageParticipant', parameter: 'Extra.a', path: ['Extra', 'a'], old: '1', new: '3' }]);
  });

  it('the Type changed', () => {
    const d = diffEdit((f) => (f.Actions[0].Type = 'MessageParticipantIteratively'));
    expect(d.changes).toEqual([{ kind: 'type-changed', id: A, name: 'MessageParticipantIteratively aaaaaaaa', actionType: 'MessageParticipantIteratively', old: 'MessageParticipant', new: 'MessageParticipantIteratively' }]);
  });

  it('NextAction rewired: old target → new target, by name', () => {
    const d = diffEdit((f) => (f.Actions[0].Transitions.NextAction = C));
    expect(d.changes).toEqual([
      { kind: 'transition-changed', id: A, name: nameA, actionType: 'MessageParticipant', branch: { via: 'next' }, old: { id: B, name: nameB }, new: { id: C, name: nameC } },
      { kind: 'became-unreachable', id: B, name: nameB, actionType: 'GetParticipantInput' },
    ]);
  });

  it('an error branch rewired', () => {
    const d = diffEdit((f) => (f.Actions[1].Transitions.Errors[0].NextAction = C));
    expect(d.changes).toEqual([
      { kind: 'transition-changed', id: B, name: nameB, actionType: 'GetParticipantInput', branch: { via: 'error', errorType: 'InputTimeLimitExceeded' }, old: { id: END, name: nameEnd }, new: { id: C, name: nameC } },
    ]);
  });

  it('a condition rewired, written out as Equals "1"', () => {
    const d = diffEdit((f) => (f.Actions[1].Transitions.Conditions[0].NextAction = END));
    expect(d.changes).toEqual([
      {
        kind: 'transition-changed',
        id: B,
        name: nameB,
        actionType: 'GetParticipantInput',
        branch: { via: 'condition', operator: 'Equals', operands: ['1'], text: 'Equals "1"' },
        old: { id: C, name: nameC },
        new: { id: END, name: nameEnd },
      },
      { kind: 'became-unreachable', id: C, name: nameC, actionType: 'UpdateContactTargetQueue' },
    ]);
  });

  it('a condition added and one removed', () => {
    const d = diffEdit((f) => {
      f.Actions[1].Transitions.Conditions[1] = { NextAction: C, Condition: { Operator: 'Equals', Operands: ['3'] } };
    });
    expect(d.changes).toEqual([
      { kind: 'transition-added', id: B, name: nameB, actionType: 'GetParticipantInput', branch: { via: 'condition', operator: 'Equals', operands: ['3'], text: 'Equals "3"' }, new: { id: C, name: nameC } },
      { kind: 'transition-removed', id: B, name: nameB, actionType: 'GetParticipantInput', branch: { via: 'condition', operator: 'Equals', operands: ['2'], text: 'Equals "2"' }, old: { id: END, name: nameEnd } },
    ]);
  });

  it('an action added and one removed (transitions to them reported at their source)', () => {
    const NEW = 'ffffffff-0000-4000-8000-000000000005';
    const d = diffEdit((f) => {
      f.Actions.splice(2, 1, { Identifier: NEW, Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:routeCaller:live', InvocationTimeLimitSeconds: '3' }, Transitions: { NextAction: END, Errors: [{ NextAction: END, ErrorType: 'NoMatchingError' }] } });
      f.Actions[1].Transitions.Conditions[0].NextAction = NEW;
    });
    expect(d.changes).toEqual([
      {
        kind: 'transition-changed',
        id: B,
        name: nameB,
        actionType: 'GetParticipantInput',
        branch: { via: 'condition', operator: 'Equals', operands: ['1'], text: 'Equals "1"' },
        old: { id: C, name: nameC },
        new: { id: NEW, name: 'InvokeLambdaFunction routeCaller' },
      },
      { kind: 'action-added', id: NEW, name: 'InvokeLambdaFunction routeCaller', actionType: 'InvokeLambdaFunction' },
      { kind: 'action-removed', id: C, name: nameC, actionType: 'UpdateContactTargetQueue' },
    ]);
    expect(d.summary).toEqual({ added: 1, removed: 1, renamed: 0, changed: 1 });
  });

  it('an Identifier changed with the same content and neighbours: renamed, and no rewiring reported', () => {
    const RENAMED = 'Sales queue';
    const d = diffEdit((f) => {
      f.Actions[2].Identifier = RENAMED;
      f.Actions[1].Transitions.Conditions[0].NextAction = RENAMED;
      f.Metadata.ActionMetadata[RENAMED] = { ...f.Metadata.ActionMetadata[C], isFriendlyName: true };
      delete f.Metadata.ActionMetadata[C];
    });
    expect(d.changes).toEqual([{ kind: 'action-renamed', id: RENAMED, name: RENAMED, actionType: 'UpdateContactTargetQueue', oldId: C }]);
    expect(d.summary).toEqual({ added: 0, removed: 0, renamed: 1, changed: 0 });
    expect(d.designer.actionMetadata).toBe(1);
  });

  it('a changed Identifier whose neighbours differ is removed + added', () => {
    const d = diffEdit((f) => {
      f.Actions[2].Identifier = 'other';
      f.Actions[2].Transitions.NextAction = B;
    });
    expect(d.changes.map((c) => c.kind)).toEqual(['action-added', 'action-removed']);
  });

  it('the start action changed', () => {
    const d = diffEdit((f) => (f.StartAction = B));
    expect(d.changes).toEqual([
      { kind: 'start-changed', old: { id: A, name: nameA }, new: { id: B, name: nameB } },
      { kind: 'became-unreachable', id: A, name: nameA, actionType: 'MessageParticipant' },
    ]);
  });

  it('the flow type changed', () => {
    const d = diffEdit((f) => (f.Metadata.type = 'customerQueue'));
    expect(d.changes[0]).toEqual({ kind: 'flow-type-changed', old: 'contactFlow', new: 'customerQueue' });
  });

  it('an action became reachable again', () => {
    const before = base();
    before.Actions[0].Transitions.NextAction = C;
    const d = diffFlows(text(before), text(base()));
    expect(d.changes).toEqual([
      { kind: 'transition-changed', id: A, name: nameA, actionType: 'MessageParticipant', branch: { via: 'next' }, old: { id: C, name: nameC }, new: { id: B, name: nameB } },
      { kind: 'became-reachable', id: B, name: nameB, actionType: 'GetParticipantInput' },
    ]);
  });

  it('a top-level property and an unknown action property', () => {
    const d = diffEdit((f) => {
      f.Version = '2020-01-01';
      f.Actions[3].Comment = 'x';
    });
    expect(d.changes).toEqual([
      { kind: 'flow-property-changed', property: 'Version', old: '2019-10-30', new: '2020-01-01' },
      { kind: 'property-changed', id: END, name: nameEnd, actionType: 'DisconnectParticipant', property: 'Comment', old: undefined, new: 'x' },
    ]);
  });
});

describe('semantic diff: designer-only changes', () => {
  it('moving every block is no change in behaviour, counted per block', () => {
    const d = diffEdit((f) => {
      for (const meta of Object.values(f.Metadata.ActionMetadata) as Json[]) meta.position.x += 17;
      f.Metadata.entryPointPosition = { x: 1, y: 2 };
    });
    expect(d.behaviourChanged).toBe(false);
    expect(d.changes).toEqual([]);
    expect(d.designer).toEqual({ count: 5, actionMetadata: 4, flowMetadata: 1, reordered: false, formatting: false });
  });

  it('reordering the Actions array and re-indenting are no change in behaviour', () => {
    const after = base();
    after.Actions.reverse();
    const d = diffFlows(text(base()), JSON.stringify(after));
    expect(d.behaviourChanged).toBe(false);
    expect(d.diagnostics).toEqual({ introduced: [], fixed: [] });
    expect(d.designer).toEqual({ count: 1, actionMetadata: 0, flowMetadata: 0, reordered: true, formatting: false });
    const compact = diffFlows(text(base()), JSON.stringify(base()));
    expect(compact.designer).toEqual({ count: 1, actionMetadata: 0, flowMetadata: 0, reordered: false, formatting: true });
  });
});

describe('semantic diff: diagnostics introduced and fixed', () => {
  it('a dangling target is introduced, then fixed', () => {
    const d = diffEdit((f) => (f.Actions[2].Transitions.NextAction = 'nowhere'));
    expect(d.diagnostics.fixed).toEqual([]);
    expect(d.diagnostics.introduced.map((x) => [x.code, x.severity, x.id])).toEqual([['dangling-next-action', 'error', C]]);
    const back = diffFlows(text((() => { const f = base(); f.Actions[2].Transitions.NextAction = 'nowhere'; return f; })()), text(base()));
    expect(back.diagnostics.introduced).toEqual([]);
    expect(back.diagnostics.fixed.map((x) => x.code)).toEqual(['dangling-next-action']);
  });

  it('can be switched off', () => {
    const d = diffEdit((f) => (f.Actions[2].Transitions.NextAction = 'nowhere'), { diagnostics: false });
    expect(d.diagnostics).toEqual({ introduced: [], fixed: [] });
  });
});

describe('semantic diff: a side that does not exist', () => {
  it('a new flow: every action added', () => {
    const d = diffFlows(undefined, text(base()));
    expect(d.changes.map((c) => c.kind)).toEqual(['action-added', 'action-added', 'action-added', 'action-added']);
    expect(d.summary.added).toBe(4);
  });
  it('a deleted flow: every action removed', () => {
    const d = diffFlows(text(base()), undefined);
    expect(d.changes.map((c) => (c.kind === 'action-removed' ? c.id : c.kind))).toEqual([A, B, C, END]);
  });
});

describe('action names', () => {
  it('designer name, else type and telling parameter, else type and Identifier', () => {
    const d = diffFlows(undefined, text(base()));
    expect(d.changes.map((c) => ('name' in c ? c.name : ''))).toEqual([nameA, nameB, nameC, nameEnd]);
    const withQueueName = base();
    withQueueName.Metadata.ActionMetadata[C].queue = { id: 'x', text: 'Sales' };
    expect(diffFlows(undefined, text(withQueueName)).changes.map((c) => ('name' in c ? c.name : ''))[2]).toBe('UpdateContactTargetQueue "Sales"');
  });
});
