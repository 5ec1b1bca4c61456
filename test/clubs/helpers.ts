// Small hand-made club problems for the solver tests, written with names instead of indexes.
import type { CClub, ClubsOption, ClubsProblem, ClubsSolution, CStudent, Preselect } from '../../src/clubs/model';
import { DEFAULT_CHOICE_WEIGHTS, DEFAULT_CLUB_WEIGHTS } from '../../src/clubs/model';
import { solveClubs } from '../../src/clubs/solve';
import { verifyClubs } from '../../src/clubs/verify';

export type ClubSpec = Partial<Omit<CClub, 'teachers' | 'branchOf' | 'whitelist' | 'blacklist'>> & {
  id: string;
  teachers?: string[];
  branchOf?: string;
  whitelist?: string[];
  blacklist?: string[];
};
export type StudentSpec = Partial<Omit<CStudent, 'votes' | 'preselects'>> & {
  id: string;
  votes?: Array<string | null>;
  preselects?: Array<Partial<Omit<Preselect, 'club'>> & { club: string }>;
};

export interface Spec {
  days?: string[];
  clubs: ClubSpec[];
  students: StudentSpec[];
  teachers?: Array<{ id: string; maxClubDays?: number }>;
  exclusions?: Array<[string, string]>;
  weights?: Partial<ClubsProblem['weights']>;
  locked?: Array<{ student: string; day: number; club: string | null; group?: number }>;
}

export function makeProblem(spec: Spec): ClubsProblem {
  const days = spec.days ?? ['Mon', 'Tue', 'Wed'];
  const clubIdx = (id: string) => {
    const i = spec.clubs.findIndex((c) => c.id === id);
    if (i < 0) throw new Error(`no club ${id}`);
    return i;
  };
  const studentIdx = (id: string) => {
    const i = spec.students.findIndex((s) => s.id === id);
    if (i < 0) throw new Error(`no student ${id}`);
    return i;
  };
  const teachers = [...(spec.teachers ?? [])];
  const teacherIdx = (id: string) => {
    let i = teachers.findIndex((t) => t.id === id);
    if (i < 0) {
      i = teachers.length;
      teachers.push({ id });
    }
    return i;
  };
  const clubs: CClub[] = spec.clubs.map((c) => ({
    id: c.id,
    name: c.name ?? c.id,
    teachers: (c.teachers ?? []).map(teacherIdx),
    days: c.days ?? days.map((_, d) => d),
    minMembers: c.minMembers ?? 1,
    maxMembers: c.maxMembers ?? 25,
    minGroups: c.minGroups ?? 1,
    maxGroups: c.maxGroups ?? 1,
    daysPerGroup: c.daysPerGroup ?? 1,
    maxGroupsPerDay: c.maxGroupsPerDay ?? 1,
    ...(c.grades ? { grades: c.grades } : {}),
    ...(c.genders ? { genders: c.genders } : {}),
    closed: c.closed ?? false,
    whitelist: (c.whitelist ?? []).map(studentIdx),
    blacklist: (c.blacklist ?? []).map(studentIdx),
    mergedFrom: [],
  }));
  spec.clubs.forEach((c, i) => {
    if (c.branchOf) clubs[i].branchOf = clubIdx(c.branchOf);
  });
  const students: CStudent[] = spec.students.map((s) => ({
    id: s.id,
    ...(s.grade ? { grade: s.grade } : {}),
    ...(s.gender ? { gender: s.gender } : {}),
    unavailableDays: s.unavailableDays ?? [],
    votes: (s.votes ?? []).map((v) => (v === null ? null : clubIdx(v))),
    preselects: (s.preselects ?? []).map((ps) => ({ club: clubIdx(ps.club), groups: ps.groups ?? 1, days: ps.days ?? [], notDays: ps.notDays ?? [] })),
    votedStudyHall: s.votedStudyHall ?? false,
  }));
  return {
    days,
    studyHallName: 'Study Hall',
    weights: { choice: [...DEFAULT_CHOICE_WEIGHTS], ...DEFAULT_CLUB_WEIGHTS, ...(spec.weights ?? {}) },
    clubs,
    students,
    teachers,
    exclusions: (spec.exclusions ?? []).map(([a, b]) => [clubIdx(a), clubIdx(b)] as [number, number]),
    optionsToKeep: 3,
    locked: (spec.locked ?? []).map((l) => ({ student: studentIdx(l.student), day: l.day, club: l.club === null ? -1 : clubIdx(l.club), ...(l.group !== undefined ? { group: l.group } : {}) })),
    previous: [],
  };
}

/** n students named prefix1…prefixN with the same votes. */
export function many(n: number, prefix: string, rest: Omit<StudentSpec, 'id'>): StudentSpec[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i + 1}`, ...rest }));
}

export async function solve(p: ClubsProblem, maxSteps = 20, seed = 1): Promise<ClubsSolution> {
  return solveClubs(p, { seed, timeLimitMs: 120_000, maxSteps });
}

/** Solves, and checks the best option with the independent verifier: no hard violation, same score. */
export async function solveChecked(p: ClubsProblem, maxSteps = 20): Promise<{ sol: ClubsSolution; best: ClubsOption }> {
  const sol = await solve(p, maxSteps);
  const best = sol.options[0];
  const v = verifyClubs(p, best);
  expect(v.hardViolations).toEqual([]);
  expect(best.score).toBeCloseTo(v.score, 6);
  return { sol, best };
}

/** Names of the clubs a student attends. */
export function clubsOf(p: ClubsProblem, o: ClubsOption, student: string): string[] {
  const s = p.students.findIndex((st) => st.id === student);
  return [...new Set(o.groups.filter((g) => g.members.includes(s)).map((g) => p.clubs[g.club].id))].sort();
}

export function groupsOf(p: ClubsProblem, o: ClubsOption, club: string) {
  const c = p.clubs.findIndex((x) => x.id === club);
  return o.groups.filter((g) => g.club === c);
}
