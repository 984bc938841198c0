/** Flows embedded in templates (CloudFormation, Terraform, CDK): flow text + a map back to the template. */
export { OffsetMap, MappedTextBuilder, type Piece } from './offsetMap';
export { scanCloudFormation, mightHoldCloudFormationFlows, FLOW_RESOURCE, MODULE_RESOURCE } from './cloudFormation';
export { scanTemplate, isTemplateFileName } from './scan';
export { checkEmbeddedFlow, checkEmbeddedFlows, checkTemplate, flowRangeToTemplate, type CheckedEmbeddedFlow } from './check';
export type { EmbeddedFlow, DeclaredType, FlowFileReference, TemplateResource, TemplateScan, TemplateFormat, ContentForm } from './types';
export { buildTemplateModel, flowAt, toTemplateRange, toTemplateEdits, templateFixes, encode, type TemplateModel } from './templateDocument';
export { referenceDiagnostics, REFERENCE_KIND, REFERENCE_MISSING } from './references';
