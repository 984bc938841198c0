// Timing helpers: warm up, then take many samples in this process and report medians.
//
// Every sample records two clocks: wall time (performance.now) and CPU time of this process (user + system from
// process.cpuUsage). On a quiet machine they agree for single-threaded work; when other processes compete for the
// CPUs, wall time also counts the time spent waiting for a CPU, while CPU time still counts only the work done.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const DEFAULTS = { warmupMs: 300, minWarmups: 2, budgetMs: 1500, minSamples: 5, maxSamples: 400 };

/** Runs fn (awaiting it when it returns a promise) and returns { wall, cpu } in milliseconds. */
async function sample(fn, input) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = fn(input);
  if (result && typeof result.then === 'function') await result;
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

function summary(samples) {
  return { ms: median(samples.map((s) => s.wall)), cpuMs: median(samples.map((s) => s.cpu)), samples: samples.length };
}

/**
 * Times one function. `setup` (untimed) runs before every call and its result is passed in, so each sample can
 * start from fresh state. Returns { ms (wall median), cpuMs (CPU-time median), samples }.
 */
export async function measure(fn, options = {}) {
  const { warmupMs, minWarmups, budgetMs, minSamples, maxSamples, setup } = { ...DEFAULTS, ...options };
  const run = () => sample(fn, setup ? setup() : undefined);
  let spent = 0;
  for (let i = 0; i < minWarmups || spent < warmupMs; i++) spent += (await run()).wall;
  const samples = [];
  const start = performance.now();
  while (samples.length < maxSamples && (samples.length < minSamples || performance.now() - start < budgetMs)) samples.push(await run());
  return summary(samples);
}

/**
 * Times several functions in interleaved rounds (each round calls each function once, in turn), so that a change
 * in machine load during the run hits all of them alike and their ratios stay meaningful.
 */
export async function measureInterleaved(fns, options = {}) {
  const { warmupMs, minWarmups, budgetMs, minSamples, maxSamples } = { ...DEFAULTS, ...options };
  const names = Object.keys(fns);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  const round = async (record) => {
    let spent = 0;
    for (const name of names) {
      const s = await sample(fns[name]);
      spent += s.wall;
      if (record) samples[name].push(s);
    }
    return spent;
  };
  let spent = 0;
  for (let i = 0; i < minWarmups || spent < warmupMs; i++) spent += await round(false);
  const start = performance.now();
  for (let i = 0; i < maxSamples && (i < minSamples || performance.now() - start < budgetMs); i++) await round(true);
  return Object.fromEntries(names.map((n) => [n, summary(samples[n])]));
}

/** Budget scaled to the document size, so that the 16 MB case still gets several samples without taking minutes. */
export function budgetFor(textLength) {
  return textLength > 5_000_000 ? { budgetMs: 4000, minSamples: 7, warmupMs: 0, minWarmups: 1 } : {};
}
