// Who may join which club (SCHEMA.md › Clubs, ClubRules), as the clubs solver reads it: active;
// not blacklisted; whitelisted or preselected (either admits past Closed, Grades and Genders), or
// else open and within Grades/Genders; and available on at least one of the club's days.
// Votes are followed through Merge into, and a vote for a parent counts for an eligible branch.
import type { Club, ClubRule, Student } from '../schema/records';
import { idKey } from './key';
import type { Ctx } from './context';

export interface Eligibility {
  clubDays: number[];
  /** Club days the club may run on (its Days ∩ Settings › Club days; blank = every club day). */
  allowedDays: Map<Club, number[]>;
  whitelist: Map<Club, Set<Student>>;
  blacklist: Map<Club, Set<Student>>;
  preselected: Map<Club, Set<Student>>;
  /** Preselect rules whose club and student exist, in sheet order. */
  preselects: Array<{ rule: ClubRule; club: Club; student: Student }>;
  branches: Map<Club, Club[]>;
  /**
   * Why the student may not join the club, or undefined when they may. `forPreselect`: judge a
   * preselect itself: Closed is no obstacle (that is what preselects are for), Grades and Genders are.
   */
  whyNot(s: Student, c: Club, forPreselect?: boolean): string | undefined;
  /** The club a vote finally counts for (Merge into followed), or undefined. */
  voteTarget(choice: string): Club | undefined;
  /** Club days the student is available on. */
  studentDays(s: Student): number[];
}

export function buildEligibility(ctx: Ctx): Eligibility {
  const clubDays = [...new Set(ctx.r.settings.clubDays)].filter((d) => d >= 0 && d < ctx.days).sort((a, b) => a - b);
  const clubDaySet = new Set(clubDays);
  const allowedDays = new Map<Club, number[]>();
  for (const c of ctx.clubs.values()) {
    allowedDays.set(c, c.days.length ? [...new Set(c.days)].filter((d) => clubDaySet.has(d)).sort((a, b) => a - b) : clubDays);
  }
  const whitelist = new Map<Club, Set<Student>>();
  const blacklist = new Map<Club, Set<Student>>();
  const preselected = new Map<Club, Set<Student>>();
  const preselects: Eligibility['preselects'] = [];
  const add = (m: Map<Club, Set<Student>>, c: Club, s: Student) => {
    const set = m.get(c);
    if (set) set.add(s);
    else m.set(c, new Set([s]));
  };
  for (const rule of ctx.r.clubRules) {
    const club = ctx.clubs.get(idKey(rule.club));
    const student = rule.student ? ctx.students.get(idKey(rule.student)) : undefined;
    if (!club || !student) continue;
    if (rule.rule === 'whitelist') add(whitelist, club, student);
    else if (rule.rule === 'blacklist') add(blacklist, club, student);
    else if (rule.rule === 'preselect') {
      add(preselected, club, student);
      preselects.push({ rule, club, student });
    }
  }
  const branches = new Map<Club, Club[]>();
  for (const c of ctx.clubs.values()) {
    const parent = c.branchOf ? ctx.clubs.get(idKey(c.branchOf)) : undefined;
    if (!parent || parent === c) continue;
    const list = branches.get(parent);
    if (list) list.push(c);
    else branches.set(parent, [c]);
  }

  const studentDays = (s: Student): number[] => {
    if (s.unavailableDays.length === 0) return clubDays;
    const off = new Set(s.unavailableDays);
    return clubDays.filter((d) => !off.has(d));
  };

  // Bit sets of days, so "free on one of the club's days" is one AND (students × clubs calls).
  const dayBits = (days: readonly number[]): number => days.reduce((m, d) => (d < 31 ? m | (1 << d) : m), 0);
  const studentBits = new Map<Student, number>();
  const clubBits = new Map<Club, number>();
  const gradeSets = new Map<Club, Set<string>>();
  for (const c of ctx.clubs.values()) {
    clubBits.set(c, dayBits(allowedDays.get(c)!));
    if (c.grades) gradeSets.set(c, new Set(c.grades));
  }

  const whyNot = (s: Student, c: Club, forPreselect = false): string | undefined => {
    if (!s.active) return 'not active';
    if (blacklist.get(c)?.has(s)) return 'blacklisted';
    if (!whitelist.get(c)?.has(s) && (forPreselect || !preselected.get(c)?.has(s))) {
      if (c.closed && !forPreselect) return 'closed club';
      if (c.grades && !(s.grade !== undefined && gradeSets.get(c)!.has(s.grade))) return s.grade === undefined ? 'no grade given' : `grade ${s.grade}`;
      if (c.genders && !(s.gender !== undefined && c.genders.includes(s.gender))) return s.gender === undefined ? 'no gender given' : `gender ${s.gender}`;
    }
    let bits = studentBits.get(s);
    if (bits === undefined) studentBits.set(s, (bits = dayBits(studentDays(s))));
    if ((bits & (clubBits.get(c) ?? 0)) === 0) return 'unavailable on its days';
    return undefined;
  };

  const voteTarget = (choice: string): Club | undefined => {
    const c = ctx.clubs.get(idKey(choice));
    return c ? mergeEnd(ctx, c) : undefined;
  };

  return { clubDays, allowedDays, whitelist, blacklist, preselected, preselects, branches, whyNot, voteTarget, studentDays };
}

/** Where a club's votes end up: the end of its Merge into chain; the club itself when the chain loops or breaks off (those are reported elsewhere). */
export function mergeEnd(ctx: Ctx, c: Club): Club {
  if (!c.mergeInto) return c;
  const seen = new Set<Club>([c]);
  let cur = c;
  while (cur.mergeInto) {
    const next = ctx.clubs.get(idKey(cur.mergeInto));
    if (!next) break;
    if (seen.has(next)) return c; // a loop: nothing is merged
    seen.add(next);
    cur = next;
  }
  return cur;
}

/** A club whose votes go to another club (Merge into, ending at an existing club) does not run itself. */
export function mergedAway(ctx: Ctx, c: Club): boolean {
  return mergeEnd(ctx, c) !== c;
}
