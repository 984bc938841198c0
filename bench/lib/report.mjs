// Renders the results as Markdown: printed by `npm run bench` and written to bench/RESULTS.md.

const num = (v) => (v === undefined || !Number.isFinite(v) ? 'n/a' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 1 ? v.toFixed(2) : v.toFixed(3));
/** A measured entry as "CPU (wall)". */
const both = (m) => (m === undefined ? 'n/a' : `${num(m.cpuMs)} (${num(m.ms)})`);
const x = (v) => (v === undefined || !Number.isFinite(v) ? 'n/a' : `${v.toFixed(2)}x`);
/** Ratio of two measured entries as "CPU ratio (wall ratio)". */
const ratio = (a, b) => (a === undefined || b === undefined ? 'n/a' : `${x(a.cpuMs / b.cpuMs)} (${x(a.ms / b.ms)})`);
const mb = (bytes) => (bytes === undefined ? 'n/a' : `${(bytes / 1048576).toFixed(bytes < 1048576 ? 2 : 1)} MiB`);

function countCodes(codes) {
  if (!codes?.length) return 'none';
  const counts = new Map();
  for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].map(([c, k]) => (k > 1 ? `${c} ×${k}` : c)).join(', ');
}

export function renderReport({ rows, edit, editSize, targets, notes, machine }) {
  const lines = [];
  lines.push('# Benchmark results', '');
  lines.push('Written by `npm run bench` (bench/run.mjs); the last run replaces this file. It is a report, not a gate. See bench/README.md.', '');
  lines.push(`- Machine: ${machine.cpu}, ${machine.nproc} CPUs (nproc), ${machine.platform}`);
  lines.push(`- Load average (1, 5, 15 min) at the start: ${machine.loadStart}; at the end: ${machine.load}`);
  lines.push(`- Node ${machine.node}; date ${machine.date}`);
  lines.push('- Input: bench/gen-flow.mjs (seed 1), designer Metadata included, pretty-printed, no defects.');
  lines.push('- Times are medians after warm-up, all in one process, as **CPU time (wall time)** in ms. CPU time is user + system');
  lines.push('  time of the process: it measures the work and stays meaningful when other processes share the CPUs; the targets');
  lines.push('  are judged on it. JSON.parse and validate run in interleaved rounds, then jsonc-parser and JSON-LS the same way.', '');

  lines.push('## Check time', '');
  lines.push('| N | size | JSON.parse | jsonc parseTree | JSON-LS parse+validate | ours: validate | ours / JSON.parse | ours / JSON-LS | ours, size-limit rules off / JSON.parse | our diagnostics | runs (ours, JSON-LS) |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|');
  for (const r of rows)
    lines.push(
      `| ${r.n} | ${mb(r.bytes)} | ${both(r.jsonParse)} | ${both(r.parseTree)} | ${both(r.jsonls)} | ${both(r.validate)} | ${ratio(r.validate, r.jsonParse)} | ${ratio(r.validate, r.jsonls)} | ${ratio(r.validateNoLimits, r.jsonParse)} | ${countCodes(r.diagnostics)} | ${r.validate?.samples ?? 0}, ${r.jsonls?.samples ?? r.parseTree?.samples ?? 0} |`,
    );
  lines.push('');
  lines.push('Flows of more than 250 actions are over Amazon Connect\'s limits (250 actions, 256,000 characters), so from N = 1000');
  lines.push('on our check reports them (flow-action-limit, flow-content-size); the "size-limit rules off" column shows the rest.', '');

  lines.push('## Completion and hover at a key in the middle of the flow', '');
  lines.push('"first": the first request on a freshly built and checked model (what a request right after an edit meets).');
  lines.push('"again": the same request repeated on that model (an open document that has served requests before).', '');
  lines.push('| N | completion first | completion again | hover first | hover again |');
  lines.push('|---:|---:|---:|---:|---:|');
  for (const r of rows) lines.push(`| ${r.n} | ${both(r.completion?.cold)} | ${both(r.completion?.warm)} | ${both(r.hover?.cold)} | ${both(r.hover?.warm)} |`);
  lines.push('');

  lines.push('## Quick fix offered', '');
  lines.push('The first code-action request for a diagnostic on a checked version: its fix is applied to a copy and the copy');
  lines.push('is checked, so that only fixes that remove their problem and add no error are offered (repeats are cached).', '');
  lines.push('| N | quick fix first | / validate |');
  lines.push('|---:|---:|---:|');
  for (const r of rows) lines.push(`| ${r.n} | ${both(r.quickFix)} | ${r.quickFix && r.validate ? x(r.quickFix.cpuMs / r.validate.cpuMs) : 'n/a'} |`);
  lines.push('');

  lines.push('## Retained heap', '');
  lines.push('| N | JSON.parse object | our model (after a check and one lookup) | model / JSON.parse |');
  lines.push('|---:|---:|---:|---:|');
  for (const r of rows) lines.push(`| ${r.n} | ${mb(r.heapJson)} | ${mb(r.heapModel)} | ${r.heapJson ? x(r.heapModel / r.heapJson) : 'n/a'} |`);
  lines.push('');

  lines.push('## Edit to diagnostics', '');
  lines.push(
    `One-character incremental didChange to publishDiagnostics for that version, dist/server.js over stdio, N=${editSize}, ${edit?.samples ?? 0} edits (${edit?.diagnostics ?? 0} diagnostics each): ${num(edit?.cpuMs)} ms CPU time per edit (server and benchmark processes together), median wall time ${num(edit?.ms)} ms.`,
    '',
  );

  lines.push('## Targets', '');
  lines.push('| target | result | measured (worst N for "every N") |');
  lines.push('|---|---|---:|');
  const shown = (t) => (t.value === undefined || !Number.isFinite(t.value) ? '' : t.unit === 'x' ? x(t.value) : t.unit === 'slope' ? `slope ${t.value.toFixed(2)}` : `${num(t.value)} ms`);
  for (const t of targets) lines.push(`| ${t.target} | ${t.result} | ${shown(t)} |`);
  lines.push('');
  if (notes.length) {
    lines.push('## Notes', '');
    for (const n of notes) lines.push(`- ${n}`);
    lines.push('');
  }
  return lines.join('\n');
}
