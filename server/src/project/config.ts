import * as fs from 'fs';
import * as path from 'path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parseSeverity, type Range, normalizeFlowType, RULES_BY_ID, didYouMean, SYNTAX_RULE_ID } from '../engine';
import { globProblem } from './glob';
import { DEFAULT_SETTINGS, MAX_GLOBS, readSettings, type ServerSettings } from './settings';

/**
 * The project configuration file, `.connectflowrc.json`: the same rule settings the editor reads (`rules`,
 * `flowType`, `flowTypes`, `exclude`), kept in the repository so that the editor and CI check alike.
 * The nearest file found walking up from a flow file's folder applies to it; the walk stops at a top folder the
 * caller chooses (the workspace folder in the editor, the repository root in the CLI), so that a file above the
 * project never applies. Pure Node: no editor here.
 */
export const CONFIG_FILE_NAME = '.connectflowrc.json';

/** A config file larger than this is not read (a real one is a few hundred bytes). */
export const MAX_CONFIG_BYTES = 1_000_000;
/** Deeper nesting than this is refused before parsing: a real config file nests 3 levels. */
export const MAX_CONFIG_DEPTH = 64;

const KNOWN_KEYS = new Set(['$schema', 'rules', 'flowType', 'flowTypes', 'exclude']);

export interface ConfigFile {
  /** Absolute path of the file. */
  path: string;
  /** Its folder: relative globs in the file are anchored here. */
  dir: string;
  /** The settings it gives, read as leniently as the editor's (malformed entries dropped), globs anchored. */
  settings: ServerSettings;
  /** What is wrong with it, one sentence each; empty when it is valid. */
  problems: string[];
  /** Where in the file each problem is (same order), when known. */
  problemAt?: Array<Range | undefined>;
}

/** Rule ids a config file may name: every rule, plus JSON syntax errors. */
export function isKnownRuleId(id: string): boolean {
  return id === SYNTAX_RULE_ID || RULES_BY_ID.has(id);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A glob from a config file, made absolute: `flows/hold/*.json` applies under the file's folder; patterns that
 * start with `**` or `/` (or a drive letter) are kept as written.
 */
export function anchorGlob(dir: string, glob: string): string {
  if (glob.startsWith('**') || glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob)) return glob;
  const base = escapeGlob(dir.replace(/\\/g, '/')).replace(/\/$/, '');
  return `${base}/${glob.replace(/^\.\//, '')}`;
}

/** A literal path as a glob: the characters picomatch treats as special are backslash-escaped. */
export function escapeGlob(literal: string): string {
  return literal.replace(/[*?[\]{}()!+@|]/g, '\\$&');
}

function hint(input: string, candidates: Iterable<string>): string {
  const guess = didYouMean(input, candidates);
  return guess ? ` Did you mean "${guess}"?` : '';
}

/** Reads the settings and every problem in a config file's parsed content. */
export function readConfigValue(value: unknown, dir: string): { settings: ServerSettings; problems: string[] } {
  const problems: string[] = [];
  if (!isRecord(value)) {
    return { settings: DEFAULT_SETTINGS, problems: ['The configuration must be a JSON object, such as {"rules": {"param-soft-minimum": "off"}}.'] };
  }
  for (const key of Object.keys(value)) {
    if (!KNOWN_KEYS.has(key)) problems.push(`Unknown setting "${key}".${hint(key, KNOWN_KEYS)} The settings are "rules", "flowType", "flowTypes" and "exclude".`);
  }
  if ('rules' in value) {
    if (!isRecord(value.rules)) problems.push('"rules" must be an object of rule id to severity, such as {"param-soft-minimum": "off"}.');
    else
      for (const [id, severity] of Object.entries(value.rules)) {
        if (!isKnownRuleId(id)) problems.push(`"rules" names an unknown rule "${id}".${hint(id, [SYNTAX_RULE_ID, ...RULES_BY_ID.keys()])} (connect-flow-lint --list-rules prints them all.)`);
        if (parseSeverity(severity) === undefined) problems.push(`"rules"."${id}" must be "off", "info", "hint", "warn" or "error", not ${JSON.stringify(severity)}.`);
      }
  }
  if ('flowType' in value && value.flowType !== '' && !normalizeFlowType(value.flowType)) {
    problems.push(`"flowType" ${JSON.stringify(value.flowType)} is not a flow type, such as "contactFlow" or "customerQueue".`);
  }
  if ('flowTypes' in value) {
    if (!isRecord(value.flowTypes)) problems.push('"flowTypes" must be an object of glob to flow type, such as {"hold/*.json": "customerHold"}.');
    else
      for (const [glob, type] of Object.entries(value.flowTypes)) {
        if (!normalizeFlowType(type)) problems.push(`"flowTypes"."${glob}": ${JSON.stringify(type)} is not a flow type, such as "contactFlow" or "customerQueue".`);
      }
    globProblems('flowTypes', isRecord(value.flowTypes) ? Object.keys(value.flowTypes) : [], problems);
  }
  if ('exclude' in value && !(Array.isArray(value.exclude) && value.exclude.every((g) => typeof g === 'string'))) {
    problems.push('"exclude" must be an array of globs, such as ["legacy/**"].');
  } else if (Array.isArray(value.exclude)) globProblems('exclude', value.exclude as string[], problems);
  const read = readSettings(value);
  const settings: ServerSettings = {
    ...read,
    enable: true,
    flowTypes: Object.fromEntries(Object.entries(read.flowTypes).map(([glob, type]) => [anchorGlob(dir, glob), type])),
    exclude: read.exclude.map((glob) => anchorGlob(dir, glob)),
  };
  return { settings, problems };
}

