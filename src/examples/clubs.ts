// The clubs half of an example workbook: Clubs, Students, Votes, ClubRules (and Teachers › Max
// club days). Popularity is skewed, a closed choir meets every club day with preselected
// singers, some clubs are grade- or gender-restricted or limited to some days, and there are a
// few whitelists, blacklists and exclusions. Places comfortably exceed students on every day.
import type { Random } from './random';
import type { SizeSpec } from './sizes';
import type { School } from './school';
import { CLUB_NAMES, NICKNAMES, uniqueNames } from './names';

type Row = Array<string | number | null>;

export interface ClubsPart {
  sheets: { Clubs: Row[]; Students: Row[]; Votes: Row[]; ClubRules: Row[] };
  /** Teacher ID → Max club days, for the Teachers sheet. */
  maxClubDays: Map<string, number>;
}

interface ClubDraft {
  id: string;
  teacher?: string;
  days?: string[];
  minMembers: number;
  maxMembers: number;
  minGroups: number;
  maxGroups: number;
  daysPerGroup: number | 'all';
  grades?: number[];
  genders?: string;
  closed: boolean;
  display?: string;
  popularity: number;
}

interface StudentDraft {
  id: string;
  alias?: string;
  grade: number;
  gender: string;
  body: string;
  active: boolean;
  unavailable?: string;
  votes: string[];
}

function gradeText(grades: number[]): string {
  return grades.length === 1 ? String(grades[0]) : `${grades[0]}-${grades[grades.length - 1]}`;
}

function clubNames(count: number): Array<{ name: string; level?: 'junior' | 'senior' }> {
  const out: Array<{ name: string; level?: 'junior' | 'senior' }> = CLUB_NAMES.slice(0, count).map((name) => ({ name }));
  // Past the pool: junior and senior sections of the most common clubs.
  for (let i = 1; out.length < count; i++) {
    const base = CLUB_NAMES[Math.ceil(i / 2)];
    out.push({ name: `${i % 2 === 1 ? 'Junior' : 'Senior'} ${base}`, level: i % 2 === 1 ? 'junior' : 'senior' });
  }
  return out;
}

