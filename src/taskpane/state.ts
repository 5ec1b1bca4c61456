// The pane's state as plain data; components render it, the controller changes it.
import type { RunSummary } from '../app/problem';
import type { Issue } from '../schema/issue';
import type { ProblemKind } from '../worker/protocol';

export type Busy = 'insert' | 'example' | 'validate' | 'clear' | 'solve' | 'write' | 'refresh' | null;

export interface PaneMessage {
  intent: 'error' | 'warning' | 'success' | 'info';
  title: string;
  body: string;
}

export interface CostPoint {
  elapsedMs: number;
  cost: number;
}

export interface RunState {
  kind: ProblemKind;
  limitMs: number;
  elapsedMs: number;
  bestCost: number;
  phase: string;
  history: CostPoint[];
  cancelling: boolean;
}

export interface StoppedRun {
  kind: ProblemKind;
  cost: number;
}

export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
}

export interface PaneState {
  busy: Busy;
  message: PaneMessage | null;
  /** Issues of the latest check; null before the first read. */
  issues: Issue[] | null;
  /** True while our highlights are on the workbook (Validate pressed, not cleared). */
  marked: boolean;
  defined: Record<ProblemKind, boolean>;
  /** Editable output sheets present: Refresh views can work from them. */
  outputs: Record<ProblemKind, boolean>;
  /** The fields as typed; written to Settings when committed. */
  timeLimitText: string;
  seedText: string;
  run: RunState | null;
  /** A cancelled run whose best-so-far can be written or discarded. */
  stopped: StoppedRun | null;
  results: RunSummary | null;
  confirm: ConfirmRequest | null;
}

export const initialState: PaneState = {
  busy: null,
  message: null,
  issues: null,
  marked: false,
  defined: { timetable: false, clubs: false },
  outputs: { timetable: false, clubs: false },
  timeLimitText: '30',
  seedText: '1',
  run: null,
  stopped: null,
  results: null,
  confirm: null,
};

export const countBySeverity = (issues: readonly Issue[]) => ({
  error: issues.filter((i) => i.severity === 'error').length,
  warning: issues.filter((i) => i.severity === 'warning').length,
  info: issues.filter((i) => i.severity === 'info').length,
});

/** Keep the chart small: at most this many points, thinning the oldest half when full. */
export const MAX_HISTORY = 120;

export function addPoint(history: readonly CostPoint[], point: CostPoint): CostPoint[] {
  const last = history[history.length - 1];
  if (last && last.cost === point.cost && point.elapsedMs - last.elapsedMs < 1000) return history as CostPoint[];
  const next = [...history, point];
  if (next.length <= MAX_HISTORY) return next;
  const half = Math.floor(next.length / 2);
  return [...next.slice(0, half).filter((_, i) => i % 2 === 0), ...next.slice(half)];
}

export function formatCost(cost: number): string {
  if (!Number.isFinite(cost)) return '—';
  return Number.isInteger(cost) ? cost.toLocaleString('en-US') : cost.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
