// Groups on days: which day pattern each candidate group meets on, with the placement rules
// (a club's Max groups per day; each teacher in at most one group a day and within Max club days).
// repulsionPlacement is Club Sandwich's ordering: clubs that share voters repel onto different days.
import type { ClubsProblem } from './model';
import type { Facts } from './facts';

export type Rng = () => number;

/** Seeded PRNG (mulberry32): the same seed gives the same run. */
export function makeRng(seed: number): Rng {
  let a = (seed >>> 0) ^ 0x9e3779b9;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Placement {
  /** Pattern index per candidate group, -1 = not placed (does not run). */
  readonly pat: Int32Array;
  private readonly clubDay: Int32Array;
  private readonly teacherDay: Int32Array;

  constructor(
    readonly p: ClubsProblem,
    readonly f: Facts,
  ) {
    this.pat = new Int32Array(f.groups.length).fill(-1);
    this.clubDay = new Int32Array(p.clubs.length * f.nDays);
    this.teacherDay = new Int32Array(Math.max(1, p.teachers.length) * f.nDays);
  }

  clone(): Placement {
    const c = new Placement(this.p, this.f);
    this.pat.forEach((pi, g) => {
      if (pi >= 0) c.place(g, pi);
    });
    return c;
  }

  days(g: number, pi = this.pat[g]): number[] {
    return pi < 0 ? [] : this.f.patterns[this.f.groups[g].club][pi];
  }

  /** Could unplaced group g meet on pattern pi without breaking a placement rule? */
  canPlace(g: number, pi: number): boolean {
    const c = this.f.groups[g].club;
    const club = this.p.clubs[c];
    const nD = this.f.nDays;
    const days = this.f.patterns[c][pi];
    for (const d of days) if (this.clubDay[c * nD + d] >= club.maxGroupsPerDay) return false;
    for (const t of club.teachers) {
      for (const d of days) if (this.teacherDay[t * nD + d] > 0) return false;
      const max = this.p.teachers[t]?.maxClubDays;
      if (max !== undefined) {
        let used = 0;
        for (let d = 0; d < nD; d++) if (this.teacherDay[t * nD + d] > 0 || days.includes(d)) used++;
        if (used > max) return false;
      }
    }
    return true;
  }

  place(g: number, pi: number): void {
    const c = this.f.groups[g].club;
    const nD = this.f.nDays;
    this.pat[g] = pi;
    for (const d of this.f.patterns[c][pi]) {
      this.clubDay[c * nD + d]++;
      for (const t of this.p.clubs[c].teachers) this.teacherDay[t * nD + d]++;
    }
  }

  remove(g: number): void {
    const pi = this.pat[g];
    if (pi < 0) return;
    const c = this.f.groups[g].club;
    const nD = this.f.nDays;
    for (const d of this.f.patterns[c][pi]) {
      this.clubDay[c * nD + d]--;
      for (const t of this.p.clubs[c].teachers) this.teacherDay[t * nD + d]--;
    }
    this.pat[g] = -1;
  }

  /** Valid patterns for g if it were moved (g's own current pattern excluded). */
  movesFor(g: number): number[] {
    const old = this.pat[g];
    this.remove(g);
    const out: number[] = [];
    const n = this.f.patterns[this.f.groups[g].club].length;
    for (let pi = 0; pi < n; pi++) if (pi !== old && this.canPlace(g, pi)) out.push(pi);
    if (old >= 0) this.place(g, old);
    return out;
  }

  key(): string {
    return Array.from(this.pat).join(',');
  }
}

/** Days a club must meet on: preselect Days and Locked rows (per group number where the row gives one). */
export function requiredDays(p: ClubsProblem, f: Facts): { anyGroup: Array<Set<number>>; byGroup: Map<number, Set<number>> } {
  const anyGroup = p.clubs.map(() => new Set<number>());
  const byGroup = new Map<number, Set<number>>();
  for (const st of p.students) for (const ps of st.preselects) for (const d of ps.days) anyGroup[ps.club]?.add(d);
  for (const l of p.locked) {
    if (l.club < 0 || l.club >= p.clubs.length) continue;
    const g = l.group !== undefined ? f.groupsOfClub[l.club][l.group - 1] : undefined;
    if (g === undefined) anyGroup[l.club].add(l.day);
    else {
      if (!byGroup.has(g)) byGroup.set(g, new Set());
      byGroup.get(g)!.add(l.day);
    }
  }
  return { anyGroup, byGroup };
}

/** Per club, how much students want it (choice rewards relative to a first choice, plus preselects). */
export function clubDemand(p: ClubsProblem, f: Facts): number[] {
  const w1 = Math.max(1, p.weights.choice[0] ?? 1);
  const demand = p.clubs.map(() => 0);
  f.candidates.forEach((cands, s) => {
    for (const c of cands) demand[c] += (f.reward[s].get(c) ?? 0) / w1 + (f.preselect[s].has(c) ? 1 : 0);
  });
  return demand;
}

/** Repulsion between clubs: students who want both, weighted by how much they want each. */
export function repulsion(p: ClubsProblem, f: Facts): Float64Array[] {
  const nC = p.clubs.length;
  const w1 = Math.max(1, p.weights.choice[0] ?? 1);
  const rep = Array.from({ length: nC }, () => new Float64Array(nC));
  f.candidates.forEach((cands, s) => {
    const val = cands.map((c) => (f.reward[s].get(c) ?? 0) / w1 + (f.preselect[s].has(c) ? 1 : 0));
    for (let i = 0; i < cands.length; i++)
      for (let j = i + 1; j < cands.length; j++) {
        const v = val[i] * val[j];
        rep[cands[i]][cands[j]] += v;
        rep[cands[j]][cands[i]] += v;
      }
  });
  return rep;
}

export interface RepulsionContext {
  demand: number[];
  rep: Float64Array[];
  required: ReturnType<typeof requiredDays>;
  availOnDay: number[];
  /** Per club, the preselected students' day constraints: a group of the club must suit each. */
  preselectsOf: Array<Array<{ student: number; days: number[]; notDays: number[] }>>;
}

export function repulsionContext(p: ClubsProblem, f: Facts): RepulsionContext {
  const availOnDay = Array.from({ length: f.nDays }, (_, d) => f.avail.filter((a) => a[d]).length);
  const preselectsOf: RepulsionContext['preselectsOf'] = p.clubs.map(() => []);
  f.preselect.forEach((m, s) => {
    for (const ps of m.values()) if (f.candidates[s].includes(ps.club)) preselectsOf[ps.club].push({ student: s, days: ps.days, notDays: ps.notDays });
  });
  return { demand: clubDemand(p, f), rep: repulsion(p, f), required: requiredDays(p, f), availOnDay, preselectsOf };
}

/** Can a group meeting on `days` take this preselected student as the rule asks? */
function suits(f: Facts, ps: { student: number; days: number[]; notDays: number[] }, days: number[]): boolean {
  if (ps.notDays.some((d) => days.includes(d))) return false;
  if (!days.some((d) => f.avail[ps.student][d])) return false;
  return ps.days.every((d) => !f.avail[ps.student][d] || days.includes(d));
}

/**
 * Club Sandwich's placement: groups in order of demand (with noise), each on the valid pattern
 * whose days hold the fewest clubs its voters also want and the fewest seats per available student.
 * Groups already placed in `start` keep their pattern.
 */
export function repulsionPlacement(p: ClubsProblem, f: Facts, ctx: RepulsionContext, rng: Rng, noise: number, start?: Placement): Placement {
  const pl = start ? start.clone() : new Placement(p, f);
  const nD = f.nDays;
  const order = f.groups.map((grp, g) => ({ g, key: (ctx.demand[grp.club] + 1) * (1 - 0.05 * grp.k) * (1 + noise * rng()) }));
  order.sort((a, b) => b.key - a.key || a.g - b.g);
  const onDay: number[][] = Array.from({ length: nD }, () => []); // clubs placed per day
  const seats = new Float64Array(nD);
  pl.pat.forEach((pi, g) => {
    if (pi < 0) return;
    const c = f.groups[g].club;
    for (const d of pl.days(g)) {
      onDay[d].push(c);
      seats[d] += p.clubs[c].maxMembers;
    }
  });
  for (const { g } of order) {
    if (pl.pat[g] >= 0) continue;
    const c = f.groups[g].club;
    const club = p.clubs[c];
    const need = new Set<number>(ctx.required.byGroup.get(g) ?? []);
    for (const d of ctx.required.anyGroup[c]) {
      const covered = f.groupsOfClub[c].some((h) => h !== g && pl.days(h).includes(d));
      if (!covered) need.add(d);
    }
    let best = -1;
    let bestCost = Infinity;
    f.patterns[c].forEach((days, pi) => {
      if (!pl.canPlace(g, pi)) return;
      let cost = 0;
      for (const d of days) {
        for (const b of onDay[d]) cost += b === c ? ctx.demand[c] + 1 : ctx.rep[c][b] / Math.max(1, f.groupsOfClub[b].length);
        cost += (ctx.demand[c] * (seats[d] + club.maxMembers)) / Math.max(1, ctx.availOnDay[d]);
      }
      for (const d of need) if (!days.includes(d)) cost += 1e6;
      for (const ps of ctx.preselectsOf[c]) {
        if (suits(f, ps, days)) continue;
        if (!f.groupsOfClub[c].some((h) => h !== g && pl.pat[h] >= 0 && suits(f, ps, pl.days(h)))) cost += 1e5;
      }
      cost *= 1 + noise * (rng() - 0.5);
      if (cost < bestCost) {
        bestCost = cost;
        best = pi;
      }
    });
    if (best < 0) continue;
    pl.place(g, best);
    for (const d of f.patterns[c][best]) {
      onDay[d].push(c);
      seats[d] += club.maxMembers;
    }
  }
  return pl;
}

/** A placement from earlier rows (Start from previous / Locked): each group on the pattern that best matches the days its rows show. */
export function placementFromRows(p: ClubsProblem, f: Facts, rows: ClubsProblem['previous']): Placement {
  const pl = new Placement(p, f);
  const seen = new Map<number, Map<number, number>>(); // group → day → count
  for (const r of rows) {
    if (r.club < 0 || r.club >= p.clubs.length) continue;
    const g = f.groupsOfClub[r.club][(r.group ?? 1) - 1];
    if (g === undefined) continue;
    if (!seen.has(g)) seen.set(g, new Map());
    const m = seen.get(g)!;
    m.set(r.day, (m.get(r.day) ?? 0) + 1);
  }
  for (const [g, m] of [...seen.entries()].sort((a, b) => a[0] - b[0])) {
    const c = f.groups[g].club;
    let best = -1;
    let bestHits = 0;
    f.patterns[c].forEach((days, pi) => {
      const hits = days.reduce((a, d) => a + (m.get(d) ?? 0), 0);
      if (hits > bestHits && pl.canPlace(g, pi)) {
        bestHits = hits;
        best = pi;
      }
    });
    if (best >= 0) pl.place(g, best);
  }
  return pl;
}
