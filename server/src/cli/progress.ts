/**
 * "checked 1200/5000 files" on stderr, rewritten in place, for long runs in a terminal. Silent when stdout or
 * stderr is not a terminal (CI logs, pipes), for few files, and during the first quarter second.
 */
export interface Progress {
  advance(n: number): void;
  done(): void;
}

export const PROGRESS_MIN_FILES = 200;

export function createProgress(total: number, enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled || total < PROGRESS_MIN_FILES) return { advance() {}, done() {} };
  const started = Date.now();
  let finished = 0;
  let lastDraw = 0;
  let drawn = false;
  return {
    advance(n) {
      finished += n;
      const now = Date.now();
      if (now - started < 250 || now - lastDraw < 100) return;
      lastDraw = now;
      drawn = true;
      stream.write(`\rconnect-flow-lint: checked ${finished}/${total} files`);
    },
    done() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}

/** Progress is shown only to a person watching a terminal. */
export function progressWanted(): boolean {
  return !!process.stdout.isTTY && !!process.stderr.isTTY && !process.env.CI;
}
