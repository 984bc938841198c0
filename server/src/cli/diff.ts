import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { buildModel, type FlowModel } from '../engine';
import { diffModels, flowOutline, renderJson, renderMarkdown, renderText, type DiffOptions, type FileDiff } from '../diff';

/**
 * `connect-flow-lint diff`: the semantic diff of two flow files, of the flows changed between git revisions, or a
 * flow's outline for a git textconv driver. Also runs as git's external diff command (seven arguments).
 */

export interface DiffIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  cwd: string;
}

const FORMATS = ['text', 'markdown', 'json'] as const;
type DiffFormat = (typeof FORMATS)[number];

export const DIFF_HELP = `Usage: connect-flow-lint diff <old> <new> [options]
       connect-flow-lint diff --git [<rev>[..<rev>]] [--] [<path>...]
       connect-flow-lint diff --textconv <file>

Shows what a change does to a flow: actions added, removed, renamed and changed (parameters
with old and new values, rewired transitions, conditions added or removed), the start action,
the flow type, actions that became unreachable or reachable, and the diagnostics introduced or
fixed. Designer-only changes (block positions, metadata, key order, whitespace) are counted in
one line. Actions are matched by Identifier; an Identifier changed with nothing else is a rename.

  <old> <new>            Two flow files (/dev/null for a side that does not exist)
  --git [<rev>]          The flows changed between <rev> (default HEAD) and the working tree
  --git <a>..<b>         ... between two revisions; <a>...<b> from their merge base (pull requests)
                         Renamed files are followed; JSON files that are flows on either side count.
  --textconv <file>      Print the flow as a stable outline without designer data, for
                         git config diff.connectflow.textconv (see docs/diff.md)

Options:
  -f, --format <name>    text (default; coloured on a terminal), markdown (a pull-request comment
                         with a table and a Mermaid graph of the changed blocks) or json
  --flow-type <type>     Flow type for files whose Metadata has none
  --no-diagnostics       Do not run the checker on both sides
  --title <text>         Markdown only: the heading (default "Flow changes")
  -o, --output <file>    Write to a file instead of standard output
  --color, --no-color    Force or suppress colours
  -h, --help             Print this help

Exit codes: 0 no change in behaviour, 1 a change in behaviour, 2 usage error, unreadable file,
not a flow, or a git error.
`;

