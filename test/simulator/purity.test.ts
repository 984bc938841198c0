import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';

/** The simulator is pure and sits on the engine: no file system, no editor, the engine entered through its index. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('simulator purity', () => {
  const root = path.resolve(__dirname, '../../server/src/simulator');
  const files = sources(root);
  it('imports no Node, editor or connection module, and the engine only through its index', () => {
    const offenders: string[] = [];
    for (const f of files) {
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/from '([^']+)'/g)) {
        const spec = m[1];
        const target = path.relative(root, path.resolve(path.dirname(f), spec)).replace(/\\/g, '/');
        const ok = spec.startsWith('.') && (!target.startsWith('..') || target === '../engine');
        if (!ok) offenders.push(`${path.relative(root, f)}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
