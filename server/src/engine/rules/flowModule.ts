import { isObject, type FlowModel } from '../model';

/**
 * Flow modules carry a top-level `Settings` object (inputs, outputs, transitions) and have no flow type. A flow that
 * returns with EndFlowModuleExecution and declares no flow type in `Metadata.type` is a module too, by its content.
 */
export function isFlowModule(model: FlowModel): boolean {
  return isObject(model.rootObject?.Settings) || (model.flowTypeSource !== 'metadata' && hasModuleReturn(model));
}

/** Whether the flow has an EndFlowModuleExecution action (what only a module has). */
export function hasModuleReturn(model: FlowModel): boolean {
  return model.actions.some((a) => a.type === 'EndFlowModuleExecution');
}
