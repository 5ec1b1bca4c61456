// The worker's message handler, free of any Worker global so it runs in Node tests too:
// 'start' runs module.solve with a SolveControl, 'cancel' flips its signal. Progress is forwarded
// (throttled, but never less often than the solver reports it, which is ≥ every 250 ms), and so
// are incumbents, so the client can keep the best so far if it has to terminate() us.
import type { ProblemModule } from '../app/problem';
import type { Progress, SolveControl } from '../core/solver';
import type { FromWorker, ProblemKind, ToWorker } from './protocol';

export type ModuleLookup = (kind: ProblemKind) => ProblemModule | Promise<ProblemModule>;

/** Forward at most one progress message per this many ms unless the best cost improved. */
const PROGRESS_EVERY_MS = 100;

export function createSolverHandler(
  lookup: ModuleLookup,
  post: (message: FromWorker) => void,
  now: () => number = () => Date.now(),
): (message: ToWorker) => Promise<void> {
  let current: { aborted: boolean } | null = null;

  return async function handle(message: ToWorker): Promise<void> {
    if (message.type === 'cancel') {
      if (current) current.aborted = true;
      return;
    }
    if (message.type !== 'start') {
      post({ type: 'failed', message: `Unknown message to the solver: ${String((message as { type?: unknown }).type)}` });
      return;
    }
    if (current) {
      post({ type: 'failed', message: 'This solver is already running; start another worker for a second run.' });
      return;
    }
    const signal = { aborted: false };
    current = signal;
    try {
      const module = await lookup(message.kind);
      const { problem, options } = message;
      const costOf = (solution: unknown, fallback: number): number => {
        try {
          return module.summary(problem, solution).cost;
        } catch {
          return fallback;
        }
      };
      let lastSent = -Infinity;
      let lastBest = Infinity;
      let latest: Progress | undefined;
      const control: SolveControl = {
        seed: options.seed,
        timeLimitMs: options.timeLimitMs,
        maxSteps: options.maxSteps,
        signal,
        onProgress: (progress) => {
          latest = progress;
          const t = now();
          if (t - lastSent >= PROGRESS_EVERY_MS || progress.bestCost < lastBest) {
            lastSent = t;
            lastBest = Math.min(lastBest, progress.bestCost);
            post({ type: 'progress', progress: { ...progress } });
          }
        },
        onIncumbent: (solution) => {
          post({ type: 'incumbent', solution, cost: costOf(solution, latest?.bestCost ?? Infinity) });
        },
      };
      const solution = await module.solve(problem, control);
      if (latest) post({ type: 'progress', progress: { ...latest } });
      post({ type: 'done', solution, cancelled: signal.aborted, cost: costOf(solution, latest?.bestCost ?? Infinity) });
    } catch (error) {
      post({ type: 'failed', message: describeError(error) });
    } finally {
      current = null;
    }
  };
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
