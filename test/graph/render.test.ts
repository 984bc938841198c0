import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import { buildModel } from '../../server/src/engine/model';
import { buildGraph, layoutGraph, renderDot, renderMermaid, renderSvg, type FlowGraph } from '../../server/src/graph';
import { clip } from '../../server/src/graph/block';
import { endAction, END_ID, flowText } from '../helpers/flow';
import { parseDot, parseMermaid, parseSvg, xmlProblem, type SvgElement } from './parsers';

const EXAMPLES = path.resolve(__dirname, '../../examples');
const graphOf = (text: string): FlowGraph => buildGraph(buildModel(text));

/** Identifiers and operands chosen to break out of labels in each output language. */
const NASTY = [
  'a"]; flowStart --> a0 %% x',
  'end',
  '<script>alert(1)</script> & #quot; #35;',
  '`**md**` |pipe| [x] (y) {z}',
  'line\nbreak\ttab \u0001 ctrl',
  'back\\slash "quoted" \\n',
  'lone \uD800 surrogate 😀',
  ']]>--><!--',
];

function nastyFlow(): string {
  const actions = NASTY.map((id, i) => ({
    Identifier: id,
    Type: i === 0 ? 'Compare' : 'MessageParticipant',
    Parameters: { Text: id },
    Transitions: {
      NextAction: NASTY[i + 1] ?? END_ID,
      Conditions: [{ NextAction: END_ID, Condition: { Operator: 'Equals', Operands: [id] } }],
      Errors: [{ NextAction: `missing ${id}`, ErrorType: id }],
    },
  }));
  const meta = Object.fromEntries(NASTY.map((id) => [id, { isFriendlyName: true }]));
  return flowText([...actions, endAction], { top: { Metadata: { ActionMetadata: meta } } });
}

describe('Mermaid output', () => {
  it('parses with the mermaid package and keeps every action and transition (example flow)', async () => {
    const g = graphOf(fs.readFileSync(path.join(EXAMPLES, 'callback-mistakes.flow.json'), 'utf8'));
    const text = renderMermaid(g);
    const parsed = await parseMermaid(text);
    expect(parsed.type).toBe('flowchart-v2');
    // 3 actions, the start marker and one stub for the dangling "Hangup".
    expect(parsed.vertices.map((v) => v.id).sort()).toEqual(['a0', 'a1', 'a2', 'flowStart', 's3']);
    expect(parsed.vertices.find((v) => v.id === 's3')!.text).toBe('missing: Hangup');
    expect(parsed.edges.map((e) => [e.start, e.end, e.text, e.stroke])).toEqual([
      ['flowStart', 'a0', '', 'normal'],
      ['a0', 'a1', '', 'normal'],
      ['a0', 'a2', 'QueueAtCapacity', 'dotted'],
      ['a0', 'a2', '= True', 'normal'],
      ['a1', 's3', '', 'normal'],
    ]);
  });

  it('escapes labels: hostile Identifiers and operands stay text, add no node or edge', async () => {
    const g = graphOf(nastyFlow());
    const parsed = await parseMermaid(renderMermaid(g));
    const stubs = g.edges.filter((e) => e.state !== 'ok').length;
    expect(parsed.vertices).toHaveLength(g.nodes.length + 1 + stubs);
    expect(parsed.edges).toHaveLength(g.edges.length + 1);
    for (const [i, id] of NASTY.entries()) {
      const vertex = parsed.vertices.find((v) => v.id === `a${i}`)!;
      const title = vertex.text.split(/<br\/?>/)[1];
      // Control characters become spaces, a lone surrogate U+FFFD; everything else reads as written.
      const shown = (text: string) => clip(text.replace(/[\u0000-\u001F]/g, ' ').replace(/\uD800(?![\uDC00-\uDFFF])/g, '\uFFFD'), 36);
      expect(title).toBe(shown(id));
      const condition = parsed.edges.find((e) => e.start === `a${i}` && e.stroke === 'normal' && e.text !== '')!;
      expect(condition.text).toBe(shown(`= ${id}`));
    }
  });
});

describe('DOT output', () => {
  it('parses as Graphviz DOT with one node per action and one edge per transition', () => {
    const g = graphOf(nastyFlow());
    const dot = parseDot(renderDot(g));
    const stubs = g.edges.filter((e) => e.state !== 'ok').length;
    expect(dot.nodes.size).toBe(g.nodes.length + 1 + stubs);
    expect(dot.edges).toHaveLength(g.edges.length + 1);
    // The label of the first action reads back as type, title, parameter (quotes and backslashes survive).
    // (The parser undoes \" but leaves \\ and the \n line breaks as written.)
    const written = (s: string) => s.replace(/\\/g, '\\\\');
    expect(dot.nodes.get('a5')).toBe(['MessageParticipant', NASTY[5], `Text: ${NASTY[5]}`].map(written).join('\\n'));
    expect(dot.edges.filter((e) => e.label === '"NoMatchingError"')).toHaveLength(0);
  });
});

