/**
 * Checks the flows of a template with the engine, as plain flow text, and moves every diagnostic to the template:
 * flow positions → flow offsets → template offsets (through the offset map) → template positions.
 */
import { buildModel, diagnosticsOf, type Diagnostic, type FlowModel, type Range, type ValidateOptions } from '../../engine';
import { LineIndex } from '../../engine';
import type { EmbeddedFlow, TemplateScan } from './types';
import { referenceDiagnostics } from './references';
import { decideFlowType, type TypeClaim } from '../flowTypeDecision';
import { flowTypeConflictDiagnostic } from '../flowTypeConflict';

function claimOf(flow: EmbeddedFlow): TypeClaim {
  return { flowType: flow.declared.flowType, module: flow.declared.module, origin: flow.declared.origin, template: 'the template', kind: flow.format };
}

export interface CheckedEmbeddedFlow {
  flow: EmbeddedFlow;
  model: FlowModel;
  /** Diagnostics in template positions; `data.resource` names the resource. */
  diagnostics: Diagnostic[];
}

/** Maps a range of the flow text to the template. */
export function flowRangeToTemplate(flow: EmbeddedFlow, flowLines: LineIndex, templateLines: LineIndex, range: Range): Range {
  const start = flowLines.offsetAt(range.start);
  const end = flowLines.offsetAt(range.end);
  const mapped = flow.map.rangeToTemplate(start, end);
  return { start: templateLines.positionAt(mapped.start), end: templateLines.positionAt(mapped.end) };
}

/**
 * Checks one embedded flow. `options.flowType` is replaced by the type the template declares (a module or an
 * unknown declaration: no flow type), unless `keepFlowType` asks to keep the caller's.
 */
export function checkEmbeddedFlow(
  flow: EmbeddedFlow,
  templateLines: LineIndex,
  options: ValidateOptions = {},
  keepFlowType = false,
): CheckedEmbeddedFlow {
  const modelOptions = keepFlowType
    ? options
    : { ...options, flowType: flow.declared.flowType, flowTypeOrigin: flow.declared.flowType ? flow.declared.origin : undefined };
  let model = buildModel(flow.text, modelOptions);
  let found = diagnosticsOf(model, modelOptions);
  const decision = keepFlowType ? undefined : decideFlowType(model.flowTypeSource === 'metadata' ? model.flowTypeLabel : undefined, [claimOf(flow)]);
  if (decision?.conflict) {
    const neither = { ...options, flowType: undefined, ignoreMetadataType: true };
    model = buildModel(flow.text, neither);
    found = [flowTypeConflictDiagnostic(model, decision.conflict), ...diagnosticsOf(model, neither)];
  }
  const diagnostics = found.map((d) => {
    const moved: Diagnostic = { ...d, range: flowRangeToTemplate(flow, model.lines, templateLines, d.range) };
    if (d.relatedInformation) {
      moved.relatedInformation = d.relatedInformation.map((r) => ({
        ...r,
        location: { ...r.location, range: flowRangeToTemplate(flow, model.lines, templateLines, r.location.range) },
      }));
    }
    moved.data = { ...(typeof d.data === 'object' && d.data ? d.data : {}), resource: flow.resource };
    return moved;
  });
  return { flow, model, diagnostics };
}

/** Checks every flow of a template; diagnostics in template positions, in template order. */
export function checkEmbeddedFlows(template: string, flows: readonly EmbeddedFlow[], options: ValidateOptions = {}): CheckedEmbeddedFlow[] {
  const lines = new LineIndex(template);
  return flows.map((flow) => checkEmbeddedFlow(flow, lines, options));
}

/** Checks every flow of a scanned template, with the checks of references between the template's resources. */
export function checkTemplate(template: string, scan: TemplateScan, options: ValidateOptions = {}): CheckedEmbeddedFlow[] {
  const lines = new LineIndex(template);
  return scan.flows.map((flow) => {
    const checked = checkEmbeddedFlow(flow, lines, options);
    const references = referenceDiagnostics(scan, checked, lines).filter((d) => options.rules?.[d.code] !== 'off');
    if (references.length > 0) checked.diagnostics = [...checked.diagnostics, ...references];
    return checked;
  });
}
