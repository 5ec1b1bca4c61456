// The timetable search, end to end: pin Locked lessons, seed from the previous timetable,
// construct with several orders (keep the best), repair unbooked lessons by ejection, then
// simulated annealing in cycles of growing length, each restarting from the best so far.
// Anytime, seeded, cancellable; the clock decides only when to stop (and never when maxSteps is set).
import type { SolveControl } from '../core/solver';
import { yieldToEventLoop } from '../core/solver';
import type { Lesson, SearchHistory, TimetableProblem, TimetableSolution } from './model';
import { type Compiled, compile, NONE } from './search/compile';
import { construct, constructiveOrders, placeLocked, placePrevious } from './search/construct';
import { Moves } from './search/moves';
import { Rng } from './search/random';
import { explainUnbooked } from './search/reasons';
import { type Snapshot, State } from './search/state';

/**
 * Annealing schedule, tuned on ITC2007 comp02/comp05 with fixed step budgets and three seeds.
 * Without Kempe chains comp02 ends near 90 instead of 55 after 5 M steps.
 */
export const ANNEAL = {
  /** × the median worsening of random moves. */
  t0Factor: 1,
  /** Each cycle cools from its top temperature to T0 / coolRatio. */
  coolRatio: 200,
  /** First cycle: cycleBase steps per unit; each next cycle `growth` times longer. */
  cycleBase: 400,
  growth: 1.5,
  /** Top temperature of cycle n: T0 × max(0.25, cooldown^n). */
  cooldown: 0.8,
  pKempe: 0.3,
  restartFromBest: true,
};

/** Steps between looks at the clock (progress, yielding, cancel, time limit). */
const CHUNK = 512;

/** Lessons of the snapshot, course by course, booked ones in slot order then the unbooked. */
export function lessonsOf(k: Compiled, snap: Snapshot, reasons?: Map<number, string>): Lesson[] {
  const lessons: Lesson[] = [];
  for (let c = 0; c < k.nC; c++) {
    const booked: Lesson[] = [];
    const unbooked: Lesson[] = [];
    for (const u of k.courseUnits[c]) {
      const p = Array.from(k.unitParts[u]).find((q) => k.partCourse[q] === c)!;
      const s = snap.unitStart[u];
      for (let q = 0; q < k.unitLen[u]; q++) {
        if (s === NONE) {
          const l: Lesson = { course: c, slot: null, teacher: null, room: null, locked: false };
          l.reason = reasons?.get(u) ?? 'Not booked yet.';
          unbooked.push(l);
        } else {
          const t = snap.courseTeacher[c];
          booked.push({ course: c, slot: s + q, teacher: t === NONE ? null : t, room: k.phantomRoom ? null : snap.partRoom[p], locked: k.unitLocked[u] === 1 });
        }
      }
    }
    booked.sort((a, b) => (a.slot as number) - (b.slot as number));
    lessons.push(...booked, ...unbooked);
  }
  return lessons;
}

