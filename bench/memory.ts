// Time and peak memory of one piece of work, for the ledger benchmarks (issue 5 sets limits on both).

export const MiB = 1024 * 1024;

export interface Measurement {
  label: string;
  rows: number;
  seconds: number;
  /** process RSS, PGlite's worker thread included */
  peakRss: number;
  peakHeap: number;
  startRss: number;
  bytes?: number;
}

/** Runs `task` once while sampling memory every 50 ms. */
export async function measured(label: string, task: () => Promise<{ rows: number; bytes?: number }>): Promise<Measurement> {
  (globalThis as { gc?: () => void }).gc?.();
  const startRss = process.memoryUsage().rss;
  let peakRss = startRss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    peakHeap = Math.max(peakHeap, heapUsed);
  };
  const timer = setInterval(sample, 50);
  const t0 = performance.now();
  try {
    const { rows, bytes } = await task();
    const seconds = (performance.now() - t0) / 1000;
    sample();
    return { label, rows, seconds, peakRss, peakHeap, startRss, bytes };
  } finally {
    clearInterval(timer);
  }
}

/** One line per measurement: time, throughput and peak memory. */
export function report(measurements: Measurement[]) {
  console.log('| step | rows | time (s) | rows/s | peak RSS (MiB) | peak heapUsed (MiB) |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const m of measurements)
    console.log(
      `| ${m.label} | ${m.rows.toLocaleString()} | ${m.seconds.toFixed(2)} | ${Math.round(m.rows / m.seconds).toLocaleString()} | ${(m.peakRss / MiB).toFixed(0)} | ${(m.peakHeap / MiB).toFixed(0)} |`,
    );
}
