import { SOURCE, Severity, offsetsOf, type Diagnostic, type FlowModel } from '../engine';

/** The id of the warning given when a flow's type sources disagree (it is then checked with no flow type). */
export const FLOW_TYPE_CONFLICT = 'flow-type-conflict';

/** The warning, on the file's Metadata.type when it has one (else the nearest enclosing key), in flow offsets. */
export function flowTypeConflictOffsets(model: FlowModel): { start: number; end: number } {
  return offsetsOf(model, ['Metadata', 'type'], 'value');
}

export function flowTypeConflictDiagnostic(model: FlowModel, conflict: string, severity: Severity = Severity.Warning): Diagnostic {
  const { start, end } = flowTypeConflictOffsets(model);
  return {
    range: { start: model.lines.positionAt(start), end: model.lines.positionAt(end) },
    severity,
    code: FLOW_TYPE_CONFLICT,
    source: SOURCE,
    message: `The flow type is unclear: ${conflict}. It is checked with no flow type until the sources agree.`,
    data: { path: ['Metadata', 'type'] },
  };
}
