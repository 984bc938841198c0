import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { runGraph } from '../../server/src/cli/graph';
import { xmlProblem } from './parsers';

const ROOT = path.resolve(__dirname, '../..');
const CLI_JS = path.join(ROOT, 'dist/cli.js');

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, cwd: ROOT }, out, err };
}

describe('connect-flow-lint graph', () => {
  it('writes Mermaid to standard output by default', () => {
    const { io: stdio, out, err } = io();
    expect(runGraph(['examples/callback-queue.flow.json'], stdio)).toBe(0);
    expect(err).toEqual([]);
    const text = out.join('');
    expect(text.startsWith('flowchart LR\n')).toBe(true);
    // Colons as Mermaid entity codes (issue 19.12: no label text can form a `%%{init: …}%%` directive); shown as ":".
    expect(text).toContain('a2["CreateCallbackContact<br/>e8a1d3f6<br/>InitialCallDelay#58; 5 s<br/>RetryDelay#58; 600 s<br/>MaximumConnectionAttempts#58; 1"]');
    expect(text).toContain('a0 -.->|"InvalidPhoneNumber"| a3');
  });

  // Through the built command (npm test builds first): `graph` as the first argument selects the subcommand.
  it.skipIf(!fs.existsSync(CLI_JS))('is reached through the built connect-flow-lint (dist/cli.js)', () => {
    const result = spawnSync(process.execPath, [CLI_JS, 'graph', 'examples/callback-queue.flow.json', '--format', 'dot'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^digraph flow \{\n/);
  });

  it('picks the format from the output file and fences Mermaid in Markdown', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cfl-graph-'));
    try {
      const { io: stdio } = io();
      expect(runGraph(['examples/callback-mistakes.flow.json', '-o', path.join(dir, 'out/flow.svg')], stdio)).toBe(0);
      const svg = fs.readFileSync(path.join(dir, 'out/flow.svg'), 'utf8');
      expect(xmlProblem(svg)).toBe(true);
      expect(svg).toContain('data-layout="designer"');
      expect(svg).toContain('<style>');
      expect(runGraph(['examples/callback-mistakes.flow.json', '--layout=auto', '--format=svg', '-o', path.join(dir, 'auto.svg')], stdio)).toBe(0);
      expect(fs.readFileSync(path.join(dir, 'auto.svg'), 'utf8')).toContain('data-layout="auto"');
      expect(runGraph(['examples/callback-mistakes.flow.json', '-o', path.join(dir, 'flow.md')], stdio)).toBe(0);
      const md = fs.readFileSync(path.join(dir, 'flow.md'), 'utf8');
      expect(md.startsWith('```mermaid\nflowchart LR\n')).toBe(true);
      expect(md.endsWith('\n```\n')).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [['package.json'], 'package.json is not a flow (no Actions and StartAction).'],
    [[], 'name the flow file to draw.'],
    [['examples/callback-queue.flow.json', '--format', 'png'], '--format must be one of mermaid, svg, dot, not "png".'],
    [['examples/callback-queue.flow.json', '--layout'], '--layout must be auto or designer.'],
    [['examples/callback-queue.flow.json', '--wat'], 'unknown option "--wat". Run connect-flow-lint graph --help for the options.'],
    [['no/such.json'], 'cannot read no/such.json: '],
  ])('exits 2 with a message for %j', (argv, message) => {
    const { io: stdio, out, err } = io();
    expect(runGraph(argv, stdio)).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('')).toContain(`connect-flow-lint graph: ${message}`);
  });
});
