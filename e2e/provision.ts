/**
 * Provisions what the end-to-end run needs, from the package registries only: Debian packages (Chromium, ripgrep and
 * the build tools code-server's native modules need) and code-server from npm, installed once into a cache directory
 * outside the repository and reused while its version matches.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Newest code-server that runs on Node 20 (it bundles VS Code 1.100.3): what `npm run test:e2e` uses by default. */
export const DEFAULT_CODE_SERVER_VERSION = '4.100.3';
/**
 * Oldest code-server on npm whose VS Code satisfies `engines.vscode` (^1.91.0): 4.93.1 bundles VS Code 1.93.1.
 * npm has no 4.91.x or 4.92.x; 4.90.3 bundles 1.90.2, below what vscode-languageclient 11 accepts.
 */
export const OLDEST_CODE_SERVER_VERSION = '4.93.1';

/**
 * The code-server version this run uses: `E2E_CODE_SERVER_VERSION` (run.mjs sets it from `--code-server=`), where
 * `oldest` means OLDEST_CODE_SERVER_VERSION; else the pin.
 */
export function codeServerVersion(): string {
  const given = process.env.E2E_CODE_SERVER_VERSION?.trim() || DEFAULT_CODE_SERVER_VERSION;
  const wanted = given === 'oldest' ? OLDEST_CODE_SERVER_VERSION : given;
  if (!/^\d+\.\d+\.\d+$/.test(wanted)) {
    throw new Error(`E2E_CODE_SERVER_VERSION must be "oldest" or an exact code-server version such as ${OLDEST_CODE_SERVER_VERSION}, not ${JSON.stringify(wanted)}`);
  }
  return wanted;
}

const APT_PACKAGES = ['chromium', 'ripgrep', 'build-essential', 'python3', 'libkrb5-dev'];
const CHROMIUM_PATHS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];
/**
 * @vscode/ripgrep downloads this archive from GitHub unless it finds it in `$TMPDIR/vscode-ripgrep-cache-<its version>`.
 * code-server 4.100.3 uses @vscode/ripgrep 1.15.11; 4.90.3 and 4.93.1 use 1.15.9. Both want the same archive.
 */
const RIPGREP_CACHE = { versions: ['1.15.9', '1.15.11'], file: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz' };

export interface Provisioned {
  codeServerBin: string;
  codeServerVersion: string;
  /** The VS Code version that code-server bundles, from its product.json. */
  vscodeVersion: string;
  chromium: string;
  cacheDir: string;
}

export function cacheDir(): string {
  const base = process.env.E2E_CACHE ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'connect-flow-e2e');
  fs.mkdirSync(base, { recursive: true });
  return base;
}

function log(message: string): void {
  process.stdout.write(`[e2e] ${message}\n`);
}

