// What the solver derives from a ClubsProblem before it searches: who is available when, who may join
// which club and for what reward, and the day patterns each club's groups may use.
// (The verifier derives the same rules on its own, from the raw problem.)
import { DEFAULT_FURTHER_CHOICE_WEIGHT, type ClubsProblem, type Preselect } from './model';

export interface Facts {
  nDays: number;
  /** avail[s][d]: student s is available on club day d. */
  avail: boolean[][];
  availCount: number[];
  /** Study-hall days a student may have without penalty (1 if they voted for it by name). */
  freeStudyHall: number[];
  /** candidates[s]: clubs s may join (eligible, and chosen, preselected or locked), ascending. */
  candidates: number[][];
  /** reward[s]: club → reward of its best rank (0 when only preselected or locked). */
  reward: Array<Map<number, number>>;
  /** rank[s]: club → best 1-based rank its votes give it. */
  rank: Array<Map<number, number>>;
  /** preselect[s]: club → the rule. */
  preselect: Array<Map<number, Preselect>>;
  /** Students who may join each club. */
  clubStudents: number[][];
  /** patterns[c]: the day sets (ascending days) a group of club c may meet on. */
  patterns: number[][][];
  /** excluded[c]: clubs that may not be combined with c. */
  excluded: Array<Set<number>>;
  /** Candidate groups: club and 0-based number; a club has maxGroups of them. */
  groups: Array<{ club: number; k: number }>;
  groupsOfClub: number[][];
  /** Why a club can never run (no pattern, nobody may join, …); undefined when it may. */
  cannotRun: Array<string | undefined>;
}

const MAX_PATTERNS = 64;

function subsets(days: number[], k: number): number[][] {
  const out: number[][] = [];
  const rec = (start: number, acc: number[]) => {
    if (out.length >= MAX_PATTERNS) return;
    if (acc.length === k) {
      out.push([...acc]);
      return;
    }
    for (let i = start; i <= days.length - (k - acc.length); i++) {
      acc.push(days[i]);
      rec(i + 1, acc);
      acc.pop();
    }
  };
  if (k >= 1 && k <= days.length) rec(0, []);
  return out;
}

/** Grades, genders, Closed, white- and blacklists. A preselect admits a student whatever the Grades, Genders or Closed say, but not past a blacklist. */
export function mayJoin(p: ClubsProblem, s: number, c: number, preselected: boolean): boolean {
  const club = p.clubs[c];
  const st = p.students[s];
  if (club.blacklist.includes(s)) return false;
  if (club.whitelist.includes(s) || preselected) return true;
  if (club.closed) return false;
  if (club.grades && (st.grade === undefined || !club.grades.includes(st.grade))) return false;
  if (club.genders && (st.gender === undefined || !club.genders.includes(st.gender))) return false;
  return true;
}

/** model.ts: ranks beyond the weights given earn the further-choice default. */
export function choiceWeight(p: ClubsProblem, rank: number): number {
  return p.weights.choice[rank - 1] ?? DEFAULT_FURTHER_CHOICE_WEIGHT;
}

export function deriveFacts(p: ClubsProblem): Facts {
  const nDays = p.days.length;
  const nC = p.clubs.length;
  const avail = p.students.map((st) => Array.from({ length: nDays }, (_, d) => !st.unavailableDays.includes(d)));
  const availCount = avail.map((a) => a.filter(Boolean).length);
  const freeStudyHall = p.students.map((st) => (st.votedStudyHall ? 1 : 0));
  const lockedClubs = p.students.map(() => new Set<number>());
  for (const l of p.locked) if (l.club >= 0 && l.student < p.students.length) lockedClubs[l.student].add(l.club);

  const candidates: number[][] = [];
  const reward: Array<Map<number, number>> = [];
  const rank: Array<Map<number, number>> = [];
  const preselect: Array<Map<number, Preselect>> = [];
  const clubStudents: number[][] = Array.from({ length: nC }, () => []);
  p.students.forEach((st, s) => {
    const rk = new Map<number, number>();
    st.votes.forEach((v, k) => {
      if (v === null || v === undefined || v < 0 || v >= nC) return;
      // A vote names a club, or a parent whose branches it also counts for.
      for (let c = 0; c < nC; c++) {
        if (c === v || p.clubs[c].branchOf === v) {
          if (!rk.has(c) || rk.get(c)! > k + 1) rk.set(c, k + 1);
        }
      }
    });
    const pre = new Map<number, Preselect>();
    for (const ps of st.preselects) if (ps.club >= 0 && ps.club < nC && !pre.has(ps.club)) pre.set(ps.club, ps);
    const cands = new Set<number>();
    for (const c of rk.keys()) if (mayJoin(p, s, c, pre.has(c))) cands.add(c);
    for (const c of pre.keys()) if (mayJoin(p, s, c, true)) cands.add(c);
    for (const c of lockedClubs[s]) if (mayJoin(p, s, c, true)) cands.add(c);
    const list = [...cands].sort((a, b) => a - b);
    const rw = new Map<number, number>();
    for (const c of list) {
      rw.set(c, rk.has(c) ? choiceWeight(p, rk.get(c)!) : 0);
      clubStudents[c].push(s);
    }
    candidates.push(list);
    reward.push(rw);
    rank.push(rk);
    preselect.push(pre);
  });

  const patterns = p.clubs.map((c) => subsets(c.days, c.daysPerGroup));
  const excluded = p.clubs.map(() => new Set<number>());
  for (const [a, b] of p.exclusions) {
    if (a < 0 || b < 0 || a >= nC || b >= nC) continue;
    excluded[a].add(b);
    excluded[b].add(a);
  }
  const groups: Facts['groups'] = [];
  const groupsOfClub: number[][] = [];
  const cannotRun: Array<string | undefined> = [];
  p.clubs.forEach((club, c) => {
    groupsOfClub.push([]);
    let why: string | undefined;
    if (club.days.length === 0) why = 'it has no club day to run on';
    else if (club.daysPerGroup < 1 || club.daysPerGroup > club.days.length) why = `Days per group (${club.daysPerGroup}) exceeds the ${club.days.length} club day(s) it may run on`;
    else if (club.maxGroups < 1) why = 'Max groups is 0';
    else if (club.minMembers > club.maxMembers) why = `Min members (${club.minMembers}) exceeds Max members (${club.maxMembers})`;
    else if (clubStudents[c].length === 0) why = 'no student chose it who may join';
    cannotRun.push(why);
    if (why) return;
    // More groups than its would-be members can fill to Min members never run (a preselect for
    // several groups puts one student in several).
    const seats = clubStudents[c].reduce((a, s) => a + (preselect[s].get(c)?.groups ?? 1), 0);
    const n = Math.min(club.maxGroups, Math.max(1, Math.ceil(seats / Math.max(1, club.minMembers))), 50);
    for (let k = 0; k < Math.max(n, Math.min(club.minGroups, 50)); k++) {
      groupsOfClub[c].push(groups.length);
      groups.push({ club: c, k });
    }
  });
  return { nDays, avail, availCount, freeStudyHall, candidates, reward, rank, preselect, clubStudents, patterns, excluded, groups, groupsOfClub, cannotRun };
}
