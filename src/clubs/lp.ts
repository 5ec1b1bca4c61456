// The student-assignment model on ONE persistent HiGHS instance (wasm memory is never returned, so it
// is built once and only its bounds change).
//
// Columns are per slot = (club, day pattern): x[s,slot] = student s in the club's group(s) on that
// pattern; open[slot] = how many groups of the club meet on it. A placement fixes each slot's open
// upper bound to its number of groups (0 closes the slot and all its x). With every slot allowed at
// once, plus the placement rows (a group on one pattern, Max groups per day, teachers one group a
// day), the LP relaxation is a valid upper bound on any schedule (see docs/clubs.md).
//
// Rows: each student-day ≤ 1 activity; each student-club ≤ 1 (= Groups for a preselect, with a
// penalised slack so bad input never makes it infeasible); preselect Days and Locked rows ≥ 1 (slack);
// exclusions; per slot and meeting day Min·open ≤ members available that day ≤ Max·open; fairness
// (study-hall days priced 1w, 2w, 3w …, convex so the LP fills them in order); size spread; mix.
import type { Highs } from 'highs';
import type { ClubGroup, ClubsProblem } from './model';
import type { Facts } from './facts';
import { ColumnBuilder } from './columns';
import type { Placement } from './placement';

type HModel = ReturnType<Highs['createModel']>;

export interface SlackInfo {
  col: number;
  student: number;
  club: number;
  day?: number;
  kind: 'preselect' | 'preselect-day' | 'locked';
}

export interface LpResult {
  /** HiGHS model status code (7 optimal, 13 time limit, 17 interrupted, …). */
  status: number;
  objective: number;
  optimal: boolean;
}

class Builder {
  lower: number[] = [];
  upper: number[] = [];
  add(l: number, u: number): number {
    this.lower.push(l);
    this.upper.push(u);
    return this.lower.length - 1;
  }
}

export class AssignmentLp {
  readonly slotClub: number[] = [];
  readonly slotPat: number[] = [];
  readonly slotsOfClub: number[][] = [];
  readonly slotXFrom: number[] = [];
  readonly slotXTo: number[] = [];
  readonly slotOpen: number[] = [];
  readonly xStudent: number[] = [];
  /** Current upper bound of each slot's open column (its number of groups). */
  private slotUb: Int32Array;
  /** The same, for readers (lpRead.ts); do not modify. */
  get groupsPerSlot(): Int32Array {
    return this.slotUb;
  }
  readonly slacks: SlackInfo[] = [];
  /** Grade/gender mix penalty columns and their costs (switched off for a quicker cold solve). */
  readonly mixCols: number[] = [];
  readonly mixCosts: number[] = [];
  readonly nCols: number;
  readonly nRows: number;
  /** Columns [0, intEnd) are integer in the exact model (x, open, run). */
  readonly intEnd: number;
  readonly model: HModel;
  /** Penalty per unit of slack (a broken preselect or Locked row). */
  readonly bigM: number;

