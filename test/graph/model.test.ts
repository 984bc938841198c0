import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import { buildModel } from '../../server/src/engine/model';
import { buildGraph, type FlowGraph } from '../../server/src/graph';
import { callbackAction, endAction, END_ID, flowText } from '../helpers/flow';

const EXAMPLES = path.resolve(__dirname, '../../examples');
const graphOf = (text: string): FlowGraph => buildGraph(buildModel(text));
const node = (g: FlowGraph, id: string) => g.nodes.find((n) => n.id === id)!;

describe('graph model: the example flows', () => {
  it('callback-queue: one node per action, one edge per NextAction, errors labelled with their ErrorType', () => {
    const g = graphOf(fs.readFileSync(path.join(EXAMPLES, 'callback-queue.flow.json'), 'utf8'));
    expect(g.nodes.map((n) => n.type)).toEqual(['GetParticipantInput', 'UpdateContactCallbackNumber', 'CreateCallbackContact', 'DisconnectParticipant']);
    expect(g.edges).toHaveLength(8);
    const errors = g.edges.filter((e) => e.kind === 'error').map((e) => `${e.from}->${e.to}:${e.label}`);
    expect(errors).toEqual([
      'a0->a3:InvalidPhoneNumber',
      'a0->a3:NoMatchingError',
      'a1->a3:InvalidCallbackNumber',
      'a1->a3:CallbackNumberNotDialable',
      'a2->a3:NoMatchingError',
    ]);
    expect(g.startKey).toBe('a0');
    expect(g.nodes.filter((n) => n.start).map((n) => n.key)).toEqual(['a0']);
    expect(g.nodes.some((n) => n.unreachable)).toBe(false);
  });

  it('CreateCallbackContact shows its delays in seconds, then the attempts', () => {
    const g = graphOf(fs.readFileSync(path.join(EXAMPLES, 'callback-queue.flow.json'), 'utf8'));
    const callback = g.nodes.find((n) => n.type === 'CreateCallbackContact')!;
    expect(callback.params.map((p) => `${p.name}: ${p.value}`)).toEqual(['InitialCallDelay: 5 s', 'RetryDelay: 600 s', 'MaximumConnectionAttempts: 1']);
  });

  it('callback-mistakes: friendly names, a condition labelled with operator and operand, a dangling arrow', () => {
    const g = graphOf(fs.readFileSync(path.join(EXAMPLES, 'callback-mistakes.flow.json'), 'utf8'));
    expect(g.nodes.map((n) => [n.title, n.friendly])).toEqual([
      ['Offer callback', true],
      ['Callback with delay from attribute', true],
      ['Hang up', true],
    ]);
    const condition = g.edges.find((e) => e.kind === 'condition')!;
    expect(condition).toMatchObject({ from: 'a0', to: 'a2', label: '= True', state: 'ok' });
    const dangling = g.edges.filter((e) => e.state === 'dangling');
    expect(dangling).toEqual([expect.objectContaining({ from: 'a1', to: undefined, target: 'Hangup', kind: 'next' })]);
    // Designer positions are kept as written.
    expect(g.nodes.map((n) => n.position)).toEqual([{ x: 200, y: 40 }, { x: 460, y: 40 }, { x: 720, y: 40 }]);
    expect(g.entryPosition).toEqual({ x: 40, y: 40 });
  });
});

