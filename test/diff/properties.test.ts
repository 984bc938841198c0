import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { diffFlows, type Change } from '../../server/src/diff';
import { buildModel } from '../../server/src/engine';
import { sharedDir } from '../helpers/shared';

/**
 * Properties of the semantic diff over real flows: the project's examples always, and the real exports of
 * ../shared/corpus when it is there (CONNECT_FLOW_SHARED points elsewhere, e.g. from a git worktree).
 */

type Json = Record<string, any>;
const ROOT = path.resolve(__dirname, '../..');
const shared = sharedDir() ?? (process.env.CONNECT_FLOW_SHARED && fs.existsSync(path.join(process.env.CONNECT_FLOW_SHARED, 'corpus')) ? process.env.CONNECT_FLOW_SHARED : undefined);

function flowFiles(): string[] {
  const dirs = [path.join(ROOT, 'examples')];
  if (shared) dirs.push(path.join(shared, 'corpus/real-flows'), path.join(shared, 'corpus/real-flows-2'));
  const files = dirs.flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith('.json')).map((f) => path.join(d, f)) : []));
  return files.filter((f) => {
    const text = fs.readFileSync(f, 'utf8');
    const model = buildModel(text);
    return model.kind === 'flow' && model.syntaxErrors.length === 0 && model.actions.length > 0;
  });
}

const files = flowFiles();
const texts = new Map(files.map((f) => [f, fs.readFileSync(f, 'utf8')]));
const label = (f: string) => path.relative(ROOT, f);

/** Reorders every object's keys (a permutation drawn from `order`), recursively. */
function shuffleKeys(value: unknown, rand: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, rand));
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [keys[i], keys[j]] = [keys[j], keys[i]];
    }
    const out: Json = {};
    for (const k of keys) out[k] = shuffleKeys((value as Json)[k], rand);
    return out;
  }
  return value;
}

function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

const fileArb = fc.constantFrom(...files);