  constructor(
    readonly highs: Highs,
    readonly p: ClubsProblem,
    readonly f: Facts,
  ) {
    const nS = p.students.length;
    const nC = p.clubs.length;
    const nD = f.nDays;
    const inf = highs.infinity;
    const R = new Builder();
    const w = p.weights;
    const maxReward = Math.max(0, ...w.choice);
    const maxMembers = Math.max(1, ...p.clubs.map((c) => c.maxMembers));
    this.bigM = 4 * (nD * maxReward + (w['Unchosen study hall'] * nD * (nD + 1)) / 2 + maxMembers * (w['Club size spread'] + w['Grade mix'] + w['Gender mix'])) + 100;

    // Slots.
    p.clubs.forEach((_, c) => {
      this.slotsOfClub.push([]);
      if (f.groupsOfClub[c].length === 0) return;
      f.patterns[c].forEach((_, pi) => {
        this.slotsOfClub[c].push(this.slotClub.length);
        this.slotClub.push(c);
        this.slotPat.push(pi);
      });
    });
    const nSlots = this.slotClub.length;
    this.slotUb = new Int32Array(nSlots);

    // Rows.
    const lockedSH = new Uint8Array(nS * nD);
    for (const l of p.locked) if (l.club < 0 && l.student < nS && l.day < nD) lockedSH[l.student * nD + l.day] = 1;
    const sd = new Int32Array(nS * nD).fill(-1);
    for (let s = 0; s < nS; s++) for (let d = 0; d < nD; d++) if (f.avail[s][d]) sd[s * nD + d] = R.add(-inf, lockedSH[s * nD + d] ? 0 : 1);
    const sc = new Map<number, number>();
    const psDay = new Map<number, number>();
    const slackRows: Array<Omit<SlackInfo, 'col'> & { row: number; ub: number }> = [];
    for (let s = 0; s < nS; s++) {
      for (const c of f.candidates[s]) {
        if (f.groupsOfClub[c].length === 0) continue;
        const ps = f.preselect[s].get(c);
        if (ps) {
          const row = R.add(ps.groups, ps.groups);
          sc.set(s * nC + c, row);
          slackRows.push({ row, ub: ps.groups, student: s, club: c, kind: 'preselect' });
          for (const d of ps.days) {
            if (!f.avail[s][d]) continue;
            const r2 = R.add(1, inf);
            psDay.set((s * nC + c) * nD + d, r2);
            slackRows.push({ row: r2, ub: 1, student: s, club: c, day: d, kind: 'preselect-day' });
          }
        } else sc.set(s * nC + c, R.add(-inf, 1));
      }
    }
    const lockRows: Array<Array<{ row: number; club: number; day: number }>> = p.students.map(() => []);
    for (const l of p.locked) {
      if (l.club < 0 || l.student >= nS || l.day >= nD || !f.avail[l.student][l.day]) continue;
      if (!f.candidates[l.student].includes(l.club) || f.groupsOfClub[l.club].length === 0) continue;
      if (lockRows[l.student].some((x) => x.club === l.club && x.day === l.day)) continue;
      const row = R.add(1, inf);
      lockRows[l.student].push({ row, club: l.club, day: l.day });
      slackRows.push({ row, ub: 1, student: l.student, club: l.club, day: l.day, kind: 'locked' });
    }
    const exRows: Array<Array<{ row: number; a: number; b: number }>> = p.students.map(() => []);
    for (let s = 0; s < nS; s++) {
      const cs = new Set(f.candidates[s]);
      for (const [a, b] of p.exclusions) if (cs.has(a) && cs.has(b)) exRows[s].push({ row: R.add(-inf, 1), a, b });
    }
    const sizeMax: number[][] = [];
    const sizeMin: number[][] = [];
    for (let sl = 0; sl < nSlots; sl++) {
      const c = this.slotClub[sl];
      const days = f.patterns[c][this.slotPat[sl]];
      sizeMax.push(days.map(() => R.add(-inf, 0)));
      sizeMin.push(days.map(() => (p.clubs[c].minMembers > 0 ? R.add(0, inf) : -1)));
    }
    const clubDay = new Int32Array(nC * nD).fill(-1);
    const clubTotal = new Int32Array(nC).fill(-1);
    const runLow = new Int32Array(nC).fill(-1);
    const runHigh = new Int32Array(nC).fill(-1);
    const teacherDay = new Map<number, number>();
    p.clubs.forEach((club, c) => {
      if (this.slotsOfClub[c].length === 0) return;
      for (const d of club.days) clubDay[c * nD + d] = R.add(-inf, club.maxGroupsPerDay);
      clubTotal[c] = R.add(-inf, Math.max(0, f.groupsOfClub[c].length));
      if (club.minGroups > 1) {
        runLow[c] = R.add(0, inf);
        runHigh[c] = R.add(-inf, 0);
      }
      for (const t of club.teachers) for (const d of club.days) if (!teacherDay.has(t * nD + d)) teacherDay.set(t * nD + d, R.add(-inf, 1));
    });
    const fair = new Int32Array(nS).fill(-1);
    const fairNeed = new Int32Array(nS);
    for (let s = 0; s < nS; s++) {
      const need = f.availCount[s] - f.freeStudyHall[s];
      if (need > 0 && w['Unchosen study hall'] > 0) {
        fair[s] = R.add(need, inf);
        fairNeed[s] = need;
      }
    }
    const spread = new Int32Array(nSlots).fill(-1);
    if (w['Club size spread'] > 0) for (let sl = 0; sl < nSlots; sl++) spread[sl] = R.add(-inf, 0);
    // Mix rows per slot and label (grade, gender) among those who may join.
    const mixKinds: Array<{ weight: number; label: (s: number) => string | undefined; rows: Array<Map<string, number>> }> = [];
    const addMix = (weight: number, label: (s: number) => string | undefined) => {
      if (weight <= 0) return;
      const rows = this.slotClub.map((c) => {
        const m = new Map<string, number>();
        for (const s of f.clubStudents[c]) {
          const l = label(s);
          if (l !== undefined && !m.has(l)) m.set(l, R.add(-inf, 0));
        }
        return m;
      });
      mixKinds.push({ weight, label, rows });
    };
    addMix(w['Grade mix'], (s) => p.students[s].grade);
    addMix(w['Gender mix'], (s) => p.students[s].gender);

    // Columns, in CSC.
    const columns = new ColumnBuilder();
    const col = (c0: number, l: number, u: number, entries: Array<[number, number]>): number => columns.add(c0, l, u, entries);
    for (let sl = 0; sl < nSlots; sl++) {
      const c = this.slotClub[sl];
      const days = f.patterns[c][this.slotPat[sl]];
      this.slotXFrom.push(columns.count);
      for (const s of f.clubStudents[c]) {
        const ps = f.preselect[s].get(c);
        if (ps && ps.notDays.some((d) => days.includes(d))) continue;
        const availDays = days.filter((d) => f.avail[s][d]);
        if (availDays.length === 0) continue;
        const e: Array<[number, number]> = [];
        for (const d of availDays) e.push([sd[s * nD + d], 1]);
        e.push([sc.get(s * nC + c) ?? -1, 1]);
        for (const d of availDays) e.push([psDay.get((s * nC + c) * nD + d) ?? -1, 1]);
        for (const lr of lockRows[s]) if (lr.club === c && days.includes(lr.day)) e.push([lr.row, 1]);
        for (const ex of exRows[s]) if (ex.a === c || ex.b === c) e.push([ex.row, 1]);
        days.forEach((d, j) => {
          if (!f.avail[s][d]) return;
          e.push([sizeMax[sl][j], 1]);
          e.push([sizeMin[sl][j], 1]);
        });
        e.push([fair[s], availDays.length]);
        e.push([spread[sl], 1]);
        for (const mk of mixKinds) {
          const l = mk.label(s);
          if (l === undefined) continue;
          for (const [lab, row] of mk.rows[sl]) e.push([row, (lab === l ? 1 : 0) - 0.5]);
        }
        const reward = f.reward[s].get(c) ?? 0;
        col(ps && ps.groups > 1 ? reward / ps.groups : reward, 0, 0, e);
        this.xStudent.push(s);
      }
      this.slotXTo.push(columns.count);
    }
    for (let sl = 0; sl < nSlots; sl++) {
      const c = this.slotClub[sl];
      const club = p.clubs[c];
      const days = f.patterns[c][this.slotPat[sl]];
      const e: Array<[number, number]> = [];
      days.forEach((d, j) => {
        e.push([sizeMax[sl][j], -club.maxMembers]);
        e.push([sizeMin[sl][j], -club.minMembers]);
        e.push([clubDay[c * nD + d], 1]);
        for (const t of club.teachers) e.push([teacherDay.get(t * nD + d) ?? -1, 1]);
      });
      e.push([clubTotal[c], 1]);
      e.push([runLow[c], 1]);
      e.push([runHigh[c], 1]);
      e.push([spread[sl], -Math.ceil((club.minMembers + club.maxMembers) / 2)]);
      this.slotOpen.push(col(0, 0, 0, e));
    }
    p.clubs.forEach((club, c) => {
      if (runLow[c] < 0) return;
      col(0, 0, 1, [
        [runLow[c], -club.minGroups],
        [runHigh[c], -Math.max(club.minGroups, f.groupsOfClub[c].length)],
      ]);
    });
    this.intEnd = columns.count;
    for (let s = 0; s < nS; s++) for (let k = 1; k <= fairNeed[s]; k++) col(-w['Unchosen study hall'] * k, 0, 1, [[fair[s], 1]]);
    for (let sl = 0; sl < nSlots; sl++) if (spread[sl] >= 0) col(-w['Club size spread'], 0, inf, [[spread[sl], -1]]);
    for (const mk of mixKinds)
      for (const rows of mk.rows)
        for (const row of rows.values()) {
          this.mixCols.push(columns.count);
          this.mixCosts.push(-mk.weight);
          col(-mk.weight, 0, inf, [[row, -1]]);
        }
    for (const sr of slackRows) this.slacks.push({ col: col(-this.bigM, 0, sr.ub, [[sr.row, 1]]), student: sr.student, club: sr.club, ...(sr.day !== undefined ? { day: sr.day } : {}), kind: sr.kind });

    this.nCols = columns.count;
    this.nRows = R.lower.length;
    // An empty model still needs one row for HiGHS to accept it.
    const nRows = Math.max(1, this.nRows);
    if (this.nRows === 0) {
      R.add(-inf, inf);
    }
    this.model = highs.createModel({
      numCols: this.nCols,
      numRows: nRows,
      sense: highs.constants.objectiveSense.maximize,
      ...columns.build(nRows),
      rowLower: Float64Array.from(R.lower),
      rowUpper: Float64Array.from(R.upper),
    });
    this.model.options.set({ output_flag: false, presolve: 'off', solver: 'simplex', random_seed: 0, simplex_dual_edge_weight_strategy: 1 });
  }