describe('graph model: built flows', () => {
  it('marks actions no path from the start reaches, and only those', () => {
    const orphan = { ...endAction, Identifier: 'orphan-1' };
    const g = graphOf(flowText([callbackAction(), endAction, orphan]));
    expect(g.nodes.map((n) => [n.id, n.unreachable])).toEqual([
      ['callback-0000-0000-0000-000000000000', false],
      [END_ID, false],
      ['orphan-1', true],
    ]);
  });

  it('without a valid StartAction, marks nothing unreachable and no start', () => {
    const g = graphOf(flowText([callbackAction(), endAction], { start: 'nowhere' }));
    expect(g.startKey).toBeUndefined();
    expect(g.startTarget).toBe('nowhere');
    expect(g.nodes.every((n) => !n.unreachable && !n.start)).toBe(true);
  });

  it('labels every condition with its operator and first operand', () => {
    const compare = {
      Identifier: 'cmp',
      Type: 'Compare',
      Parameters: { ComparisonValue: '$.Attributes.tier' },
      Transitions: {
        NextAction: END_ID,
        Conditions: [
          { NextAction: END_ID, Condition: { Operator: 'Equals', Operands: ['gold'] } },
          { NextAction: END_ID, Condition: { Operator: 'NumberGreaterThan', Operands: ['5'] } },
          { NextAction: END_ID, Condition: { Operator: 'TextStartsWith', Operands: ['VIP'] } },
          { NextAction: END_ID, Condition: { Operator: 'SomethingNew', Operands: ['x'] } },
          { NextAction: END_ID, Condition: { Operands: [{ odd: 1 }] } },
        ],
        Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingCondition' }],
      },
    };
    const g = graphOf(flowText([compare, endAction]));
    expect(g.edges.filter((e) => e.kind === 'condition').map((e) => e.label)).toEqual(['= gold', '> 5', 'starts with VIP', 'SomethingNew x', '{"odd":1}']);
    expect(g.edges.filter((e) => e.kind === 'error').map((e) => e.label)).toEqual(['NoMatchingCondition']);
    expect(node(g, 'cmp').params).toEqual([{ name: 'ComparisonValue', value: '$.Attributes.tier', full: '$.Attributes.tier' }]);
  });

  it('shortens UUID Identifiers and uses names the designer stored for ids', () => {
    const id = '6f1e2c3d-1111-4222-8333-944445555666';
    const text = JSON.stringify({
      Version: '2019-10-30',
      StartAction: id,
      Metadata: { ActionMetadata: { [id]: { position: { x: 1, y: 2 }, queue: { text: 'Callback queue' } } } },
      Actions: [
        {
          Identifier: id,
          Type: 'UpdateContactTargetQueue',
          Parameters: { QueueId: 'arn:aws:connect:us-east-1:111122223333:instance/i/queue/0123' },
          Transitions: { NextAction: END_ID },
        },
        endAction,
      ],
    });
    const n = node(graphOf(text), id);
    expect(n.title).toBe('6f1e2c3d');
    expect(n.friendly).toBe(false);
    expect(n.params).toEqual([{ name: 'QueueId', value: 'Callback queue', full: 'arn:aws:connect:us-east-1:111122223333:instance/i/queue/0123' }]);
  });

  it('tells unconnected branches ("" and "$end" of saved exports) from dangling ones', () => {
    const g = graphOf(flowText([callbackAction({ Transitions: { NextAction: '', Errors: [{ NextAction: '$end', ErrorType: 'NoMatchingError' }] } }), endAction]));
    expect(g.edges.map((e) => [e.kind, e.state, e.to])).toEqual([
      ['next', 'unconnected', undefined],
      ['error', 'unconnected', undefined],
    ]);
  });

  it('marks a repeated Identifier; arrows to it go to the first action with it', () => {
    const g = graphOf(flowText([callbackAction(), endAction, { ...endAction }]));
    expect(g.nodes.map((n) => n.duplicate)).toEqual([false, false, true]);
    expect(g.edges.every((e) => e.to === 'a1')).toBe(true);
  });

  it('never throws and keeps one node per array element whatever the shape', () => {
    const odd = [
      '{"Version":"2019-10-30","StartAction":"a","Actions":[1,null,"x",[],{"Identifier":5},{"Identifier":"a","Transitions":[]},{"Identifier":"b","Transitions":{"Errors":{},"Conditions":[null,{"NextAction":7}]}}]}',
      '{"Version":"2019-10-30","StartAction":"a","Actions":{}}',
      '{"Version":"2019-10-30","StartAction":"a","Actions":[{"Identifier":"a","Type":"Wait","Parameters":{"TimeLimitSeconds":"x","Events":["A"]},"Transitions":{"NextAction":"a"}}],"Metadata":{"ActionMetadata":{"a":{"position":{"x":"1","y":null}}}}}',
      '{"Version":"2019-10-30","StartAction":"__proto__","Actions":[{"Identifier":"__proto__","Transitions":{"NextAction":"constructor"}}],"Metadata":{"ActionMetadata":[]}}',
      '{"Actions":[{"Identifier":"a", "Transitions":{"NextAction":"a"}}',
      '',
    ];
    const counts = odd.map((text) => {
      const g = graphOf(text);
      return [g.nodes.length, g.edges.length];
    });
    expect(counts).toEqual([
      [7, 0],
      [0, 0],
      [1, 1],
      [1, 1],
      [1, 1],
      [0, 0],
    ]);
    const selfLoop = graphOf(odd[2]);
    expect(selfLoop.edges[0]).toMatchObject({ from: 'a0', to: 'a0', state: 'ok' });
    expect(selfLoop.nodes[0].position).toBeUndefined();
    expect(selfLoop.nodes[0].params.map((p) => p.value)).toEqual(['x', '[1 item]']);
    expect(graphOf(odd[3]).edges[0].state).toBe('dangling');
  });
});
