// The clubs verifier: re-checks every hard rule of issue 6 and recomputes the score from the
// problem's RAW rules (eligibility, branches, preselects) and one option alone. It shares no code
// with the solver on purpose, so it favours plain loops over speed.
import type { ClubsOption, ClubsProblem, ClubsVerification } from './model';
import { DEFAULT_FURTHER_CHOICE_WEIGHT } from './model';
import { CLUB_CRITERIA } from '../schema/criteria';

type Violation = ClubsVerification['hardViolations'][number];

const key = (s: string | undefined): string | undefined => s?.trim().toLowerCase();

/** Best (lowest) rank whose vote gives club c to student s: the club itself or its parent. */
export function rankFor(problem: ClubsProblem, s: number, c: number): number | undefined {
  const club = problem.clubs[c];
  const votes = problem.students[s].votes;
  for (let k = 0; k < votes.length; k++) {
    if (votes[k] === null) continue;
    if (votes[k] === c || (club.branchOf !== undefined && votes[k] === club.branchOf)) return k + 1;
  }
  return undefined;
}

/** The user placed the student in the club: a preselect, or a Locked row of Club Assignments. */
export function pinned(problem: ClubsProblem, s: number, c: number): boolean {
  return problem.students[s].preselects.some((p) => p.club === c) || problem.locked.some((l) => l.student === s && l.club === c);
}

/** Grades, genders and Closed, with the white- and blacklists; a pin (preselect, Locked row) opens them, a blacklist never. */
export function eligible(problem: ClubsProblem, s: number, c: number): boolean {
  const club = problem.clubs[c];
  const st = problem.students[s];
  if (club.blacklist.includes(s)) return false;
  if (club.whitelist.includes(s) || pinned(problem, s, c)) return true;
  if (club.closed) return false;
  if (club.grades && !club.grades.some((g) => key(g) === key(st.grade))) return false;
  if (club.genders && !club.genders.some((g) => key(g) === key(st.gender))) return false;
  return true;
}