function elements(root: SvgElement, name: string, out: (SvgElement | string)[] = []): SvgElement[] {
  for (const [key, value] of Object.entries(root)) {
    if (!Array.isArray(value)) continue;
    for (const child of value as (SvgElement | string)[]) {
      if (key === name) out.push(child);
      if (typeof child === 'object' && child !== null) elements(child, name, out);
    }
  }
  return out as SvgElement[];
}
const classOf = (e: SvgElement) => String(e['@class'] ?? '').split(' ');
/** Text of an element: the parser gives text-only elements as plain strings. */
const textOf = (e: SvgElement | string) => (typeof e === 'string' ? e : String(e['#text'] ?? ''));

describe('SVG output', () => {
  for (const mode of ['designer', 'auto'] as const) {
    it(`is well-formed XML with a block per action and an arrow per transition (${mode} layout)`, () => {
      const g = graphOf(nastyFlow());
      const svg = renderSvg(layoutGraph(g, { mode }), { standalone: true });
      expect(xmlProblem(svg)).toBe(true);
      const doc = parseSvg(svg);
      const groups = elements(doc, 'g');
      const blocks = groups.filter((e) => classOf(e).includes('block'));
      expect(blocks).toHaveLength(g.nodes.length);
      expect(groups.filter((e) => classOf(e).includes('edge'))).toHaveLength(g.edges.length);
      // Attributes carry the Identifier as written (less the characters XML cannot hold).
      expect(blocks.map((b) => b['@data-id'])).toEqual(g.nodes.map((n) => n.id!.replace(/[\u0001]|\uD800(?![\uDC00-\uDFFF])/g, '')));
      expect(svg).not.toMatch(/NaN|Infinity|undefined/);
      expect(svg).not.toContain('<script');
    });
  }

  it('outlines annotated blocks with the severity and lists the messages in the hover', () => {
    const g = graphOf(fs.readFileSync(path.join(EXAMPLES, 'callback-mistakes.flow.json'), 'utf8'));
    const svg = renderSvg(layoutGraph(g), { annotations: new Map([['a1', { severity: 2, messages: ['RetryDelaySeconds is missing'] }]]) });
    const blocks = elements(parseSvg(svg), 'g').filter((e) => classOf(e).includes('block'));
    expect(classOf(blocks[1])).toContain('severity-warning');
    expect(classOf(blocks[0]).some((c) => c.startsWith('severity-'))).toBe(false);
    expect(textOf(elements(blocks[1], 'title')[0])).toContain('warning: RetryDelaySeconds is missing');
    // No stylesheet inside the preview's SVG: the page styles it with the theme's colours.
    expect(svg).not.toContain('<style>');
  });

  it('marks the start, unreachable blocks and arrows to missing actions', () => {
    const orphan = { ...endAction, Identifier: 'orphan' };
    const text = flowText([{ ...endAction, Identifier: 'first', Type: 'MessageParticipant', Transitions: { NextAction: 'gone' } }, orphan]);
    const svg = renderSvg(layoutGraph(graphOf(text)));
    const groups = elements(parseSvg(svg), 'g');
    const blocks = groups.filter((e) => classOf(e).includes('block'));
    expect(blocks.map((b) => [b['@data-id'], classOf(b).filter((c) => c !== 'block')])).toEqual([
      ['first', ['start-action']],
      ['orphan', ['unreachable']],
    ]);
    const stub = groups.find((e) => classOf(e).includes('stub'))!;
    expect(classOf(stub)).toContain('dangling');
    expect(textOf(elements(stub, 'text')[0])).toBe('missing: gone');
    expect(classOf(groups.find((e) => classOf(e).includes('edge'))!)).toEqual(['edge', 'next', 'dangling']);
  });

  it('uses designer positions when the file has them and dagre otherwise', () => {
    const withPositions = graphOf(fs.readFileSync(path.join(EXAMPLES, 'callback-mistakes.flow.json'), 'utf8'));
    const designer = layoutGraph(withPositions);
    expect(designer.mode).toBe('designer');
    expect(designer.nodes.map((n) => [n.x, n.y])).toEqual([[200, 40], [460, 40], [720, 40]]);
    const auto = layoutGraph(withPositions, { mode: 'auto' });
    expect(auto.mode).toBe('auto');
    // Left to right: every arrow between blocks runs forward in this acyclic flow.
    for (const e of auto.edges) expect(e.points[e.points.length - 1].x).toBeGreaterThan(e.points[0].x);
  });
});