export async function solveTimetable(problem: TimetableProblem, control: SolveControl): Promise<TimetableSolution> {
  const started = Date.now();
  const elapsed = () => Date.now() - started;
  const seed = Number.isFinite(control.seed) ? Math.floor(control.seed) : 1;
  const maxSteps = control.maxSteps !== undefined && Number.isFinite(control.maxSteps) ? Math.max(0, control.maxSteps) : undefined;
  // A missing or unreadable limit falls back to the Settings default of 30 s.
  const limitMs = Number.isFinite(control.timeLimitMs) ? control.timeLimitMs : 30_000;
  const k = compile(problem);
  const rng = new Rng(seed);
  const st = new State(k);
  const history: SearchHistory = { constructive: [], trace: [], steps: 0, elapsedMs: 0, cancelled: false, seed };
  let steps = 0;
  let phase = 'construct';
  let best: Snapshot | undefined;
  let bestChanged = false;
  let lastYield = Date.now();
  let lastProgress = 0;
  let lastIncumbent = Date.now();
  let lastTrace = -1e9;
  let stopped = false;

  const outOfBudget = (): boolean => {
    if (control.signal?.aborted) {
      history.cancelled = true;
      return true;
    }
    if (maxSteps !== undefined) return steps >= maxSteps;
    return elapsed() >= limitMs;
  };
  const noteBest = (force = false): void => {
    if (!best || st.total < best.cost - 1e-9 || force) {
      best = st.snapshot();
      bestChanged = true;
      const ms = elapsed();
      if (ms - lastTrace >= 100 || force) {
        history.trace.push({ elapsedMs: ms, step: steps, cost: best.cost, phase });
        lastTrace = ms;
      }
    }
  };
  const report = (): void => {
    control.onProgress?.({ phase, bestCost: best ? best.cost : st.total, step: steps, elapsedMs: elapsed() });
  };
  /** Between chunks: progress, incumbent, yielding, and the stop test. */
  const tick = async (): Promise<boolean> => {
    const now = Date.now();
    if (now - lastProgress >= 180) {
      lastProgress = now;
      report();
    }
    if (control.onIncumbent && bestChanged && best && now - lastIncumbent >= 1000) {
      lastIncumbent = now;
      bestChanged = false;
      control.onIncumbent(solutionOf(best, false));
    }
    if (now - lastYield >= 50) {
      await yieldToEventLoop();
      lastYield = Date.now();
    }
    stopped = stopped || outOfBudget();
    return stopped;
  };
  const solutionOf = (snap: Snapshot, final: boolean, reasons?: Map<number, string>): TimetableSolution => ({
    lessons: lessonsOf(k, snap, reasons),
    cost: snap.cost,
    history: { ...history, constructive: history.constructive.slice(), trace: history.trace.slice(), steps, elapsedMs: elapsed(), cancelled: final && history.cancelled },
  });

  // 1. Locked lessons, then the previous timetable.
  const lockedFailed = placeLocked(st);
  if (problem.previous.length > 0) placePrevious(st);
  const base = st.snapshot();
  report();

  // 2. Constructive orders; keep the best.
  const orders = constructiveOrders(k, rng);
  for (const order of orders) {
    if (await tick()) break;
    st.restore(base);
    const chunk = 16;
    let done = true;
    for (let i = 0; i < order.units.length; i += chunk) {
      construct(st, order.units.subarray(i, i + chunk), rng, () => false);
      steps += Math.min(chunk, order.units.length - i);
      if (await tick()) {
        done = false;
        break;
      }
    }
    const name = (problem.previous.length > 0 ? 'previous timetable, then ' : '') + order.name;
    history.constructive.push({ order: done ? name : `${name} (stopped early)`, cost: st.total, unbooked: unbookedLessons(st) });
    noteBest();
  }
  if (!best) noteBest(true);
  await tick();
  st.restore(best!);
  await tick();

  // 3. Repair walk: book the unbooked by ejection while it keeps making progress.
  const moves = new Moves(st, rng);
  phase = 'repair';
  let sinceGain = 0;
  let fewest = st.unplacedCount;
  const patience = Math.max(2000, 40 * k.nU);
  while (!stopped && st.unplacedCount > 0 && sinceGain < patience) {
    // Repair steps scan every position of a unit: fewer of them between looks at the clock.
    for (let i = 0; i < CHUNK / 16 && st.unplacedCount > 0; i++) {
      steps++;
      if (!moves.repairStep()) {
        sinceGain = patience;
        break;
      }
      if (st.unplacedCount < fewest) {
        fewest = st.unplacedCount;
        sinceGain = 0;
      } else sinceGain++;
      noteBest();
      if (maxSteps !== undefined && steps >= maxSteps) break;
    }
    await tick();
  }
  if (st.total > best!.cost) st.restore(best!);
  await tick();

  // 4. Simulated annealing in cycles of growing length, each from the best so far.
  phase = 'anneal';
  const T0 = initialTemperature(moves) * ANNEAL.t0Factor;
  await tick();
  const Tend = Math.max(T0 / ANNEAL.coolRatio, 0.02);
  let cycleLength = Math.max(50_000, ANNEAL.cycleBase * k.nU);
  const { growth, cooldown, pKempe } = ANNEAL;
  const multi = moves.multiTeacher.length > 0;
  for (let cycle = 0; !stopped && moves.movable.length > 0; cycle++) {
    if (cycle > 0 && ANNEAL.restartFromBest && st.total > best!.cost) st.restore(best!);
    const top = cycle === 0 ? T0 : T0 * Math.max(0.25, Math.pow(cooldown, cycle));
    const ratio = Math.log(Tend / top);
    for (let i = 0; i < cycleLength && !stopped; ) {
      const T = top * Math.exp((ratio * i) / cycleLength);
      for (let j = 0; j < CHUNK; j++, i++) {
        steps++;
        if (st.unplacedCount > 0 && rng.next() < 0.2) {
          const u = randomUnbooked(st, moves, rng);
          if (u !== NONE) moves.insert(u, T);
        } else {
          const r = rng.next();
          if (r < pKempe) moves.kempe(T);
          else if (multi && r < pKempe + 0.03) moves.teacherChange(T);
          else moves.moveSwap(T);
        }
        if (st.total < best!.cost - 1e-9) noteBest();
        if (maxSteps !== undefined && steps >= maxSteps) break;
      }
      await tick();
    }
    cycleLength = Math.floor(cycleLength * growth);
  }

  // 5. The best, with reasons for what stayed unbooked.
  st.restore(best!);
  const finalCost = st.recomputeAll();
  const reasons = new Map<number, string>();
  const failedSet = new Set(lockedFailed);
  for (let u = 0; u < k.nU; u++) if (st.unitStart[u] === NONE) reasons.set(u, explainUnbooked(st, u, failedSet.has(u)));
  const snap = st.snapshot();
  snap.cost = finalCost;
  history.trace.push({ elapsedMs: elapsed(), step: steps, cost: finalCost, phase: 'done' });
  phase = 'done';
  report();
  return solutionOf(snap, true, reasons);
}

function unbookedLessons(st: State): number {
  let n = 0;
  for (let u = 0; u < st.k.nU; u++) if (st.unitStart[u] === NONE) n += st.k.unitLen[u] * st.k.unitParts[u].length;
  return n;
}

function randomUnbooked(st: State, moves: Moves, rng: Rng): number {
  const m = moves.movable;
  let count = 0;
  let pick = NONE;
  for (let i = 0; i < m.length; i++) if (st.unitStart[m[i]] === NONE && rng.int(++count) === 0) pick = m[i];
  return pick;
}

/** A starting temperature from the typical worsening of a random move (probed, then undone). */
function initialTemperature(moves: Moves): number {
  const st = moves.st;
  const snap = st.snapshot();
  const deltas: number[] = [];
  const before = st.total;
  for (let i = 0; i < 300; i++) {
    const was = st.total;
    if (moves.moveSwap(Infinity)) {
      const d = st.total - was;
      if (d > 0 && d < st.k.w.unsched / 2) deltas.push(d);
    }
  }
  void before;
  st.restore(snap);
  if (deltas.length === 0) return 1;
  deltas.sort((a, b) => a - b);
  return Math.max(0.5, deltas[Math.floor(deltas.length / 2)]);
}
