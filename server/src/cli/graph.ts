import * as fs from 'fs';
import * as path from 'path';
import { buildModel } from '../engine';
import { buildGraph, layoutGraph, renderDot, renderMermaid, renderSvg, type LayoutMode } from '../graph';
import { terminalSafe } from './format/terminal';

/** `connect-flow-lint graph FILE [--format mermaid|svg|dot] [--layout auto|designer] [-o OUT]`: the flow as a diagram. */

export interface GraphIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
}

const FORMATS = ['mermaid', 'svg', 'dot'] as const;
type GraphFormat = (typeof FORMATS)[number];
const LAYOUTS: readonly LayoutMode[] = ['auto', 'designer'];
const EXTENSIONS: Record<string, GraphFormat> = { '.mmd': 'mermaid', '.mermaid': 'mermaid', '.md': 'mermaid', '.svg': 'svg', '.dot': 'dot', '.gv': 'dot' };

export const GRAPH_HELP = `Usage: connect-flow-lint graph <file> [options]

Draws a flow as a diagram: one box per action, one arrow per transition (conditions and
error branches labelled), the start marked, unreachable actions and arrows to missing
actions shown as such.

Options:
  -f, --format <name>    mermaid (default; GitHub renders it in pull requests and README
                         files inside a \`\`\`mermaid block), svg (the editor preview's picture)
                         or dot (Graphviz)
  --layout <mode>        svg only: designer (the console's block positions, the default when
                         the file has them) or auto (a layered layout)
  -o, --output <file>    Write to a file instead of standard output; the format follows
                         its extension (.mmd, .md, .svg, .dot) unless --format is given
  -h, --help             Print this help

Exit codes: 0 diagram written, 2 usage error, unreadable file or not a flow.
`;

/** Larger files are not drawn: three bytes per character of the largest file the checker reads by default. */
export const MAX_GRAPH_BYTES = 15_000_000;

/**
 * Reads a flow file to draw, refusing what is not a regular file (a FIFO would block forever, /dev/zero never ends)
 * and anything larger than MAX_GRAPH_BYTES; reads from one open file, so what was looked at is what is read.
 */
function readFlowFile(file: string): string {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new Error('it is not a regular file');
    if (stat.size > MAX_GRAPH_BYTES) throw new Error(`it has ${stat.size} bytes, more than the limit of ${MAX_GRAPH_BYTES}`);
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < buffer.length) {
      const n = fs.readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

const defaultIo = (): GraphIo => ({ stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });

export function runGraph(argv: string[], io: GraphIo = defaultIo()): number {
  const fail = (message: string) => {
    io.stderr.write(`connect-flow-lint graph: ${terminalSafe(message)}\n`);
    return 2;
  };
  let format: GraphFormat | undefined;
  let layout: LayoutMode | undefined;
  let output: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '-h' || flag === '--help') {
      io.stdout.write(GRAPH_HELP);
      return 0;
    } else if (flag === '-f' || flag === '--format') {
      const v = value();
      if (!FORMATS.includes(v as GraphFormat)) return fail(`--format must be one of ${FORMATS.join(', ')}${v === undefined ? '' : `, not "${v}"`}.`);
      format = v as GraphFormat;
    } else if (flag === '--layout') {
      const v = value();
      if (!LAYOUTS.includes(v as LayoutMode)) return fail(`--layout must be auto or designer${v === undefined ? '' : `, not "${v}"`}.`);
      layout = v as LayoutMode;
    } else if (flag === '-o' || flag === '--output') {
      output = value();
      if (output === undefined) return fail('--output needs a file name.');
    } else if (flag.startsWith('-') && flag !== '-') {
      return fail(`unknown option "${flag}". Run connect-flow-lint graph --help for the options.`);
    } else files.push(arg);
  }
  if (files.length !== 1) return fail(files.length === 0 ? 'name the flow file to draw.' : 'draws one file at a time.');
  format ??= (output && EXTENSIONS[path.extname(output).toLowerCase()]) || 'mermaid';

  let text: string;
  try {
    text = readFlowFile(path.resolve(io.cwd, files[0]));
  } catch (error) {
    return fail(`cannot read ${files[0]}: ${(error as Error).message}`);
  }
  const model = buildModel(text);
  if (model.kind !== 'flow') return fail(`${files[0]} is not a flow (no Actions and StartAction).`);
  const graph = buildGraph(model);
  let rendered =
    format === 'mermaid' ? renderMermaid(graph) : format === 'dot' ? renderDot(graph) : `${renderSvg(layoutGraph(graph, { mode: layout }), { standalone: true })}\n`;
  // Markdown files get the fenced block GitHub renders.
  if (format === 'mermaid' && output && path.extname(output).toLowerCase() === '.md') rendered = `\`\`\`mermaid\n${rendered}\`\`\`\n`;

  if (!output) {
    io.stdout.write(rendered);
    return 0;
  }
  try {
    const target = path.resolve(io.cwd, output);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, rendered, 'utf8');
  } catch (error) {
    return fail(`cannot write ${output}: ${(error as Error).message}`);
  }
  return 0;
}