export function makeClubs(spec: SizeSpec, rng: Random, school: School): ClubsPart {
  const grades = spec.grades;
  const lower = grades.slice(0, Math.ceil(grades.length / 2));
  const upper = grades.slice(Math.floor(grades.length / 2));
  const D = spec.clubDays.length;

  // Teachers: a few can give only one or two afternoons a week.
  const maxClubDays = new Map<string, number>();
  const capacity = new Map<string, number>();
  school.teachers.forEach((t, i) => {
    const limit = i % 4 === 1 ? 1 : i % 4 === 3 && D > 2 ? 2 : D;
    if (limit < D) maxClubDays.set(t.id, limit);
    capacity.set(t.id, limit);
  });
  const music = school.teachers.find((t) => t.subject === 'Music') ?? school.teachers.find((t) => !maxClubDays.has(t.id))!;
  maxClubDays.set(music.id, D);
  capacity.set(music.id, 0); // the choir takes every club day

  // Clubs.
  const names = clubNames(spec.clubs);
  const order = rng.shuffle(names.map((_, i) => i).filter((i) => i > 1));
  order.splice(rng.int(0, 3), 0, 1); // Robotics is among the favourites
  const popularity = new Map(order.map((club, rank) => [club, 1 / Math.pow(rank + 1.5, 0.75)]));
  const teacherIds = school.teachers.map((t) => t.id);
  let nextTeacher = 0;
  const clubs: ClubDraft[] = names.map(({ name, level }, i) => {
    if (i === 0) {
      return { id: name, teacher: music.id, minMembers: 6, maxMembers: 40, minGroups: 1, maxGroups: 1, daysPerGroup: 'all', closed: true, popularity: 0, display: 'Chamber Choir' };
    }
    const pop = popularity.get(i) ?? 0.1;
    const c: ClubDraft = {
      id: name,
      minMembers: i % 7 === 3 ? 4 : i % 7 === 5 ? 8 : 6,
      maxMembers: rng.int(16, 24),
      minGroups: 1,
      maxGroups: pop > 0.3 && D > 1 ? Math.min(D, D >= 5 ? 3 : 2) : 1,
      daysPerGroup: 1,
      closed: false,
      popularity: pop,
    };
    if (level === 'junior') c.grades = lower;
    else if (level === 'senior') c.grades = upper;
    else if (i % 6 === 4) c.grades = lower.slice(0, 2);
    else if (i % 6 === 5) c.grades = upper.slice(-2);
    if (name === 'Netball') c.genders = 'F';
    if (i % 5 === 2 && D > 1) c.days = spec.clubDays.filter((_, d) => d % 2 === 0);
    if (name === 'Model UN') c.display = 'Model United Nations';
    // About two clubs in three have a staff lead, while teachers have afternoons left.
    if (i % 3 !== 0) {
      const need = c.maxGroups; // one afternoon per group (Days per group 1)
      for (let k = 0; k < teacherIds.length; k++) {
        const t = teacherIds[(nextTeacher + k) % teacherIds.length];
        if (capacity.get(t)! >= need) {
          c.teacher = t;
          capacity.set(t, capacity.get(t)! - need);
          nextTeacher = (nextTeacher + k + 1) % teacherIds.length;
          break;
        }
      }
    }
    return c;
  });

  // Students.
  const people = uniqueNames(rng, spec.students, new Set(teacherIds.map((t) => t.toLowerCase())));
  const taken = new Set(people.map((p) => p.name.toLowerCase()));
  const students: StudentDraft[] = people.map((p, i) => {
    const grade = grades[i % grades.length];
    const form = String.fromCharCode(65 + rng.int(0, spec.formsPerGrade - 1));
    const nick = NICKNAMES[p.first];
    const alias = nick && rng.chance(0.5) ? `${nick} ${p.name.split(' ').slice(-1)[0]}` : undefined;
    // A short name must not be anyone else's name (or short name).
    const aliasFree = alias !== undefined && !taken.has(alias.toLowerCase());
    if (aliasFree) taken.add(alias.toLowerCase());
    return {
      id: p.name,
      alias: aliasFree ? alias : undefined,
      grade,
      gender: rng.chance(0.04) ? '' : p.gender,
      body: `${grade}${form}`,
      active: !rng.chance(0.015),
      unavailable: D > 1 && rng.chance(0.03) ? rng.pick(spec.clubDays) : undefined,
      votes: [],
    };
  });

  // Places: at least 25 % more than the students on club days.
  const places = (): number =>
    clubs.reduce((n, c) => n + c.maxGroups * (c.daysPerGroup === 'all' ? (c.days?.length ?? D) : c.daysPerGroup) * c.maxMembers, 0);
  const demand = students.filter((s) => s.active).length * D;
  for (let k = 0; places() < demand * 1.25 && k < 10_000; k++) {
    const c = clubs[1 + (k % (clubs.length - 1))];
    if (c.maxMembers < 30) c.maxMembers += 2;
    else if (!c.teacher && c.maxGroups < D) c.maxGroups += 1;
  }

  const eligible = (s: StudentDraft, c: ClubDraft): boolean =>
    !c.closed && (!c.grades || c.grades.includes(s.grade)) && (!c.genders || c.genders.toLowerCase() === s.gender.toLowerCase());

  // Choir: about 5 % of students, preselected for every club day.
  const rules: Row[] = [['Rule', 'Club', 'Student', 'Other club', 'Groups', 'Days', 'Not days']];
  const active = students.filter((s) => s.active);
  const singers = rng.shuffle(active.filter((s) => !s.unavailable)).slice(0, Math.min(30, Math.max(6, Math.round(spec.students * 0.05))));
  for (const s of singers) rules.push(['preselect', clubs[0].id, s.id, null, null, null, null]);
  const singerSet = new Set(singers);

  // Votes: the skewed favourites among the clubs each student may join.
  for (const s of active) {
    if (rng.chance(0.04)) continue; // did not answer the survey
    const options = clubs.filter((c) => eligible(s, c));
    const weights = options.map((c) => c.popularity);
    const n = Math.min(spec.choices - (rng.chance(0.06) ? 1 : 0), options.length);
    for (let k = 0; k < n; k++) {
      const j = rng.weighted(weights);
      s.votes.push(options[j].id);
      weights[j] = 0;
    }
  }

  const others = active.filter((s) => !singerSet.has(s) && !s.unavailable && s.votes.length > 0);
  const club = (name: string): ClubDraft | undefined => clubs.find((c) => c.id === name);
  // Two more preselects: one on a given day, one kept off a day.
  const robotics = club('Robotics')!;
  const drama = club('Drama');
  const p1 = others.find((s) => eligible(s, robotics));
  const firstDay = robotics.days?.[0] ?? spec.clubDays[0];
  if (p1) rules.push(['preselect', robotics.id, p1.id, null, 1, firstDay, null]);
  const p2 = drama && D > 1 ? others.find((s) => s !== p1 && eligible(s, drama)) : undefined;
  if (p2 && drama) rules.push(['preselect', drama.id, p2.id, null, 1, null, spec.clubDays[D - 1]]);
  // Whitelists: a student outside a club's grades who asked for it may join after all.
  const restricted = clubs.filter((c) => c.grades && !c.genders && !c.closed).slice(0, 2);
  for (const c of restricted) {
    const s = others.find((x) => x !== p1 && x !== p2 && !c.grades!.includes(x.grade) && !x.votes.includes(c.id));
    if (!s) continue;
    s.votes[s.votes.length - 1] = c.id;
    rules.push(['whitelist', c.id, s.id, null, null, null, null]);
  }
  // Blacklists: a student barred from a club (and their vote for it withdrawn).
  for (let k = 0; k < 3; k++) {
    const s = others[(k * 37 + 11) % others.length];
    const c = s.votes[0];
    if (!c || s === p1 || s === p2) continue;
    s.votes = s.votes.filter((v) => v !== c);
    rules.push(['blacklist', c, s.id, null, null, null, null]);
  }
  // Exclusions: never both of these.
  for (const [a, b] of [
    ['Football', 'Rugby'],
    ['Drama', 'Dance'],
  ]) {
    if (club(a) && club(b)) rules.push(['exclude', a, null, b, null, null, null]);
  }

  // Sheets.
  const Clubs: Row[] = [
    ['Club', 'Teacher', 'Days', 'Min members', 'Max members', 'Groups', 'Min groups', 'Max groups', 'Days per group', 'Max groups per day', 'Grades', 'Genders', 'Closed', 'Display name'],
  ];
  for (const c of clubs) {
    Clubs.push([
      c.id,
      c.teacher ?? null,
      c.days ? c.days.join(', ') : null,
      c.minMembers,
      c.maxMembers,
      null,
      c.minGroups,
      c.maxGroups,
      c.daysPerGroup,
      null,
      c.grades ? gradeText(c.grades) : null,
      c.genders ?? null,
      c.closed ? 'yes' : null,
      c.display ?? null,
    ]);
  }
  const Students: Row[] = [['Student', 'Grade', 'Gender', 'Active', 'Unavailable days', 'Also known as', 'Student body']];
  for (const s of students) Students.push([s.id, s.grade, s.gender || null, s.active ? 'yes' : 'no', s.unavailable ?? null, s.alias ?? null, s.body]);
  const Votes: Row[] = [['Student', ...Array.from({ length: spec.choices }, (_, k) => `Choice ${k + 1}`)]];
  for (const s of students) {
    if (s.votes.length === 0) continue;
    // Students who go by a short name often type it in the survey.
    const name = s.alias && rng.chance(0.7) ? s.alias : s.id;
    Votes.push([name, ...Array.from({ length: spec.choices }, (_, k) => s.votes[k] ?? null)]);
  }
  return { sheets: { Clubs, Students, Votes, ClubRules: rules }, maxClubDays };
}
