// The speed targets of issue 7, each judged PASS / FAIL / n/a from the measured rows.
// Time targets are judged on CPU-time medians (see timing.mjs): they measure the work, and stay meaningful when other
// processes share the machine. Wall-clock medians are printed next to them. Edit-to-diagnostics crosses two
// processes: it is judged on the CPU time both spend per edit, with the wall-clock median printed next to it.

export const LIMITS = {
  validateVsJsonParse: 3,
  validateVsJsonLs: 0.2,
  featureMs: 0.2,
  featureAt: 1000,
  /** log-log slope of latency over N, between N=1000 and the largest N; 1 is linear. */
  featureSlope: 0.5,
  editMs: 10,
  heapVsJsonParse: 3,
};

const verdict = (ok) => (ok === undefined ? 'n/a' : ok ? 'PASS' : 'FAIL');

/** CPU time of a measured entry, in ms. */
export const cpu = (m) => m?.cpuMs;

function slope(rows, pick) {
  const from = rows.find((r) => r.n === LIMITS.featureAt);
  const to = rows[rows.length - 1];
  if (!from || !to || to.n <= from.n || pick(from) === undefined || pick(to) === undefined) return undefined;
  // Both ends are floored at 1 µs so that an immeasurably small time does not produce a meaningless slope.
  return Math.log(Math.max(pick(to), 0.001) / Math.max(pick(from), 0.001)) / Math.log(to.n / from.n);
}

export function evaluateTargets(rows, edit, editSize) {
  const defined = (pick) => rows.length > 0 && rows.every((r) => pick(r) !== undefined && Number.isFinite(pick(r)));
  const worst = (pick) => (defined(pick) ? Math.max(...rows.map(pick)) : undefined);
  const atMost = (value, limit) => verdict(value === undefined ? undefined : value <= limit);
  const at = rows.find((r) => r.n === LIMITS.featureAt);
  const out = [];

  const vsParse = worst((r) => cpu(r.validate) / cpu(r.jsonParse));
  out.push({ target: `validate ≤ ${LIMITS.validateVsJsonParse}x JSON.parse at every N`, result: atMost(vsParse, LIMITS.validateVsJsonParse), value: vsParse, unit: 'x' });
  const vsLs = worst((r) => (r.jsonls ? cpu(r.validate) / cpu(r.jsonls) : undefined));
  out.push({ target: `validate ≤ ${LIMITS.validateVsJsonLs}x JSON-LS parse + doValidation at every N`, result: atMost(vsLs, LIMITS.validateVsJsonLs), value: vsLs, unit: 'x' });

  for (const name of ['completion', 'hover']) {
    for (const [when, label] of [['cold', 'first request on a freshly checked version'], ['warm', 'repeated request on an open document']]) {
      const ms = cpu(at?.[name]?.[when]);
      out.push({ target: `${name} median ≤ ${LIMITS.featureMs} ms at N=${LIMITS.featureAt} (${label})`, result: atMost(ms, LIMITS.featureMs), value: ms, unit: 'ms' });
      const s = slope(rows, (r) => cpu(r[name]?.[when]));
      const last = rows[rows.length - 1]?.n;
      out.push({ target: `${name} grows less than linearly, ${label} (log-log slope N=${LIMITS.featureAt}→${last} < ${LIMITS.featureSlope})`, result: verdict(s === undefined ? undefined : s < LIMITS.featureSlope), value: s, unit: 'slope' });
    }
  }

  out.push({ target: `edit-to-diagnostics at N=${editSize} < ${LIMITS.editMs} ms`, result: verdict(edit?.cpuMs === undefined ? undefined : edit.cpuMs < LIMITS.editMs), value: edit?.cpuMs, unit: 'ms' });
  const heap = worst((r) => (r.heapJson ? r.heapModel / r.heapJson : undefined));
  out.push({ target: `retained model ≤ ${LIMITS.heapVsJsonParse}x the JSON.parse object at every N`, result: atMost(heap, LIMITS.heapVsJsonParse), value: heap, unit: 'x' });
  return out;
}
