import type { FileDiff } from './describe';

/** Schema identifier of the JSON output; bumped only for changes that break readers (docs/diff.md). */
export const DIFF_SCHEMA = 'connect-flow-diff/1';

export function renderJson(files: FileDiff[], tool: { name: string; version: string }): string {
  const report = {
    schema: DIFF_SCHEMA,
    tool,
    behaviourChanged: files.some((f) => f.diff.behaviourChanged),
    files: files.map((f) => ({ old: f.oldPath ?? null, new: f.newPath ?? null, status: f.status, ...withoutGraph(f.diff) })),
  };
  return `${JSON.stringify(report, (_key, value: unknown) => (value === undefined ? null : value), 2)}\n`;
}

function withoutGraph<T extends { graph?: unknown }>(diff: T): Omit<T, 'graph'> {
  const { graph: _graph, ...rest } = diff;
  return rest;
}