  /** Groups per slot for a placement. */
  counts(pl: Placement): Int32Array {
    const n = new Int32Array(this.slotClub.length);
    pl.pat.forEach((pi, g) => {
      if (pi < 0) return;
      const c = this.f.groups[g].club;
      n[this.slotsOfClub[c][pi]]++;
    });
    return n;
  }

  /** Opens each slot to `ub[slot]` groups (0 closes it); only changed slots touch HiGHS. */
  setSlots(ub: Int32Array): void {
    for (let sl = 0; sl < ub.length; sl++) {
      if (ub[sl] === this.slotUb[sl]) continue;
      const wasOpen = this.slotUb[sl] > 0;
      const isOpen = ub[sl] > 0;
      this.slotUb[sl] = ub[sl];
      this.forced.delete(sl);
      this.model.changeColBounds(this.slotOpen[sl], 0, ub[sl]);
      if (wasOpen !== isOpen && this.slotXTo[sl] > this.slotXFrom[sl]) {
        const n = this.slotXTo[sl] - this.slotXFrom[sl];
        this.model.changeColsBounds({ kind: 'range', from: this.slotXFrom[sl], to: this.slotXTo[sl] - 1 }, new Float64Array(n), new Float64Array(n).fill(isOpen ? 1 : 0));
      }
    }
  }

