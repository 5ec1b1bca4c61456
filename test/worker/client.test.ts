import { createInProcessWorker, solvePortfolio, portfolioSize, bestResult, startSolve, createSolverHandler } from '../../src/worker';
import type { FromWorker } from '../../src/worker';
import type { Progress } from '../../src/core/solver';
import { guessModule, solveGuess, type GuessProblem, type GuessSolution } from './fakeModule';
import type { ProblemModule } from '../../src/app/problem';

const lookup = () => guessModule as unknown as ProblemModule;
const factory = () => createInProcessWorker(lookup);

describe('solver client over the worker protocol', () => {
  it('streams progress and resolves with the solution the solver returns, with its cost', async () => {
    const progress: Progress[] = [];
    const problem: GuessProblem = { target: 321 };
    const run = startSolve(factory, 'timetable', problem, { seed: 7, timeLimitMs: 60_000, maxSteps: 200 }, (p) => progress.push(p));
    const result = await run.result;
    // Same seed and step budget in-process give the same answer: the worker changes nothing.
    const direct = await solveGuess(problem, { seed: 7, timeLimitMs: 60_000, maxSteps: 200 });
    expect(result.solution).toEqual(direct);
    expect(result.cost).toBe(Math.abs(321 - direct.guess));
    expect(result.cancelled).toBe(false);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[progress.length - 1].bestCost).toBe(result.cost);
    // Best cost never gets worse along the way.
    for (let i = 1; i < progress.length; i++) expect(progress[i].bestCost).toBeLessThanOrEqual(progress[i - 1].bestCost);
  });

  it('cancel() makes the solver return its best so far, marked as cancelled', async () => {
    const run = startSolve(factory, 'timetable', { target: 999_999, stepDelayMs: 5 }, { seed: 1, timeLimitMs: 60_000 }, () => {});
    await new Promise((r) => setTimeout(r, 60));
    run.cancel();
    const result = await run.result;
    expect(result.cancelled).toBe(true);
    expect(result.terminated).toBe(false);
    expect((result.solution as GuessSolution).steps).toBeGreaterThan(0);
  });

  it('terminates a solver that ignores cancel and resolves with the last incumbent', async () => {
    const run = startSolve(
      factory,
      'timetable',
      { target: 999_999, stepDelayMs: 5, stubborn: true },
      // The stubborn solver only stops at its time limit; keep that short so jest can exit.
      { seed: 3, timeLimitMs: 400 },
      () => {},
      { cancelGraceMs: 50 },
    );
    await new Promise((r) => setTimeout(r, 60));
    run.cancel();
    const result = await run.result;
    expect(result.terminated).toBe(true);
    expect(result.cancelled).toBe(true);
    expect(result.cost).toBe(999_999 - (result.solution as GuessSolution).guess);
  });

  it('rejects with the solver\'s message when it fails', async () => {
    const run = startSolve(factory, 'timetable', { target: 10, failAt: 3 }, { seed: 1, timeLimitMs: 60_000 }, () => {});
    await expect(run.result).rejects.toThrow('guess failed at step 3');
  });

  it('rejects clearly when stopped before any solution exists', async () => {
    const silent: ProblemModule = { ...(guessModule as unknown as ProblemModule), solve: () => new Promise(() => {}) };
    const run = startSolve(() => createInProcessWorker(() => silent), 'timetable', {}, { seed: 1, timeLimitMs: 60_000 }, () => {}, {
      cancelGraceMs: 20,
    });
    run.cancel();
    await expect(run.result).rejects.toThrow(/before it found any solution/);
  });
});

describe('portfolio', () => {
  it('uses min(cores − 1, 4) workers, at least one', () => {
    expect(portfolioSize(1)).toBe(1);
    expect(portfolioSize(2)).toBe(1);
    expect(portfolioSize(3)).toBe(2);
    expect(portfolioSize(8)).toBe(4);
    expect(portfolioSize(undefined)).toBe(1);
  });

  it('runs one worker per seed and keeps the best result', async () => {
    const problem: GuessProblem = { target: 500 };
    const options = { seed: 10, timeLimitMs: 60_000, maxSteps: 3 };
    const run = solvePortfolio(factory, 'timetable', problem, options, () => {}, 3);
    const result = await run.result;
    const singles = await Promise.all([10, 11, 12].map((seed) => solveGuess(problem, { ...options, seed })));
    const costs = singles.map((s) => Math.abs(500 - s.guess));
    const bestCost = Math.min(...costs);
    expect(result.cost).toBe(bestCost);
    expect(result.seed).toBe(10 + costs.indexOf(bestCost));
  });

  it('breaks ties in favour of the lower seed', () => {
    const r = (seed: number, cost: number) => ({ solution: seed, cost, cancelled: false, terminated: false, seed });
    expect(bestResult([r(1, 5), r(2, 3), r(3, 3)])?.seed).toBe(2);
  });
});

describe('worker handler', () => {
  it('refuses a second start while running and reports unknown messages', async () => {
    const posted: FromWorker[] = [];
    const handle = createSolverHandler(lookup, (m) => posted.push(m));
    const first = handle({ type: 'start', kind: 'timetable', problem: { target: 5, stepDelayMs: 2 }, options: { seed: 1, timeLimitMs: 60_000, maxSteps: 5 } });
    await handle({ type: 'start', kind: 'timetable', problem: { target: 5 }, options: { seed: 1, timeLimitMs: 60_000 } });
    expect(posted.some((m) => m.type === 'failed' && /already running/.test(m.message))).toBe(true);
    await first;
    expect(posted[posted.length - 1].type).toBe('done');
    await handle({ type: 'bogus' } as never);
    expect(posted[posted.length - 1]).toEqual({ type: 'failed', message: expect.stringMatching(/Unknown message/) });
  });

  it('turns a failure to load the module into a failed message', async () => {
    const posted: FromWorker[] = [];
    const handle = createSolverHandler(() => Promise.reject(new Error('chunk load failed')), (m) => posted.push(m));
    await handle({ type: 'start', kind: 'clubs', problem: {}, options: { seed: 1, timeLimitMs: 1000 } });
    expect(posted).toEqual([{ type: 'failed', message: 'chunk load failed' }]);
  });

  it('thins out a flood of progress reports but forwards every improvement and the final state', async () => {
    const posted: FromWorker[] = [];
    let clock = 0;
    const chatty: ProblemModule = {
      ...(guessModule as unknown as ProblemModule),
      solve: async (_p, control) => {
        for (let step = 1; step <= 1000; step++) {
          clock += 1; // 1 ms per report
          control.onProgress?.({ phase: 'x', bestCost: 1000 - Math.floor(step / 100), step, elapsedMs: clock });
        }
        return { guess: 0, steps: 1000 };
      },
    };
    const handle = createSolverHandler(() => chatty, (m) => posted.push(m), () => clock);
    await handle({ type: 'start', kind: 'timetable', problem: { target: 5 }, options: { seed: 1, timeLimitMs: 1000 } });
    const progress = posted.filter((m): m is Extract<FromWorker, { type: 'progress' }> => m.type === 'progress').map((m) => m.progress);
    expect(progress.length).toBeLessThan(40);
    const costs = new Set(progress.map((p) => p.bestCost));
    for (let c = 990; c <= 1000; c++) expect(costs.has(c)).toBe(true);
    expect(progress[progress.length - 1].step).toBe(1000);
    expect(posted[posted.length - 1]).toMatchObject({ type: 'done', cancelled: false });
  });
});

