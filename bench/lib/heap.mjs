// Retained heap per object: heapUsed after holding `copies` of them minus heapUsed before, after full GCs.
// Needs node --expose-gc.

function settle() {
  for (let i = 0; i < 4; i++) globalThis.gc();
  return process.memoryUsage().heapUsed;
}

export function retainedBytes(make, copies) {
  if (typeof globalThis.gc !== 'function') return undefined;
  const keep = [];
  const before = settle();
  for (let i = 0; i < copies; i++) keep.push(make());
  const after = settle();
  const perCopy = (after - before) / copies;
  keep.length = 0;
  settle();
  return perCopy;
}

/** Enough copies for a stable number (about 150 MB held), at least two. */
export function copiesFor(textLength) {
  return Math.max(2, Math.min(200, Math.round(150_000_000 / (textLength * 2))));
}
