// The progress bar `solve` draws on a terminal: phase, best cost, elapsed of the limit.
import type { Progress } from '../core/solver';
import type { CliIo } from './io';
import { formatNumber } from './format';

const REDRAW_MS = 100;

export interface ProgressBar {
  update(p: Progress): void;
  done(): void;
}

/** The line for one progress report (exported for tests). */
export function progressLine(label: string, p: Progress, limitMs: number, width = 80): string {
  const fraction = limitMs > 0 ? Math.min(1, p.elapsedMs / limitMs) : 0;
  const stats = ` ${p.phase}  best ${formatNumber(Math.round(p.bestCost * 100) / 100)}  ${(p.elapsedMs / 1000).toFixed(1)}/${(limitMs / 1000).toFixed(0)} s`;
  const barWidth = Math.max(10, Math.min(30, width - label.length - stats.length - 4));
  const filled = Math.round(fraction * barWidth);
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${stats}`.slice(0, Math.max(20, width - 1));
}

/** A bar on a TTY; nothing at all otherwise (pipes and CI get only the result). */
export function progressBar(io: CliIo, label: string, limitMs: number): ProgressBar {
  if (!io.isTTY || !io.status) return { update: () => {}, done: () => {} };
  let last = 0;
  let drawn = false;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < REDRAW_MS) return;
      last = now;
      drawn = true;
      io.status!(progressLine(label, p, limitMs, io.columns && io.columns >= 40 ? io.columns : 80));
    },
    done() {
      if (drawn) io.status!('');
    },
  };
}
