// Progress on stderr: a live bar on a terminal, a single summary line otherwise (logs, CI, tests).
import { SingleBar } from 'cli-progress';

export interface Progress {
  update(value: number, payload?: Record<string, string | number>): void;
  setTotal(total: number): void;
  stop(): void;
}

export function progressBar(label: string, total: number, unit = 'rows'): Progress {
  const stream = process.stderr;
  if (!stream.isTTY) {
    let last = 0;
    return {
      update: (value) => void (last = value),
      setTotal: () => undefined,
      stop: () => void stream.write(`${label}: ${last} ${unit}\n`),
    };
  }
  const bar = new SingleBar({
    stream,
    format: `${label.padEnd(18)} [{bar}] {percentage}% | {value}/{total} ${unit} | {eta_formatted}`,
    barCompleteChar: '█',
    barIncompleteChar: '░',
    hideCursor: true,
    clearOnComplete: false,
  });
  bar.start(total, 0);
  return {
    update: (value, payload) => bar.update(value, payload),
    setTotal: (value) => bar.setTotal(value),
    stop: () => bar.stop(),
  };
}
