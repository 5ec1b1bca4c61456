// What every solver (timetable, clubs) shares: run control and progress. Plain data only, so the
// same solver runs in Node, in a Web Worker, and in a portfolio of workers.

export interface Progress {
  /** Short human name of the current phase, e.g. 'construct', 'anneal', 'assign'. */
  phase: string;
  /** Best cost so far (lower is better; the clubs solver reports its score negated or as a cost — see its docs). */
  bestCost: number;
  /** Steps done so far (the unit of the step budget). */
  step: number;
  elapsedMs: number;
}

export interface SolveControl {
  seed: number;
  /** Wall-clock budget. */
  timeLimitMs: number;
  /** Deterministic budget: when set, the run stops after this many steps, whatever the clock says. */
  maxSteps?: number;
  /** Cancel: the solver returns its best so far within 200 ms of `aborted` turning true. */
  signal?: { readonly aborted: boolean };
  /** Called at least every 250 ms while solving. */
  onProgress?: (progress: Progress) => void;
  /** Called with a new best solution now and then (at most about once a second), so a host can keep it if it must kill the run. */
  onIncumbent?: (solution: unknown) => void;
}

/** Let the event loop run (so a worker can receive 'cancel'), cheaply. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
