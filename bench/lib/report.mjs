// Renders the results as Markdown: printed by `npm run bench` and written to bench/RESULTS.md.

const ms = (v) => (v === undefined ? 'n/a' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 1 ? v.toFixed(2) : v.toFixed(3));
const ratio = (a, b) => (a === undefined || b === undefined || !b ? 'n/a' : `${(a / b).toFixed(2)}x`);
const mb = (bytes) => (bytes === undefined ? 'n/a' : `${(bytes / 1048576).toFixed(bytes < 1048576 ? 2 : 1)} MiB`);

export function renderReport({ rows, edit, editSize, targets, notes, machine }) {
  const lines = [];
  lines.push('# Benchmark results', '');
  lines.push('Written by `npm run bench` (bench/run.mjs); the last run replaces this file. It is a report, not a gate.', '');
  lines.push(`- Machine: ${machine.cpu}, ${machine.nproc} CPUs (nproc), ${machine.platform}; load average at the end ${machine.load}`);
  lines.push(`- Node ${machine.node}; date ${machine.date}`);
  lines.push('- Input: bench/gen-flow.mjs (seed 1), designer Metadata included, pretty-printed; medians after warm-up, all in one process. JSON.parse and validate run in interleaved rounds (each round runs each once, so load changes hit both alike), then jsonc-parser and JSON-LS the same way.', '');

  lines.push('## Check time (median ms)', '');
  lines.push('| N | size | JSON.parse | jsonc parseTree | JSON-LS parse+validate | ours: validate | ours / JSON.parse | ours / JSON-LS | runs (ours, JSON-LS) |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows)
    lines.push(`| ${r.n} | ${mb(r.bytes)} | ${ms(r.jsonParse)} | ${ms(r.parseTree)} | ${ms(r.jsonls)} | ${ms(r.validate)} | ${ratio(r.validate, r.jsonParse)} | ${ratio(r.validate, r.jsonls)} | ${r.samples}, ${r.slowSamples} |`);
  lines.push('');

  lines.push('## Completion and hover at a key in the middle of the flow (median ms)', '');
  lines.push('"first" is the first request on a freshly built and checked model (what a request right after an edit sees);');
  lines.push('"again" repeats the request on that same model.', '');
  lines.push('| N | completion first | completion again | hover first | hover again |');
  lines.push('|---:|---:|---:|---:|---:|');
  for (const r of rows) lines.push(`| ${r.n} | ${ms(r.completion?.cold)} | ${ms(r.completion?.warm)} | ${ms(r.hover?.cold)} | ${ms(r.hover?.warm)} |`);
  lines.push('');

  lines.push('## Retained heap', '');
  lines.push('| N | JSON.parse object | our model (after a check and one lookup) | model / JSON.parse |');
  lines.push('|---:|---:|---:|---:|');
  for (const r of rows) lines.push(`| ${r.n} | ${mb(r.heapJson)} | ${mb(r.heapModel)} | ${ratio(r.heapModel, r.heapJson)} |`);
  lines.push('');

  lines.push('## Edit to diagnostics', '');
  lines.push(`One-character incremental didChange to publishDiagnostics for that version, dist/server.js over stdio, N=${editSize}: median ${ms(edit?.ms)} ms over ${edit?.samples ?? 0} edits.`, '');

  lines.push('## Targets', '');
  lines.push('| target | result | measured |');
  lines.push('|---|---|---:|');
  for (const t of targets) lines.push(`| ${t.target} | ${t.result} | ${t.value === undefined ? '' : t.target.includes('slope') ? t.value.toFixed(2) : `${ms(t.value)} ms`} |`);
  lines.push('');
  if (notes.length) {
    lines.push('## Notes', '');
    for (const n of notes) lines.push(`- ${n}`);
    lines.push('');
  }
  return lines.join('\n');
}
