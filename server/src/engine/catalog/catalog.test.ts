import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import { ACTION_SPECS, actionSpec, knownActionTypes, misnomer } from './index';
import type { ActionSpec, ParamSpec } from './types';
import { FLOW_TYPES } from '../flowType';
import { validate } from '../validate';
import { Severity } from '../diagnostic';
import { END_ID, endAction, flowText } from '../../../../test/helpers/flow';
import { sharedDir } from '../../../../test/helpers/shared';

/** A value that satisfies the parameter, as a console export would write it. */
function sampleValue(p: ParamSpec): unknown {
  if (p.default !== undefined && p.default !== '') return p.kind === 'object' || p.kind === 'array' ? JSON.parse(p.default) : p.default;
  if (p.values) return p.values[0];
  switch (p.kind) {
    case 'integer':
      return String(p.min ?? 1);
    case 'boolean':
      return 'True';
    case 'object':
      return {};
    case 'array':
      return [];
    default:
      return p.form === 'referenceOnly' ? '$.Attributes.value' : 'sample';
  }
}

/** The smallest well-formed action of this type: required parameters, the usual error branch, required outcomes. */
function fixture(spec: ActionSpec) {
  const wanted = spec.params.filter((p) => p.required || spec.requiresOneOf?.some((group) => group[0] === p.name));
  const params = Object.fromEntries(wanted.map((p) => [p.name, sampleValue(p)]));
  // EventHooks holds exactly one known event (rule event-hooks).
  if ('EventHooks' in params) params.EventHooks = { CustomerQueue: 'arn:aws:connect:us-east-1:1:instance/i/contact-flow/f' };
  const transitions: Record<string, unknown> = {};
  if (!spec.terminal) {
    transitions.NextAction = END_ID;
    // InvalidPhoneNumber needs stored input validated as a phone number (rule input-error-branch).
    transitions.Errors = spec.errors.filter((e) => e !== 'InvalidPhoneNumber').map((ErrorType) => ({ NextAction: END_ID, ErrorType }));
    const outcomes = spec.conditions?.requiredOutcomes ?? [];
    if (spec.conditions) transitions.Conditions = outcomes.map((o) => ({ NextAction: END_ID, Condition: { Operator: 'Equals', Operands: [o] } }));
  }
  return { Identifier: 'under-test', Type: spec.type, Parameters: params, Transitions: transitions };
}

describe('action catalogue', () => {
  it('knows the documented action types, the real-only ones and the newer spellings', () => {
    const types = knownActionTypes();
    expect(types.length).toBeGreaterThanOrEqual(60);
    for (const t of ['CreateCallbackContact', 'UpdateContactRoutingCriteria', 'Wait', 'TransferParticipantToThirdParty', 'CheckSegmentMembershipForCustomerProfile', 'RenderMessageTemplate'])
      expect(types).toContain(t);
    expect(actionSpec('UpdateRoutingCriteria')?.type).toBe('UpdateContactRoutingCriteria');
    expect(actionSpec('UntagContact')?.type).toBe('UnTagContact');
    expect(actionSpec('Wait')?.params.map((p) => p.name)).toContain('TimeLimitSeconds');
  });

  it('has no duplicate type, alias or parameter name', () => {
    const names = ACTION_SPECS.flatMap((s) => [s.type, ...(s.aliases ?? [])]);
    expect(new Set(names).size).toBe(names.length);
    for (const spec of ACTION_SPECS) {
      const params = spec.params.map((p) => p.name);
      expect(new Set(params).size, spec.type).toBe(params.length);
    }
  });

  it.each(ACTION_SPECS.map((s) => [s.type, s] as const))('%s has hover text and consistent data', (_type, spec) => {
    expect(spec.summary.length, 'summary').toBeGreaterThan(20);
    expect(spec.summary).toMatch(/[.)]$/);
    for (const p of spec.params) {
      expect(p.summary.length, `${p.name} summary`).toBeGreaterThan(5);
      for (const other of p.exclusiveWith ?? []) expect(spec.params.some((q) => q.name === other), `${p.name} excludes ${other}`).toBe(true);
      if (p.ignoredWhen) expect(spec.params.some((q) => q.name === p.ignoredWhen)).toBe(true);
      if (p.min !== undefined && p.max !== undefined) expect(p.min).toBeLessThanOrEqual(p.max);
    }
    if (spec.terminal) expect(spec.conditions).toBeUndefined();
    const c = spec.conditions;
    if (c?.closedOutcomes) for (const o of c.requiredOutcomes ?? []) expect(c.outcomes ?? c.requiredOutcomes).toContain(o);
    for (const t of spec.flowTypes?.allowed ?? []) expect(FLOW_TYPES).toContain(t);
    if (spec.flowTypes) expect(spec.flowTypes.description.length).toBeGreaterThan(5);
    expect(misnomer(spec.type)).toBeUndefined();
  });

  it.each(ACTION_SPECS.map((s) => [s.type, s] as const))('%s: its minimal fixture validates cleanly, and flow types are enforced', (_type, spec) => {
    // A module-only action is written in a module (top-level Settings); a module has no flow type of its own, so the
    // restriction is checked against Metadata.type in actionFlowType.test.ts instead.
    const moduleOnly = spec.flowTypes?.allowed?.length === 0;
    const top = moduleOnly ? { Settings: { InputParameters: [], OutputParameters: [], Transitions: [] } } : undefined;
    const text = flowText(spec.terminal ? [fixture(spec)] : [fixture(spec), endAction], { top });
    // A deprecated action is reported as such (action-deprecated) and nothing else.
    const noise = validate(text).filter((d) => d.severity <= Severity.Warning && !(spec.deprecated && d.code === 'action-deprecated'));
    expect(noise.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
    for (const flowType of moduleOnly ? [] : FLOW_TYPES) {
      const flagged = validate(text, { flowType }).some((d) => d.code === 'action-flow-type');
      const allowed = !spec.flowTypes?.allowed || spec.flowTypes.allowed.includes(flowType);
      expect(flagged, `${spec.type} in ${flowType}`).toBe(!allowed);
    }
  });
});

