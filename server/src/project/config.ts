import * as fs from 'fs';
import * as path from 'path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parseSeverity, normalizeFlowType, RULES_BY_ID, didYouMean, SYNTAX_RULE_ID } from '../engine';
import { DEFAULT_SETTINGS, readSettings, type ServerSettings } from './settings';

/**
 * The project configuration file, `.connectflowrc.json`: the same rule settings the editor reads (`rules`,
 * `flowType`, `flowTypes`, `exclude`), kept in the repository so that the editor and CI check alike.
 * The nearest file found walking up from a flow file's folder applies to it. Pure Node: no editor here.
 */
export const CONFIG_FILE_NAME = '.connectflowrc.json';

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
  }
  if ('exclude' in value && !(Array.isArray(value.exclude) && value.exclude.every((g) => typeof g === 'string'))) {
    problems.push('"exclude" must be an array of globs, such as ["legacy/**"].');
  }
  const read = readSettings(value);
  const settings: ServerSettings = {
    ...read,
    enable: true,
    flowTypes: Object.fromEntries(Object.entries(read.flowTypes).map(([glob, type]) => [anchorGlob(dir, glob), type])),
    exclude: read.exclude.map((glob) => anchorGlob(dir, glob)),
  };
  return { settings, problems };
}

/** Loads one config file. Never throws: an unreadable or malformed file comes back with problems. */
export function loadConfigFile(file: string): ConfigFile {
  const absolute = path.resolve(file);
  const dir = path.dirname(absolute);
  let text: string;
  try {
    text = fs.readFileSync(absolute, 'utf8');
  } catch (error) {
    return { path: absolute, dir, settings: DEFAULT_SETTINGS, problems: [`Cannot read it: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`] };
  }
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0];
    const before = text.slice(0, first.offset);
    const line = before.split('\n').length;
    const column = first.offset - before.lastIndexOf('\n');
    return { path: absolute, dir, settings: DEFAULT_SETTINGS, problems: [`It is not valid JSON: ${printParseErrorCode(first.error)} at line ${line}, column ${column}.`] };
  }
  return { path: absolute, dir, ...readConfigValue(value, dir) };
}

/** The nearest config file at or above `dir`, or undefined. */
export function findConfigFile(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
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

  constructor(private readonly options: { watch?: boolean; onProblems?: (config: ConfigFile) => void } = {}) {}

  /** The config file that applies to a file (by its absolute path), or undefined. */
  forFile(file: string): ConfigFile | undefined {
    const dir = path.dirname(path.resolve(file));
    let found = this.byDir.get(dir);
    if (found === undefined) {
      found = findConfigFile(dir) ?? null;
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
    if (config.problems.length > 0) this.options.onProblems?.(config);
    return config;
  }

  clear(): void {
    this.byDir.clear();
    this.loaded.clear();
  }
}
