// The club scheduler: greedy preview → joint LP bound → local search over groups → days scored by the
// exact assignment LP → final assignment solved exactly (LP if integral, else open/cancel binaries).
// Anytime, seeded, cancellable; with maxSteps set the clock never decides anything (deterministic).
import type { ClubsOption, ClubsProblem, ClubsSolution } from './model';
import type { SolveControl } from '../core/solver';
import { yieldToEventLoop } from '../core/solver';
import { deriveFacts, type Facts } from './facts';
import { makeRng, repulsionContext, repulsionPlacement, type Placement } from './placement';
import { greedyOnce, seedPlacement } from './baseline';
import { assignByRounds, toGroups } from './rounds';
import { groupsViable, keepBest, makeOption, rankValue } from './outcome';
import { studyHallPenalty } from './score';
import { loadHighs } from './highs';
import { AssignmentLp } from './lp';
import { agreementBounds, extract, roundingPairs, shortSlots, startVector } from './lpRead';
import { capacityBound } from './bound';
import { patternIndex, placementFromJoint, placementOf, proposeMove, TopPlacements } from './search';

export interface ClubsSolveOptions {
  /** Browser: where the bundler put highs.wasm. */
  locateFile?: (file: string) => string;
  /** Greedy restarts for the preview/fallback [8]. */
  greedyRestarts?: number;
}

/** A valid but simple bound: each student's best clubs on all their days, ignoring every capacity. */
export function studentBound(p: ClubsProblem, f: Facts): number {
  let total = 0;
  p.students.forEach((_, s) => {
    const rewards = f.candidates[s].map((c) => f.reward[s].get(c) ?? 0).sort((a, b) => b - a);
    total += rewards.slice(0, f.availCount[s]).reduce((a, b) => a + b, 0);
    if (rewards.length === 0) total -= studyHallPenalty(Math.max(0, f.availCount[s] - f.freeStudyHall[s]), p.weights['Unchosen study hall']);
  });
  return total;
}

