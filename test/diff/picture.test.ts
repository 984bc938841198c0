import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { buildModel } from '../../server/src/engine';
import { diffModels } from '../../server/src/diff';
import { diffPicture, type DiffPicture } from '../../server/src/lsp/features/diffPicture';
import { buildSnapshot } from '../../server/src/graph';
import { NEW_FLOW, OLD_FLOW } from './editorFlows';

/** The editor's diff mode, pure part: the merged graph, its marks, the SVG classes and the list of changes. */
function picture(oldText: string | undefined, newText: string, oldLabel = 'HEAD'): DiffPicture {
  const oldModel = oldText === undefined ? undefined : buildModel(oldText);
  const newModel = buildModel(newText);
  return diffPicture(oldModel, newModel, diffModels(oldModel, newModel), { oldLabel })!;
}

/** Every arrow of the picture as `from -kind label-> to` with its mark. */
function arrows(p: DiffPicture): string[] {
  return p.graph.edges.map((e) => `${e.from} -${e.kind}${e.label ? ` ${e.label}` : ''}-> ${e.to ?? `?${e.target}`}${p.edges.has(e) ? ` [${p.edges.get(e)}]` : ''}`);
}

/** Classes of the SVG's groups by data-key (blocks) and by data-from/data-to (arrows). */
function svgClasses(svg: string): { blocks: Record<string, string>; edges: string[]; rows: string[] } {
  const blocks: Record<string, string> = {};
  for (const m of svg.matchAll(/<g class="(block[^"]*)" data-key="([^"]+)"/g)) blocks[m[2]] = m[1];
  const edges = [...svg.matchAll(/<g class="(edge[^"]*)" data-from="([^"]+)" data-to="([^"]+)"/g)].map((m) => `${m[2]}->${m[3]}: ${m[1]}`);
  const rows = [...svg.matchAll(/<g class="(branch[^"]*diff-[^"]*)"><text[^>]*>([^<]*)</g)].map((m) => `${m[2]}: ${m[1]}`);
  return { blocks, edges, rows };
}