function run(cmd: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; what: string }): void {
  const started = Date.now();
  const result = spawnSync(cmd, args, { env: options.env ?? process.env, cwd: options.cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`${options.what} failed (${cmd} ${args.join(' ')} exited ${result.status ?? result.signal}):\n${output}`);
  }
  log(`${options.what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function missingDebianPackages(): string[] {
  return APT_PACKAGES.filter((pkg) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

function ensureDebianPackages(): void {
  if (!fs.existsSync('/usr/bin/dpkg-query')) {
    log('not a Debian system: expecting Chromium, ripgrep and a C/C++ toolchain to be installed already');
    return;
  }
  const missing = missingDebianPackages();
  if (missing.length === 0) return;
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args: string[], what: string) =>
    sudo.length ? run('sudo', ['-E', 'apt-get', ...args], { env, what }) : run('apt-get', args, { env, what });
  apt(['update', '-qq'], 'apt-get update');
  apt(['install', '-y', '-qq', '--no-install-recommends', ...missing], `apt-get install ${missing.join(' ')}`);
}

export function findChromium(): string {
  const explicit = process.env.E2E_CHROMIUM;
  const found = [explicit, ...CHROMIUM_PATHS].find((p): p is string => !!p && fs.existsSync(p));
  if (!found) throw new Error(`Chromium not found (looked at ${CHROMIUM_PATHS.join(', ')}); install it: apt-get install chromium`);
  return found;
}

/** A tarball of Debian's rg where each known @vscode/ripgrep version looks before it tries to download its own. */
function seedRipgrepCache(tmp: string): void {
  const tarballs = RIPGREP_CACHE.versions.map((v) => path.join(tmp, `vscode-ripgrep-cache-${v}`, RIPGREP_CACHE.file));
  const missing = tarballs.filter((t) => !fs.existsSync(t));
  if (missing.length === 0) return;
  const rg = ['/usr/bin/rg', '/usr/local/bin/rg'].find((p) => fs.existsSync(p));
  if (!rg) throw new Error('ripgrep (rg) is not installed; code-server needs it: apt-get install ripgrep');
  const staging = fs.mkdtempSync(path.join(tmp, 'rg-'));
  fs.copyFileSync(rg, path.join(staging, 'rg'));
  fs.chmodSync(path.join(staging, 'rg'), 0o755);
  for (const tarball of missing) {
    fs.mkdirSync(path.dirname(tarball), { recursive: true });
    execFileSync('tar', ['-czf', tarball, '-C', staging, 'rg']);
  }
  fs.rmSync(staging, { recursive: true, force: true });
}

/** The VS Code version inside an installed code-server (lib/vscode/product.json). */
function bundledVSCodeVersion(prefix: string): string {
  const product = path.join(prefix, 'node_modules', 'code-server', 'lib', 'vscode', 'product.json');
  const version = (JSON.parse(fs.readFileSync(product, 'utf8')) as { version?: unknown }).version;
  if (typeof version !== 'string') throw new Error(`${product} names no VS Code version`);
  return version;
}

function ensureCodeServer(cache: string, version: string): string {
  const prefix = path.join(cache, `code-server-${version}`);
  const bin = path.join(prefix, 'node_modules', '.bin', 'code-server');
  const marker = path.join(prefix, '.installed');
  if (fs.existsSync(marker) && fs.existsSync(bin)) return bin;

  log(`installing code-server ${version} into ${prefix} (once; about two minutes)`);
  fs.rmSync(prefix, { recursive: true, force: true });
  fs.mkdirSync(prefix, { recursive: true });
  fs.writeFileSync(path.join(prefix, 'package.json'), JSON.stringify({ name: 'code-server-cache', private: true }, null, 2));
  const tmp = path.join(cache, 'tmp');
  fs.mkdirSync(tmp, { recursive: true });
  seedRipgrepCache(tmp);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TMPDIR: tmp,
    npm_config_yes: 'true', // node-pty's build runs `npx node-gyp`
    npm_config_unsafe_perm: 'true', // code-server's postinstall refuses root otherwise
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  // Settings from the project's own npm run (npm_config_save_dev and such) must not leak into this install.
  for (const key of Object.keys(env)) {
    if (/^npm_config_(save|global|prefix|omit|include|production|only|workspace)/i.test(key)) delete env[key];
  }
  run('npm', ['install', '--prefix', prefix, '--unsafe-perm', '--no-save', '--no-package-lock', `code-server@${version}`], {
    env,
    what: `npm install code-server@${version}`,
  });
  if (!fs.existsSync(bin)) throw new Error(`code-server installed but ${bin} is missing`);
  fs.writeFileSync(marker, `${new Date().toISOString()}\n`);
  return bin;
}

export function provision(): Provisioned {
  const started = Date.now();
  ensureDebianPackages();
  const cache = cacheDir();
  const version = codeServerVersion();
  const codeServerBin = ensureCodeServer(cache, version);
  const vscodeVersion = bundledVSCodeVersion(path.join(cache, `code-server-${version}`));
  const chromium = findChromium();
  log(`provisioned in ${((Date.now() - started) / 1000).toFixed(1)} s: code-server ${version} (VS Code ${vscodeVersion}), ${chromium}`);
  return { codeServerBin, codeServerVersion: version, vscodeVersion, chromium, cacheDir: cache };
}
