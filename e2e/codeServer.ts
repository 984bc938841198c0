/**
 * Starts and stops a scratch code-server: its own user-data, extensions, XDG and temp directories, nothing written
 * to the home directory, and the whole process tree (extension hosts, language servers) ended on stop.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export interface CodeServerOptions {
  bin: string;
  /** Scratch root: every directory code-server writes to is made under it. */
  scratch: string;
  /** Packaged extensions to install before starting. */
  vsixes: string[];
  /** Folder to open. */
  folder: string;
  /** Extra environment for code-server and its extension hosts. */
  env?: Record<string, string>;
}

export interface CodeServer {
  url: string;
  /** URL of the workbench with `folder` open. */
  workbenchUrl: string;
  pid: number;
  logFile: string;
  userDataDir: string;
  stop(): Promise<void>;
  /** The last lines of code-server's and the extension hosts' logs, for failure messages. */
  logTail(lines?: number): string;
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 300,
  'editor.quickSuggestionsDelay': 10,
  'files.autoSave': 'off',
  'window.restoreWindows': 'none',
  'workbench.editor.enablePreview': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

function scratchEnv(scratch: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    // A VS Code terminal's variables would make code-server talk to that VS Code instead.
    if (/^(VSCODE_|ELECTRON_|NODE_OPTIONS$|NODE_TEST_CONTEXT$|npm_)/.test(k)) continue;
    env[k] = v;
  }
  for (const dir of ['xdg-config', 'xdg-data', 'xdg-cache', 'tmp']) fs.mkdirSync(path.join(scratch, dir), { recursive: true });
  env.XDG_CONFIG_HOME = path.join(scratch, 'xdg-config');
  env.XDG_DATA_HOME = path.join(scratch, 'xdg-data');
  env.XDG_CACHE_HOME = path.join(scratch, 'xdg-cache');
  env.TMPDIR = path.join(scratch, 'tmp');
  return env;
}

function dirs(scratch: string) {
  const userDataDir = path.join(scratch, 'user-data');
  const extensionsDir = path.join(scratch, 'extensions');
  return { userDataDir, extensionsDir, common: ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir] };
}

/** Every descendant of `pid`, read from /proc (children first listed after their parent). */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const c of children.get(p) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // Already gone.
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Processes started here that must not outlive the test process, even when it is interrupted. */
const running = new Set<number>();
let exitHooked = false;
function hookExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  const killAll = () => {
    for (const pid of running) {
      for (const p of [pid, ...descendants(pid)]) signal(p, 'SIGKILL');
      signal(-pid, 'SIGKILL');
    }
  };
  process.on('exit', killAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      killAll();
      process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1));
    });
  }
}

export function installExtensions(options: CodeServerOptions): void {
  const { common, userDataDir } = dirs(options.scratch);
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const args = [...common, ...options.vsixes.flatMap((v) => ['--install-extension', v]), '--force'];
  const r = spawnSync(options.bin, args, { env: scratchEnv(options.scratch), encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) {
    throw new Error(`code-server --install-extension failed (exit ${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  }
  for (const vsix of options.vsixes) {
    if (!r.stdout.includes(`'${path.basename(vsix)}' was successfully installed`)) {
      throw new Error(`code-server did not install ${vsix}:\n${r.stdout}\n${r.stderr}`);
    }
  }
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  hookExit();
  installExtensions(options);
  const { common, userDataDir } = dirs(options.scratch);
  const logFile = path.join(options.scratch, 'code-server.log');
  const log = fs.openSync(logFile, 'w');
  const child = spawn(
    options.bin,
    [
      '--auth', 'none',
      '--bind-addr', '127.0.0.1:0',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--disable-file-downloads',
      ...common,
      options.folder,
    ],
    { env: { ...scratchEnv(options.scratch), ...options.env }, stdio: ['ignore', log, log], detached: true },
  );
  fs.closeSync(log);
  const pid = child.pid;
  if (!pid) throw new Error(`could not start ${options.bin}`);
  running.add(pid);
  let exited: string | undefined;
  child.on('exit', (code, sig) => {
    exited = `exited with ${code ?? sig}`;
  });

  const logTail = (lines = 40): string => {
    const parts: string[] = [];
    const tail = (file: string) => fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    try {
      parts.push(`--- ${logFile}\n${tail(logFile)}`);
      const logsRoot = path.join(userDataDir, 'logs');
      if (fs.existsSync(logsRoot)) {
        for (const session of fs.readdirSync(logsRoot)) {
          for (const sub of fs.readdirSync(path.join(logsRoot, session))) {
            const hostLog = path.join(logsRoot, session, sub, 'remoteexthost.log');
            if (sub.startsWith('exthost') && fs.existsSync(hostLog)) parts.push(`--- ${hostLog}\n${tail(hostLog)}`);
          }
        }
      }
    } catch (error) {
      parts.push(`(could not read logs: ${String(error)})`);
    }
    return parts.join('\n');
  };

  const stop = async (): Promise<void> => {
    if (!running.has(pid)) return;
    const tree = [pid, ...descendants(pid)];
    signal(-pid, 'SIGTERM');
    for (const p of tree) signal(p, 'SIGTERM');
    const deadline = Date.now() + 5_000;
    while (tree.some(alive) && Date.now() < deadline) await sleep(100);
    for (const p of tree) if (alive(p)) signal(p, 'SIGKILL');
    signal(-pid, 'SIGKILL');
    running.delete(pid);
  };

  try {
    const deadline = Date.now() + 30_000;
    let url: string | undefined;
    while (!url) {
      const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(fs.readFileSync(logFile, 'utf8'));
      if (m) url = m[1];
      else if (exited) throw new Error(`code-server ${exited} before listening`);
      else if (Date.now() > deadline) throw new Error('code-server did not report its port within 30 s');
      else await sleep(100);
    }
    while (true) {
      try {
        const res = await fetch(`${url}/healthz`);
        if (res.ok) break;
      } catch {
        // Not ready yet.
      }
      if (exited) throw new Error(`code-server ${exited} before /healthz answered`);
      if (Date.now() > deadline) throw new Error('code-server /healthz did not answer within 30 s');
      await sleep(100);
    }
    const workbenchUrl = `${url}/?folder=${encodeURIComponent(options.folder)}`;
    return { url, workbenchUrl, pid, logFile, userDataDir, stop, logTail };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${logTail()}`, { cause: error });
  }
}
