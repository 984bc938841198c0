import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';

/**
 * The diff layer (server/src/diff) is pure and looks down only: no file system, no process, no editor or LSP code,
 * and of the layers below only the engine, through its index. Others enter it through its index.ts.
 */
const ROOT = path.resolve(__dirname, '../..');
const DIFF = path.join(ROOT, 'server/src/diff');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

const importsOf = (file: string) => [...fs.readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)/gm)].map((m) => m[1] ?? m[2]);

describe('diff layer boundaries', () => {
  const files = sources(DIFF);

  it('has its sources', () => {
    expect(files.length).toBeGreaterThan(8);
  });

  it('imports nothing but its own modules and the engine index', () => {
    const offenders: string[] = [];
    for (const file of files) {
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) offenders.push(`${path.relative(ROOT, file)}: ${spec}`);
        else {
          const target = path.resolve(path.dirname(file), spec);
          if (!target.startsWith(DIFF + path.sep) && target !== path.join(ROOT, 'server/src/engine')) offenders.push(`${path.relative(ROOT, file)}: ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('is entered through its index.ts from outside', () => {
    const outside = [...sources(path.join(ROOT, 'server/src')).filter((f) => !f.startsWith(DIFF + path.sep)), ...sources(path.join(ROOT, 'test'))];
    const offenders: string[] = [];
    for (const file of outside) {
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = path.resolve(path.dirname(file), spec);
        if (target.startsWith(DIFF + path.sep) && target !== path.join(DIFF, 'index')) offenders.push(`${path.relative(ROOT, file)}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