  /** Current groups per slot. */
  slotBounds(): Int32Array {
    return Int32Array.from(this.slotUb);
  }

  /** Force at least `lb` groups to run on a slot (Min members must then be met); 0 lifts it. */
  setOpenLower(slot: number, lb: number): void {
    this.model.changeColBounds(this.slotOpen[slot], lb, this.slotUb[slot]);
    if (lb > 0) this.forced.add(slot);
    else this.forced.delete(slot);
  }

  clearForced(): void {
    for (const sl of [...this.forced]) this.setOpenLower(sl, 0);
  }

  private readonly forced = new Set<number>();

  setPlacement(pl: Placement): void {
    this.clearForced();
    this.setSlots(this.counts(pl));
  }

  /** Every slot open as far as the placement rows allow: the joint relaxation. */
  setJoint(): void {
    this.clearForced();
    const ub = new Int32Array(this.slotClub.length);
    this.slotClub.forEach((c, sl) => (ub[sl] = Math.min(this.p.clubs[c].maxGroupsPerDay, this.f.groupsOfClub[c].length)));
    this.setSlots(ub);
  }

  private run(timeLimitSec: number, stop?: () => boolean): LpResult {
    this.model.zeroAllClocks();
    this.model.options.set({ time_limit: Math.max(0.01, timeLimitSec) });
    const cbs = stop
      ? {
          [this.highs.constants.callbackType.simplexInterrupt]: (ev: { interrupt(): void }) => {
            if (stop()) ev.interrupt();
            return undefined;
          },
        }
      : undefined;
    const r = this.model.run(cbs as never);
    const status = r.modelStatus as number;
    const optimal = status === this.highs.constants.modelStatus.optimal;
    return { status, optimal, objective: optimal ? this.model.getObjectiveValue() : -Infinity };
  }

  private solvedOnce = false;

