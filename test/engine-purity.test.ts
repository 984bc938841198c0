import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';

/** The engine is shared by the server, the CLI, tests and benchmarks: it must not import editor or connection code. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('engine purity', () => {
  const files = sources(path.resolve(__dirname, '../server/src/engine'));

  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('no engine module imports vscode, the LSP libraries, or server modules', () => {
    const offenders = files.filter((f) => {
      const text = fs.readFileSync(f, 'utf8');
      return /from ['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*)['"]|require\(['"]vscode/.test(text) || /from ['"]\.\.\/(server|settings|documents|features)['"]/.test(text);
    });
    expect(offenders.map((f) => path.relative(process.cwd(), f))).toEqual([]);
  });
});
