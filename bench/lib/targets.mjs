// The speed targets of issue 7, each judged PASS / FAIL / n/a from the measured rows.

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

function slope(rows, pick) {
  const from = rows.find((r) => r.n === LIMITS.featureAt);
  const to = rows[rows.length - 1];
  if (!from || !to || to.n <= from.n || pick(from) === undefined || pick(to) === undefined) return undefined;
  return Math.log(pick(to) / pick(from)) / Math.log(to.n / from.n);
}

export function evaluateTargets(rows, edit, editSize) {
  const all = (pick, limit) => (rows.some((r) => pick(r) === undefined) ? undefined : rows.every((r) => pick(r) <= limit));
  const at = rows.find((r) => r.n === LIMITS.featureAt);
  const out = [];
  out.push({ target: `validate ≤ ${LIMITS.validateVsJsonParse}x JSON.parse at every N`, result: verdict(all((r) => r.validate / r.jsonParse, LIMITS.validateVsJsonParse)) });
  out.push({ target: `validate ≤ ${LIMITS.validateVsJsonLs}x JSON-LS parse + doValidation at every N`, result: verdict(all((r) => (r.jsonls ? r.validate / r.jsonls : undefined), LIMITS.validateVsJsonLs)) });
  for (const name of ['completion', 'hover']) {
    const ms = at?.[name]?.cold;
    out.push({ target: `${name} median ≤ ${LIMITS.featureMs} ms at N=${LIMITS.featureAt} (first request on a freshly checked version)`, result: verdict(ms === undefined ? undefined : ms <= LIMITS.featureMs), value: ms });
    const s = slope(rows, (r) => r[name]?.cold);
    out.push({ target: `${name} grows less than linearly (log-log slope N=${LIMITS.featureAt}→${rows[rows.length - 1]?.n} < ${LIMITS.featureSlope})`, result: verdict(s === undefined ? undefined : s < LIMITS.featureSlope), value: s });
  }
  out.push({ target: `edit-to-diagnostics at N=${editSize} < ${LIMITS.editMs} ms`, result: verdict(edit ? edit.ms < LIMITS.editMs : undefined), value: edit?.ms });
  out.push({ target: `retained model ≤ ${LIMITS.heapVsJsonParse}x the JSON.parse object at every N`, result: verdict(all((r) => (r.heapJson ? r.heapModel / r.heapJson : undefined), LIMITS.heapVsJsonParse)) });
  return out;
}