  /**
   * The LP relaxation for the current slot bounds, warm-started from the last basis. The first, cold
   * solve uses presolve and leaves the mix penalties out (their ±½ rows make it several times slower);
   * they come back at once and a warm re-solve puts them in.
   */
  solveLp(timeLimitSec: number, stop?: () => boolean): LpResult {
    if (this.solvedOnce) return this.run(timeLimitSec, stop);
    const t0 = Date.now();
    const mix = this.mixCols.length > 0 ? { kind: 'set' as const, indices: Int32Array.from(this.mixCols) } : undefined;
    this.model.options.set({ presolve: 'on' });
    if (mix) this.model.changeColsCost(mix, new Float64Array(this.mixCols.length));
    let restored = !mix;
    try {
      const r = this.run(timeLimitSec, stop);
      if (!r.optimal) return r;
      if (mix) this.model.changeColsCost(mix, Float64Array.from(this.mixCosts));
      restored = true;
      this.model.options.set({ presolve: 'off' });
      const r2 = mix ? this.run(Math.max(0.05, timeLimitSec - (Date.now() - t0) / 1000), stop) : r;
      this.solvedOnce = r2.optimal;
      return r2;
    } finally {
      // Costs changed after a run would void its solution: restore only if the run did not.
      if (!restored && mix) this.model.changeColsCost(mix, Float64Array.from(this.mixCosts));
      this.model.options.set({ presolve: 'off' });
    }
  }

  values(): Float64Array {
    return this.model.getSolution().colValue;
  }

  /** x columns all 0/1? */
  xIntegral(v: Float64Array): boolean {
    for (let j = 0; j < this.xStudent.length; j++) {
      const x = v[j];
      if (Math.abs(x - Math.round(x)) > 1e-6) return false;
    }
    return true;
  }

  /**
   * The exact model: x, open and run integer; presolve on. `start` (a full column vector from a
   * feasible schedule) gives HiGHS an incumbent at once. Leaves the model an LP again afterwards.
   */
  solveMip(
    timeLimitSec: number,
    opts: { start?: { indices: Int32Array; values: Float64Array }; stop?: () => boolean; onImproving?: (values: Float64Array, objective: number) => void; relGap?: number; deterministic?: boolean; fixX?: { lower: Float64Array; upper: Float64Array } },
  ): LpResult & { values?: Float64Array; dualBound?: number } {
    const m = this.model;
    const k = this.highs.constants;
    const n = this.intEnd;
    const nX = this.xStudent.length;
    if (opts.fixX && nX > 0) m.changeColsBounds({ kind: 'range', from: 0, to: nX - 1 }, opts.fixX.lower, opts.fixX.upper);
    m.changeColsIntegrality({ kind: 'range', from: 0, to: Math.max(0, n - 1) }, new Int32Array(n).fill(k.variableType.integer));
    m.options.set({ presolve: 'on', mip_rel_gap: opts.relGap ?? 1e-4 });
    try {
      if (opts.start) m.setSolution(opts.start);
    } catch {
      // A start HiGHS rejects is only a lost head start.
    }
    m.zeroAllClocks();
    m.options.set({ time_limit: Math.max(0.05, timeLimitSec) });
    const cbs: Record<number, (ev: never) => undefined> = {};
    if (opts.stop) {
      const stop = opts.stop;
      cbs[k.callbackType.mipInterrupt] = ((ev: { interrupt(): void }) => {
        if (stop()) ev.interrupt();
        return undefined;
      }) as never;
    }
    if (opts.onImproving) {
      const on = opts.onImproving;
      cbs[k.callbackType.mipImprovingSolution] = ((ev: { data: { mip_solution?: Float64Array; objective_function_value?: number } }) => {
        if (ev.data.mip_solution) on(ev.data.mip_solution, ev.data.objective_function_value ?? NaN);
        return undefined;
      }) as never;
    }
    let out: LpResult & { values?: Float64Array; dualBound?: number };
    try {
      const r = m.run(cbs as never);
      const status = r.modelStatus as number;
      const hasSol = Number(m.info.get('primal_solution_status')) === k.solutionStatus.feasible;
      let dualBound: number | undefined;
      try {
        dualBound = Number(m.info.get('mip_dual_bound'));
      } catch {
        dualBound = undefined;
      }
      out = {
        status,
        optimal: status === k.modelStatus.optimal,
        objective: hasSol ? m.getObjectiveValue() : -Infinity,
        ...(hasSol ? { values: m.getSolution().colValue } : {}),
        ...(dualBound !== undefined && Number.isFinite(dualBound) ? { dualBound } : {}),
      };
    } finally {
      m.clearIntegrality();
      m.options.set({ presolve: 'off' });
      if (opts.fixX && nX > 0) {
        const upper = new Float64Array(nX);
        for (let sl = 0; sl < this.slotClub.length; sl++) if (this.slotUb[sl] > 0) upper.fill(1, this.slotXFrom[sl], this.slotXTo[sl]);
        m.changeColsBounds({ kind: 'range', from: 0, to: nX - 1 }, new Float64Array(nX), upper);
      }
    }
    return out;
  }

  dispose(): void {
    this.model.dispose();
  }
}
