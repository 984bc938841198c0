import { validate } from '../../server/src/engine/validate';

/**
 * CPU milliseconds of one validate() call, best of `tries`. CPU time of this process (process.cpuUsage), not
 * wall time, so other work on a busy machine does not count against the engine.
 */
export function cpuMs(text: string, tries = 2): number {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const start = process.cpuUsage();
    validate(text);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
