/**
 * The flow simulator: runs a flow of the engine's model over a contact's state, offline and deterministically, and
 * runs test cases written in Amazon Connect's testing language against it. Pure: no editor, no file system.
 */
export { Simulation, DEFAULT_START_TIME, DEFAULT_MAX_STEPS } from './simulation';
export { SEMANTICS, defaultBehaviour, type DefaultBehaviour } from './semantics';
export { evaluate, isKnownOperator } from './operators';
export { isOpen, type WeeklyHours, type HoursEntry } from './hours';
export { initialState, readReference, resolveValue, asText, type ContactState, type InitialContact, type Json, type Channel } from './state';
export type {
  CustomerInput,
  SimEvent,
  Outcome,
  OutcomeKind,
  TraceStep,
  TakenBranch,
  MockResult,
  MockRequest,
  Override,
  FlowReference,
  ResolvedFlow,
  SimulationOptions,
  SimulationResult,
} from './types';

import { buildModel, type FlowModel } from '../engine';
import { Simulation } from './simulation';
import type { SimulationOptions, SimulationResult } from './types';

/** Runs one contact through a flow (text or model) with the given options. */
export function simulate(flow: string | FlowModel, options: SimulationOptions = {}): SimulationResult {
  return new Simulation(typeof flow === 'string' ? buildModel(flow) : flow, options).run();
}

export { coverage, type FlowCoverage, type BranchCoverage } from './coverage';
export { readTestCase, isTestCaseShape, TEST_VERSIONS, DOCUMENTED_OVERRIDES, type ReadResult, type ReadOptions } from './testcase/read';
export { runTestCase, type TestResult, type TestStatus, type ObservationResult, type TestFailure, type RunOptions } from './testcase/run';
export { matchesEvent, similar, normalize, sameResource } from './testcase/match';
export type { TestCase, Observation, TestEvent, TestAction, TestProblem, OfflineSettings } from './testcase/model';