describe('semantic diff properties', () => {
  it(`has flows to work on (${files.length}; corpus ${shared ? 'included' : 'ABSENT: examples only'})`, () => {
    expect(files.length).toBeGreaterThanOrEqual(shared ? 200 : 3);
  });

  it.runIf(!shared).skip('SKIPPED for the real-flow corpus: ../shared/corpus is absent (examples only)', () => {});

  it.each(files.map(label))('diff(a, a) is empty: %s', (file) => {
    const text = texts.get(path.join(ROOT, file))!;
    const d = diffFlows(text, text);
    expect(d.changes).toEqual([]);
    expect(d.behaviourChanged).toBe(false);
    expect(d.diagnostics).toEqual({ introduced: [], fixed: [] });
    expect(d.designer.count).toBe(0);
  });

  it('moving every block, reordering keys and actions, re-indenting: no change in behaviour', () => {
    fc.assert(
      fc.property(fileArb, fc.integer(), fc.integer({ min: -500, max: 500 }), fc.constantFrom(0, 2, 4), (file, seed, dx, indent) => {
        const text = texts.get(file)!;
        const flow = JSON.parse(text) as Json;
        const rand = seeded(seed);
        const meta = flow.Metadata?.ActionMetadata;
        if (meta && typeof meta === 'object') {
          for (const m of Object.values(meta) as Json[]) if (m && typeof m.position === 'object' && m.position) m.position = { x: (Number(m.position.x) || 0) + dx, y: Math.floor(rand() * 1000) };
        }
        if (Array.isArray(flow.Actions)) flow.Actions.sort(() => rand() - 0.5);
        const moved = JSON.stringify(shuffleKeys(flow, rand), null, indent);
        const d = diffFlows(text, moved);
        expect(d.changes, label(file)).toEqual([]);
        expect(d.behaviourChanged).toBe(false);
        expect(d.diagnostics, label(file)).toEqual({ introduced: [], fixed: [] });
      }),
      { numRuns: 150 },
    );
  });

  it('a random edit on a real flow is named exactly', () => {
    fc.assert(
      fc.property(fileArb, fc.nat(), fc.nat(), fc.constantFrom('param-changed', 'param-added', 'param-removed', 'type-changed', 'rewire'), fc.string({ minLength: 1, maxLength: 8 }), (file, pick, pick2, edit, word) => {
        const text = texts.get(file)!;
        const flow = JSON.parse(text) as Json;
        const ids = (flow.Actions as Json[]).map((a) => a?.Identifier);
        const unique = (flow.Actions as Json[]).filter((a) => a && typeof a === 'object' && typeof a.Identifier === 'string' && ids.indexOf(a.Identifier) === ids.lastIndexOf(a.Identifier));
        fc.pre(unique.length > 1);
        const action = unique[pick % unique.length];
        const id = action.Identifier as string;
        const params = action.Parameters;
        let expected: Partial<Change>;
        if (edit === 'type-changed') {
          const old = action.Type;
          action.Type = `${old}X`;
          expected = { kind: 'type-changed', id, old, new: `${old}X` } as Partial<Change>;
        } else if (edit === 'rewire') {
          const t = action.Transitions;
          const slots: { get: () => unknown; set: (v: string) => void; branch: Json }[] = [];
          if (t && typeof t.NextAction === 'string') slots.push({ get: () => t.NextAction, set: (v) => (t.NextAction = v), branch: { via: 'next' } });
          const errorTypes = (t?.Errors ?? []).map((e: Json) => e?.ErrorType);
          for (const e of Array.isArray(t?.Errors) ? t.Errors : [])
            if (e && typeof e.NextAction === 'string' && typeof e.ErrorType === 'string' && errorTypes.indexOf(e.ErrorType) === errorTypes.lastIndexOf(e.ErrorType))
              slots.push({ get: () => e.NextAction, set: (v) => (e.NextAction = v), branch: { via: 'error', errorType: e.ErrorType } });
          fc.pre(slots.length > 0);
          const slot = slots[pick2 % slots.length];
          const from = slot.get() as string;
          const to = unique.map((a) => a.Identifier as string).find((x, i, all) => x !== from && i >= pick2 % all.length) ?? unique.map((a) => a.Identifier as string).find((x) => x !== from)!;
          slot.set(to);
          expected = { kind: 'transition-changed', id, branch: slot.branch as never, old: expect.objectContaining({ id: from }), new: expect.objectContaining({ id: to }) } as Partial<Change>;
        } else {
          fc.pre(params !== null && typeof params === 'object' && !Array.isArray(params));
          const keys = Object.keys(params).filter((k) => typeof params[k] === 'string');
          if (edit === 'param-added') {
            const name = `Added${word.replace(/\W/g, '')}`;
            fc.pre(!(name in params));
            params[name] = word;
            expected = { kind: 'parameter-added', id, parameter: name, new: word } as Partial<Change>;
          } else {
            fc.pre(keys.length > 0);
            const name = keys[pick2 % keys.length];
            const old = params[name];
            if (edit === 'param-removed') {
              delete params[name];
              expected = { kind: 'parameter-removed', id, parameter: name, old } as Partial<Change>;
            } else {
              params[name] = `${old}${word}`;
              expected = { kind: 'parameter-changed', id, parameter: name, old, new: `${old}${word}` } as Partial<Change>;
            }
          }
        }
        const d = diffFlows(text, JSON.stringify(flow, null, 2));
        const named = d.changes.filter((c) => c.kind !== 'became-reachable' && c.kind !== 'became-unreachable');
        expect(named, label(file)).toEqual([expect.objectContaining(expected)]);
        expect(d.behaviourChanged).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever the two sides hold', () => {
    const actionish = fc.record({ Identifier: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.anything()), Type: fc.oneof(fc.string(), fc.anything()), Parameters: fc.anything(), Transitions: fc.oneof(fc.anything(), fc.record({ NextAction: fc.constantFrom('a', 'b', 'c', ''), Errors: fc.anything(), Conditions: fc.array(fc.record({ NextAction: fc.anything(), Condition: fc.anything() })) })) }, { requiredKeys: [] });
    const flowish = fc.record({ Version: fc.constant('2019-10-30'), StartAction: fc.oneof(fc.constantFrom('a', 'b'), fc.anything()), Metadata: fc.anything(), Actions: fc.oneof(fc.array(fc.oneof(actionish, fc.anything()), { maxLength: 6 }), fc.anything()) }, { requiredKeys: [] });
    const side = fc.oneof(fc.constant(undefined), fc.string(), fc.json(), flowish.map((f) => JSON.stringify(f)));
    fc.assert(
      fc.property(side, side, (a, b) => {
        const d = diffFlows(a, b);
        expect(typeof d.behaviourChanged).toBe('boolean');
        expect(d.behaviourChanged).toBe(d.changes.length > 0);
      }),
      { numRuns: 500 },
    );
  });
});
