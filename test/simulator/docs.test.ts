import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import { ACTION_SPECS } from '../../server/src/engine';
import { defaultBehaviour } from '../../server/src/simulator';

/** docs/testing.md's table of defaults per action type says what the simulator does. */
describe('docs/testing.md', () => {
  const text = fs.readFileSync(path.resolve(__dirname, '../../docs/testing.md'), 'utf8');
  const rows = new Map([...text.matchAll(/^\| ([A-Za-z]+) \| (continues|branches|ends|needs a mock|input|flow) \| /gm)].map((m) => [m[1], m[2]]));

  it.each(ACTION_SPECS.map((s) => s.type))('lists %s with its default', (type) => {
    expect(rows.get(type)).toBe(defaultBehaviour(type));
  });

  it('lists no action type the catalogue does not have', () => {
    const known = new Set(ACTION_SPECS.map((s) => s.type));
    expect([...rows.keys()].filter((t) => !known.has(t))).toEqual([]);
  });
});
