import { isObject, type FlowModel } from '../../engine';
import { simulate, type FlowReference, type MockResult, type ResolvedFlow, type SimulationResult } from '../../simulator';
import type { SimulationAnswer, SimulationQuestion } from '../../protocol';

/**
 * "Simulate flow", step by step and stateless: the flow is run from its start with the answers given so far, one
 * per question in order; at the first question without an answer the run stops there (that action is where the
 * contact is now) and the question is returned with the choices the flow itself suggests (its conditions' operands,
 * its error types). Pure.
 */
export interface SteppedRun {
  result: SimulationResult;
  question: SimulationQuestion | undefined;
}

/** Thrown from a callback to stop the run at the action that asks (the simulator reports it as a stop). */
class Asked extends Error {}

export function simulateSteps(model: FlowModel, answers: readonly SimulationAnswer[], options: { flowKey: string; resolveFlow?: (ref: FlowReference) => ResolvedFlow | undefined }): SteppedRun {
  let next = 0;
  let question: SimulationQuestion | undefined;
  const result = simulate(model, {
    flowKey: options.flowKey,
    resolveFlow: options.resolveFlow,
    maxSteps: 500,
    input: (request) => {
      const answer = answers[next++];
      if (answer === undefined) {
        question = inputQuestion(model, request.flow === options.flowKey ? request.actionId : undefined, request.actionId, request.actionType, request.expects);
        throw new Asked();
      }
      if (answer.kind === 'dtmf' || answer.kind === 'text') return { kind: answer.kind, value: answer.value };
      if (answer.kind === 'hangup') return { kind: 'disconnect' };
      return undefined;
    },
    mock: (request) => {
      const answer = answers[next++];
      if (answer === undefined) {
        question = mockQuestion(model, request.flow === options.flowKey ? request.actionId : undefined, request.actionId, request.actionType, request.resource);
        throw new Asked();
      }
      return mockOf(answer);
    },
  });
  return { result, question };
}

function mockOf(answer: SimulationAnswer): MockResult | undefined {
  if (answer.kind === 'result') return { kind: 'result', value: answer.value };
  if (answer.kind === 'error') return { kind: 'error', errorType: answer.errorType };
  return undefined;
}

/** The operands of the action's conditions and its error types, when the action is in the tested flow. */
function branches(model: FlowModel, actionId: string | undefined): { operands: string[]; errors: string[] } {
  const t = actionId === undefined ? undefined : model.byId.get(actionId)?.object?.Transitions;
  const operands: string[] = [];
  const errors: string[] = [];
  if (!isObject(t)) return { operands, errors };
  for (const c of Array.isArray(t.Conditions) ? t.Conditions : []) {
    const cond = isObject(c) ? c.Condition : undefined;
    const first = isObject(cond) && Array.isArray(cond.Operands) ? cond.Operands[0] : undefined;
    if (typeof first === 'string' && !operands.includes(first)) operands.push(first);
  }
  for (const e of Array.isArray(t.Errors) ? t.Errors : []) if (isObject(e) && typeof e.ErrorType === 'string' && !errors.includes(e.ErrorType)) errors.push(e.ErrorType);
  return { operands, errors };
}

function inputQuestion(model: FlowModel, localId: string | undefined, actionId: string, actionType: string, expects: 'dtmf' | 'text'): SimulationQuestion {
  const { operands } = branches(model, localId);
  const choices: SimulationQuestion['choices'] = operands.map((value) => ({ label: expects === 'dtmf' ? `Press ${value}` : `Say "${value}"`, answer: { kind: expects, value } }));
  choices.push({ label: 'Stay silent', description: 'the input times out', answer: { kind: 'silence' } });
  choices.push({ label: 'Hang up', answer: { kind: 'hangup' } });
  const what = expects === 'dtmf' ? 'keys the customer presses' : 'what the customer says or types';
  return { actionId, actionType, kind: 'input', prompt: `${actionType} "${actionId}": ${what} (pick, or type a value)`, choices, typed: expects };
}

function mockQuestion(model: FlowModel, localId: string | undefined, actionId: string, actionType: string, resource: string | undefined): SimulationQuestion {
  const { operands, errors } = branches(model, localId);
  const choices: SimulationQuestion['choices'] = [{ label: 'No mock', description: "the simulator's default, or it stops and says a mock is needed", answer: { kind: 'default' } }];
  for (const value of operands) choices.push({ label: `Result ${value}`, answer: { kind: 'result', value } });
  if (operands.length === 0) choices.push({ label: 'Success', answer: { kind: 'result', value: '' } });
  for (const errorType of errors) choices.push({ label: `Error ${errorType}`, answer: { kind: 'error', errorType } });
  const of = resource ? ` (${resource.split(/[:/]/).pop() || resource})` : '';
  return { actionId, actionType, kind: 'mock', prompt: `${actionType} "${actionId}"${of}: what it returns (pick, or type a result value)`, choices, typed: 'result' };
}