export function verifyClubs(problem: ClubsProblem, option: ClubsOption): ClubsVerification {
  const { clubs, students, days, teachers } = problem;
  const hard: Violation[] = [];
  const add = (rule: string, message: string, at: Omit<Violation, 'rule' | 'message'> = {}): void => {
    hard.push({ rule, message, ...at });
  };
  const groups = option.groups;
  const sName = (s: number): string => students[s]?.id ?? `#${s}`;
  const gName = (g: number): string => `${clubs[groups[g].club]?.name ?? '?'} group ${groups[g].number}`;
  const available = (s: number, d: number): boolean => !students[s].unavailableDays.includes(d);
  const at = (s: number, d: number): number => option.assignment[s]?.[d] ?? -1;

  // Shape: a row per student, a column per club day, entries naming real groups.
  if (option.assignment.length !== students.length) add('assignment-shape', `The option assigns ${option.assignment.length} students; there are ${students.length}.`);
  option.assignment.forEach((row, s) => {
    if (!students[s]) return;
    if (row.length !== days.length) add('assignment-shape', `${sName(s)} has ${row.length} days in the option; there are ${days.length} club days.`, { student: s });
    row.forEach((g, d) => {
      if (!Number.isInteger(g) || g < -1 || g >= groups.length) add('unknown-group', `${sName(s)} on ${days[d]} is in group ${g}, which does not exist.`, { student: s, day: d });
    });
  });
  const groupOk = groups.map((g) => clubs[g.club] !== undefined);
  groups.forEach((g, gi) => {
    if (!groupOk[gi]) add('unknown-club', `Group ${gi + 1} is of club #${g.club}, which does not exist.`);
  });
  const valid = (g: number): boolean => g >= 0 && g < groups.length && groupOk[g];

  // Each group: its days, its members attending on each of them, its size every day.
  groups.forEach((g, gi) => {
    if (!groupOk[gi]) return;
    const club = clubs[g.club];
    const where = { club: g.club };
    const dayNames = g.days.map((d) => days[d] ?? `#${d}`).join(', ');
    if (new Set(g.days).size !== g.days.length || g.days.some((d) => !club.days.includes(d))) {
      add('group-days', `${gName(gi)} meets on ${dayNames}, not all of them distinct days the club may run on.`, where);
    }
    if (g.days.length !== club.daysPerGroup) add('group-days', `${gName(gi)} meets on ${g.days.length} day(s) (${dayNames}); the club's groups meet on ${club.daysPerGroup}.`, where);
    for (const s of g.members) {
      for (const d of g.days) {
        if (students[s] && available(s, d) && at(s, d) !== gi) add('member-absent', `${sName(s)} is in ${gName(gi)} but not with it on ${days[d]}.`, { student: s, club: g.club, day: d });
      }
    }
    for (const d of g.days) {
      const n = students.filter((_, s) => at(s, d) === gi).length;
      if (n < club.minMembers || n > club.maxMembers) add('group-size', `${gName(gi)} has ${n} members on ${days[d]}; it needs ${club.minMembers} to ${club.maxMembers}.`, { club: g.club, day: d });
    }
  });

  // Each student's day: a group that meets then, that the student belongs to, on a day they can come.
  students.forEach((_, s) => {
    days.forEach((_, d) => {
      const g = at(s, d);
      if (!valid(g)) return;
      const here = { student: s, club: groups[g].club, day: d };
      if (!available(s, d)) add('student-unavailable', `${sName(s)} is in ${gName(g)} on ${days[d]}, a day they are unavailable.`, here);
      if (!groups[g].days.includes(d)) add('group-not-meeting', `${sName(s)} is in ${gName(g)} on ${days[d]}, but the group does not meet then.`, here);
      if (!groups[g].members.includes(s)) add('not-member', `${sName(s)} attends ${gName(g)} on ${days[d]} without being one of its members.`, here);
    });
  });

  // Per club: number of groups, groups per day, group numbers.
  clubs.forEach((club, c) => {
    const mine = groups.filter((g, gi) => groupOk[gi] && g.club === c);
    if (mine.length > 0 && (mine.length < club.minGroups || mine.length > club.maxGroups)) {
      const want = club.minGroups === club.maxGroups ? `${club.minGroups}` : `${club.minGroups} to ${club.maxGroups}`;
      add('group-count', `${club.name} runs ${mine.length} group(s); it must run ${want} or none.`, { club: c });
    }
    if (new Set(mine.map((g) => g.number)).size !== mine.length) add('group-number', `${club.name} has two groups with the same number.`, { club: c });
    days.forEach((day, d) => {
      const n = mine.filter((g) => g.days.includes(d)).length;
      if (n > club.maxGroupsPerDay) add('max-groups-per-day', `${club.name} runs ${n} groups on ${day}; at most ${club.maxGroupsPerDay}.`, { club: c, day: d });
    });
  });

  // Per student: which clubs, how many groups of each, allowed, exclusions, preselects.
  students.forEach((st, s) => {
    const groupsOf = (c: number): number[] => groups.map((_, gi) => gi).filter((gi) => groupOk[gi] && groups[gi].club === c && groups[gi].members.includes(s));
    const inClubs = [...new Set(groups.filter((g, gi) => groupOk[gi] && g.members.includes(s)).map((g) => g.club))];
    for (const c of inClubs) {
      const here = { student: s, club: c };
      const pre = st.preselects.find((p) => p.club === c);
      const n = groupsOf(c).length;
      if (n > (pre?.groups ?? 1)) add('one-group-per-club', `${st.id} is in ${n} groups of ${clubs[c].name}; at most ${pre?.groups ?? 1}.`, here);
      if (clubs[c].blacklist.includes(s)) add('blacklist', `${st.id} is blacklisted from ${clubs[c].name}.`, here);
      else if (!pinned(problem, s, c) && rankFor(problem, s, c) === undefined) add('not-chosen', `${st.id} is in ${clubs[c].name}, which they did not choose and are not preselected or locked in.`, here);
      else if (!eligible(problem, s, c)) add('ineligible', `${st.id} may not join ${clubs[c].name} (${whyIneligible(problem, s, c)}).`, here);
    }
    for (const [a, b] of problem.exclusions) {
      if (inClubs.includes(a) && inClubs.includes(b)) add('exclusion', `${st.id} is in both ${clubs[a].name} and ${clubs[b].name}, which exclude each other.`, { student: s, club: b });
    }
    for (const p of st.preselects) {
      if (!clubs[p.club]) continue;
      const here = { student: s, club: p.club };
      const n = groupsOf(p.club).length;
      if (n !== p.groups) add('preselect', `${st.id} is preselected for ${p.groups} group(s) of ${clubs[p.club].name} but is in ${n}.`, here);
      const inClubOn = (d: number): boolean => valid(at(s, d)) && groups[at(s, d)].club === p.club;
      for (const d of p.days) if (available(s, d) && !inClubOn(d)) add('preselect-days', `${st.id} must attend ${clubs[p.club].name} on ${days[d]} but does not.`, { ...here, day: d });
      for (const d of p.notDays) if (inClubOn(d)) add('preselect-not-days', `${st.id} must not attend ${clubs[p.club].name} on ${days[d]} but does.`, { ...here, day: d });
    }
  });

  // Teachers: at most one group a day, within Max club days.
  teachers.forEach((t, ti) => {
    const mine = groups.filter((g, gi) => groupOk[gi] && clubs[g.club].teachers.includes(ti));
    let daysUsed = 0;
    days.forEach((day, d) => {
      const today = mine.filter((g) => g.days.includes(d));
      if (today.length > 0) daysUsed++;
      if (today.length > 1) add('teacher-double-booked', `${t.id} leads ${today.length} groups on ${day}: ${today.map((g) => `${clubs[g.club].name} group ${g.number}`).join(', ')}.`, { day: d });
    });
    if (t.maxClubDays !== undefined && daysUsed > t.maxClubDays) add('teacher-max-days', `${t.id} leads clubs on ${daysUsed} days; at most ${t.maxClubDays}.`);
  });

  // Locked assignments kept.
  for (const pin of problem.locked) {
    const g = at(pin.student, pin.day);
    const ok = pin.club === -1 ? g === -1 : valid(g) && groups[g].club === pin.club && (pin.group === undefined || groups[g].number === pin.group);
    if (!ok) {
      const what = pin.club === -1 ? problem.studyHallName : `${clubs[pin.club]?.name ?? '?'}${pin.group !== undefined ? ` group ${pin.group}` : ''}`;
      add('locked-moved', `${sName(pin.student)} was locked in ${what} on ${days[pin.day]} but is not there.`, { student: pin.student, day: pin.day, club: pin.club >= 0 ? pin.club : undefined });
    }
  }

  const scoreParts = scoreOf(problem, option, valid);
  const score = Object.values(scoreParts).reduce((a, b) => a + b, 0);
  return { hardViolations: hard, score, scoreParts };
}