const shared = sharedDir();
const keysFile = shared && path.join(shared, 'spec', 'corpus-param-keys.txt');

describe.skipIf(!keysFile)('catalogue against the parameter keys real exports use (../shared/spec/corpus-param-keys.txt)', () => {
  if (!keysFile) return;
  const lines = fs.readFileSync(keysFile, 'utf8').split('\n').filter((l) => l.trim());
  it.each(lines.map((l) => [l.split(' ')[0], l] as const))('%s', (type, line) => {
    const spec = actionSpec(type);
    expect(spec, `${type} is in the catalogue`).toBeDefined();
    const keys = [...line.matchAll(/'([^']+)':/g)].map((m) => m[1]);
    const names = spec!.params.map((p) => p.name);
    if (!spec!.openParams) expect(keys.filter((k) => !names.includes(k))).toEqual([]);
  });
});

describe.runIf(!keysFile)('catalogue against real parameter keys', () => {
  it.skip('SKIPPED: ../shared/spec is absent (it is only beside the project in CI and development)', () => {});
});

describe('where each catalogue fact comes from (docs/rules.md, severity policy)', () => {
  const SOURCES = ['docs', 'exports', 'both'];

  it('every entry, and every parameter that overrides it, names its source', () => {
    for (const spec of ACTION_SPECS) {
      expect(SOURCES, spec.type).toContain(spec.source);
      for (const p of spec.params) if (p.source !== undefined) expect(SOURCES, `${spec.type}.${p.name}`).toContain(p.source);
      if (spec.flowTypes?.source !== undefined) expect(SOURCES, `${spec.type} flow types`).toContain(spec.flowTypes.source);
    }
  });

  it('reports a fact only the documentation states as a warning, and the same kind of fact real flows confirm as an error', () => {
    const docsOnly = validate(flowText([{ Parameters: {}, Identifier: 'u', Type: 'UnTagContact', Transitions: { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }] } }, endAction]));
    expect(docsOnly.filter((d) => d.code === 'param-required').map((d) => d.severity)).toEqual([Severity.Warning]);
    const confirmed = validate(flowText([{ Parameters: {}, Identifier: 't', Type: 'TagContact', Transitions: { NextAction: END_ID, Errors: [{ NextAction: END_ID, ErrorType: 'NoMatchingError' }] } }, endAction]));
    expect(confirmed.filter((d) => d.code === 'param-required').map((d) => d.severity)).toEqual([Severity.Error]);
  });
});
