// Seeded club-scheduling instances for the bench and the tests: skewed popularity, grade-restricted
// clubs, a closed all-days choir with preselects, blacklists, exclusions, teachers with two clubs,
// unavailable days. Produces the solver's model directly (the workbook reader has its own tests).
import { DEFAULT_CHOICE_WEIGHTS, DEFAULT_CLUB_WEIGHTS, DEFAULT_FURTHER_CHOICE_WEIGHT, type CClub, type ClubsProblem, type CStudent } from '../src/clubs/model';
import { makeRng } from '../src/clubs/placement';

export interface InstanceSpec {
  students: number;
  clubs: number;
  days: number;
  choices: number;
  seed: number;
}

export const SMALL: Omit<InstanceSpec, 'seed'> = { students: 420, clubs: 60, days: 3, choices: 5 };
export const LARGE: Omit<InstanceSpec, 'seed'> = { students: 1200, clubs: 120, days: 5, choices: 7 };

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function generateInstance(spec: InstanceSpec): ClubsProblem {
  const rng = makeRng(spec.seed * 7919 + spec.students);
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const days = Array.from({ length: spec.days }, (_, d) => DAY_NAMES[d] ?? `Day ${d + 1}`);
  const grades = ['9', '10', '11', '12'];
  const allDays = days.map((_, d) => d);

  // Students.
  const students: CStudent[] = Array.from({ length: spec.students }, (_, s) => ({
    id: `Student ${s + 1}`,
    grade: grades[s % grades.length],
    gender: rng() < 0.5 ? 'f' : 'm',
    unavailableDays: rng() < 0.06 ? [int(0, spec.days - 1)] : [],
    votes: [],
    preselects: [],
    votedStudyHall: false,
  }));

  // Teachers: one per club, but about one in six teaches a second club.
  const teachers: ClubsProblem['teachers'] = [];
  const clubs: CClub[] = [];
  // Seats needed: one activity per student per day, with ~10 % slack.
  const seatDaysNeeded = spec.students * spec.days * 1.1;
  const pop = Array.from({ length: spec.clubs }, (_, c) => 1 / Math.pow(c + 1, 0.7));
  const popSum = pop.reduce((a, b) => a + b, 0);
  for (let c = 0; c < spec.clubs; c++) {
    const isChoir = c === 3;
    let teacher: number;
    if (c > 0 && rng() < 0.17) teacher = clubs[int(0, c - 1)].teachers[0];
    else {
      teacher = teachers.length;
      teachers.push({ id: `Teacher ${teacher + 1}`, ...(rng() < 0.1 ? { maxClubDays: Math.max(1, spec.days - 1) } : {}) });
    }
    const maxMembers = isChoir ? Math.max(30, Math.ceil(spec.students / 23) + 10) : int(14, 24);
    const minMembers = isChoir ? Math.min(8, Math.max(1, Math.floor(spec.students / 46))) : int(5, 8);
    const wantSeats = (seatDaysNeeded * pop[c]) / popSum;
    const maxGroups = isChoir ? 1 : Math.max(1, Math.min(spec.days, Math.round(wantSeats / maxMembers)));
    const restrictedDays = !isChoir && rng() < 0.15 && spec.days > 2;
    const clubDays = restrictedDays ? allDays.filter(() => rng() < 0.7) : allDays;
    const cDays = clubDays.length ? clubDays : allDays;
    const twoDay = !isChoir && rng() < 0.08 && cDays.length >= 2;
    const gradeBand = !isChoir && rng() < 0.15 ? (rng() < 0.5 ? ['9', '10'] : ['11', '12']) : undefined;
    clubs.push({
      id: isChoir ? 'Choir' : `Club ${c + 1}`,
      name: isChoir ? 'Choir' : `Club ${c + 1}`,
      teachers: [teacher],
      days: cDays,
      minMembers,
      maxMembers,
      minGroups: 1,
      maxGroups: Math.min(maxGroups, cDays.length),
      daysPerGroup: isChoir ? cDays.length : twoDay ? 2 : 1,
      maxGroupsPerDay: 1,
      ...(gradeBand ? { grades: gradeBand } : {}),
      closed: isChoir,
      whitelist: [],
      blacklist: [],
      mergedFrom: [],
    });
  }
  // A teacher with two clubs must not exceed their days: keep the choir's teacher to the choir.
  const choirTeacher = clubs[3]?.teachers[0];
  // The choir meets every day: its teacher must be free to.
  if (choirTeacher !== undefined) delete teachers[choirTeacher].maxClubDays;
  clubs.forEach((club, c) => {
    if (c !== 3 && club.teachers[0] === choirTeacher) {
      club.teachers = [teachers.length];
      teachers.push({ id: `Teacher ${teachers.length + 1}` });
    }
  });

  // Votes: popularity-weighted sampling without replacement, mostly among clubs the student may join.
  for (const [s, st] of students.entries()) {
    const chosen: number[] = [];
    const weights = clubs.map((club, c) => (c === 3 ? 0 : club.grades && !club.grades.includes(st.grade!) ? pop[c] * 0.05 : pop[c]));
    while (chosen.length < Math.min(spec.choices, clubs.length - 1)) {
      let total = 0;
      weights.forEach((w, c) => (total += chosen.includes(c) ? 0 : w));
      let r = rng() * total;
      let pick = -1;
      for (let c = 0; c < clubs.length; c++) {
        if (chosen.includes(c)) continue;
        r -= weights[c];
        if (r <= 0) {
          pick = c;
          break;
        }
      }
      if (pick < 0) break;
      chosen.push(pick);
    }
    st.votes = chosen;
    if (rng() < 0.02) st.votedStudyHall = true;
    if (s % 23 === 5 && clubs.length > 3) st.preselects.push({ club: 3, groups: 1, days: [], notDays: [] });
  }
  // Blacklists and exclusions.
  for (let i = 0; i < Math.ceil(spec.students / 40); i++) {
    const s = int(0, spec.students - 1);
    const c = students[s].votes[0];
    if (c !== null && c !== undefined && !clubs[c].blacklist.includes(s)) clubs[c].blacklist.push(s);
  }
  const exclusions: Array<[number, number]> = [];
  for (let i = 0; i < 3; i++) {
    const a = int(4, spec.clubs - 1);
    const b = int(4, spec.clubs - 1);
    if (a !== b) exclusions.push([Math.min(a, b), Math.max(a, b)]);
  }

  return {
    days,
    studyHallName: 'Study Hall',
    weights: {
      choice: Array.from({ length: spec.choices }, (_, k) => DEFAULT_CHOICE_WEIGHTS[k] ?? DEFAULT_FURTHER_CHOICE_WEIGHT),
      ...DEFAULT_CLUB_WEIGHTS,
    },
    clubs,
    students,
    teachers,
    exclusions,
    optionsToKeep: 3,
    locked: [],
    previous: [],
  };
}
