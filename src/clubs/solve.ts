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
import { groupsViable, keepBest, makeOption } from './outcome';
import { studyHallPenalty } from './score';
import { loadHighs } from './highs';
import { AssignmentLp } from './lp';
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
    control.onProgress?.({ phase, bestCost: -bestScore, step: steps, elapsedMs: now });
  };
  const solution = (cancelled: boolean): ClubsSolution => ({
    options: keepBest(p, options, p.optionsToKeep).map((o) => (bound !== undefined ? { ...o, bound } : o)),
    history: { trace, steps, elapsedMs: elapsed(), cancelled, seed: control.seed, method },
  });
  const offer = (o: ClubsOption, how: string) => {
    options = keepBest(p, [...options, o], p.optionsToKeep);
    if (o.score > bestScore + 1e-9) {
      bestScore = o.score;
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
    if (!greedyBest || run.option.score > greedyBest.option.score) greedyBest = run;
    offer(run.option, 'greedy');
    if (r % 4 === 3) await yieldToEventLoop();
  }
  progress(true);
  if (aborted() || f.groups.length === 0) {
    bound = f.groups.length === 0 ? bestScore : undefined;
    return solution(aborted());
  }

  // 2. HiGHS: one persistent model for the whole run.
  let lp: AssignmentLp | undefined;
  try {
    const highs = await loadHighs(opts.locateFile);
    lp = new AssignmentLp(highs, p, f);
  } catch (err) {
    method = `greedy (exact model unavailable: ${err instanceof Error ? err.message : String(err)})`;
    return solution(false);
  }
  const model = lp;
  const lpLimit = (share: number) => (deterministic ? 1e6 : Math.max(0.05, (remainingSec() * share) / 1.3));

  /** Best schedule for one placement: LP; a dive cancelling groups the LP fills below Min members; rounding; then the binary model if time allows. */
  const assignExactly = async (pl: Placement, mipShare: number): Promise<boolean> => {
    model.setPlacement(pl);
    let r = model.solveLp(lpLimit(0.6), stopNow);
    steps++;
    if (!r.optimal) return false;
    const placementValue = r.objective;
    let local = -Infinity;
    let localOption: ClubsOption | undefined;
    const take = (o: ClubsOption, how: string) => {
      offer(o, how);
      if (o.score > local) {
        local = o.score;
        localOption = o;
      }
    };
    for (let dive = 0; dive < 4 && r.optimal && !stopNow(); dive++) {
      const short = model.shortSlots(model.values());
      if (short.length === 0) break;
      const ub = model.slotBounds();
      for (const { slot, keep } of short) ub[slot] = keep;
      model.setSlots(ub);
      r = model.solveLp(lpLimit(0.5), stopNow);
      steps++;
    }
    if (process.env.DEBUG_CLUBS) console.log('placement LP', placementValue, 'after dive', r.objective, 'at', elapsed());
    if (r.optimal) {
      const v = model.values();
      const exact = model.xIntegral(v);
      const { groups, assignment } = model.extract(v);
      if (exact && groupsViable(p, f, groups)) take(makeOption(p, f, pl, groups, assignment), 'exact assignment (LP, integral)');
      const rounded = assignByRounds(p, f, pl, rng, model.integralPart(v, pl));
      const rg = toGroups(p, f, pl, rounded);
      take(makeOption(p, f, pl, rg.groups, rg.assignment), 'exact assignment (LP rounded)');
    }
    await yieldToEventLoop();
    if (!localOption || local >= placementValue - 1e-4 * Math.abs(placementValue) || mipShare <= 0 || stopNow()) return true;
    // The binary model: open/cancel per group decided exactly, started from the best schedule so far.
    model.setPlacement(pl);
    const mip = model.solveMip(deterministic ? 1e6 : Math.max(0.1, (remainingSec() * mipShare) / 1.3 - 0.1), {
      start: startFor(model, f, pl, localOption),
      stop: stopNow,
      onImproving: (values) => {
        // Stream incumbents so a host that must kill the worker keeps the latest schedule.
        const now = elapsed();
        if (!control.onIncumbent || now - lastIncumbent < 1000) return;
        const { groups, assignment } = model.extract(values);
        if (!groupsViable(p, f, groups)) return;
        const o = makeOption(p, f, pl, groups, assignment);
        if (o.score > bestScore) {
          lastIncumbent = now;
          control.onIncumbent({ ...solution(false), options: keepBest(p, [...options, o], p.optionsToKeep) });
        }
      },
    });
    steps++;
    if (process.env.DEBUG_CLUBS) console.log('MIP', mip.status, mip.objective, 'at', elapsed());
    if (mip.values) {
      const { groups, assignment } = model.extract(mip.values);
      if (groupsViable(p, f, groups)) offer(makeOption(p, f, pl, groups, assignment), `exact assignment (binary model${mip.optimal ? ', optimal' : ', time-limited'})`);
    }
    await yieldToEventLoop();
    return true;
  };

  try {
    const maxSteps = control.maxSteps ?? Infinity;
    bound = studentBound(p, f);
    phase = 'assign';
    progress(true);
    const greedyPlacement = greedyBest!.placement;
    const t1 = elapsed();
    model.setPlacement(greedyPlacement);
    const first = model.solveLp(lpLimit(0.6), stopNow);
    steps++;
    const coldMs = elapsed() - t1;
    if (!first.optimal) {
      method += ' (the exact model did not finish in time)';
      return solution(aborted());
    }
    const top = new TopPlacements(Math.max(1, p.optionsToKeep));
    top.offer(greedyPlacement, first.objective);
    // On a slow machine or a large school, one exact assignment is all the budget allows.
    const roomy = deterministic || coldMs < budgetMs * 0.08;
    if (!roomy) {
      await assignExactly(greedyPlacement, 0.9);
      progress(true);
      return solution(aborted());
    }

    // 3. The joint relaxation: an upper bound, and a placement hint.
    phase = 'bound';
    progress(true);
    model.setJoint();
    const joint = model.solveLp(deterministic ? 1e6 : Math.max(0.1, (budgetMs * 0.25) / 1000 / 1.3), stopNow);
    steps++;
    let jointPlacement: Placement | undefined;
    if (joint.optimal) {
      bound = Math.min(bound, joint.objective);
      jointPlacement = repulsionPlacement(p, f, ctx, rng, 0, placementFromJoint(p, f, model, model.values()));
    }
    await yieldToEventLoop();

    // 4. Local search from the better of the repulsion and joint-LP placements.
    phase = 'search';
    const searchEnds = () => steps >= maxSteps || (!deterministic && elapsed() >= budgetMs * 0.5);
    const evaluate = (pl: Placement): number => {
      model.setPlacement(pl);
      const r = model.solveLp(lpLimit(0.5), stopNow);
      steps++;
      return r.optimal ? r.objective : -Infinity;
    };
    let cur = greedyPlacement.clone();
    let curVal = first.objective;
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

    // 5. Exact assignment for the best placements, best first; most of the time left goes to the best.
    phase = 'assign';
    progress(true);
    for (const [i, item] of top.items.entries()) {
      if (aborted() || (i > 0 && outOfTime())) break;
      const share = i === 0 && top.items.length > 1 ? 0.7 : 1 / (top.items.length - i);
      await assignExactly(placementOf(p, f, item.pat), share);
    }
    progress(true);
    return solution(aborted());
  } finally {
    model.dispose();
  }
}

/** The integer part of a MIP start from a schedule on this placement. */
function startFor(lp: AssignmentLp, f: Facts, pl: Placement, o: ClubsOption): ReturnType<AssignmentLp['startVector']> {
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
  return lp.startVector(membersBySlot, groupsBySlot);
}
