import { compileGlob } from './glob';
import type { SeveritySetting } from '../engine';

/** The `connectFlow.*` settings as the server uses them. */
export interface ServerSettings {
  /** Turn all checking off. */
  enable: boolean;
  /** Flow type for files whose Metadata does not name one. */
  flowType: string | undefined;
  /** Glob (matched against the file path) → flow type, for repositories that keep the type outside the file. */
  flowTypes: Record<string, string>;
  /** Rule id → severity override. */
  rules: Record<string, SeveritySetting>;
  /** Globs of files never to check, even when their content is a flow. */
  exclude: string[];
  /** Files larger than this many characters get one information diagnostic instead of a full check. */
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  flowType: undefined,
  flowTypes: {},
  rules: {},
  exclude: [],
  maxFileSize: 5_000_000,
};

/**
 * At most this many `flowTypes` globs and this many `exclude` globs are used from one source (the editor's settings,
 * or one config file); the rest are dropped. Every glob runs against every file, so this bounds the work per file.
 */
export const MAX_GLOBS = 100;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Accepts whatever the client sends; anything malformed falls back to the default. */
export function readSettings(raw: unknown): ServerSettings {
  if (!isRecord(raw)) return DEFAULT_SETTINGS;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.length < 1000).slice(0, MAX_GLOBS) : []);
  const stringMap = (v: unknown, limit = Infinity) =>
    isRecord(v) ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string').slice(0, limit)) : {};
  const validate = isRecord(raw.validate) ? raw.validate : {};
  return {
    enable: typeof validate.enable === 'boolean' ? validate.enable : raw.enable !== false,
    flowType: typeof raw.flowType === 'string' && raw.flowType !== '' ? raw.flowType : undefined,
    flowTypes: stringMap(raw.flowTypes, MAX_GLOBS),
    rules: stringMap(raw.rules) as Record<string, SeveritySetting>,
    exclude: strings(raw.exclude),
    maxFileSize: typeof raw.maxFileSize === 'number' && raw.maxFileSize > 0 ? raw.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
  };
}

const matchers = new Map<string, (path: string) => boolean>();
const nocase = process.platform === 'win32';

/**
 * Glob match without regular expressions (glob.ts): picomatch compiles globs into regular expressions that a
 * pattern such as `(a+)+b` makes backtrack for minutes, and settings can come from an untrusted workspace.
 * For globs of a settings object use isExcluded and flowTypeFor, which compile each glob once per settings object.
 */
export function matchesGlob(path: string, glob: string): boolean {
  let m = matchers.get(glob);
  if (!m) {
    m = compileGlob(glob, { nocase });
    if (matchers.size > 500) matchers.clear();
    matchers.set(glob, m);
  }
  return m(path.replace(/\\/g, '/'));
}

interface CompiledSettings {
  exclude: Array<(path: string) => boolean>;
  flowTypes: Array<[(path: string) => boolean, string]>;
}

/** The globs of each settings object, compiled once: a request never compiles a glob again. */
const compiled = new WeakMap<ServerSettings, CompiledSettings>();

function compiledOf(settings: ServerSettings): CompiledSettings {
  let c = compiled.get(settings);
  if (!c) {
    c = {
      exclude: settings.exclude.map((glob) => compileGlob(glob, { nocase })),
      flowTypes: Object.entries(settings.flowTypes).map(([glob, type]) => [compileGlob(glob, { nocase }), type]),
    };
    compiled.set(settings, c);
  }
  return c;
}

/** Whether an `exclude` glob of the settings matches the path. */
export function isExcluded(path: string, settings: ServerSettings): boolean {
  const p = path.replace(/\\/g, '/');
  return compiledOf(settings).exclude.some((m) => m(p));
}

/** The flow type to assume for a file: first matching glob, then the plain setting. */
export function flowTypeFor(path: string | undefined, settings: ServerSettings): string | undefined {
  if (path) {
    const p = path.replace(/\\/g, '/');
    for (const [m, type] of compiledOf(settings).flowTypes) if (m(p)) return type;
  }
  return settings.flowType;
}
