import { isObject, type FlowModel } from '../model';

/** Flow modules carry a top-level `Settings` object (inputs, outputs, transitions) and have no flow type. */
export function isFlowModule(model: FlowModel): boolean {
  return isObject(model.rootObject?.Settings);
}
