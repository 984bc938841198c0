import { NAMESPACES as ENGINE_NAMESPACES, NAMESPACE_NOTES, isObject, type FlowModel, type NamespaceNote } from '../../engine';

export type PathName = NamespaceNote;

/** Every namespace the checker accepts, with the catalogue's notes where there are some. */
export const NAMESPACES: readonly PathName[] = (() => {
  const known = new Set(ENGINE_NAMESPACES);
  const described = NAMESPACE_NOTES.filter((n) => known.has(n.name));
  const names = new Set(described.map((n) => n.name));
  return [...described, ...ENGINE_NAMESPACES.filter((n) => !names.has(n)).map((name) => ({ name, summary: 'Flow data namespace.' }))];
})();

export const NAMESPACE_BY_NAME = new Map(NAMESPACES.map((n) => [n.name, n]));

/** Parameter names by which a flow sets attributes, per attribute namespace. */
const SETTERS: Record<string, { type: string; param: string }> = {
  Attributes: { type: 'UpdateContactAttributes', param: 'Attributes' },
  FlowAttributes: { type: 'UpdateFlowAttributes', param: 'FlowAttributes' },
};

const setCache = new WeakMap<FlowModel, Map<string, string[]>>();

/** The attribute names this flow sets in a namespace (`Attributes`: the keys of every UpdateContactAttributes). */
export function namesSetInFlow(model: FlowModel, namespace: string): string[] {
  let byNamespace = setCache.get(model);
  if (!byNamespace) setCache.set(model, (byNamespace = new Map()));
  const cached = byNamespace.get(namespace);
  if (cached) return cached;
  const setter = SETTERS[namespace];
  const names = new Set<string>();
  if (setter) {
    for (const action of model.actions) {
      if (action.type !== setter.type) continue;
      const params = action.object?.Parameters;
      const map = isObject(params) ? params[setter.param] : undefined;
      if (isObject(map)) for (const key of Object.keys(map)) if (key && !key.includes('$.')) names.add(key);
    }
  }
  const list = [...names].sort();
  byNamespace.set(namespace, list);
  return list;
}
