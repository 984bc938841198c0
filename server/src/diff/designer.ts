import type { Matching } from './match';
import type { Side } from './side';
import type { DesignerChanges } from './types';
import { canonical, has, isObject, sameValue, type JsonObject } from './values';

/** What changed for the designer only: block metadata (positions), flow metadata, the order of actions, formatting. */
export function designerChanges(oldSide: Side, newSide: Side, matching: Matching, noOtherChange: boolean): DesignerChanges {
  const oldMeta = metadataOf(oldSide);
  const newMeta = metadataOf(newSide);
  let actionMetadata = 0;
  let flowMetadata = 0;
  let reordered = false;
  let formatting = false;
  if (oldSide.model && newSide.model) {
    const oldActions = isObject(oldMeta.ActionMetadata) ? oldMeta.ActionMetadata : {};
    const newActions = isObject(newMeta.ActionMetadata) ? newMeta.ActionMetadata : {};
    const seenNew = new Set<string>();
    for (const id of Object.keys(oldActions)) {
      const action = oldSide.byKey.get(id);
      const mapped = action ? matching.oldToNew.get(action.key) : id;
      if (action && mapped === undefined) continue; // the action was removed: its metadata went with it
      if (mapped === undefined) continue;
      seenNew.add(mapped);
      if (!has(newActions, mapped) || !sameValue(oldActions[id], newActions[mapped])) actionMetadata++;
    }
    for (const id of Object.keys(newActions)) {
      if (seenNew.has(id)) continue;
      const action = newSide.byKey.get(id);
      if (action && !matching.newToOld.has(action.key)) continue; // an added action's metadata
      actionMetadata++;
    }
    for (const key of new Set([...Object.keys(oldMeta), ...Object.keys(newMeta)])) {
      if (key === 'ActionMetadata' || key === 'type') continue;
      if (!sameValue(has(oldMeta, key) ? oldMeta[key] : undefined, has(newMeta, key) ? newMeta[key] : undefined)) flowMetadata++;
    }
    // Order of the actions both sides have.
    const oldOrder = oldSide.actions.filter((a) => matching.oldToNew.has(a.key)).map((a) => matching.oldToNew.get(a.key));
    const newOrder = newSide.actions.filter((a) => matching.newToOld.has(a.key)).map((a) => a.key);
    reordered = oldOrder.some((k, i) => k !== newOrder[i]);
    formatting =
      noOtherChange && actionMetadata === 0 && flowMetadata === 0 && !reordered && oldSide.model.text !== newSide.model.text && canonical(oldSide.model.root) === canonical(newSide.model.root);
  }
  return { count: actionMetadata + flowMetadata + (reordered ? 1 : 0) + (formatting ? 1 : 0), actionMetadata, flowMetadata, reordered, formatting };
}

function metadataOf(side: Side): JsonObject {
  const metadata = side.model?.rootObject?.Metadata;
  return isObject(metadata) ? metadata : {};
}
