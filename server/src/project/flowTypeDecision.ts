/** How a flow's type is settled when its own Metadata.type and the templates that deploy it may disagree. */
import * as path from 'path';
import { buildModel, normalizeFlowType, type FlowModel, type FlowType, type ModelOptions } from '../engine';
import type { FlowFileReference } from './embedded/types';

/** One statement of a flow file's type, by a template or code that deploys it. */
export interface TypeClaim {
  /** undefined: the deployer leaves the type unknown (a variable, a parameter). */
  flowType: FlowType | undefined;
  module: boolean;
  /** `type = "AGENT_WHISPER" of aws_connect_contact_flow.x`, ... */
  origin: string;
  /** The template or code file that states it. */
  template: string;
  kind: FlowFileReference['format'];
}

export interface FlowTypeDecision {
  /** The type to check with; undefined: unknown (no flow-type rules). */
  flowType: FlowType | undefined;
  /** Check without the file's own Metadata.type (it disagrees with a deployer). */
  ignoreMetadataType: boolean;
  /** Where the type came from, for hovers and reports. */
  origin: string | undefined;
  /** Set when the sources disagree: one warning on the file, and neither type is used. */
  conflict: string | undefined;
}

/**
 * Settles a flow file's type from its Metadata.type and what deployers claim. Agreeing sources give the type;
 * disagreeing ones give a conflict and no type. A module claim means no flow type. Claims that leave the type
 * unknown (a variable) say nothing.
 */
export function decideFlowType(metadataType: unknown, claims: readonly TypeClaim[]): FlowTypeDecision {
  const meta = normalizeFlowType(metadataType);
  const stated = claims.filter((c) => c.flowType !== undefined || c.module);
  const label = (c: TypeClaim) => (c.module ? 'a flow module' : c.flowType!);
  const distinct = new Map<string, TypeClaim>();
  for (const c of stated) if (!distinct.has(label(c))) distinct.set(label(c), c);
  const where = (c: TypeClaim) => `${c.origin} in ${path.basename(c.template)}`;
  if (distinct.size > 1) {
    const [a, b] = [...distinct.values()];
    return { flowType: undefined, ignoreMetadataType: true, origin: undefined, conflict: `deployed as ${label(a)} (${where(a)}) and as ${label(b)} (${where(b)})` };
  }
  const claim = stated[0];
  if (!claim) return { flowType: meta, ignoreMetadataType: false, origin: meta ? 'Metadata.type' : undefined, conflict: undefined };
  if (claim.module) return { flowType: undefined, ignoreMetadataType: true, origin: where(claim), conflict: undefined };
  if (meta && meta !== claim.flowType) {
    return { flowType: undefined, ignoreMetadataType: true, origin: undefined, conflict: `Metadata.type says ${meta}, but it is deployed as ${claim.flowType} (${where(claim)})` };
  }
  return { flowType: claim.flowType, ignoreMetadataType: false, origin: stated.length > 1 ? `${where(claim)} and ${stated.length - 1} more` : where(claim), conflict: undefined };
}

/**
 * A flow's model built with the type its deployers give it, as the CLI checks it: the claims are settled against the
 * file's own Metadata.type (`decideFlowType`); a conflict or a module claim means no flow type (settings aside too).
 * `options` are what the model (and its fixes) were built with; `decision` is undefined when no deployer spoke.
 */
export function buildTypedModel(text: string, base: ModelOptions, claims: readonly TypeClaim[]): { model: FlowModel; options: ModelOptions; decision: FlowTypeDecision | undefined } {
  const model = buildModel(text, base);
  if (claims.length === 0) return { model, options: base, decision: undefined };
  const decision = decideFlowType(model.flowTypeSource === 'metadata' ? model.flowTypeLabel : undefined, claims);
  const options: ModelOptions =
    decision.conflict || decision.ignoreMetadataType
      ? { ...base, flowType: undefined, ignoreMetadataType: true }
      : { ...base, flowType: decision.flowType ?? base.flowType, flowTypeOrigin: decision.flowType ? decision.origin : undefined };
  return { model: buildModel(text, options), options, decision };
}
