// Timing helpers: warm up, then take many samples in this process and report the median.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const DEFAULTS = { warmupMs: 300, minWarmups: 2, budgetMs: 1500, minSamples: 5, maxSamples: 400 };

/**
 * Times a synchronous function. `setup` (untimed) runs before every call and its result is passed in, so each
 * sample can start from fresh state. Returns the median and the number of samples, in milliseconds.
 */
export function measure(fn, options = {}) {
  const { warmupMs, minWarmups, budgetMs, minSamples, maxSamples, setup } = { ...DEFAULTS, ...options };
  const run = () => {
    const input = setup ? setup() : undefined;
    const t0 = performance.now();
    fn(input);
    return performance.now() - t0;
  };
  let spent = 0;
  for (let i = 0; i < minWarmups || spent < warmupMs; i++) spent += run();
  const samples = [];
  const start = performance.now();
  while (samples.length < maxSamples && (samples.length < minSamples || performance.now() - start < budgetMs)) samples.push(run());
  return { ms: median(samples), samples: samples.length };
}

/** Same as measure() for a function returning a promise. */
export async function measureAsync(fn, options = {}) {
  const { warmupMs, minWarmups, budgetMs, minSamples, maxSamples, setup } = { ...DEFAULTS, ...options };
  const run = async () => {
    const input = setup ? await setup() : undefined;
    const t0 = performance.now();
    await fn(input);
    return performance.now() - t0;
  };
  let spent = 0;
  for (let i = 0; i < minWarmups || spent < warmupMs; i++) spent += await run();
  const samples = [];
  const start = performance.now();
  while (samples.length < maxSamples && (samples.length < minSamples || performance.now() - start < budgetMs)) samples.push(await run());
  return { ms: median(samples), samples: samples.length };
}

/** Budget scaled to the document size, so that the 16 MB case still gets several samples without taking minutes. */
export function budgetFor(textLength) {
  return textLength > 5_000_000 ? { budgetMs: 4000, minSamples: 5, warmupMs: 0, minWarmups: 1 } : {};
}

/**
 * Times several functions in interleaved rounds (each round calls each function once, in turn), so that a change
 * in machine load during the run hits all of them alike and their ratios stay meaningful. Functions may return
 * promises (awaited inside the timed region). `between` (untimed) runs before each call, e.g. a full GC so that
 * no call pays for the garbage of the one before.
 */
export async function measureInterleaved(fns, options = {}) {
  const { warmupMs, minWarmups, budgetMs, minSamples, maxSamples, between } = { ...DEFAULTS, ...options };
  const names = Object.keys(fns);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  const round = async (record) => {
    let spent = 0;
    for (const name of names) {
      between?.();
      const t0 = performance.now();
      const result = fns[name]();
      if (result && typeof result.then === 'function') await result;
      const dt = performance.now() - t0;
      spent += dt;
      if (record) samples[name].push(dt);
    }
    return spent;
  };
  let spent = 0;
  for (let i = 0; i < minWarmups || spent < warmupMs; i++) spent += await round(false);
  const start = performance.now();
  for (let i = 0; i < maxSamples && (i < minSamples || performance.now() - start < budgetMs); i++) await round(true);
  return Object.fromEntries(names.map((n) => [n, { ms: median(samples[n]), samples: samples[n].length }]));
}