/** Too many globs, or globs that match nothing because of the limits on their cost (glob.ts). */
function globProblems(key: string, globs: string[], problems: string[]): void {
  if (globs.length > MAX_GLOBS) problems.push(`"${key}" has ${globs.length} globs; only the first ${MAX_GLOBS} are used.`);
  for (const glob of globs.slice(0, MAX_GLOBS)) {
    const why = globProblem(glob);
    if (why) problems.push(`"${key}": the glob ${JSON.stringify(glob.length > 80 ? `${glob.slice(0, 80)}...` : glob)} matches nothing: ${why}.`);
  }
}

/** How deeply arrays and objects nest in JSON(C) text, outside strings and comments; stops counting past `limit`. */
export function nestingDepth(text: string, limit = Infinity): { depth: number; offset: number } {
  let depth = 0;
  let max = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // a string: skip to its closing quote
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) {
        max = depth;
        at = i;
        if (max > limit) break;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return { depth: max, offset: at };
}

/**
 * Loads one config file. Never throws: an unreadable, oversized, too deeply nested or malformed file, or anything
 * else that goes wrong while reading it, comes back as problems (a workspace must not be able to stop the server).
 */
export function loadConfigFile(file: string): ConfigFile {
  const absolute = path.resolve(file);
  const dir = path.dirname(absolute);
  const broken = (problem: string, at?: Range): ConfigFile => ({ path: absolute, dir, settings: DEFAULT_SETTINGS, problems: [problem], problemAt: [at] });
  const range = (text: string, offset: number, length: number): Range => {
    const start = lineColumn(text, offset);
    const end = lineColumn(text, offset + length);
    return { start: { line: start.line - 1, character: start.column - 1 }, end: { line: end.line - 1, character: end.column - 1 } };
  };
  try {
    let text: string;
    try {
      // Look before reading: a FIFO would block, a device or a huge file would be read for nothing.
      const stat = fs.statSync(absolute);
      if (!stat.isFile()) return broken('Cannot read it: it is not a regular file.');
      if (stat.size > MAX_CONFIG_BYTES) return broken(`It is not read: it has ${stat.size} bytes, more than the limit of ${MAX_CONFIG_BYTES}.`);
      text = fs.readFileSync(absolute, 'utf8');
    } catch (error) {
      return broken(`Cannot read it: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
    }
    const nesting = nestingDepth(text, MAX_CONFIG_DEPTH);
    if (nesting.depth > MAX_CONFIG_DEPTH) {
      const { line, column } = lineColumn(text, nesting.offset);
      return broken(`It is not read: it nests arrays or objects more than ${MAX_CONFIG_DEPTH} levels deep (at line ${line}, column ${column}).`, range(text, nesting.offset, 1));
    }
    const errors: ParseError[] = [];
    const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors.length > 0) {
      const first = errors[0];
      const { line, column } = lineColumn(text, first.offset);
      return broken(`It is not valid JSON: ${printParseErrorCode(first.error)} at line ${line}, column ${column}.`, range(text, first.offset, first.length));
    }
    return { path: absolute, dir, ...readConfigValue(value, dir) };
  } catch (error) {
    return broken(`It could not be read: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/**
 * The nearest config file at or above `dir`, up to and including `top`, or undefined. Without `top` the walk goes
 * up to the file system's root; when `top` is not `dir` or one of its parents, only `dir` itself is looked at.
 */
export function findConfigFile(dir: string, top?: string): string | undefined {
  let current = path.resolve(dir);
  const stop = top === undefined ? undefined : path.resolve(top);
  const within = stop === undefined || isInside(current, stop);
  for (;;) {
    if (current.length <= MAX_PATH && isFile(inFolder(current, CONFIG_FILE_NAME))) return inFolder(current, CONFIG_FILE_NAME);
    if (!within || current === stop) return undefined;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/**
 * Paths longer than this are not looked at (no system opens them: Linux's PATH_MAX is 4096). A URI of 20,000
 * segments then costs a walk of cheap string steps, not 20,000 system calls on ever longer names.
 */
const MAX_PATH = 4096;

/** `name` in the absolute folder `dir`, without path.join's normalising pass over the whole (maybe long) path. */
function inFolder(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

/** Whether `file` is `dir` or lies below it (by path, case as the platform compares it). */
export function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The repository root holding `dir`: the nearest folder at or above it with a `.git` entry, or undefined. */
export function repositoryRoot(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    if (current.length <= MAX_PATH && exists(inFolder(current, '.git'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

function exists(file: string): boolean {
  try {
    fs.statSync(file);
    return true;
  } catch {
    return false;
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Editor settings over config-file settings: what the user set in the editor wins, the repository's file fills in
 * the rest. `exclude` globs add up; `flowTypes` globs of the editor are tried first.
 */
export function mergeSettings(editor: ServerSettings, file: ServerSettings): ServerSettings {
  const flowTypes: Record<string, string> = { ...editor.flowTypes };
  for (const [glob, type] of Object.entries(file.flowTypes)) if (!(glob in flowTypes)) flowTypes[glob] = type;
  return {
    ...editor,
    flowType: editor.flowType ?? file.flowType,
    flowTypes,
    rules: { ...file.rules, ...editor.rules },
    exclude: [...editor.exclude, ...file.exclude],
  };
}

interface Loaded {
  mtimeMs: number;
  size: number;
  config: ConfigFile;
}

/**
 * Finds and caches the config file of each folder. With `watch`, a cached file is re-read when its size or time
 * stamp changes (the language server); without it, each file is read once (the CLI). `clear()` forgets everything,
 * e.g. when a config file appears or disappears.
 */
export class ConfigFiles {
  private readonly byDir = new Map<string, string | null>();
  private readonly loaded = new Map<string, Loaded>();
  private readonly merged = new WeakMap<ServerSettings, WeakMap<ConfigFile, ServerSettings>>();

  constructor(
    private readonly options: {
      watch?: boolean;
      /** Called each time a file is (re-)read, valid or not. */
      onLoaded?: (config: ConfigFile) => void;
      /** The highest folder whose config file may apply to files in `dir`; undefined: no limit. */
      topFor?: (dir: string) => string | undefined;
    } = {},
  ) {}

  /** The config file that applies to a file (by its absolute path), or undefined. */
  forFile(file: string): ConfigFile | undefined {
    const dir = path.dirname(path.resolve(file));
    let found = this.byDir.get(dir);
    if (found === undefined) {
      found = findConfigFile(dir, this.options.topFor?.(dir)) ?? null;
      if (this.byDir.size > 5000) this.byDir.clear();
      this.byDir.set(dir, found);
    }
    return found === null ? undefined : this.load(found);
  }

  /** `base` with the applicable config file's settings merged under it. */
  settingsFor(base: ServerSettings, file: string | undefined): ServerSettings {
    const config = file ? this.forFile(file) : undefined;
    if (!config) return base;
    let byConfig = this.merged.get(base);
    if (!byConfig) this.merged.set(base, (byConfig = new WeakMap()));
    let result = byConfig.get(config);
    if (!result) byConfig.set(config, (result = mergeSettings(base, config.settings)));
    return result;
  }

  load(file: string): ConfigFile {
    const cached = this.loaded.get(file);
    if (cached && !this.options.watch) return cached.config;
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(file);
    } catch {
      stat = undefined;
    }
    if (cached && stat && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.config;
    const config = loadConfigFile(file);
    this.loaded.set(file, { mtimeMs: stat?.mtimeMs ?? -1, size: stat?.size ?? -1, config });
    this.options.onLoaded?.(config);
    return config;
  }

  clear(): void {
    this.byDir.clear();
    this.loaded.clear();
  }
}
