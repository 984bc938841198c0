import { parseArgs } from 'util';
import { parseSeverity, type SeveritySetting, normalizeFlowType, RULES_BY_ID, didYouMean } from '../engine';
import { isKnownRuleId } from '../project';

export const FORMATS = ['stylish', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  targets: string[];
  flowType: string | undefined;
  rules: Record<string, SeveritySetting>;
  /** -1: no limit. */
  maxWarnings: number;
  quiet: boolean;
  format: Format;
  output: string | undefined;
  fix: boolean;
  exitZero: boolean;
  stats: boolean;
  /** A config file given with --config; undefined: look for `.connectflowrc.json`. */
  config: string | undefined;
  noConfig: boolean;
  errorOnUnmatchedPattern: boolean;
  /** undefined: colour when writing to a terminal. */
  color: boolean | undefined;
  /** Worker threads; undefined: decide from the amount of work. */
  jobs: number | undefined;
  /** --project: a folder searched for templates and code that deploy the flows checked. */
  project: string | undefined;
  help: boolean;
  version: boolean;
  listRules: boolean;
}

/** A mistake in the command line: exit code 2 with this message. */
export class UsageError extends Error {}

const OPTIONS = {
  'flow-type': { type: 'string' },
  rule: { type: 'string', multiple: true },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  fix: { type: 'boolean' },
  'exit-zero': { type: 'boolean' },
  stats: { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  'no-error-on-unmatched-pattern': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  'list-rules': { type: 'boolean' },
  project: { type: 'string' },
} as const;

/** Parses the command line (without `node` and the script). Throws UsageError. */
export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(plainParseError(error));
  }
  const v = parsed.values;
  const format = (v.format ?? 'stylish').toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${v.format}".`);
  }
  let flowType: string | undefined;
  if (v['flow-type'] !== undefined) {
    if (!normalizeFlowType(v['flow-type'])) {
      throw new UsageError(`--flow-type "${v['flow-type']}" is not a flow type; use one such as contactFlow, customerQueue, customerHold, agentWhisper.`);
    }
    flowType = v['flow-type'];
  }
  return {
    targets: parsed.positionals,
    flowType,
    rules: parseRuleOptions(v.rule ?? []),
    maxWarnings: v['max-warnings'] === undefined ? -1 : wholeNumber('--max-warnings', v['max-warnings']),
    quiet: v.quiet ?? false,
    format: format as Format,
    output: v.output,
    fix: v.fix ?? false,
    exitZero: v['exit-zero'] ?? false,
    stats: v.stats ?? false,
    config: v.config,
    noConfig: v['no-config'] ?? false,
    errorOnUnmatchedPattern: !v['no-error-on-unmatched-pattern'],
    color: v['no-color'] ? false : v.color,
    jobs: v.jobs === undefined ? undefined : wholeNumber('--jobs', v.jobs),
    help: v.help ?? false,
    version: v.version ?? false,
    listRules: v['list-rules'] ?? false,
    project: v.project,
  };
}

function wholeNumber(flag: string, text: string): number {
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`${flag} takes a whole number, such as ${flag} 0; got "${text}".`);
  return Number(text);
}

/** `--rule id=severity`, repeatable, or several separated by commas: `--rule a=off,b=error`. */
export function parseRuleOptions(values: string[]): Record<string, SeveritySetting> {
  const rules: Record<string, SeveritySetting> = {};
  for (const value of values) {
    for (const item of value.split(',')) {
      const match = /^\s*([^=:\s]+)\s*[=:]\s*(\S+)\s*$/.exec(item);
      if (!match) throw new UsageError(`--rule takes id=severity, such as --rule param-soft-minimum=off; got "${item}".`);
      const [, id, severity] = match;
      if (!isKnownRuleId(id)) {
        const guess = didYouMean(id, RULES_BY_ID.keys());
        throw new UsageError(`--rule: there is no rule "${id}".${guess ? ` Did you mean "${guess}"?` : ''} (--list-rules prints them all.)`);
      }
      if (parseSeverity(severity) === undefined) throw new UsageError(`--rule ${id}: the severity must be off, info, hint, warn or error; got "${severity}".`);
      rules[id] = severity.toLowerCase() as SeveritySetting;
    }
  }
  return rules;
}

/** Node's parseArgs messages mention internals ("To specify a positional argument starting with a '-'..."); keep the first sentence. */
function plainParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split(/\.\s/)[0].replace(/\.$/, '');
  return `${first}. Run connect-flow-lint --help for the options.`;
}
