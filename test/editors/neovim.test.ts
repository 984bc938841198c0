import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../server/src/engine/validate';
import { SERVER_JS } from '../helpers/lspClient';

/**
 * The Neovim set-ups of docs/editors.md, run as written in a headless Neovim (Debian's is 0.7): a flow with mistakes
 * opened as `json` must get the same diagnostics the engine reports. Blocks for a newer Neovim than the one
 * installed are skipped, saying so; without Neovim every block is skipped.
 */
const ROOT = path.resolve(__dirname, '../..');
const DOC = fs.readFileSync(path.join(ROOT, 'docs', 'editors.md'), 'utf8');
const BLOCKS = [...DOC.matchAll(/<!-- neovim: ([\d.]+) -->\n```lua\n([\s\S]*?)```/g)].map((m) => ({ since: m[1], lua: m[2] }));

function installedVersion(): string | undefined {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? /NVIM v(\d+\.\d+(\.\d+)?)/.exec(r.stdout)?.[1] : undefined;
}
const atLeast = (have: string, want: string) => {
  const [a, b] = [have.split('.').map(Number), want.split('.').map(Number)];
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
};
const version = installedVersion();

const HARNESS = `
vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.CF_FILE))
vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local out = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  table.insert(out, code .. '\\t' .. (d.source or '') .. '\\t' .. d.lnum)
end
vim.fn.writefile(out, vim.env.CF_OUT)
vim.cmd('qa!')
`;

describe('Neovim set-ups from docs/editors.md', () => {
  it('docs/editors.md has the three Neovim forms: 0.11+, 0.8 to 0.10, and 0.7', () => {
    expect(BLOCKS.map((b) => b.since)).toEqual(['0.11', '0.8', '0.7']);
    expect(BLOCKS[1].lua).toContain('vim.lsp.start(');
    expect(BLOCKS[2].lua).toContain('vim.lsp.start_client(');
  });

  for (const block of BLOCKS) {
    const skip = !version ? 'Neovim is not installed (apt-get install neovim)' : !atLeast(version, block.since) ? `needs Neovim ${block.since}, this one is ${version}` : undefined;
    it.skipIf(skip !== undefined)(`the Neovim ${block.since} form shows our diagnostics in a .json flow${skip ? ` (skipped: ${skip})` : ''}`, () => {
      if (!fs.existsSync(SERVER_JS)) throw new Error('dist/server.js is missing: run `npm run build` first.');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cf-nvim-'));
      try {
        const text = fs.readFileSync(path.join(ROOT, 'examples', 'callback-mistakes.flow.json'), 'utf8');
        const file = path.join(dir, 'mistakes.json');
        fs.writeFileSync(file, text);
        fs.writeFileSync(path.join(dir, 'init.lua'), block.lua.replace(/\/path\/to\/dist\/server\.js/g, SERVER_JS.replace(/\\/g, '/')));
        fs.writeFileSync(path.join(dir, 'run.lua'), HARNESS);
        const out = path.join(dir, 'out.txt');
        const r = spawnSync('nvim', ['--headless', '-i', 'NONE', '--noplugin', '-u', path.join(dir, 'init.lua'), '-c', `luafile ${path.join(dir, 'run.lua')}`], {
          cwd: dir,
          env: { ...process.env, CF_FILE: file, CF_OUT: out, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_STATE_HOME: dir, XDG_CACHE_HOME: dir },
          encoding: 'utf8',
          timeout: 60_000,
        });
        expect(fs.existsSync(out), `nvim wrote no result (exit ${r.status}): ${r.stderr}`).toBe(true);
        const rows = fs.readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
        const expected = validate(text).map((d) => [d.code, 'connect-flow', String(d.range.start.line)]);
        const key = (r: string[]) => r.join(' ');
        expect(rows.map(key).sort()).toEqual(expected.map(key).sort());
        expect(rows.length).toBeGreaterThan(0);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