export async function solveClubs(p: ClubsProblem, control: SolveControl, opts: ClubsSolveOptions = {}): Promise<ClubsSolution> {
  const t0 = Date.now();
  const elapsed = () => Date.now() - t0;
  const deterministic = control.maxSteps !== undefined;
  const budgetMs = Math.max(200, control.timeLimitMs);
  const aborted = () => control.signal?.aborted === true;
  const outOfTime = () => !deterministic && elapsed() >= budgetMs;
  const stopNow = () => aborted() || outOfTime();
  const remainingSec = () => (deterministic ? 1e6 : Math.max(0.05, (budgetMs - elapsed()) / 1000));
  const f = deriveFacts(p);
  const ctx = repulsionContext(p, f);
  const rng = makeRng(control.seed);
  const trace: ClubsSolution['history']['trace'] = [];
  let steps = 0;
  let phase = 'greedy';
  let options: ClubsOption[] = [];
  let bestScore = -Infinity;
  let method = 'greedy';
  let bound: number | undefined;
  let lastProgress = 0;
  let lastIncumbent = 0;

  const progress = (force = false) => {
    const now = elapsed();
    if (!force && now - lastProgress < 200) return;
    lastProgress = now;
    control.onProgress?.({ phase, bestCost: -(options[0]?.score ?? 0), step: steps, elapsedMs: now });
  };
  // A HiGHS call is one synchronous step that calls back only while it iterates (not while it builds a
  // model or presolves): report right before and after each, so a pause in progress is the call alone,
  // not the call plus the JS work around it. Progress is output only: nothing here decides anything.
  const edge = () => {
    if (elapsed() - lastProgress >= 100) progress(true);
  };
  const highsCall = <T>(fn: () => T): T => {
    edge();
    try {
      return fn();
    } finally {
      edge();
    }
  };
  // Passed into HiGHS's interrupt callbacks: progress keeps flowing and a cancel lands even mid-solve.
  const tick = (): boolean => {
    progress();
    return stopNow();
  };
  const solution = (cancelled: boolean): ClubsSolution => ({
    options: keepBest(p, options, p.optionsToKeep).map((o) => (bound !== undefined ? { ...o, bound } : o)),
    history: { trace, steps, elapsedMs: elapsed(), cancelled, seed: control.seed, method },
  });
  const offer = (o: ClubsOption, how: string) => {
    options = keepBest(p, [...options, o], p.optionsToKeep);
    if (rankValue(o) > bestScore + 1e-9) {
      bestScore = rankValue(o);
      method = how;
      trace.push({ elapsedMs: elapsed(), step: steps, score: o.score, phase });
      const now = elapsed();
      if (control.onIncumbent && (now - lastIncumbent >= 1000 || lastIncumbent === 0)) {
        lastIncumbent = now || 1;
        control.onIncumbent(solution(false));
      }
    }
    progress();
  };

  // 1. Greedy preview (Club Sandwich's method, a few restarts): instant, and the fallback.
  const start = seedPlacement(p, f);
  let greedyBest: { option: ClubsOption; placement: Placement } | undefined;
  const restarts = Math.max(1, opts.greedyRestarts ?? 8);
  for (let r = 0; r < restarts; r++) {
    if (r > 0 && stopNow()) break;
    const run = greedyOnce(p, f, ctx, rng, r === 0 ? 0 : 0.6, start);
    if (!greedyBest || rankValue(run.option) > rankValue(greedyBest.option)) greedyBest = run;
    offer(run.option, 'greedy');
    if (r % 4 === 3) await yieldToEventLoop();
  }
  progress(true);
  if (aborted() || f.groups.length === 0) {
    bound = f.groups.length === 0 ? options[0]?.score : undefined;
    return solution(aborted());
  }

  // 2. HiGHS: one persistent model for the whole run.
  let lp: AssignmentLp | undefined;
  try {
    const highs = await loadHighs(opts.locateFile);
    lp = highsCall(() => new AssignmentLp(highs, p, f));
  } catch (err) {
    method = `greedy (exact model unavailable: ${err instanceof Error ? err.message : String(err)})`;
    return solution(false);
  }
  const model = lp;
  try {
    const highs = await loadHighs(opts.locateFile);
    const cap = highsCall(() => capacityBound(highs, p, f, deterministic ? 1e6 : Math.max(0.05, (budgetMs * 0.1) / 1000), tick));
    steps++;
    if (cap !== undefined) bound = Math.min(studentBound(p, f), cap);
  } catch {
    // No capacity bound: the per-student one stands.
  }
  const lpLimit = (share: number) => (deterministic ? 1e6 : Math.max(0.05, (remainingSec() * share) / 1.3));

  interface PlacementResult {
    value: number;
    diveValues?: Float64Array;
    best?: ClubsOption;
  }
  const assigned = new Map<string, PlacementResult>();
  let coldMs = 0;
  const takeFor = (res: PlacementResult, o: ClubsOption, how: string) => {
    offer(o, how);
    if (!res.best || o.score > res.best.score) res.best = o;
  };

  /** LP for one placement; a dive that settles groups the LP opens only partly (short of Min members); rounding. */
  const lpAndDive = async (pl: Placement): Promise<PlacementResult | undefined> => {
    const t = elapsed();
    model.setPlacement(pl);
    // The first (cold) solve may take most of the budget: without it there is nothing exact at all.
    let r = highsCall(() => model.solveLp(lpLimit(coldMs === 0 ? 0.9 : 0.6), tick));
    steps++;
    if (coldMs === 0) coldMs = elapsed() - t;
    if (process.env.DEBUG_CLUBS) console.log('placement LP status', r.status, 'at', elapsed());
    if (!r.optimal) return undefined;
    const res: PlacementResult = { value: r.objective };
    // A partly open group runs for sure when it is at least half open, else it is cancelled; re-solve;
    // if forcing made the LP infeasible, cancel those instead.
    let lastGood = model.values();
    for (let dive = 0; dive < 6 && !stopNow(); dive++) {
      const short = shortSlots(model, lastGood);
      if (short.length === 0) break;
      const forcedNow: number[] = [];
      const ub = model.slotBounds();
      for (const { slot, keep, open } of short) {
        if (open - keep >= 0.5 && keep + 1 <= ub[slot]) forcedNow.push(slot);
        else ub[slot] = keep;
      }
      model.setSlots(ub);
      for (const sl of forcedNow) model.setOpenLower(sl, short.find((x) => x.slot === sl)!.keep + 1);
      r = highsCall(() => model.solveLp(lpLimit(0.5), tick));
      steps++;
      if (!r.optimal && forcedNow.length > 0 && !stopNow()) {
        for (const sl of forcedNow) {
          model.setOpenLower(sl, 0);
          ub[sl] = short.find((x) => x.slot === sl)!.keep;
        }
        model.setSlots(ub);
        r = highsCall(() => model.solveLp(lpLimit(0.5), tick));
        steps++;
      }
      if (!r.optimal) break;
      lastGood = model.values();
    }
    if (process.env.DEBUG_CLUBS) console.log('placement LP', res.value, 'after dive', r.objective, 'at', elapsed());
    const v = lastGood;
    res.diveValues = v;
    const { groups, assignment } = extract(model, v);
    if (model.xIntegral(v) && groupsViable(p, f, groups)) takeFor(res, makeOption(p, f, pl, groups, assignment), 'exact assignment (LP, integral)');
    for (const threshold of [1 - 1e-6, 0.5]) {
      const rounded = assignByRounds(p, f, pl, rng, roundingPairs(model, v, pl, threshold));
      const rg = toGroups(p, f, pl, rounded);
      takeFor(res, makeOption(p, f, pl, rg.groups, rg.assignment), 'exact assignment (LP rounded)');
    }
    await yieldToEventLoop();
    return res;
  };

  /**
   * The binary model (open/cancel per group decided exactly), started from the best schedule so far:
   * first on the neighbourhood where the LP and that schedule disagree (small, fast), then in full.
   * HiGHS checks its clock rarely while presolving, so a MIP starts only when the time left covers it.
   */
  const mipPhase = async (pl: Placement, res: PlacementResult, mipShare: number): Promise<void> => {
    const onImproving = (values: Float64Array) => {
      // Stream incumbents so a host that must kill the worker keeps the latest schedule.
      const now = elapsed();
      if (!control.onIncumbent || now - lastIncumbent < 1000) return;
      const { groups, assignment } = extract(model, values);
      if (!groupsViable(p, f, groups)) return;
      const o = makeOption(p, f, pl, groups, assignment);
      if (rankValue(o) > bestScore) {
        lastIncumbent = now;
        control.onIncumbent({ ...solution(false), options: keepBest(p, [...options, o], p.optionsToKeep) });
      }
    };
    const tMip = remainingSec() * mipShare;
    const mipLimit = (share: number) => (deterministic ? 1e6 : Math.max(0.1, Math.min(tMip * share, remainingSec()) / 1.3 - 0.05));
    for (const neighbourhood of [true, false]) {
      const best = res.best;
      // The LP value carries the slack penalty of preselects or Locked rows it cannot honour: compare like with like.
      if (stopNow() || !best || best.score - model.bigM * (best.unmet?.length ?? 0) >= res.value - 1e-4 * Math.abs(res.value)) break;
      if (!deterministic && remainingSec() * 1000 < coldMs * (neighbourhood ? 0.6 : 1.5)) break;
      model.setPlacement(pl);
      const start = startFor(model, f, pl, best);
      const fixX = neighbourhood && res.diveValues ? agreementBounds(model, res.diveValues, start) : undefined;
      if (neighbourhood && (!fixX || fixX.free === 0)) continue;
      const mip = highsCall(() => model.solveMip(mipLimit(neighbourhood ? 0.35 : 1), { start, stop: tick, onImproving, ...(fixX ? { fixX } : {}) }));
      steps++;
      if (process.env.DEBUG_CLUBS) console.log(neighbourhood ? 'sub-MIP' : 'MIP', fixX?.free, mip.status, mip.objective, 'at', elapsed());
      if (mip.values) {
        const { groups, assignment } = extract(model, mip.values);
        if (groupsViable(p, f, groups)) takeFor(res, makeOption(p, f, pl, groups, assignment), `exact assignment (binary model${!neighbourhood && mip.optimal ? ', optimal' : neighbourhood ? ', neighbourhood' : ', time-limited'})`);
      }
      await yieldToEventLoop();
    }
  };

  const assignExactly = async (pl: Placement, mipShare: number): Promise<number | undefined> => {
    const key = pl.key();
    let res = assigned.get(key);
    if (!res) {
      res = await lpAndDive(pl);
      if (!res) return undefined;
      assigned.set(key, res);
    }
    if (mipShare > 0) await mipPhase(pl, res, mipShare);
    return res.value;
  };

  try {
    const maxSteps = control.maxSteps ?? Infinity;
    bound = Math.min(bound ?? Infinity, studentBound(p, f));
    // 3. A strong schedule first: the exact assignment on the greedy placement.
    phase = 'assign';
    progress(true);
    const greedyPlacement = greedyBest!.placement;
    const t1 = elapsed();
    const firstValue = await assignExactly(greedyPlacement, 0);
    const firstMs = elapsed() - t1;
    if (firstValue === undefined) {
      method += ' (the exact model did not finish in time)';
      return solution(aborted());
    }
    const top = new TopPlacements(Math.max(1, p.optionsToKeep));
    top.offer(greedyPlacement, firstValue);

    // 4. The joint relaxation: an upper bound, and a placement hint (when the time left allows).
    let jointPlacement: Placement | undefined;
    if (!stopNow() && (deterministic || budgetMs - elapsed() > firstMs * 3)) {
      phase = 'bound';
      progress(true);
      model.setJoint();
      const joint = highsCall(() => model.solveLp(lpLimit(0.45), tick));
      steps++;
      if (joint.optimal) {
        bound = Math.min(bound, joint.objective);
        jointPlacement = repulsionPlacement(p, f, ctx, rng, 0, placementFromJoint(p, f, model, model.values()));
      }
      await yieldToEventLoop();
    }

    // 5. Local search from the better of the greedy and joint-LP placements, leaving time for a final exact assignment.
    phase = 'search';
    // The final binary model gets the second half of the budget (on a loaded machine it needs it).
    let searchUntil = budgetMs * 0.5;
    const searchEnds = () => steps >= maxSteps || (!deterministic && elapsed() >= searchUntil);
    const evaluate = (pl: Placement): number => {
      model.setPlacement(pl);
      const r = highsCall(() => model.solveLp(lpLimit(0.3), tick));
      steps++;
      return r.optimal ? r.objective : -Infinity;
    };
    let cur = greedyPlacement.clone();
    let curVal = firstValue;
    if (jointPlacement && !stopNow() && !searchEnds()) {
      const v = evaluate(jointPlacement);
      top.offer(jointPlacement, v);
      if (v > curVal) {
        cur = jointPlacement;
        curVal = v;
      }
    }
    const patIdx = patternIndex(p, f);
    let lastYield = elapsed();
    const mipDone = new Set<string>();
    for (;;) {
      phase = 'search';
      while (!searchEnds() && !stopNow()) {
        const undo = proposeMove(cur, f, patIdx, rng);
        if (!undo) {
          steps++;
          continue;
        }
        const v = evaluate(cur);
        if (v > curVal + 1e-7 || (v > curVal - 1e-7 && rng() < 0.2)) {
          curVal = v;
          top.offer(cur, v);
        } else undo();
        progress();
        if (elapsed() - lastYield > 30) {
          await yieldToEventLoop();
          lastYield = elapsed();
        }
      }

      // 6. Exact assignment (binary model) for the best placement, then LP + dive for the other kept ones.
      phase = 'assign';
      progress(true);
      const tAssign = elapsed();
      for (const [i, item] of top.items.entries()) {
        if (stopNow()) break;
        const key = Array.from(item.pat).join(',');
        const share = i === 0 && !mipDone.has(key) ? 0.85 : 0;
        if (share > 0) mipDone.add(key);
        await assignExactly(placementOf(p, f, item.pat), share);
      }
      // Time left over (the binary model proved its answer early): search on for half of it, then assign again.
      if (deterministic || stopNow()) break;
      const left = budgetMs - elapsed();
      if (left < Math.max(2 * (elapsed() - tAssign), 0.15 * budgetMs, 3 * coldMs)) break;
      searchUntil = elapsed() + left * 0.5;
    }
    progress(true);
    return solution(aborted());
  } finally {
    model.dispose();
  }
}

/** The integer part of a MIP start from a schedule on this placement. */
function startFor(lp: AssignmentLp, f: Facts, pl: Placement, o: ClubsOption): ReturnType<typeof startVector> {
  const membersBySlot = new Map<number, Set<number>>();
  const groupsBySlot = new Int32Array(lp.slotClub.length);
  for (const g of o.groups) {
    const pi = f.patterns[g.club].findIndex((days) => days.join(',') === g.days.join(','));
    const sl = pi >= 0 ? lp.slotsOfClub[g.club][pi] : undefined;
    if (sl === undefined) continue;
    groupsBySlot[sl]++;
    if (!membersBySlot.has(sl)) membersBySlot.set(sl, new Set());
    for (const s of g.members) membersBySlot.get(sl)!.add(s);
  }
  void pl;
  return startVector(lp, membersBySlot, groupsBySlot);
}
