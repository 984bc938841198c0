import { describe, expect, it } from 'vitest';
import { diffFlows, renderMarkdown, renderDiffMermaid, type FileDiff } from '../../server/src/diff';
import { parseMermaid } from '../graph/parsers';

/** The Markdown rendering with hostile text from the flow: the table keeps its shape and Mermaid still parses it. */

const NASTY = 'He said "hi" | #1 <b>bold</b> `code` & *stars* _u_ [x](y)\nnext line';

function flow(actions: object[], start = 'A'): string {
  return JSON.stringify({ Version: '2019-10-30', StartAction: start, Metadata: {}, Actions: actions });
}

const msg = (id: string, text: string, next: string) => ({ Identifier: id, Type: 'MessageParticipant', Parameters: { Text: text }, Transitions: { NextAction: next, Errors: [{ NextAction: 'END', ErrorType: 'NoMatchingError' }] } });
const end = { Identifier: 'END', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
const compare = (id: string, operand: string, to: string) => ({
  Identifier: id,
  Type: 'Compare',
  Parameters: { ComparisonValue: '$.Attributes.x' },
  Transitions: { NextAction: 'END', Conditions: [{ NextAction: to, Condition: { Operator: 'Equals', Operands: [operand] } }], Errors: [{ NextAction: 'END', ErrorType: 'NoMatchingCondition' }] },
});

function file(oldText: string | undefined, newText: string | undefined): FileDiff {
  return { oldPath: 'a.json', newPath: 'a.json', status: 'modified', diff: diffFlows(oldText, newText, { graph: true }) };
}

describe('markdown rendering', () => {
  it('hostile names and values: one table row per action, and a Mermaid graph that parses with every block', async () => {
    const before = flow([msg('A', 'Hello', 'B'), compare('B', '1', 'C'), msg('C', 'old', 'END'), msg('GONE "#<x>', 'bye', 'END'), end]);
    const after = flow([msg('A', NASTY, 'B'), compare('B', 'x"|#`<', 'NEW `id` |'), msg('C', 'old', 'END'), msg('NEW `id` |', NASTY, 'END'), end]);
    const f = file(before, after);
    const md = renderMarkdown([f]);
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(1 + 5); // header + A, B, C (now unreachable), NEW (added), GONE (removed)
    for (const row of rows.slice(1)) expect(row.split(' | ')).toHaveLength(3);
    expect(md).not.toContain('<b>');
    const block = /```mermaid\n([\s\S]*?)```/.exec(md)![1];
    const graph = await parseMermaid(block);
    const texts = graph.vertices.map((v) => v.text);
    expect(texts).toEqual([
      'MessageParticipant "He said "hi" | #1 <…<br>(changed)',
      'Compare "$.Attributes.x"<br>(changed)',
      'MessageParticipant "old"<br>(changed)',
      'MessageParticipant "He said "hi" | #1 <…<br>(added)',
      'DisconnectParticipant END',
      'MessageParticipant "bye"<br>(removed)',
      'Start',
    ]);
    expect(graph.edges.map((e) => e.text)).toContain('Equals "x\\"|#`<"');
  });

  it('a diff with nothing to draw writes no Mermaid block', () => {
    const text = flow([msg('A', 'Hello', 'END'), end]);
    const md = renderMarkdown([file(text, text)]);
    expect(md).toBe('### Flow changes\n\n1 flow changed, none in behaviour.\n\n#### a.json\n\n**no change in behaviour**\n');
  });

  it('the graph of a changed neighbourhood: added thick arrows, removed dotted, context blocks plain', async () => {
    const before = flow([msg('A', 'Hello', 'C'), msg('C', 'x', 'END'), end]);
    const after = flow([msg('A', 'Hello', 'N'), msg('N', 'new', 'C'), msg('C', 'x', 'END'), end]);
    const g = diffFlows(before, after, { graph: true }).graph!;
    expect(g.nodes.map((n) => [n.id, n.state, n.start])).toEqual([
      ['A', 'changed', true],
      ['N', 'added', false],
      ['C', 'context', false],
      ['END', 'context', false],
    ]);
    expect(g.edges.filter((e) => e.state !== 'same').map((e) => [e.from, e.to, e.state])).toEqual([
      ['n:A', 'n:N', 'added'],
      ['n:N', 'n:C', 'added'],
      ['n:N', 'n:END', 'added'],
      ['n:A', 'n:C', 'removed'],
    ]);
    const parsed = await parseMermaid(renderDiffMermaid(g));
    expect(parsed.edges.map((e) => e.stroke)).toEqual(['normal', 'thick', 'dotted', 'thick', 'thick', 'normal', 'dotted', 'dotted']);
  });
});
