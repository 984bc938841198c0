/**
 * `connect-flow-lint` (dist/cli.js): loads the checker (dist/cli-main.js, built from cli/entry.ts) through V8's code
 * cache, so that from the second run on its code is not compiled again: about 12 ms of a ~140 ms run over a
 * hundred flows (see docs/cli.md). The cache lives in node_modules/.cache/connect-flow-lint beside the package,
 * never in a shared temporary folder (a planted cache would be code run as the user). On Node 22.1 and later Node's
 * own compile cache does this instead (same folder). Any failure here falls back to a plain require.
 * Set CONNECT_FLOW_LINT_NO_CACHE=1 to bypass it. Workers run this file too (process.argv[1]).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import Module = require('module');

const MAIN = path.join(__dirname, 'cli-main.js');

function cacheFile(): string | undefined {
  if (process.env.CONNECT_FLOW_LINT_NO_CACHE) return undefined;
  try {
    const stat = fs.statSync(MAIN);
    const key = `${process.version}-${process.arch}-${stat.size}-${Math.floor(stat.mtimeMs)}`;
    return path.join(__dirname, '..', 'node_modules', '.cache', 'connect-flow-lint', `cli-main-${key}.v8cache`);
  } catch {
    return undefined;
  }
}

/** Compiles the checker with the cache; returns what runs it, or undefined when that cannot be done. */
function compileWithCache(file: string): (() => void) | undefined {
  try {
    const source = fs.readFileSync(MAIN, 'utf8');
    let cached: Buffer | undefined;
    try {
      cached = fs.readFileSync(file);
    } catch {
      cached = undefined;
    }
    const script = new vm.Script(Module.wrap(source), { filename: MAIN, cachedData: cached });
    const needsWrite = !cached || script.cachedDataRejected === true;
    const mod = new Module(MAIN, module);
    mod.filename = MAIN;
    mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(__dirname);
    const wrapper = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: Module, filename: string, dirname: string) => void;
    return () => {
      // Written at exit, when the functions that ran have been compiled and go into the cache too. Main thread only.
      if (needsWrite && !process.argv.includes('--connect-flow-lint-worker')) process.once('exit', () => writeCache(file, script));
      wrapper.call(mod.exports, mod.exports, Module.createRequire(MAIN), mod, MAIN, __dirname);
    };
  } catch {
    return undefined;
  }
}

function writeCache(file: string, script: vm.Script): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, script.createCachedData());
    fs.renameSync(temporary, file);
    // Caches of other builds or Node versions are of no further use.
    for (const name of fs.readdirSync(path.dirname(file))) {
      if (name.endsWith('.v8cache') && name !== path.basename(file)) fs.rmSync(path.join(path.dirname(file), name), { force: true });
    }
  } catch {
    // A read-only install: no cache, no harm.
  }
}

/**
 * Node's own compile cache (module.enableCompileCache, Node 22.1 and later) in the same folder: preferred wherever it
 * exists, so the loader above (private module API) only serves older Node versions.
 */
function enableNodeCompileCache(): boolean {
  if (process.env.CONNECT_FLOW_LINT_NO_CACHE) return false;
  const node = Module as unknown as {
    enableCompileCache?: (dir?: string) => { status: number };
    constants?: { compileCacheStatus?: { ENABLED: number; ALREADY_ENABLED: number } };
  };
  const statuses = node.constants?.compileCacheStatus;
  if (typeof node.enableCompileCache !== 'function' || !statuses) return false;
  try {
    const { status } = node.enableCompileCache(path.join(__dirname, '..', 'node_modules', '.cache', 'connect-flow-lint'));
    return status === statuses.ENABLED || status === statuses.ALREADY_ENABLED;
  } catch {
    return false;
  }
}

const file = enableNodeCompileCache() ? undefined : cacheFile();
const run = file ? compileWithCache(file) : undefined;
if (run) run();
else require(MAIN);
