// A quick valid upper bound on the score when the joint relaxation is too big for the time budget:
// the "capacity" LP. Every schedule maps to a feasible point of it, and it only ever drops rules or
// penalties, so its optimum is at least any schedule's score:
//  - x[s,c] ∈ [0, g]: student s in club c (g = preselected groups, else 1), rewarded as in the objective;
//  - each student's days: Σ_c minCover[s,c]·x ≤ available days (a group of c covers at least the
//    fewest of its days the student is available on);
//  - study halls: Σ_c maxCover[s,c]·x + Σ_k z[s,k] ≥ days − (voted study hall), z[s,k] costing w·k — with
//    the largest cover the penalty can only be under-counted, never over;
//  - clubs: Σ_s minCover·x ≤ Days per group · Max members · y[c], y[c] ≤ groups it may run (and ≤ its
//    days · Max groups per day / Days per group); teachers: Σ Days per group · y ≤ their days;
//  - exclusions. Min members, the day structure, size spread and mix are dropped (all relaxations).
import type { Highs } from 'highs';
import type { ClubsProblem } from './model';
import type { Facts } from './facts';
import { ColumnBuilder } from './columns';

export function capacityBound(highs: Highs, p: ClubsProblem, f: Facts, timeLimitSec: number, stop?: () => boolean): number | undefined {
  const inf = highs.infinity;
  const nD = f.nDays;
  const rowL: number[] = [];
  const rowU: number[] = [];
  const addRow = (l: number, u: number) => {
    rowL.push(l);
    rowU.push(u);
    return rowL.length - 1;
  };
  const wSh = p.weights['Unchosen study hall'];
  const dayRow = p.students.map((_, s) => (f.availCount[s] > 0 ? addRow(-inf, f.availCount[s]) : -1));
  const fairRow = p.students.map((_, s) => {
    const need = f.availCount[s] - f.freeStudyHall[s];
    return need > 0 && wSh > 0 ? addRow(need, inf) : -1;
  });
  const capRow = p.clubs.map((_, c) => (f.groupsOfClub[c].length > 0 ? addRow(-inf, 0) : -1));
  const teacherRow = p.teachers.map((t) => addRow(-inf, Math.min(nD, t.maxClubDays ?? nD)));
  const exRows = p.students.map((_, s) => {
    const cs = new Set(f.candidates[s]);
    return p.exclusions.filter(([a, b]) => cs.has(a) && cs.has(b)).map(([a, b]) => ({ a, b, row: addRow(-inf, 1) }));
  });

  const columns = new ColumnBuilder();
  const col = (c0: number, l: number, u: number, entries: Array<[number, number]>) => columns.add(c0, l, u, entries);
  p.students.forEach((_, s) => {
    for (const c of f.candidates[s]) {
      if (capRow[c] < 0) continue;
      const ps = f.preselect[s].get(c);
      const covers = f.patterns[c].filter((P) => !(ps && ps.notDays.some((d) => P.includes(d)))).map((P) => P.filter((d) => f.avail[s][d]).length).filter((n) => n > 0);
      if (covers.length === 0) continue;
      const minCover = Math.min(...covers);
      const maxCover = Math.max(...covers);
      const g = ps ? Math.max(1, ps.groups) : 1;
      const e: Array<[number, number]> = [
        [dayRow[s], minCover],
        [fairRow[s], maxCover],
        [capRow[c], minCover],
      ];
      for (const ex of exRows[s]) if (ex.a === c || ex.b === c) e.push([ex.row, 1]);
      col((f.reward[s].get(c) ?? 0) / g, 0, g, e);
    }
    const need = fairRow[s] >= 0 ? f.availCount[s] - f.freeStudyHall[s] : 0;
    for (let k = 1; k <= need; k++) col(-wSh * k, 0, 1, [[fairRow[s], 1]]);
  });
  p.clubs.forEach((club, c) => {
    if (capRow[c] < 0) return;
    const maxY = Math.min(f.groupsOfClub[c].length, Math.floor((club.days.length * club.maxGroupsPerDay) / Math.max(1, club.daysPerGroup)));
    const e: Array<[number, number]> = [[capRow[c], -club.daysPerGroup * club.maxMembers]];
    for (const t of club.teachers) e.push([teacherRow[t], club.daysPerGroup]);
    col(0, 0, Math.max(0, maxY), e);
  });
  if (rowL.length === 0 || columns.count === 0) return undefined;
  const model = highs.createModel({
    numCols: columns.count,
    numRows: rowL.length,
    sense: highs.constants.objectiveSense.maximize,
    ...columns.build(rowL.length),
    rowLower: Float64Array.from(rowL),
    rowUpper: Float64Array.from(rowU),
  });
  try {
    model.options.set({ output_flag: false, presolve: 'on', time_limit: Math.max(0.05, timeLimitSec) });
    const cbs = stop
      ? {
          [highs.constants.callbackType.simplexInterrupt]: (ev: { interrupt(): void }) => {
            if (stop()) ev.interrupt();
            return undefined;
          },
        }
      : undefined;
    const r = model.run(cbs as never);
    return r.modelStatus === highs.constants.modelStatus.optimal ? model.getObjectiveValue() + 1e-6 * Math.abs(model.getObjectiveValue()) : undefined;
  } finally {
    model.dispose();
  }
}
