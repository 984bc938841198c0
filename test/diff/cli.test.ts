import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { assertBuilt, ROOT, runCli } from '../cli/run';
import { parseMermaid } from '../graph/parsers';

/** `connect-flow-lint diff` through the built command (dist/cli.js), on copies of the project's example flows. */

type Json = Record<string, any>;
const EXAMPLE = path.join(ROOT, 'examples/callback-queue.flow.json');
const GET_INPUT = '5b0e6a4c-1f7e-4d5b-9a63-0c2d8e1f4a10';
const CALLBACK_NUMBER = 'c2f4b8d1-7a3e-4e62-8f15-9d0b6c3a2e71';
const CREATE_CALLBACK = 'e8a1d3f6-2b5c-4c97-a04e-6f7b9c1d2e83';

let dir: string;
const example = (): Json => JSON.parse(fs.readFileSync(EXAMPLE, 'utf8'));
const write = (name: string, flow: unknown) => {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  fs.writeFileSync(path.join(dir, name), typeof flow === 'string' ? flow : JSON.stringify(flow, null, 2));
};

/** The example with one parameter changed and its first action rewired past the second. */
function edited(): Json {
  const f = example();
  f.Actions[2].Parameters.RetryDelaySeconds = '300';
  f.Actions[0].Transitions.NextAction = CREATE_CALLBACK;
  return f;
}

function moved(): Json {
  const f = example();
  for (const meta of Object.values(f.Metadata.ActionMetadata) as Json[]) meta.position.y += 200;
  f.Actions.reverse();
  return f;
}

