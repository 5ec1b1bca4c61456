// Students into placed groups by Club Sandwich's rounds: locked rows and preselects first, then
// round after round the least successful students pick their best remaining choice; groups that
// cannot reach Min members are cancelled (their members pick again) until every group is viable.
import type { ClubGroup, ClubsProblem } from './model';
import type { Facts } from './facts';
import type { Placement, Rng } from './placement';

export interface Assigned {
  /** members[g] for each candidate group (empty when it does not run). */
  members: number[][];
  /** Candidate groups that run. */
  open: boolean[];
}

/** `initial`: [group, student] pairs to place first, in order (e.g. an LP answer, largest values first); any that break a rule are skipped. */
export function assignByRounds(p: ClubsProblem, f: Facts, pl: Placement, rng: Rng, initial?: Array<[number, number]>): Assigned {
  const nD = f.nDays;
  const nG = f.groups.length;
  const nS = p.students.length;
  const members: number[][] = Array.from({ length: nG }, () => []);
  const count = new Int32Array(nG * nD);
  const busy = new Int32Array(nS * nD).fill(-1);
  const shLocked = new Uint8Array(nS * nD);
  const joined: Array<Map<number, number>> = p.students.map(() => new Map());
  const success = new Float64Array(nS);
  const cancelled = new Uint8Array(nG);
  const candSet = f.candidates.map((c) => new Set(c));
  for (let g = 0; g < nG; g++) if (pl.pat[g] < 0) cancelled[g] = 1;
  for (const l of p.locked) if (l.club < 0 && l.student < nS && l.day < nD) shLocked[l.student * nD + l.day] = 1;

  const canJoin = (s: number, g: number): boolean => {
    if (cancelled[g]) return false;
    const c = f.groups[g].club;
    if (!candSet[s].has(c)) return false;
    const ps = f.preselect[s].get(c);
    if ((joined[s].get(c) ?? 0) >= (ps ? ps.groups : 1)) return false;
    if (members[g].includes(s)) return false;
    for (const j of joined[s].keys()) if (f.excluded[c].has(j)) return false;
    const days = pl.days(g);
    let any = false;
    for (const d of days) {
      if (ps && ps.notDays.includes(d)) return false;
      if (!f.avail[s][d]) continue;
      any = true;
      if (busy[s * nD + d] >= 0 || shLocked[s * nD + d]) return false;
      if (count[g * nD + d] >= p.clubs[c].maxMembers) return false;
    }
    return any;
  };
  const join = (s: number, g: number): void => {
    const c = f.groups[g].club;
    members[g].push(s);
    for (const d of pl.days(g)) {
      if (!f.avail[s][d]) continue;
      count[g * nD + d]++;
      busy[s * nD + d] = g;
    }
    joined[s].set(c, (joined[s].get(c) ?? 0) + 1);
    success[s] += f.reward[s].get(c) ?? 0;
  };
  const leave = (s: number, g: number): void => {
    const c = f.groups[g].club;
    members[g] = members[g].filter((x) => x !== s);
    for (const d of pl.days(g)) {
      if (!f.avail[s][d]) continue;
      count[g * nD + d]--;
      busy[s * nD + d] = -1;
    }
    const n = (joined[s].get(c) ?? 1) - 1;
    if (n > 0) joined[s].set(c, n);
    else joined[s].delete(c);
    success[s] -= f.reward[s].get(c) ?? 0;
  };
  /** Among groups of club c that s may join, the one covering `want` best, then the emptiest. */
  const pickGroup = (s: number, c: number, want: number[]): number => {
    let best = -1;
    let bestKey = -Infinity;
    for (const g of f.groupsOfClub[c]) {
      if (!canJoin(s, g)) continue;
      const days = pl.days(g);
      const cover = want.filter((d) => days.includes(d)).length;
      const fill = Math.max(0, ...days.map((d) => count[g * nD + d])) / Math.max(1, p.clubs[c].maxMembers);
      const key = cover * 10 - fill + rng() * 1e-3;
      if (key > bestKey) {
        bestKey = key;
        best = g;
      }
    }
    return best;
  };

  const pinned = (): void => {
    for (const l of p.locked) {
      if (l.club < 0 || l.student >= nS || l.day >= nD || l.club >= p.clubs.length) continue;
      const s = l.student;
      const already = busy[s * nD + l.day];
      if (already >= 0) continue;
      const options = l.group !== undefined ? [f.groupsOfClub[l.club][l.group - 1]].filter((g) => g !== undefined) : f.groupsOfClub[l.club];
      const g = options.find((h) => pl.days(h).includes(l.day) && canJoin(s, h));
      if (g !== undefined) join(s, g);
    }
    for (let s = 0; s < nS; s++) {
      for (const ps of f.preselect[s].values()) {
        while ((joined[s].get(ps.club) ?? 0) < ps.groups) {
          const want = ps.days.filter((d) => !f.groupsOfClub[ps.club].some((g) => members[g].includes(s) && pl.days(g).includes(d)));
          const g = pickGroup(s, ps.club, want);
          if (g < 0) break;
          join(s, g);
        }
      }
    }
  };

  const rounds = (): void => {
    const order = Array.from({ length: nS }, (_, s) => s);
    const tie = new Float64Array(nS);
    for (;;) {
      for (let s = 0; s < nS; s++) tie[s] = rng();
      order.sort((a, b) => success[a] - success[b] || tie[a] - tie[b]);
      let picked = 0;
      for (const s of order) {
        const choices = [...f.rank[s].entries()].filter(([c]) => candSet[s].has(c) && !joined[s].has(c)).sort((a, b) => a[1] - b[1] || a[0] - b[0]);
        for (const [c] of choices) {
          const g = pickGroup(s, c, []);
          if (g >= 0) {
            join(s, g);
            picked++;
            break;
          }
        }
      }
      if (picked === 0) return;
    }
  };

  const viable = (g: number): number => {
    // Smallest fill ratio over meeting days; ≥ 1 means the group reaches Min members every day.
    const c = f.groups[g].club;
    const min = p.clubs[c].minMembers;
    if (members[g].length === 0) return -1;
    let ratio = Infinity;
    for (const d of pl.days(g)) ratio = Math.min(ratio, min > 0 ? count[g * nD + d] / min : 1);
    return ratio;
  };

  if (initial) for (const [g, s] of initial) if (canJoin(s, g)) join(s, g);
  for (;;) {
    pinned();
    rounds();
    let worst = -1;
    let worstRatio = 1;
    for (let g = 0; g < nG; g++) {
      if (cancelled[g] || members[g].length === 0) continue;
      const r = viable(g);
      if (r < worstRatio - 1e-9) {
        worstRatio = r;
        worst = g;
      }
    }
    // Clubs short of Min groups (counting only groups with members) run no group at all.
    let shortClub = -1;
    if (worst < 0) {
      for (let c = 0; c < p.clubs.length && shortClub < 0; c++) {
        const running = f.groupsOfClub[c].filter((g) => !cancelled[g] && members[g].length > 0).length;
        if (running > 0 && running < p.clubs[c].minGroups) shortClub = c;
      }
    }
    if (worst < 0 && shortClub < 0) break;
    const victims = worst >= 0 ? [worst] : f.groupsOfClub[shortClub];
    for (const g of victims) {
      for (const s of [...members[g]]) leave(s, g);
      cancelled[g] = 1;
    }
  }
  const open = members.map((m, g) => !cancelled[g] && m.length > 0);
  return { members, open };
}

/** Candidate-group members → the option's groups (numbered per club) and per-day assignment. */
export function toGroups(p: ClubsProblem, f: Facts, pl: Placement, a: Assigned): { groups: ClubGroup[]; assignment: number[][] } {
  const groups: ClubGroup[] = [];
  const assignment = p.students.map(() => new Array<number>(f.nDays).fill(-1));
  const numberInClub = new Map<number, number>();
  f.groups.forEach((grp, g) => {
    if (!a.open[g]) return;
    const n = (numberInClub.get(grp.club) ?? 0) + 1;
    numberInClub.set(grp.club, n);
    const days = pl.days(g);
    const gi = groups.length;
    const mem = [...a.members[g]].sort((x, y) => x - y);
    groups.push({ club: grp.club, number: n, days: [...days], members: mem });
    for (const s of mem) for (const d of days) if (f.avail[s][d]) assignment[s][d] = gi;
  });
  return { groups, assignment };
}
