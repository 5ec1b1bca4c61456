// A small deterministic ProblemModule for worker and pane tests: "pick a number close to the
// target". Each step tries a seeded candidate; the cost is the distance. It honours the step
// budget, the cancel signal and reports progress and incumbents like the real solvers do.
import type { ProblemModule } from '../../src/app/problem';
import type { SolveControl } from '../../src/core/solver';
import { yieldToEventLoop } from '../../src/core/solver';
import type { WorkbookRecords } from '../../src/schema/records';

export interface GuessProblem {
  target: number;
  /** Milliseconds to sleep per step (to make runs long enough to cancel). */
  stepDelayMs?: number;
  /** Ignore the cancel signal (a solver stuck in a long step). */
  stubborn?: boolean;
  /** Throw at this step. */
  failAt?: number;
}

export interface GuessSolution {
  guess: number;
  steps: number;
}

/** Park–Miller: deterministic per seed. */
export function seeded(seed: number): () => number {
  let s = (Math.abs(Math.floor(seed)) % 2147483646) + 1;
  return () => {
    s = (s * 48271) % 2147483647;
    return s / 2147483647;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function solveGuess(problem: GuessProblem, control: SolveControl): Promise<GuessSolution> {
  const rand = seeded(control.seed);
  const started = Date.now();
  let best: GuessSolution = { guess: 0, steps: 0 };
  let bestCost = Math.abs(problem.target);
  const budget = control.maxSteps ?? Number.POSITIVE_INFINITY;
  for (let step = 1; step <= budget; step++) {
    if (!problem.stubborn && control.signal?.aborted) break;
    if (Date.now() - started > control.timeLimitMs) break;
    if (problem.failAt === step) throw new Error(`guess failed at step ${step}`);
    const guess = Math.floor(rand() * 1000);
    const cost = Math.abs(problem.target - guess);
    if (cost < bestCost) {
      bestCost = cost;
      best = { guess, steps: step };
      control.onIncumbent?.(best);
    }
    control.onProgress?.({ phase: 'guess', bestCost, step, elapsedMs: Date.now() - started });
    if (problem.stepDelayMs) await sleep(problem.stepDelayMs);
    else await yieldToEventLoop();
  }
  return best;
}

export const guessModule: ProblemModule<GuessProblem, GuessSolution> = {
  kind: 'timetable',
  defined: () => true,
  build: () => ({ problem: { target: 500 }, issues: [] }),
  solve: solveGuess,
  views: (problem, solution) => [
    { name: 'Timetable', values: [['Guess', 'Cost'], [solution.guess, Math.abs(problem.target - solution.guess)]] },
  ],
  fromRecords: (_problem, _records: WorkbookRecords) => ({ solution: { guess: 0, steps: 0 }, issues: [] }),
  summary: (problem, solution) => ({
    kind: 'timetable',
    headline: `guessed ${solution.guess}`,
    cost: Math.abs(problem.target - solution.guess),
    figures: [{ label: 'Steps', value: solution.steps }],
    sheets: ['Timetable'],
  }),
};
