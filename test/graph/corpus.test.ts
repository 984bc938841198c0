import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import { buildModel, isObject } from '../../server/src/engine/model';
import { buildGraph, layoutGraph, renderDot, renderMermaid, renderSvg, type FlowGraph } from '../../server/src/graph';
import { sharedDir } from '../helpers/shared';
import { parseDot, parseMermaid, xmlProblem } from './parsers';

/** The graph of every flow in the shared corpus (read from ../shared, never copied into the project). */
const shared = sharedDir();
const dirs = shared ? ['real-flows', 'suspect-flows'].map((d) => path.join(shared, 'corpus', d)) : [];
const files = dirs.flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith('.json')).map((f) => path.join(d, f)) : []));

interface Case {
  name: string;
  text: string;
  root: Record<string, unknown> | undefined;
  graph: FlowGraph;
}
const cases: Case[] = files.map((file) => {
  const text = fs.readFileSync(file, 'utf8');
  const model = buildModel(text);
  return { name: path.basename(file), text, root: model.rootObject, graph: buildGraph(model) };
});

/** Transitions counted straight from the JSON, independently of transitions.ts. */
function expectedTransitions(root: Record<string, unknown> | undefined) {
  const out: { kind: string; target: string; label?: string }[] = [];
  for (const action of Array.isArray(root?.Actions) ? root.Actions : []) {
    const t = isObject(action) ? action.Transitions : undefined;
    if (!isObject(t)) continue;
    if (typeof t.NextAction === 'string') out.push({ kind: 'next', target: t.NextAction });
    for (const e of Array.isArray(t.Errors) ? t.Errors : []) {
      if (isObject(e) && typeof e.NextAction === 'string') out.push({ kind: 'error', target: e.NextAction, label: typeof e.ErrorType === 'string' ? e.ErrorType : undefined });
    }
    for (const c of Array.isArray(t.Conditions) ? t.Conditions : []) {
      if (!isObject(c) || typeof c.NextAction !== 'string') continue;
      const operand = isObject(c.Condition) && Array.isArray(c.Condition.Operands) ? c.Condition.Operands[0] : undefined;
      out.push({ kind: 'condition', target: c.NextAction, label: typeof operand === 'string' ? operand : undefined });
    }
  }
  return out;
}

const timings: number[] = [];

describe.skipIf(!shared)('graph of the shared corpus', () => {
  if (!shared) it.skip('../shared/corpus is absent: corpus graph tests skipped', () => {});

  it('has the corpus', () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  it('has one node per action and one edge per transition, with the right kinds and labels', () => {
    const problems: string[] = [];
    for (const c of cases) {
      const actions = Array.isArray(c.root?.Actions) ? c.root.Actions.length : 0;
      if (c.graph.nodes.length !== actions) problems.push(`${c.name}: ${c.graph.nodes.length} nodes for ${actions} actions`);
      const expected = expectedTransitions(c.root);
      const got = c.graph.edges.map((e) => ({ kind: e.kind, target: e.target, label: e.label }));
      if (got.length !== expected.length) {
        problems.push(`${c.name}: ${got.length} edges for ${expected.length} transitions`);
        continue;
      }
      // Same multiset of (kind, target); error labels equal the ErrorType; condition labels end with the operand.
      const key = (e: { kind: string; target: string }) => `${e.kind}>${e.target}`;
      if (JSON.stringify(got.map(key).sort()) !== JSON.stringify(expected.map(key).sort())) problems.push(`${c.name}: edge targets differ`);
      const errorLabels = (list: { kind: string; label?: string }[]) => list.filter((e) => e.kind === 'error').map((e) => e.label ?? '').sort();
      if (JSON.stringify(errorLabels(got)) !== JSON.stringify(errorLabels(expected))) problems.push(`${c.name}: error labels differ`);
      for (const e of c.graph.edges.filter((x) => x.kind === 'condition')) {
        const source = expected.filter((x) => x.kind === 'condition' && x.target === e.target).map((x) => x.label);
        if (source.every((operand) => operand === undefined)) continue; // malformed condition: nothing to name
        if (!source.some((operand) => operand !== undefined && e.label?.endsWith(operand))) problems.push(`${c.name}: condition label "${e.label}" names no operand`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('marks the start of every flow whose StartAction names an action', () => {
    const problems = cases.filter((c) => {
      const start = c.root?.StartAction;
      const exists = Array.isArray(c.root?.Actions) && c.root.Actions.some((a) => isObject(a) && a.Identifier === start);
      return exists !== (c.graph.nodes.filter((n) => n.start).length === 1);
    });
    expect(problems.map((c) => c.name)).toEqual([]);
  });

  it('renders Mermaid that the mermaid parser accepts, with every node and edge', async () => {
    const problems: string[] = [];
    for (const c of cases) {
      try {
        const parsed = await parseMermaid(renderMermaid(c.graph));
        const stubs = c.graph.edges.filter((e) => e.state !== 'ok').length;
        const start = c.graph.startKey ? 1 : 0;
        if (parsed.vertices.length !== c.graph.nodes.length + stubs + start) problems.push(`${c.name}: ${parsed.vertices.length} vertices`);
        if (parsed.edges.length !== c.graph.edges.length + start) problems.push(`${c.name}: ${parsed.edges.length} edges`);
      } catch (error) {
        problems.push(`${c.name}: ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('renders DOT that parses, with every node and edge', () => {
    const problems: string[] = [];
    for (const c of cases) {
      try {
        const dot = parseDot(renderDot(c.graph));
        if (dot.edges.length !== c.graph.edges.length + (c.graph.startKey ? 1 : 0)) problems.push(`${c.name}: ${dot.edges.length} edges`);
      } catch (error) {
        problems.push(`${c.name}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  for (const mode of ['designer', 'auto'] as const) {
    it(`renders well-formed SVG with finite coordinates (${mode} layout)`, () => {
      const problems: string[] = [];
      for (const c of cases) {
        const t0 = performance.now();
        const svg = renderSvg(layoutGraph(c.graph, { mode }), { standalone: true });
        if (mode === 'auto') timings.push(performance.now() - t0);
        const xml = xmlProblem(svg);
        if (xml !== true) problems.push(`${c.name}: ${xml}`);
        if (/NaN|Infinity/.test(svg)) problems.push(`${c.name}: non-finite coordinate`);
        const blocks = svg.match(/<g class="block[ "]/g)?.length ?? 0;
        if (blocks !== c.graph.nodes.length) problems.push(`${c.name}: ${blocks} blocks`);
      }
      expect(problems).toEqual([]);
    }, 120_000);
  }

  afterAll(() => {
    if (timings.length === 0) return;
    const sorted = [...timings].sort((a, b) => a - b);
    const biggest = Math.max(...cases.map((c) => c.graph.nodes.length));
    console.log(
      `graph corpus: ${cases.length} flows, automatic layout + SVG median ${sorted[sorted.length >> 1].toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms (largest flow ${biggest} actions)`,
    );
  });
});
