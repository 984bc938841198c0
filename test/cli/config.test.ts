import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigFiles, anchorGlob, loadConfigFile, mergeSettings, readConfigValue } from '../../server/src/project/config';
import { DEFAULT_SETTINGS, flowTypeFor, matchesGlob, readSettings } from '../../server/src/project/settings';

describe('config file: globs', () => {
  it('anchors relative globs at the file folder and keeps ** and absolute ones', () => {
    expect(anchorGlob('/repo', 'flows/hold/*.json')).toBe('/repo/flows/hold/*.json');
    expect(anchorGlob('/repo', './legacy/**')).toBe('/repo/legacy/**');
    expect(anchorGlob('/repo', '**/hold/*.json')).toBe('**/hold/*.json');
    expect(anchorGlob('/repo', '/elsewhere/*.json')).toBe('/elsewhere/*.json');
  });

  it('escapes glob characters in the folder name, so that it matches only itself', () => {
    const glob = anchorGlob('/work/flows (old)/[v1]', 'hold/*.json');
    expect(matchesGlob('/work/flows (old)/[v1]/hold/a.json', glob)).toBe(true);
    expect(matchesGlob('/work/flows (old)/v/hold/a.json', glob)).toBe(false);
    expect(matchesGlob('/work/flows (old)/[v1]/other/a.json', glob)).toBe(false);
  });
});

describe('config file: reading', () => {
  it('reads the four settings and anchors their globs', () => {
    const { settings, problems } = readConfigValue(
      { rules: { 'param-soft-minimum': 'off' }, flowType: 'contactFlow', flowTypes: { 'hold/*.json': 'customerHold' }, exclude: ['legacy/**'] },
      '/repo',
    );
    expect(problems).toEqual([]);
    expect(settings.rules).toEqual({ 'param-soft-minimum': 'off' });
    expect(settings.flowType).toBe('contactFlow');
    expect(flowTypeFor('/repo/hold/x.json', settings)).toBe('customerHold');
    expect(flowTypeFor('/other/hold/x.json', settings)).toBe('contactFlow');
    expect(settings.exclude).toEqual(['/repo/legacy/**']);
  });

  it('lists every problem, with a suggestion for typos', () => {
    const { problems } = readConfigValue({ rule: {}, rules: { 'dangling-next-acton': 'warn', 'param-unknown': 2 }, flowType: 'lobby', flowTypes: [], exclude: 'x' }, '/r');
    expect(problems).toEqual([
      'Unknown setting "rule". Did you mean "rules"? The settings are "rules", "flowType", "flowTypes" and "exclude".',
      '"rules" names an unknown rule "dangling-next-acton". Did you mean "dangling-next-action"? (connect-flow-lint --list-rules prints them all.)',
      '"rules"."param-unknown" must be "off", "info", "hint", "warn" or "error", not 2.',
      '"flowType" "lobby" is not a flow type, such as "contactFlow" or "customerQueue".',
      '"flowTypes" must be an object of glob to flow type, such as {"hold/*.json": "customerHold"}.',
      '"exclude" must be an array of globs, such as ["legacy/**"].',
    ]);
    expect(readConfigValue([], '/r').problems).toHaveLength(1);
  });
});

describe('config file: editor settings on top', () => {
  it('lets the editor win and fills in the rest from the file', () => {
    const file = readConfigValue({ rules: { a: 'off', b: 'error' }, flowType: 'customerQueue', flowTypes: { 'x/*.json': 'agentHold' }, exclude: ['old/**'] }, '/repo').settings;
    const editor = readSettings({ rules: { b: 'warn' }, flowTypes: { '**/x/*.json': 'customerHold' }, exclude: ['**/tmp/**'] });
    const merged = mergeSettings(editor, file);
    expect(merged.rules).toEqual({ a: 'off', b: 'warn' });
    expect(merged.flowType).toBe('customerQueue');
    expect(flowTypeFor('/repo/x/f.json', merged)).toBe('customerHold');
    expect(merged.exclude).toEqual(['**/tmp/**', '/repo/old/**']);
    expect(mergeSettings(readSettings({ flowType: 'agentWhisper' }), file).flowType).toBe('agentWhisper');
  });
});

describe('config file: finding and caching', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-flow-config-'));
    fs.mkdirSync(path.join(dir, 'repo/flows/deep'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'repo/.connectflowrc.json'), '{ "rules": { "param-empty": "off" }, } // trailing comma and comment');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds the nearest file walking up, and re-reads it when it changes (watch mode)', () => {
    const configs = new ConfigFiles({ watch: true });
    const file = path.join(dir, 'repo/flows/deep/a.json');
    expect(configs.forFile(file)?.settings.rules).toEqual({ 'param-empty': 'off' });
    expect(configs.settingsFor(DEFAULT_SETTINGS, file)).toBe(configs.settingsFor(DEFAULT_SETTINGS, file));
    fs.writeFileSync(path.join(dir, 'repo/.connectflowrc.json'), '{ "rules": { "param-empty": "error", "param-type": "off" } }');
    expect(configs.forFile(file)?.settings.rules).toEqual({ 'param-empty': 'error', 'param-type': 'off' });
    expect(configs.forFile(path.join(dir, 'elsewhere.json'))).toBeUndefined();
  });

  it('reports unreadable and malformed files instead of throwing', () => {
    expect(loadConfigFile(path.join(dir, 'missing.json')).problems).toEqual(['Cannot read it: ENOENT.']);
    fs.writeFileSync(path.join(dir, 'bad.json'), '{\n  "rules": {\n    "a": "off"\n  \n');
    expect(loadConfigFile(path.join(dir, 'bad.json')).problems[0]).toMatch(/^It is not valid JSON: CloseBraceExpected at line 5, column 1\.$/);
  });
});
