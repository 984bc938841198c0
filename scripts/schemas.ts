/**
 * The settings schemas generated from the rules: `connectFlow.rules` in package.json and the JSON Schema of
 * `.connectflowrc.json` (schemas/connectflowrc.schema.json). `npm run schemas` writes them;
 * test/extension/schemas.test.ts fails when they are out of date.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES, FLOW_TYPES, Severity, SYNTAX_RULE_ID } from '../server/src/engine';

export const ROOT = path.resolve(__dirname, '..');
export const RC_SCHEMA_PATH = path.join(ROOT, 'schemas', 'connectflowrc.schema.json');
const SEVERITIES = ['off', 'error', 'warn', 'info', 'hint'];
const SEVERITY_NAMES: Record<number, string> = { [Severity.Error]: 'error', [Severity.Warning]: 'warn', [Severity.Information]: 'info', [Severity.Hint]: 'hint' };

/** `CONTACT_FLOW` → `contactFlow`. */
const camel = (t: string) => t.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** One property per rule id: its severities, with the rule's description and default. */
export function rulesSchema(): Record<string, unknown> {
  const rules = [
    { id: SYNTAX_RULE_ID, description: 'The text is not valid JSON.', defaultSeverity: Severity.Error },
    ...[...ALL_RULES].sort((a, b) => a.id.localeCompare(b.id)),
  ];
  const properties: Record<string, unknown> = {};
  for (const rule of rules) {
    properties[rule.id] = {
      type: 'string',
      enum: SEVERITIES,
      description: `${rule.description} (Default: ${SEVERITY_NAMES[rule.defaultSeverity]}.)`,
    };
  }
  return {
    type: 'object',
    default: {},
    properties,
    additionalProperties: false,
    description: 'Severity per rule id ("off", "error", "warn", "info", "hint"), e.g. {"param-soft-minimum": "off"}.',
  };
}

export function flowTypeEnum(): string[] {
  return ['', ...FLOW_TYPES.map(camel)];
}

/** The JSON Schema of `.connectflowrc.json`. */
export function rcSchema(): Record<string, unknown> {
  const flowType = { type: 'string', enum: [...flowTypeEnum(), ...FLOW_TYPES] };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Amazon Connect flow language: project configuration (.connectflowrc.json)',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      rules: rulesSchema(),
      flowType: { ...flowType, description: 'Flow type of files in this folder tree whose Metadata.type is missing. Empty: unknown (no flow-type checks).' },
      flowTypes: {
        type: 'object',
        additionalProperties: flowType,
        description: 'Glob (relative to this file\'s folder, or starting with **) to flow type, e.g. {"hold/*.json": "customerHold"}.',
      },
      exclude: { type: 'array', items: { type: 'string' }, description: 'Globs of files never to check, relative to this file\'s folder, e.g. ["legacy/**"].' },
    },
    additionalProperties: false,
  };
}

/** package.json with the generated parts put in. */
export function manifestWithSchemas<T>(manifest: T): T {
  const copy = JSON.parse(JSON.stringify(manifest)) as { contributes: { configuration: { properties: Record<string, Record<string, unknown>> } } };
  const props = copy.contributes.configuration.properties;
  props['connectFlow.rules'] = rulesSchema();
  props['connectFlow.flowType'].enum = flowTypeEnum();
  return copy as T;
}

if (process.argv.includes('--write')) {
  const file = path.join(ROOT, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, JSON.stringify(manifestWithSchemas(manifest), null, 2) + '\n');
  fs.writeFileSync(RC_SCHEMA_PATH, JSON.stringify(rcSchema(), null, 2) + '\n');
  console.log(`wrote ${path.relative(ROOT, file)} (connectFlow.rules) and ${path.relative(ROOT, RC_SCHEMA_PATH)}`);
}
