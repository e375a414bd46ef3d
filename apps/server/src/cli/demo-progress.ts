// Draws the demo loader's phases as progress bars.
import type { DemoPhase, DemoProgress } from '../modules/demo/demo.service.js';
import { progressBar, type Progress } from './progress.js';

const labels: Record<DemoPhase, [string, string]> = {
  regions: ['regions', 'rows'],
  accounts: ['demo accounts', 'accounts'],
  organizations: ['organizations', 'organizations'],
  filings: ['filings', 'filings'],
  statistics: ['statistics', 'steps'],
};

export function demoProgressReporter(): { interactive: boolean; onProgress(progress: DemoProgress): void; finish(): void } {
  let phase: DemoPhase | null = null;
  let bar: Progress | null = null;
  return {
    interactive: Boolean(process.stderr.isTTY),
    onProgress(progress) {
      if (progress.phase !== phase) {
        bar?.stop();
        phase = progress.phase;
        const [label, unit] = labels[phase];
        bar = progressBar(label, Math.max(progress.total, 1), unit);
      }
      bar!.setTotal(Math.max(progress.total, progress.done, 1));
      bar!.update(progress.done);
    },
    finish() {
      bar?.stop();
      bar = null;
      phase = null;
    },
  };
}
