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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Accepts whatever the client sends; anything malformed falls back to the default. */
export function readSettings(raw: unknown): ServerSettings {
  if (!isRecord(raw)) return DEFAULT_SETTINGS;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.length < 1000) : []);
  const stringMap = (v: unknown) =>
    isRecord(v) ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};
  const validate = isRecord(raw.validate) ? raw.validate : {};
  return {
    enable: typeof validate.enable === 'boolean' ? validate.enable : raw.enable !== false,
    flowType: typeof raw.flowType === 'string' && raw.flowType !== '' ? raw.flowType : undefined,
    flowTypes: stringMap(raw.flowTypes),
    rules: stringMap(raw.rules) as Record<string, SeveritySetting>,
    exclude: strings(raw.exclude),
    maxFileSize: typeof raw.maxFileSize === 'number' && raw.maxFileSize > 0 ? raw.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
  };
}

const matchers = new Map<string, (path: string) => boolean>();

/**
 * Glob match without regular expressions (glob.ts): picomatch compiles globs into regular expressions that a
 * pattern such as `(a+)+b` makes backtrack for minutes, and settings can come from an untrusted workspace.
 */
export function matchesGlob(path: string, glob: string): boolean {
  let m = matchers.get(glob);
  if (!m) {
    m = compileGlob(glob, { nocase: process.platform === 'win32' });
    if (matchers.size > 500) matchers.clear();
    matchers.set(glob, m);
  }
  return m(path.replace(/\\/g, '/'));
}

/** The flow type to assume for a file: first matching glob, then the plain setting. */
export function flowTypeFor(path: string | undefined, settings: ServerSettings): string | undefined {
  if (path) for (const [glob, type] of Object.entries(settings.flowTypes)) if (matchesGlob(path, glob)) return type;
  return settings.flowType;
}