describe('diff picture for the editor', () => {
  it('marks the changed, added and removed blocks and the rewired arrows, exactly', () => {
    const p = picture(OLD_FLOW, NEW_FLOW);
    expect(p.graph.nodes.map((n) => `${n.key} ${n.id} ${n.index}`)).toEqual(['a0 Greet 0', 'a1 Menu 1', 'a2 Support 2', 'a3 Bye 3', 'r0 Sales -1']);
    expect([...p.nodes]).toEqual([
      ['a0', 'changed'],
      ['a1', 'changed'],
      ['a2', 'added'],
      ['r0', 'removed'],
    ]);
    expect(arrows(p)).toEqual([
      'a0 -next-> a1',
      'a1 -next-> a3',
      'a1 -error NoMatchingCondition-> a3',
      'a1 -error InputTimeLimitExceeded-> a3',
      'a1 -error NoMatchingError-> a3',
      'a1 -condition = 1-> a2 [added]',
      'a2 -next-> a3 [added]',
      'a1 -condition = 1-> r0 [removed]',
      'r0 -next-> a3 [removed]',
    ]);
  });

  it('writes the marks as classes on blocks, arrows and branch rows; a removed block has no action index', () => {
    const p = picture(OLD_FLOW, NEW_FLOW);
    new XMLParser().parse(p.svg); // well-formed
    const { blocks, edges, rows } = svgClasses(p.svg);
    expect(blocks).toEqual({ a0: 'block start-action diff-changed', a1: 'block diff-changed', a2: 'block diff-added', a3: 'block', r0: 'block diff-removed' });
    expect(p.svg).toMatch(/data-key="a2" data-index="2"/);
    expect(p.svg).not.toMatch(/data-key="r0" data-index/);
    expect(edges.filter((e) => e.includes('diff-'))).toEqual(['a1->a2: edge condition diff-added', 'a2->a3: edge next diff-added', 'a1->r0: edge condition diff-removed', 'r0->a3: edge next diff-removed']);
    // The rewired condition shows as two rows on Menu: the new one and the old one struck through.
    expect(rows).toEqual(['= 1: branch condition diff-added', '= 1: branch condition diff-removed', 'Next: branch next diff-added', 'Next: branch next diff-removed']);
  });

  it('lists the changes with what to select in the current text', () => {
    const p = picture(OLD_FLOW, NEW_FLOW);
    const slice = (s: { start: number; end: number } | undefined) => (s ? NEW_FLOW.slice(s.start, s.end) : undefined);
    expect(p.summary).toBe('2 actions changed, 1 added, 1 removed');
    expect(p.status).toBe('Compared with HEAD: 2 actions changed, 1 added, 1 removed');
    expect(p.items.map((i) => ({ state: i.state, title: i.title, key: i.key, select: slice(i.select), details: i.details.map((d) => [d.text, slice(d.select)]) }))).toEqual([
      { state: 'changed', title: 'MessageParticipant "Hello there"', key: 'a0', select: '"Greet"', details: [['~ Text: "Hello" → "Hello there"', '"Hello there"']] },
      {
        state: 'changed',
        title: 'GetParticipantInput "Press 1 for sales"',
        key: 'a1',
        select: '"Menu"',
        details: [['~ condition Equals "1": MessageParticipant "Sales, one moment" → MessageParticipant "Support, one moment"', '"Support"']],
      },
      { state: 'added', title: 'MessageParticipant "Support, one moment"', key: 'a2', select: '"Support"', details: [] },
      { state: 'removed', title: 'MessageParticipant "Sales, one moment"', key: 'r0', select: undefined, details: [] },
    ]);
  });

  it('shows no marks and no items when only the designer layout changed', () => {
    const moved = JSON.stringify({ ...JSON.parse(NEW_FLOW), Metadata: { entryPointPosition: { x: 1, y: 2 } } }, null, 4);
    const p = picture(NEW_FLOW, moved);
    expect(p.nodes.size).toBe(0);
    expect(p.edges.size).toBe(0);
    expect(p.items).toEqual([]);
    expect(p.status).toBe('Compared with HEAD: no change in behaviour · designer-only changes: 1 (1 flow metadata entry changed)');
    expect(svgClasses(p.svg).blocks).toEqual({ a0: 'block start-action', a1: 'block', a2: 'block', a3: 'block' });
  });

  it('marks every block and arrow added for a new file, and draws nothing for a text that is not a flow', () => {
    const p = picture(undefined, NEW_FLOW, 'HEAD');
    expect([...p.nodes.values()]).toEqual(['added', 'added', 'added', 'added']);
    expect(p.graph.edges.every((e) => p.edges.get(e) === 'added')).toBe(true);
    expect(p.status.startsWith('Compared with HEAD (new file): ')).toBe(true);
    expect(diffPicture(undefined, buildModel('{"not": "a flow"}'), diffModels(undefined, buildModel('{"not": "a flow"}')))).toBeUndefined();
  });

  it('follows a renamed action: its arrows are not marked, the block says renamed in the list', () => {
    const renamed = NEW_FLOW.replace(/"Bye"/g, '"Goodbye"');
    const p = picture(NEW_FLOW, renamed);
    expect([...p.nodes]).toEqual([['a3', 'changed']]);
    expect(p.edges.size).toBe(0);
    expect(p.items.map((i) => [i.title, i.details.map((d) => d.text)])).toEqual([['DisconnectParticipant Goodbye', ['~ renamed from "Bye" to "Goodbye"']]]);
  });

  it('leaves the normal picture unchanged: no diff classes, every block has its index', () => {
    const svg = buildSnapshot(NEW_FLOW, [])!.svg;
    expect(svg).not.toContain('diff-');
    expect((svg.match(/data-index="/g) ?? []).length).toBe(4);
  });
});

describe('diff picture layout', () => {
  const withPositions = (text: string, positions: Record<string, [number, number]>) => {
    const flow = JSON.parse(text);
    flow.Metadata = { ActionMetadata: Object.fromEntries(Object.entries(positions).map(([id, [x, y]]) => [id, { position: { x, y } }])) };
    return JSON.stringify(flow, null, 2);
  };
  const box = (svg: string, key: string) => {
    const m = new RegExp(`data-key="${key}"[^>]*>(?:<title>[^<]*</title>)?<rect x="([-\\d.]+)" y="([-\\d.]+)"`).exec(svg);
    return m ? { x: Number(m[1]), y: Number(m[2]) } : undefined;
  };

  it('keeps a removed block at its old designer position, moved down when a current block stands there', () => {
    // Support replaces Sales at the same place; Bye stays where it was.
    const old = withPositions(OLD_FLOW, { Greet: [0, 0], Menu: [300, 0], Sales: [600, 0], Bye: [900, 0] });
    const now = withPositions(NEW_FLOW, { Greet: [0, 0], Menu: [300, 0], Support: [600, 0], Bye: [900, 300] });
    const p = picture(old, now);
    expect(p.svg).toContain('data-layout="designer"');
    expect(box(p.svg, 'a2')).toEqual({ x: 600, y: 0 });
    expect(box(p.svg, 'r0')).toEqual({ x: 600, y: 130 });
  });

  it('lays a removed block out with the rest when the current version has no positions', () => {
    const old = withPositions(OLD_FLOW, { Greet: [0, 0], Menu: [300, 0], Sales: [600, 0], Bye: [900, 0] });
    const p = picture(old, NEW_FLOW);
    expect(p.svg).toContain('data-layout="auto"');
    expect(p.graph.nodes.every((n) => n.position === undefined)).toBe(true);
  });
});
