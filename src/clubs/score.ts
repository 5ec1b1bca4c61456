// The solver's own scorer: the objective of model.ts, computed from groups and their members.
// (The verifier recomputes it independently; tests check that both agree.)
import type { ClubGroup, ClubsProblem } from './model';
import type { Facts } from './facts';

export interface Scored {
  score: number;
  scoreParts: Record<string, number>;
}

/** Penalty w·x beyond half of n for each label present (labels undefined are not counted). */
export function mixPenalty(labels: Array<string | undefined>, w: number): number {
  if (w === 0) return 0;
  const counts = new Map<string, number>();
  let n = 0;
  for (const l of labels) {
    if (l === undefined) continue;
    n++;
    counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  let pen = 0;
  for (const c of counts.values()) pen += Math.max(0, c - n / 2);
  return w * pen;
}

export const studyHallPenalty = (u: number, w: number): number => (u > 0 ? (w * u * (u + 1)) / 2 : 0);

export function scoreGroups(p: ClubsProblem, f: Facts, groups: ClubGroup[], assignment: number[][]): Scored {
  const parts: Record<string, number> = {};
  const nRanks = p.weights.choice.length;
  for (let k = 1; k <= nRanks; k++) parts[`Choice ${k}`] = 0;
  const clubsOf = p.students.map(() => new Set<number>());
  for (const g of groups) for (const s of g.members) clubsOf[s].add(g.club);
  clubsOf.forEach((set, s) => {
    for (const c of set) {
      const r = f.rank[s].get(c);
      if (r === undefined) continue;
      const key = `Choice ${r}`;
      parts[key] = (parts[key] ?? 0) + (f.reward[s].get(c) ?? 0);
    }
  });
  let sh = 0;
  const wSh = p.weights['Unchosen study hall'];
  p.students.forEach((_, s) => {
    let u = 0;
    for (let d = 0; d < f.nDays; d++) if (f.avail[s][d] && (assignment[s]?.[d] ?? -1) < 0) u++;
    sh += studyHallPenalty(Math.max(0, u - f.freeStudyHall[s]), wSh);
  });
  parts['Unchosen study hall'] = -sh;
  let spread = 0;
  let grade = 0;
  let gender = 0;
  for (const g of groups) {
    const club = p.clubs[g.club];
    const mid = Math.ceil((club.minMembers + club.maxMembers) / 2);
    spread += p.weights['Club size spread'] * Math.max(0, g.members.length - mid);
    grade += mixPenalty(g.members.map((s) => p.students[s].grade), p.weights['Grade mix']);
    gender += mixPenalty(g.members.map((s) => p.students[s].gender), p.weights['Gender mix']);
  }
  parts['Club size spread'] = -spread;
  parts['Grade mix'] = -grade;
  parts['Gender mix'] = -gender;
  const score = Object.values(parts).reduce((a, b) => a + b, 0);
  return { score: round6(score), scoreParts: parts };
}

export const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
