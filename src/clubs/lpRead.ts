// Reading answers out of the assignment model: settled and short groups, MIP starts and
// neighbourhoods, roundings, and column values → groups.
import type { ClubGroup } from './model';
import type { Placement } from './placement';
import type { AssignmentLp } from './lp';

/**
 * Slots the LP fills below Min members on some meeting day (it opens them only partly): for each,
 * how many whole groups its members can fill. Lowering the slot to that is a dive's cancellation.
 */
export function shortSlots(lp: AssignmentLp, v: Float64Array): Array<{ slot: number; keep: number; open: number }> {
  const out: Array<{ slot: number; keep: number; open: number }> = [];
  for (let sl = 0; sl < lp.slotClub.length; sl++) {
    if (lp.groupsPerSlot[sl] <= 0) continue;
    const c = lp.slotClub[sl];
    const min = lp.p.clubs[c].minMembers;
    const days = lp.f.patterns[c][lp.slotPat[sl]];
    const perDay = days.map(() => 0);
    for (let j = lp.slotXFrom[sl]; j < lp.slotXTo[sl]; j++) {
      if (v[j] <= 1e-9) continue;
      const s = lp.xStudent[j];
      days.forEach((d, i) => {
        if (lp.f.avail[s][d]) perDay[i] += v[j];
      });
    }
    const least = Math.min(...perDay);
    const keep = min > 0 ? Math.min(lp.groupsPerSlot[sl], Math.floor(least / min + 1e-6)) : lp.groupsPerSlot[sl];
    const open = v[lp.slotOpen[sl]];
    if (keep < lp.groupsPerSlot[sl] && open > keep + 1e-6) out.push({ slot: sl, keep, open });
  }
  return out;
}

/** The integer columns (x, open, run) of a schedule given as members and groups per slot: a MIP start HiGHS completes. */
export function startVector(lp: AssignmentLp, membersBySlot: Map<number, Set<number>>, groupsBySlot: Int32Array): { indices: Int32Array; values: Float64Array } {
  const v = new Float64Array(lp.intEnd);
  for (let sl = 0; sl < lp.slotClub.length; sl++) {
    const mem = membersBySlot.get(sl);
    if (mem) for (let j = lp.slotXFrom[sl]; j < lp.slotXTo[sl]; j++) if (mem.has(lp.xStudent[j])) v[j] = 1;
    v[lp.slotOpen[sl]] = groupsBySlot[sl];
  }
  // run columns follow the open columns: 1 where the club has an open slot.
  let j = lp.slotOpen.length ? lp.slotOpen[lp.slotOpen.length - 1] + 1 : 0;
  lp.p.clubs.forEach((club, c) => {
    if (club.minGroups <= 1 || lp.slotsOfClub[c].length === 0) return;
    v[j++] = lp.slotsOfClub[c].some((sl) => groupsBySlot[sl] > 0) ? 1 : 0;
  });
  return { indices: Int32Array.from({ length: lp.intEnd }, (_, i) => i), values: v };
}

/**
 * Bounds that fix every x on which the LP answer and a schedule (its start vector) agree, leaving
 * a small binary model over the rest (a RINS-style neighbourhood of the schedule).
 */
export function agreementBounds(lp: AssignmentLp, v: Float64Array, start: { values: Float64Array }): { lower: Float64Array; upper: Float64Array; free: number } {
  const nX = lp.xStudent.length;
  const lower = new Float64Array(nX);
  const upper = new Float64Array(nX);
  let free = 0;
  for (let sl = 0; sl < lp.slotClub.length; sl++) {
    if (lp.groupsPerSlot[sl] <= 0) continue;
    for (let j = lp.slotXFrom[sl]; j < lp.slotXTo[sl]; j++) {
      const a = v[j];
      const b = start.values[j];
      if (Math.abs(a - b) < 1e-6) {
        lower[j] = b;
        upper[j] = b;
      } else {
        upper[j] = 1;
        free++;
      }
    }
  }
  return { lower, upper, free };
}

/** [group, student] pairs the LP answer gives at least `threshold`, largest values first: a rounding's starting point. */
export function roundingPairs(lp: AssignmentLp, v: Float64Array, pl: Placement, threshold = 0.5): Array<[number, number]> {
  const out: Array<{ g: number; s: number; x: number }> = [];
  for (let sl = 0; sl < lp.slotClub.length; sl++) {
    if (lp.groupsPerSlot[sl] <= 0) continue;
    const c = lp.slotClub[sl];
    const gs = lp.f.groupsOfClub[c].filter((g) => pl.pat[g] === lp.slotPat[sl]);
    if (gs.length === 0) continue;
    let i = 0;
    for (let j = lp.slotXFrom[sl]; j < lp.slotXTo[sl]; j++) if (v[j] >= threshold) out.push({ g: gs[i++ % gs.length], s: lp.xStudent[j], x: v[j] });
  }
  out.sort((a, b) => b.x - a.x || a.s - b.s || a.g - b.g);
  return out.map((o) => [o.g, o.s]);
}

/**
 * Column values → groups. A slot with several groups (Max groups per day > 1) splits its members
 * evenly, sorted by gender and grade so each group gets a similar mix.
 */
export function extract(lp: AssignmentLp, v: Float64Array): { groups: ClubGroup[]; assignment: number[][] } {
  const p = lp.p;
  const f = lp.f;
  const groups: ClubGroup[] = [];
  const assignment = p.students.map(() => new Array<number>(f.nDays).fill(-1));
  const numberInClub = new Map<number, number>();
  for (let sl = 0; sl < lp.slotClub.length; sl++) {
    if (lp.groupsPerSlot[sl] <= 0) continue;
    const c = lp.slotClub[sl];
    const club = p.clubs[c];
    const days = f.patterns[c][lp.slotPat[sl]];
    const mem: number[] = [];
    for (let j = lp.slotXFrom[sl]; j < lp.slotXTo[sl]; j++) if (v[j] > 0.5) mem.push(lp.xStudent[j]);
    if (mem.length === 0) continue;
    let k = Math.round(v[lp.slotOpen[sl]]);
    k = Math.max(Math.ceil(mem.length / Math.max(1, club.maxMembers)), Math.min(k, lp.groupsPerSlot[sl]));
    k = Math.max(1, Math.min(k, lp.groupsPerSlot[sl], club.minMembers > 0 ? Math.floor(mem.length / club.minMembers) || 1 : k));
    const key = (s: number) => `${p.students[s].gender ?? ''}|${p.students[s].grade ?? ''}`;
    mem.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a - b));
    const parts: number[][] = Array.from({ length: k }, () => []);
    mem.forEach((s, i) => parts[i % k].push(s));
    for (const part of parts) {
      const n = (numberInClub.get(c) ?? 0) + 1;
      numberInClub.set(c, n);
      const gi = groups.length;
      part.sort((a, b) => a - b);
      groups.push({ club: c, number: n, days: [...days], members: part });
      for (const s of part) for (const d of days) if (f.avail[s][d]) assignment[s][d] = gi;
    }
  }
  return { groups, assignment };
}