beforeAll(() => {
  assertBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cfl-diff-'));
  write('old.json', example());
  write('new.json', edited());
  write('moved.json', moved());
  write('package.json', { name: 'x' });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('connect-flow-lint diff <old> <new>', () => {
  it('text: a summary line, the changes per action, exit 1', () => {
    const r = runCli(['diff', 'old.json', 'new.json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'old.json → new.json: 2 actions changed, 1 now unreachable',
        `  ~ GetParticipantInput "Enter the number we should call you bac…"  ${GET_INPUT}`,
        '      ~ NextAction: UpdateContactCallbackNumber "$.StoredCustomerInput" → CreateCallbackContact e8a1d3f6',
        `  ~ CreateCallbackContact e8a1d3f6  ${CREATE_CALLBACK}`,
        '      ~ RetryDelaySeconds: "600" → "300"',
        `  ~ UpdateContactCallbackNumber "$.StoredCustomerInput"  ${CALLBACK_NUMBER}`,
        '      ! now unreachable',
        '  1 diagnostic introduced, 0 fixed:',
        `      + warning unreachable-action (line 74): UpdateContactCallbackNumber "${CALLBACK_NUMBER}" can never run: no path from \`StartAction\` leads to it. Connect it or remove it.`,
        '',
      ].join('\n'),
    );
  });

  it('moving blocks and reordering actions: no change in behaviour, exit 0', () => {
    const r = runCli(['diff', 'old.json', 'moved.json'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('old.json → moved.json: no change in behaviour\n  designer-only changes: 5 (4 blocks moved or relabelled, actions reordered)\n');
    expect(runCli(['diff', 'old.json', 'old.json'], dir).stdout).toBe('old.json: no change in behaviour\n');
  });

  it('colours only when asked (or on a terminal)', () => {
    expect(runCli(['diff', 'old.json', 'new.json', '--color'], dir).stdout).toContain('\u001b[33m~\u001b[0m NextAction');
    expect(runCli(['diff', 'old.json', 'new.json'], dir).stdout).not.toContain('\u001b[');
  });

  it('json: the documented schema, every record with the Identifier, parameters with both values', () => {
    const r = runCli(['diff', 'old.json', 'new.json', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.schema).toBe('connect-flow-diff/1');
    expect(report.tool.name).toBe('connect-flow-lint');
    expect(report.behaviourChanged).toBe(true);
    expect(report.files).toHaveLength(1);
    const file = report.files[0];
    expect([file.old, file.new, file.status]).toEqual(['old.json', 'new.json', 'modified']);
    expect(file.changes).toEqual([
      { kind: 'transition-changed', id: GET_INPUT, name: 'GetParticipantInput "Enter the number we should call you bac…"', actionType: 'GetParticipantInput', branch: { via: 'next' }, old: { id: CALLBACK_NUMBER, name: 'UpdateContactCallbackNumber "$.StoredCustomerInput"' }, new: { id: CREATE_CALLBACK, name: 'CreateCallbackContact e8a1d3f6' } },
      { kind: 'parameter-changed', id: CREATE_CALLBACK, name: 'CreateCallbackContact e8a1d3f6', actionType: 'CreateCallbackContact', parameter: 'RetryDelaySeconds', path: ['RetryDelaySeconds'], old: '600', new: '300' },
      { kind: 'became-unreachable', id: CALLBACK_NUMBER, name: 'UpdateContactCallbackNumber "$.StoredCustomerInput"', actionType: 'UpdateContactCallbackNumber' },
    ]);
    expect(file.diagnostics.introduced).toEqual([{ code: 'unreachable-action', severity: 'warning', message: expect.stringContaining('can never run'), id: CALLBACK_NUMBER, line: 74 }]);
    expect(file.summary).toEqual({ added: 0, removed: 0, renamed: 0, changed: 2 });
    expect(file.designer).toEqual({ count: 0, actionMetadata: 0, flowMetadata: 0, reordered: false, formatting: false });
    expect(file.graph).toBeUndefined();
  });

  it('markdown: summary, table, and a Mermaid graph that mermaid parses, with the changed blocks styled', async () => {
    const r = runCli(['diff', 'old.json', 'new.json', '-f', 'markdown', '--title', 'Flow review'], dir);
    expect(r.code).toBe(1);
    const md = r.stdout;
    expect(md.startsWith('### Flow review\n\n1 flow of 1 changed in behaviour.\n')).toBe(true);
    expect(md).toContain('**2 actions changed, 1 now unreachable**');
    expect(md).toContain('| | Action | Change |\n|---|---|---|\n');
    expect(md).toContain(`| ✏️ | CreateCallbackContact e8a1d3f6<br><sub>${CREATE_CALLBACK}</sub> | ~ RetryDelaySeconds: "600" → "300" |`);
    const block = /```mermaid\n([\s\S]*?)```/.exec(md);
    expect(block).not.toBeNull();
    const graph = await parseMermaid(block![1]);
    expect(graph.type).toBe('flowchart-v2');
    const byText = new Map(graph.vertices.map((v) => [v.text, v.id]));
    const getInput = byText.get('GetParticipantInput "Enter the number w…<br>(changed)');
    const create = byText.get('CreateCallbackContact e8a1d3f6<br>(changed)');
    const callbackNumber = byText.get('UpdateContactCallbackNumber "$.StoredCu…<br>(changed)');
    expect([getInput, create, callbackNumber].every(Boolean)).toBe(true);
    // The new arrow is thick, the old one dotted.
    expect(graph.edges.filter((e) => e.start === getInput && e.end === create).map((e) => e.stroke)).toEqual(['thick']);
    expect(graph.edges.filter((e) => e.start === getInput && e.end === callbackNumber).map((e) => e.stroke)).toEqual(['dotted']);
    expect(block![1]).toContain(`class ${[getInput, create, callbackNumber].sort().join(',')} changed`);
  });

  it('/dev/null stands for a flow that does not exist', () => {
    const r = runCli(['diff', '/dev/null', 'old.json', '-f', 'json'], dir);
    expect(r.code).toBe(1);
    const file = JSON.parse(r.stdout).files[0];
    expect([file.old, file.new, file.status, file.summary.added]).toEqual([null, 'old.json', 'added', 4]);
  });

  it('writes to a file with -o', () => {
    expect(runCli(['diff', 'old.json', 'new.json', '-f', 'markdown', '-o', 'out/review.md'], dir).code).toBe(1);
    expect(fs.readFileSync(path.join(dir, 'out/review.md'), 'utf8')).toContain('```mermaid\nflowchart LR\n');
  });

  it.each([
    [['diff', 'old.json'], 'connect-flow-lint diff: name the old and the new flow file, or use --git.\n'],
    [['diff', 'old.json', 'missing.json'], 'connect-flow-lint diff: cannot read missing.json: no such file\n'],
    [['diff', 'old.json', 'package.json'], 'connect-flow-lint diff: package.json is not a flow (no Actions and StartAction).\n'],
    [['diff', 'old.json', 'new.json', '--format', 'html'], 'connect-flow-lint diff: --format must be one of text, markdown, json, not "html".\n'],
    [['diff', 'old.json', 'new.json', '--frobnicate'], 'connect-flow-lint diff: unknown option "--frobnicate". Run connect-flow-lint diff --help for the options.\n'],
  ])('exit 2 on bad input: %j', (args, message) => {
    const r = runCli(args, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(message);
    expect(r.stdout).toBe('');
  });

  it('--help prints the usage, exit 0', () => {
    const r = runCli(['diff', '--help'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: connect-flow-lint diff <old> <new> \[options\]/);
  });
});

describe('connect-flow-lint diff --git', () => {
  let repo: string;
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' } });
    if (r.status !== 0) throw new Error(r.stderr);
    return r.stdout;
  };
  const put = (name: string, content: unknown) => {
    fs.mkdirSync(path.dirname(path.join(repo, name)), { recursive: true });
    fs.writeFileSync(path.join(repo, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  };
  const hasGit = spawnSync('git', ['--version']).status === 0;

  beforeAll(() => {
    if (!hasGit) return;
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'cfl-diff-git-'));
    git('init', '-q', '-b', 'main');
    put('flows/main.json', example());
    put('flows/moved.json', example());
    put('flows/gone.json', fs.readFileSync(path.join(ROOT, 'examples/whisper-with-callback.json'), 'utf8'));
    put('config/settings.json', { a: 1 });
    git('add', '.');
    git('commit', '-q', '-m', 'first');
    // Second commit: main renamed and edited, moved only moved, gone deleted, a new flow, a non-flow JSON edited.
    git('mv', 'flows/main.json', 'flows/entry.json');
    put('flows/entry.json', edited());
    put('flows/moved.json', moved());
    git('rm', '-q', 'flows/gone.json');
    put('flows/new.json', fs.readFileSync(path.join(ROOT, 'examples/callback-mistakes.flow.json'), 'utf8'));
    put('config/settings.json', { a: 2 });
    git('add', '.');
    git('commit', '-q', '-m', 'second');
  });
  afterAll(() => {
    if (repo) fs.rmSync(repo, { recursive: true, force: true });
  });

  it.skipIf(!hasGit)('between two revisions: renames followed, added and deleted flows, non-flows skipped', () => {
    const r = runCli(['diff', '--git', 'HEAD~1..HEAD', '--format', 'json'], repo);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout).files as Json[];
    const rows = files.map((f) => [f.old, f.new, f.status, f.behaviourChanged]).sort((a, b) => String(a[1] ?? a[0]).localeCompare(String(b[1] ?? b[0])));
    expect(rows).toEqual([
      ['flows/main.json', 'flows/entry.json', 'renamed', true],
      ['flows/gone.json', null, 'deleted', true],
      ['flows/moved.json', 'flows/moved.json', 'modified', false],
      [null, 'flows/new.json', 'added', true],
    ]);
    expect(files.find((f) => f.new === 'flows/new.json')!.changes.every((c: Json) => c.kind === 'action-added')).toBe(true);
    const entry = files.find((f) => f.new === 'flows/entry.json')!;
    expect(entry.changes.map((c: Json) => [c.kind, c.id])).toEqual([
      ['transition-changed', GET_INPUT],
      ['parameter-changed', CREATE_CALLBACK],
      ['became-unreachable', CALLBACK_NUMBER],
    ]);
  });

  it.skipIf(!hasGit)('paths limit the flows; a designer-only change exits 0', () => {
    const r = runCli(['diff', '--git', 'HEAD~1..HEAD', '--', 'flows/moved.json'], repo);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('flows/moved.json: no change in behaviour\n  designer-only changes: 5 (4 blocks moved or relabelled, actions reordered)\n');
  });

  it.skipIf(!hasGit)('a revision against the working tree, and <a>...<b> from the merge base', () => {
    const flow = example();
    flow.Actions[2].Parameters.InitialCallDelaySeconds = '10';
    put('flows/moved.json', flow);
    try {
      const r = runCli(['diff', '--git', 'HEAD', 'flows'], repo);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe(`flows/moved.json: 1 action changed\n  ~ CreateCallbackContact e8a1d3f6  ${CREATE_CALLBACK}\n      ~ InitialCallDelaySeconds: "5" → "10"\n  designer-only changes: 5 (4 blocks moved or relabelled, actions reordered)\n`);
      expect(runCli(['diff', '--git', 'HEAD...HEAD'], repo).stdout).toBe('No flow changed.\n');
      const base = runCli(['diff', '--git', 'HEAD~1...HEAD', '-f', 'json'], repo);
      expect(JSON.parse(base.stdout).files).toHaveLength(4);
    } finally {
      git('checkout', '-q', '--', 'flows/moved.json');
    }
  });

  it.skipIf(!hasGit)('exit 2 on a bad revision or outside a repository', () => {
    const r = runCli(['diff', '--git', 'nosuch..HEAD'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^connect-flow-lint diff: git diff failed: fatal: bad revision 'nosuch'/);
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'cfl-no-git-'));
    try {
      const o = runCli(['diff', '--git'], outside, { GIT_CEILING_DIRECTORIES: path.dirname(outside) });
      expect(o.code).toBe(2);
      expect(o.stderr).toMatch(/^connect-flow-lint diff: git rev-parse failed: fatal: not a git repository/);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it.skipIf(!hasGit)('as a textconv driver: git diff shows the outline lines that changed, nothing for moved blocks', () => {
    const driver = `"${process.execPath}" "${path.join(ROOT, 'dist/cli.js')}" diff --textconv`;
    put('.gitattributes', 'flows/*.json diff=connectflow\n');
    try {
      const movedOnly = git('-c', `diff.connectflow.textconv=${driver}`, 'diff', 'HEAD~1', 'HEAD', '--', 'flows/moved.json');
      expect(movedOnly).toBe('');
      const edit = git('-c', `diff.connectflow.textconv=${driver}`, 'diff', '-M', 'HEAD~1', 'HEAD', '--', 'flows/main.json', 'flows/entry.json');
      const lines = edit.split('\n').filter((l) => /^[-+][^-+]/.test(l));
      expect(lines).toEqual([
        '-  → NextAction: UpdateContactCallbackNumber "$.StoredCustomerInput" [c2f4b8d1-7a3e-4e62-8f15-9d0b6c3a2e71]',
        '+  → NextAction: CreateCallbackContact e8a1d3f6 [e8a1d3f6-2b5c-4c97-a04e-6f7b9c1d2e83]',
        '-UpdateContactCallbackNumber "$.StoredCustomerInput" [c2f4b8d1-7a3e-4e62-8f15-9d0b6c3a2e71]',
        '+UpdateContactCallbackNumber "$.StoredCustomerInput" [c2f4b8d1-7a3e-4e62-8f15-9d0b6c3a2e71] (unreachable)',
        '-  RetryDelaySeconds: "600"',
        '+  RetryDelaySeconds: "300"',
      ]);
    } finally {
      fs.rmSync(path.join(repo, '.gitattributes'));
    }
  });

  it.skipIf(!hasGit)('as git\'s external diff command: the semantic diff in place of the line diff', () => {
    const driver = `"${process.execPath}" "${path.join(ROOT, 'dist/cli.js')}" diff`;
    put('.gitattributes', 'flows/*.json diff=connectflow\n');
    try {
      const out = git('-c', `diff.connectflow.command=${driver}`, 'diff', '-M', 'HEAD~1', 'HEAD', '--', 'flows/main.json', 'flows/entry.json', 'flows/moved.json');
      expect(out).toBe(
        [
          'flows/main.json → flows/entry.json (renamed): 2 actions changed, 1 now unreachable',
          `  ~ GetParticipantInput "Enter the number we should call you bac…"  ${GET_INPUT}`,
          '      ~ NextAction: UpdateContactCallbackNumber "$.StoredCustomerInput" → CreateCallbackContact e8a1d3f6',
          `  ~ CreateCallbackContact e8a1d3f6  ${CREATE_CALLBACK}`,
          '      ~ RetryDelaySeconds: "600" → "300"',
          `  ~ UpdateContactCallbackNumber "$.StoredCustomerInput"  ${CALLBACK_NUMBER}`,
          '      ! now unreachable',
          '  1 diagnostic introduced, 0 fixed:',
          `      + warning unreachable-action (line 74): UpdateContactCallbackNumber "${CALLBACK_NUMBER}" can never run: no path from \`StartAction\` leads to it. Connect it or remove it.`,
          'flows/moved.json: no change in behaviour',
          '  designer-only changes: 5 (4 blocks moved or relabelled, actions reordered)',
          '',
        ].join('\n'),
      );
    } finally {
      fs.rmSync(path.join(repo, '.gitattributes'));
    }
  });
});
