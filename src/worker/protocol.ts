// The worker protocol (DESIGN.md): plain data both ways, so it survives postMessage.
import type { Progress } from '../core/solver';

export type ProblemKind = 'timetable' | 'clubs';

export interface StartMessage {
  type: 'start';
  kind: ProblemKind;
  /** The problem model built on the main thread (TimetableProblem or ClubsProblem). */
  problem: unknown;
  options: { seed: number; timeLimitMs: number; maxSteps?: number };
}

export interface CancelMessage {
  type: 'cancel';
}

export type ToWorker = StartMessage | CancelMessage;

export type FromWorker =
  | { type: 'progress'; progress: Progress }
  /** A new best solution, streamed now and then so the pane can keep it if it must terminate() the worker. */
  | { type: 'incumbent'; solution: unknown; cost: number }
  /** `cost`: the module's summary cost of `solution` (optional, added so a portfolio can pick the best without the problem). */
  | { type: 'done'; solution: unknown; cancelled: boolean; cost?: number }
  | { type: 'failed'; message: string };
