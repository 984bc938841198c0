import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { manifestWithSchemas, rcSchema, RC_SCHEMA_PATH, ROOT } from '../../scripts/schemas';
import { readConfigValue } from '../../server/src/project';
import { ALL_RULES } from '../../server/src/engine';

/** The settings schemas come from the rules (issue 20 §5); `npm run schemas` rewrites them when a rule changes. */
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('settings schemas generated from the rules', () => {
  it('package.json connectFlow.rules lists every rule id with its severities (run `npm run schemas` when this fails)', () => {
    expect(manifest).toEqual(manifestWithSchemas(manifest));
    const rules = manifest.contributes.configuration.properties['connectFlow.rules'];
    expect(Object.keys(rules.properties).sort()).toEqual(['syntax-error', ...ALL_RULES.map((r) => r.id)].sort());
    expect(rules.properties['param-soft-minimum'].enum).toEqual(['off', 'error', 'warn', 'info', 'hint']);
    expect(rules.properties['param-soft-minimum'].description).toMatch(/\(Default: warn\.\)$/);
  });

  it('schemas/connectflowrc.schema.json is up to date and contributed for .connectflowrc.json files', () => {
    expect(JSON.parse(fs.readFileSync(RC_SCHEMA_PATH, 'utf8'))).toEqual(rcSchema());
    expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: '.connectflowrc.json', url: './schemas/connectflowrc.schema.json' }]);
    expect(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8')).toMatch(/^!schemas\/\*\*$/m);
  });

  it('accepts what the config reader accepts and rejects what it reports', () => {
    const validate = new Ajv({ strict: false }).compile(rcSchema());
    const cases: unknown[] = [
      { rules: { 'param-soft-minimum': 'off', 'syntax-error': 'warn' } },
      { rules: { 'no-such-rule': 'off' } },
      { rules: { 'param-soft-minimum': 'loud' } },
      { flowType: 'customerHold' },
      { flowType: 'CUSTOMER_HOLD' },
      { flowType: 'hold music' },
      { flowTypes: { 'hold/*.json': 'customerHold' } },
      { flowTypes: { 'hold/*.json': 'nope' } },
      { exclude: ['legacy/**'] },
      { exclude: 'legacy/**' },
      { $schema: './node_modules/x.json', rulez: {} },
    ];
    for (const value of cases) {
      const readerOk = readConfigValue(value, '/repo').problems.length === 0;
      expect({ value, ok: validate(value) }).toEqual({ value, ok: readerOk });
    }
  });
});
