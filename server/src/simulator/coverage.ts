import { transitions, type FlowModel } from '../engine';
import type { TraceStep } from './types';

export interface BranchCoverage {
  actionId: string;
  actionType: string;
  via: 'next' | 'condition' | 'error';
  index: number;
  /** ErrorType or condition operand. */
  label?: string;
  target: string;
  taken: number;
}

export interface FlowCoverage {
  flow: string;
  actions: { total: number; taken: number; untaken: string[] };
  branches: { total: number; taken: number; list: BranchCoverage[] };
}

/** Which actions and which branches (each NextAction, condition and error) the traces took in one flow. */
export function coverage(flowKey: string, model: FlowModel, traces: readonly (readonly TraceStep[])[]): FlowCoverage {
  const visited = new Set<string>();
  const taken = new Map<string, number>();
  for (const trace of traces) {
    for (const step of trace) {
      if (step.flow !== flowKey) continue;
      visited.add(step.actionId);
      if (step.branch) {
        const key = `${step.actionId}\u0000${step.branch.via}\u0000${step.branch.index}`;
        taken.set(key, (taken.get(key) ?? 0) + 1);
      }
    }
  }
  const ids = model.actions.map((a) => a.id).filter((id): id is string => id !== undefined);
  const list: BranchCoverage[] = transitions(model).map((t) => {
    const b: BranchCoverage = { actionId: t.from.id ?? '', actionType: t.from.type ?? '', via: t.via, index: t.index, target: t.target, taken: taken.get(`${t.from.id}\u0000${t.via}\u0000${t.via === 'next' ? 0 : t.index}`) ?? 0 };
    if (t.label !== undefined) b.label = t.label;
    return b;
  });
  return {
    flow: flowKey,
    actions: { total: ids.length, taken: ids.filter((id) => visited.has(id)).length, untaken: ids.filter((id) => !visited.has(id)) },
    branches: { total: list.length, taken: list.filter((b) => b.taken > 0).length, list },
  };
}
