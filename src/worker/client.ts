// The typed client the task pane uses: start → progress events → done | failed. cancel() asks the
// worker to stop; if no 'done' arrives within the grace period (a solver stuck in a long step),
// the worker is terminated and the run resolves with the last incumbent it streamed.
import type { Progress } from '../core/solver';
import type { FromWorker, ProblemKind, StartMessage, ToWorker } from './protocol';

/** The part of a Web Worker we use; tests pass an in-process fake. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
}

export type WorkerFactory = () => WorkerLike;

export interface SolveOptions {
  seed: number;
  timeLimitMs: number;
  maxSteps?: number;
}

export interface SolveResult {
  solution: unknown;
  /** Lower is better. Infinity when the worker could not say. */
  cost: number;
  /** True when the run was cancelled (by cancel() or the watchdog): the solution is the best so far. */
  cancelled: boolean;
  /** True when the worker had to be terminated and the solution is its last incumbent. */
  terminated: boolean;
  seed: number;
}

export interface SolveRun {
  result: Promise<SolveResult>;
  cancel(): void;
}

export interface ClientTiming {
  /** How long cancel() waits for 'done' before terminating (default 800 ms, so Cancel returns within a second). */
  cancelGraceMs?: number;
  /** Cancel automatically this long after the time limit if the solver overruns it (default 5 s). */
  overrunMs?: number;
}

export function startSolve(
  makeWorker: WorkerFactory,
  kind: ProblemKind,
  problem: unknown,
  options: SolveOptions,
  onProgress: (progress: Progress) => void,
  timing: ClientTiming = {},
): SolveRun {
  const graceMs = timing.cancelGraceMs ?? 800;
  const overrunMs = timing.overrunMs ?? 5000;
  let worker: WorkerLike;
  let settled = false;
  let cancelled = false;
  let incumbent: { solution: unknown; cost: number } | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let resolveRun!: (result: SolveResult) => void;
  let rejectRun!: (error: Error) => void;
  const result = new Promise<SolveResult>((resolve, reject) => {
    resolveRun = resolve;
    rejectRun = reject;
  });

  const finish = (outcome: { result: SolveResult } | { error: Error }): void => {
    if (settled) return;
    settled = true;
    clearTimeout(graceTimer);
    clearTimeout(watchdog);
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
    if ('result' in outcome) resolveRun(outcome.result);
    else rejectRun(outcome.error);
  };

  const giveUp = (): void => {
    if (incumbent) {
      finish({ result: { ...incumbent, cancelled: true, terminated: true, seed: options.seed } });
    } else {
      finish({ error: new Error('The solver was stopped before it found any solution; nothing to keep.') });
    }
  };

  const cancel = (): void => {
    if (settled || cancelled) return;
    cancelled = true;
    worker.postMessage({ type: 'cancel' });
    graceTimer = setTimeout(giveUp, graceMs);
  };

  try {
    worker = makeWorker();
  } catch (error) {
    return { result: Promise.reject(new Error(`Could not start the solver worker: ${String(error)}`)), cancel: () => {} };
  }

  worker.onmessage = (event) => {
    const message = event.data;
    switch (message.type) {
      case 'progress':
        if (!settled) onProgress(message.progress);
        break;
      case 'incumbent':
        incumbent = { solution: message.solution, cost: message.cost };
        break;
      case 'done':
        finish({
          result: {
            solution: message.solution,
            cost: message.cost ?? incumbent?.cost ?? Infinity,
            cancelled: message.cancelled || cancelled,
            terminated: false,
            seed: options.seed,
          },
        });
        break;
      case 'failed':
        finish({ error: new Error(message.message) });
        break;
    }
  };
  worker.onerror = (event) => {
    event.preventDefault?.();
    finish({ error: new Error(`The solver worker crashed: ${event.message ?? 'unknown error'}`) });
  };

  const start: StartMessage = { type: 'start', kind, problem, options };
  worker.postMessage(start);
  watchdog = setTimeout(cancel, options.timeLimitMs + overrunMs);
  return { result, cancel };
}
