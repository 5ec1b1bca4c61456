// Our own implementation of Club Sandwich's algorithm, used as the instant preview, as the fallback,
// and (with 1,000 restarts) as the bench baseline: repulsion placement of groups on days, then rounds
// in which the least successful students pick first; N restarts with different random orders.
import type { ClubsOption, ClubsProblem, ClubsSolution } from './model';
import { deriveFacts, type Facts } from './facts';
import { makeRng, Placement, placementFromRows, repulsionContext, repulsionPlacement, type RepulsionContext, type Rng } from './placement';
import { assignByRounds, toGroups } from './rounds';
import { keepBest, makeOption, rankValue } from './outcome';
import { yieldToEventLoop } from '../core/solver';

export interface GreedyRun {
  option: ClubsOption;
  placement: Placement;
}

/** One restart: placement (noise 0 = the plain repulsion order) then rounds. */
export function greedyOnce(p: ClubsProblem, f: Facts, ctx: RepulsionContext, rng: Rng, noise: number, start?: Placement): GreedyRun {
  const pl = repulsionPlacement(p, f, ctx, rng, noise, start);
  const a = assignByRounds(p, f, pl, rng);
  const { groups, assignment } = toGroups(p, f, pl, a);
  return { option: makeOption(p, f, pl, groups, assignment), placement: pl };
}

/** The starting placement given by Locked rows and Start from previous, if any. */
export function seedPlacement(p: ClubsProblem, f: Facts): Placement | undefined {
  const rows = [...p.locked, ...p.previous];
  return rows.some((r) => r.club >= 0) ? placementFromRows(p, f, rows) : undefined;
}

export interface BaselineOptions {
  restarts: number;
  seed: number;
  /** Stop early (between restarts) when this returns true. */
  stop?: () => boolean;
}

export async function solveClubSandwich(p: ClubsProblem, opts: BaselineOptions): Promise<ClubsSolution> {
  const t0 = Date.now();
  const f = deriveFacts(p);
  const ctx = repulsionContext(p, f);
  const rng = makeRng(opts.seed);
  const start = seedPlacement(p, f);
  let kept: ClubsOption[] = [];
  const trace: ClubsSolution['history']['trace'] = [];
  let best = -Infinity;
  let steps = 0;
  for (let r = 0; r < Math.max(1, opts.restarts); r++) {
    if (r > 0 && opts.stop?.()) break;
    const run = greedyOnce(p, f, ctx, rng, r === 0 ? 0 : 0.6, start);
    steps++;
    kept = keepBest(p, [...kept, run.option], p.optionsToKeep);
    if (rankValue(run.option) > best) {
      best = rankValue(run.option);
      trace.push({ elapsedMs: Date.now() - t0, step: r, score: run.option.score, phase: 'club sandwich' });
    }
    if (r % 20 === 19) await yieldToEventLoop();
  }
  return {
    options: kept,
    history: { trace, steps, elapsedMs: Date.now() - t0, cancelled: false, seed: opts.seed, method: `club sandwich (${steps} restarts)` },
  };
}
