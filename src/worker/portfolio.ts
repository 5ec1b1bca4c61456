// A portfolio of solver workers with different seeds; the best result wins. Seeds are seed,
// seed + 1, …, and ties go to the lowest seed, so a given machine size gives the same answer.
import type { Progress } from '../core/solver';
import { startSolve, type ClientTiming, type SolveOptions, type SolveResult, type SolveRun, type WorkerFactory } from './client';
import type { ProblemKind } from './protocol';

/** min(hardwareConcurrency − 1, 4), at least 1: leave a core for Excel and the pane. */
export function portfolioSize(hardwareConcurrency: number | undefined): number {
  const cores = Number.isFinite(hardwareConcurrency) ? Math.floor(hardwareConcurrency as number) : 1;
  return Math.max(1, Math.min(cores - 1, 4));
}

/** Pick the lowest cost; on a tie the earlier entry (lower seed). */
export function bestResult(results: readonly SolveResult[]): SolveResult | undefined {
  let best: SolveResult | undefined;
  for (const r of results) if (!best || r.cost < best.cost) best = r;
  return best;
}

export function solvePortfolio(
  makeWorker: WorkerFactory,
  kind: ProblemKind,
  problem: unknown,
  options: SolveOptions,
  onProgress: (progress: Progress) => void,
  size: number,
  timing: ClientTiming = {},
): SolveRun {
  const n = Math.max(1, Math.floor(size));
  const latest: Array<Progress | undefined> = new Array(n).fill(undefined);
  const report = (): void => {
    const known = latest.filter((p): p is Progress => p !== undefined);
    if (known.length === 0) return;
    const best = known.reduce((a, b) => (b.bestCost < a.bestCost ? b : a));
    onProgress({
      phase: best.phase,
      bestCost: best.bestCost,
      step: known.reduce((sum, p) => sum + p.step, 0),
      elapsedMs: Math.max(...known.map((p) => p.elapsedMs)),
    });
  };
  const runs = Array.from({ length: n }, (_, i) =>
    startSolve(
      makeWorker,
      kind,
      problem,
      { ...options, seed: options.seed + i },
      (progress) => {
        latest[i] = progress;
        report();
      },
      timing,
    ),
  );
  const result = Promise.allSettled(runs.map((r) => r.result)).then((outcomes) => {
    const ok = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    const best = bestResult(ok);
    if (best) return best;
    const first = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    throw first?.reason instanceof Error ? first.reason : new Error(String(first?.reason ?? 'The solver failed.'));
  });
  return { result, cancel: () => runs.forEach((r) => r.cancel()) };
}
