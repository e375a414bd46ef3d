// Work that outlives its request: imports and exports run in the server process (architecture.md: no second
// process, no broker) and report progress through their own rows. Closing the app waits for them.

export class BackgroundWork {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly onError: (error: unknown, label: string) => void = (error, label) => console.error(label, error)) {}

  /** Starts `task` after the current request has answered; its failure is the task's own to record. */
  start(label: string, task: () => Promise<void>): void {
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(task)
      .catch((error: unknown) => this.onError(error, label))
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }

  /** Resolves when nothing is running (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}

/**
 * Calls `write(done)` at most every `intervalMs` while work goes on, and always for the last value, so a
 * progress row is neither hammered nor stale.
 */
export function throttledProgress(write: (done: number) => Promise<void>, intervalMs = 250) {
  let last = 0;
  let pending: Promise<void> = Promise.resolve();
  return {
    report(done: number) {
      const now = Date.now();
      if (now - last < intervalMs) return pending;
      last = now;
      pending = write(done);
      return pending;
    },
    finish: (done: number) => write(done),
  };
}

/**
 * `items.map(fn)` a slice at a time, letting the event loop run between slices: a long synchronous map would hold
 * up everything else in the process, the replies of PGlite's thread among them, and leave the database idle.
 */
export async function mapInSlices<T, R>(items: readonly T[], fn: (item: T) => R, sliceSize = 500): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += sliceSize) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    for (const item of items.slice(start, start + sliceSize)) results.push(fn(item));
  }
  return results;
}
