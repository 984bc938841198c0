import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';

/**
 * Activation cost (issue 20 §6): VS Code activates the extension for every JSON file. What it loads then is
 * dist/client.js; the language client (vscode-languageclient, about 400 KB) is dist/client-lsp.js, loaded only
 * once a flow is open. docs/e2e.md has the measured activation times.
 */
const root = path.resolve(__dirname, '../..');
const read = (file: string) => {
  const full = path.join(root, 'dist', file);
  if (!fs.existsSync(full)) throw new Error(`dist/${file} is missing: run \`npm run build\` first (npm test does it).`);
  return fs.readFileSync(full, 'utf8');
};
// A message only vscode-jsonrpc (under the language client) contains.
const JSONRPC_MARK = 'Header must provide a Content-Length property';

describe('what activation loads', () => {
  it('dist/client.js leaves the language client out; dist/client-lsp.js has it and ships in the .vsix', () => {
    const entry = read('client.js');
    expect(entry.includes(JSONRPC_MARK)).toBe(false);
    expect(entry).toContain('./client-lsp.js');
    expect(read('client-lsp.js')).toContain(JSONRPC_MARK);
    expect(fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8')).toMatch(/^!dist\/client-lsp\.js$/m);
  });
});