interface DiffArgs {
  format: DiffFormat;
  git: boolean;
  textconv: boolean;
  flowType: string | undefined;
  diagnostics: boolean;
  title: string | undefined;
  output: string | undefined;
  color: boolean | undefined;
  positional: string[];
  /** Positionals after `--` (git mode: paths). */
  paths: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): DiffArgs | 'help' {
  const args: DiffArgs = { format: 'text', git: false, textconv: false, flowType: undefined, diagnostics: true, title: undefined, output: undefined, color: undefined, positional: [], paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      args.paths.push(...argv.slice(i + 1));
      break;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = () => {
      const v = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value.`);
      return v;
    };
    if (flag === '-h' || flag === '--help') return 'help';
    else if (flag === '-f' || flag === '--format') {
      const v = value();
      if (!FORMATS.includes(v as DiffFormat)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${v}".`);
      args.format = v as DiffFormat;
    } else if (flag === '--git') args.git = true;
    else if (flag === '--textconv') args.textconv = true;
    else if (flag === '--flow-type') args.flowType = value();
    else if (flag === '--no-diagnostics') args.diagnostics = false;
    else if (flag === '--title') args.title = value();
    else if (flag === '-o' || flag === '--output') args.output = value();
    else if (flag === '--color') args.color = true;
    else if (flag === '--no-color') args.color = false;
    else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option "${flag}". Run connect-flow-lint diff --help for the options.`);
    else args.positional.push(arg);
  }
  return args;
}

const defaultIo = (): DiffIo => ({ stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });

/** Thrown for anything that makes the run exit 2. */
class Trouble extends Error {}

export function runDiff(argv: string[], tool: { name: string; version: string }, io: DiffIo = defaultIo()): number {
  const fail = (message: string) => {
    io.stderr.write(`connect-flow-lint diff: ${message}\n`);
    return 2;
  };
  let args: DiffArgs | 'help';
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message);
    throw error;
  }
  if (args === 'help') {
    io.stdout.write(DIFF_HELP);
    return 0;
  }
  const options: DiffOptions = { flowType: args.flowType, diagnostics: args.diagnostics, graph: args.format === 'markdown' };
  let files: FileDiff[];
  let external = false;
  try {
    if (args.textconv) {
      if (args.positional.length !== 1 || args.git) return fail('--textconv takes one file.');
      io.stdout.write(flowOutline(readFile(io.cwd, args.positional[0]) ?? '', { flowType: args.flowType }));
      return 0;
    }
    if (args.git) files = gitDiff(io.cwd, [...args.positional], args.paths, options);
    else if (isGitExternal(args.positional)) {
      // git's diff.<driver>.command: path old-file old-hex old-mode new-file new-hex new-mode [new-path similarity].
      external = true;
      const [name, oldFile, , , newFile, , , newName] = args.positional;
      const oldText = readFile(io.cwd, oldFile);
      const newText = readFile(io.cwd, newFile);
      const oldModel = flowModel(oldText, options);
      const newModel = flowModel(newText, options);
      if (!oldModel && !newModel) {
        io.stdout.write(`${newName ?? name}: not a flow on either side; no semantic diff.\n`);
        return 0;
      }
      const status: FileDiff['status'] = !oldModel ? 'added' : !newModel ? 'deleted' : newName && newName !== name ? 'renamed' : 'modified';
      files = [{ oldPath: oldModel ? name : undefined, newPath: newModel ? (newName ?? name) : undefined, status, diff: diffModels(oldModel, newModel, options) }];
    } else {
      if (args.positional.length !== 2) return fail(args.positional.length < 2 ? 'name the old and the new flow file, or use --git.' : 'compares two files; use --git for more.');
      const [a, b] = args.positional;
      const oldText = readFile(io.cwd, a);
      const newText = readFile(io.cwd, b);
      if (oldText === undefined && newText === undefined) return fail('both sides are /dev/null.');
      files = [fileDiff(a, oldText, b, newText, options)];
    }
  } catch (error) {
    if (error instanceof Trouble) return fail(error.message);
    throw error;
  }
  const color = args.color ?? (!args.output && !!io.stdout.isTTY && !process.env.NO_COLOR);
  const text = args.format === 'json' ? renderJson(files, tool) : args.format === 'markdown' ? renderMarkdown(files, { title: args.title }) : renderText(files, { color });
  if (args.output) {
    try {
      const target = path.resolve(io.cwd, args.output);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text, 'utf8');
    } catch (error) {
      return fail(`cannot write ${args.output}: ${(error as Error).message}`);
    }
  } else io.stdout.write(text);
  // git stops with "external diff died" on any other exit code.
  if (external) return 0;
  return files.some((f) => f.diff.behaviourChanged) ? 1 : 0;
}

/** The file's text; undefined for /dev/null (a side that does not exist). */
function readFile(cwd: string, file: string): string | undefined {
  if (file === '/dev/null' || file === 'NUL') return undefined;
  try {
    return fs.readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new Trouble(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

function isGitExternal(positional: string[]): boolean {
  return (positional.length === 7 || positional.length === 9) && /^[0-9a-f]{7,64}$|^\.$/.test(positional[2]) && /^[0-7]{6}$|^\.$/.test(positional[3]);
}

/** Two named files: each side must be a flow (or /dev/null). */
function fileDiff(oldPath: string, oldText: string | undefined, newPath: string, newText: string | undefined, options: DiffOptions): FileDiff {
  const oldModel = oldText === undefined ? undefined : buildModel(oldText, options);
  const newModel = newText === undefined ? undefined : buildModel(newText, options);
  for (const [model, file] of [[oldModel, oldPath], [newModel, newPath]] as const) {
    if (model && model.kind !== 'flow') throw new Trouble(`${file} is not a flow (no Actions and StartAction${model.kind === 'legacy' ? '; it is the pre-2019 designer format' : ''}).`);
  }
  const status: FileDiff['status'] = !oldModel ? 'added' : !newModel ? 'deleted' : 'modified';
  return { oldPath: oldModel ? oldPath : undefined, newPath: newModel ? newPath : undefined, status, diff: diffModels(oldModel, newModel, options) };
}

/** The model of a text that holds a flow; undefined for no text or text that is not a flow. */
function flowModel(text: string | undefined, options: DiffOptions): FlowModel | undefined {
  if (text === undefined) return undefined;
  const model = buildModel(text, options);
  return model.kind === 'flow' ? model : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// git mode

function git(cwd: string, args: string[], input?: string): Buffer {
  const result = spawnSync('git', args, { cwd, input, maxBuffer: 1 << 30 });
  if (result.error) throw new Trouble(`cannot run git: ${result.error.message}`);
  if (result.status !== 0) throw new Trouble(`git ${args[0]} failed: ${result.stderr.toString('utf8').trim() || `exit code ${result.status}`}`);
  return result.stdout;
}

function isRevision(cwd: string, text: string): boolean {
  if (text.includes('..')) return true;
  return spawnSync('git', ['rev-parse', '--verify', '--quiet', `${text}^{commit}`], { cwd }).status === 0;
}

interface Change {
  status: string;
  oldPath: string | undefined;
  newPath: string | undefined;
}

function gitDiff(cwd: string, positional: string[], afterDash: string[], options: DiffOptions): FileDiff[] {
  const root = git(cwd, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
  let oldRev = 'HEAD';
  let newRev: string | undefined; // undefined: the working tree
  if (positional.length > 0 && isRevision(cwd, positional[0])) {
    const spec = positional.shift()!;
    const three = spec.indexOf('...');
    const two = spec.indexOf('..');
    if (three >= 0) {
      const a = spec.slice(0, three) || 'HEAD';
      newRev = spec.slice(three + 3) || 'HEAD';
      oldRev = git(cwd, ['merge-base', a, newRev]).toString('utf8').trim();
    } else if (two >= 0) {
      oldRev = spec.slice(0, two) || 'HEAD';
      newRev = spec.slice(two + 2) || 'HEAD';
    } else oldRev = spec;
  }
  const pathspecs = [...positional, ...afterDash];
  const listed = git(cwd, ['diff', '--no-ext-diff', '--no-textconv', '--name-status', '-z', '-M', oldRev, ...(newRev ? [newRev] : []), '--', ...pathspecs]);
  const changes = parseNameStatus(listed.toString('utf8')).filter((c) => /\.json$/i.test(c.newPath ?? c.oldPath ?? ''));
  const requests: string[] = [];
  for (const c of changes) {
    if (c.oldPath) requests.push(`${oldRev}:${c.oldPath}`);
    if (c.newPath && newRev) requests.push(`${newRev}:${c.newPath}`);
  }
  const blobs = catFiles(root, requests);
  const files: FileDiff[] = [];
  for (const c of changes) {
    const oldText = c.oldPath ? blobs.get(`${oldRev}:${c.oldPath}`) : undefined;
    let newText: string | undefined;
    if (c.newPath) {
      if (newRev) newText = blobs.get(`${newRev}:${c.newPath}`);
      else {
        try {
          newText = fs.readFileSync(path.join(root, c.newPath), 'utf8');
        } catch {
          newText = undefined;
        }
      }
    }
    const oldModel = flowModel(oldText, options);
    const newModel = flowModel(newText, options);
    if (!oldModel && !newModel) continue;
    const status: FileDiff['status'] = !oldModel ? 'added' : !newModel ? 'deleted' : c.status.startsWith('R') ? 'renamed' : 'modified';
    files.push({ oldPath: oldModel ? c.oldPath : undefined, newPath: newModel ? c.newPath : undefined, status, diff: diffModels(oldModel, newModel, options) });
  }
  return files;
}

function parseNameStatus(text: string): Change[] {
  const parts = text.split('\0');
  const out: Change[] = [];
  for (let i = 0; i < parts.length && parts[i]; ) {
    const status = parts[i++];
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = parts[i++];
      const to = parts[i++];
      out.push(status.startsWith('R') ? { status, oldPath: from, newPath: to } : { status: 'A', oldPath: undefined, newPath: to });
    } else {
      const file = parts[i++];
      out.push({ status, oldPath: status === 'A' ? undefined : file, newPath: status === 'D' ? undefined : file });
    }
  }
  return out;
}

/** Reads many `rev:path` blobs through one `git cat-file --batch` (what `git show rev:path` prints, for each). */
function catFiles(root: string, requests: string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (requests.length === 0) return out;
  // Paths are relative to the top level; `rev:./path` would make them relative to the current folder.
  const buffer = git(root, ['cat-file', '--batch'], requests.join('\n') + '\n');
  let at = 0;
  for (const request of requests) {
    const eol = buffer.indexOf(10, at);
    if (eol < 0) break;
    const header = buffer.toString('utf8', at, eol);
    at = eol + 1;
    const m = /^\S+ (\w+) (\d+)$/.exec(header);
    if (!m) continue; // "<request> missing"
    const size = Number(m[2]);
    if (m[1] === 'blob') out.set(request, buffer.toString('utf8', at, at + size));
    at += size + 1;
  }
  return out;
}