function whyIneligible(problem: ClubsProblem, s: number, c: number): string {
  const club = problem.clubs[c];
  const st = problem.students[s];
  if (club.closed) return 'the club is closed';
  if (club.grades && !club.grades.some((g) => key(g) === key(st.grade))) return `grade ${st.grade ?? 'unknown'}, the club takes ${club.grades.join(', ')}`;
  return `gender ${st.gender ?? 'unknown'}, the club takes ${(club.genders ?? []).join(', ')}`;
}

/** The objective of src/clubs/model.ts, part by part; penalties are negative. */
function scoreOf(problem: ClubsProblem, option: ClubsOption, valid: (g: number) => boolean): Record<string, number> {
  const { weights, students, clubs } = problem;
  const ranks = Math.max(weights.choice.length, ...students.map((s) => s.votes.length));
  const parts: Record<string, number> = {};
  for (let k = 1; k <= ranks; k++) parts[`Choice ${k}`] = 0;
  for (const c of CLUB_CRITERIA) parts[c] = 0;

  students.forEach((st, s) => {
    const row = option.assignment[s] ?? [];
    const attended = new Set(row.filter(valid).map((g) => option.groups[g].club));
    for (const c of attended) {
      const k = rankFor(problem, s, c);
      if (k !== undefined) parts[`Choice ${k}`] += weights.choice[k - 1] ?? DEFAULT_FURTHER_CHOICE_WEIGHT;
    }
    let u = problem.days.filter((_, d) => !st.unavailableDays.includes(d) && !valid(row[d] ?? -1)).length;
    if (st.votedStudyHall) u = Math.max(0, u - 1);
    parts['Unchosen study hall'] -= (weights['Unchosen study hall'] * u * (u + 1)) / 2;
  });

  option.groups.forEach((g, gi) => {
    if (!valid(gi)) return;
    const club = clubs[g.club];
    const n = g.members.length;
    parts['Club size spread'] -= weights['Club size spread'] * Math.max(0, n - Math.ceil((club.minMembers + club.maxMembers) / 2));
    for (const [part, label] of [['Grade mix', 'grade'], ['Gender mix', 'gender']] as const) {
      // Members without a grade (gender) are not counted at all: neither in a class nor in the half.
      const count = new Map<string, number>();
      let known = 0;
      for (const s of g.members) {
        const v = key(students[s]?.[label]);
        if (!v) continue;
        count.set(v, (count.get(v) ?? 0) + 1);
        known++;
      }
      for (const m of count.values()) parts[part] -= weights[part] * Math.max(0, m - known / 2);
    }
  });
  for (const k of Object.keys(parts)) parts[k] += 0; // no -0 from zero weights
  return parts;
}
