// The timetable verifier: recomputes every hard rule and every criterion of SCHEMA.md › Weights
// from a solution, from scratch. It shares no code with the solver on purpose — tests compare
// the solver's running cost with this one — so it favours plain loops over speed.
import type { TimetableProblem, TimetableSolution, TimetableVerification, Lesson } from './model';
import { TIMETABLE_CRITERIA, type TimetableCriterion } from '../schema/criteria';

type Violation = TimetableVerification['hardViolations'][number];

/** Lessons grouped by a key, keeping lesson indexes. */
function groupBy(indexes: number[], key: (i: number) => string | number | null): Map<string | number, number[]> {
  const map = new Map<string | number, number[]>();
  for (const i of indexes) {
    const k = key(i);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(i);
    else map.set(k, [i]);
  }
  return map;
}

/** Lengths of the maximal runs of consecutive numbers in a sorted, distinct list. */
function runs(sorted: number[]): number[] {
  const out: number[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p === sorted[i - 1] + 1) out[out.length - 1]++;
    else out.push(1);
  });
  return out;
}

const distinctSorted = (xs: number[]): number[] => [...new Set(xs)].sort((a, b) => a - b);

export function verifyTimetable(problem: TimetableProblem, solution: TimetableSolution): TimetableVerification {
  const { courses, teachers, rooms, bodies, periodsPerDay: P } = problem;
  const nSlots = problem.days.length * P;
  const lessons: Lesson[] = solution.lessons;
  const hard: Violation[] = [];
  const add = (rule: string, message: string, ls: number[]): void => {
    hard.push({ rule, message, lessons: ls });
  };
  const dayOf = (s: number): number => Math.floor(s / P);
  const slotName = (s: number): string => `${problem.days[dayOf(s)] ?? '?'} ${(s % P) + 1}`;
  const courseId = (l: number): string => courses[lessons[l].course]?.id ?? `#${lessons[l].course}`;
  const names = (ls: number[]): string => ls.map(courseId).join(', ');

  // Lessons that the rest can reason about: a known course, a slot on the week.
  const booked: number[] = [];
  lessons.forEach((l, i) => {
    if (!courses[l.course]) return add('unknown-course', `Lesson ${i + 1} names no known course (index ${l.course}).`, [i]);
    if (l.slot === null) return;
    if (!Number.isInteger(l.slot) || l.slot < 0 || l.slot >= nSlots) {
      return add('slot-out-of-range', `A lesson of ${courseId(i)} is at slot ${l.slot}, outside the week.`, [i]);
    }
    booked.push(i);
  });
  const slot = (i: number): number => lessons[i].slot as number;
  const bodiesOf = (i: number): number[] => courses[lessons[i].course].bodies;

  // Lesson count per course.
  const byCourse = groupBy(lessons.map((_, i) => i).filter((i) => courses[lessons[i].course]), (i) => lessons[i].course);
  courses.forEach((c, ci) => {
    const n = byCourse.get(ci)?.length ?? 0;
    if (n !== c.lessons) add('lesson-count', `${c.id} has ${n} lessons in the solution but ${c.lessons} per week are required.`, byCourse.get(ci) ?? []);
  });
  const bookedByCourse = groupBy(booked, (i) => lessons[i].course);

  // Teacher: a candidate, the same for every lesson of the course.
  for (const [ci, ls] of bookedByCourse) {
    const c = courses[ci as number];
    for (const i of ls) {
      const t = lessons[i].teacher;
      if (t === null || !teachers[t]) add('no-teacher', `A lesson of ${c.id} at ${slotName(slot(i))} has no teacher.`, [i]);
      else if (!c.teachers.includes(t)) add('teacher-not-candidate', `${teachers[t].id} teaches ${c.id} at ${slotName(slot(i))} but is not among its teachers (${c.teachers.map((x) => teachers[x]?.id).join(', ')}).`, [i]);
    }
    const used = distinctSorted(ls.map((i) => lessons[i].teacher).filter((t): t is number => t !== null));
    if (used.length > 1) add('teacher-not-same', `${c.id} is taught by ${used.map((t) => teachers[t]?.id ?? '?').join(' and ')}; one teacher must teach all its lessons.`, ls);
  }

  // Room: a candidate with the Facilities and, when Room capacity = hard, the seats.
  for (const i of booked) {
    const c = courses[lessons[i].course];
    const r = lessons[i].room;
    const at = `${c.id} at ${slotName(slot(i))}`;
    if (r === null || !rooms[r]) {
      if (rooms.length > 0) add('no-room', `The lesson of ${at} has no room.`, [i]);
      continue;
    }
    const room = rooms[r];
    if (!c.roomCandidates.includes(r)) add('room-not-candidate', `${at} is in ${room.id}, which is not one of its rooms.`, [i]);
    const have = new Set(room.facilities.map((f) => f.toLowerCase()));
    const missing = c.facilities.filter((f) => !have.has(f.toLowerCase()));
    if (missing.length > 0) add('room-facilities', `${at} is in ${room.id}, which lacks ${missing.join(', ')}.`, [i]);
    if (problem.roomCapacity === 'hard' && c.size > room.capacity) add('room-capacity', `${at} has ${c.size} students in ${room.id}, which seats ${room.capacity}.`, [i]);
  }

  // Double-booking of teachers, student bodies and rooms.
  const clash = (rule: string, label: (k: number) => string, key: (i: number) => number[]): void => {
    const at = new Map<string, number[]>();
    for (const i of booked) for (const k of key(i)) at.set(`${k}@${slot(i)}`, [...(at.get(`${k}@${slot(i)}`) ?? []), i]);
    for (const [id, ls] of at) {
      if (ls.length > 1) add(rule, `${label(Number(id.split('@')[0]))} has ${ls.length} lessons at ${slotName(slot(ls[0]))}: ${names(ls)}.`, ls);
    }
  };
  const teacherOf = (i: number): number[] => (lessons[i].teacher !== null && teachers[lessons[i].teacher as number] ? [lessons[i].teacher as number] : []);
  const roomOf = (i: number): number[] => (lessons[i].room !== null && rooms[lessons[i].room as number] ? [lessons[i].room as number] : []);
  clash('teacher-double-booked', (k) => `Teacher ${teachers[k].id}`, teacherOf);
  clash('body-double-booked', (k) => `Student body ${bodies[k]?.id ?? '#' + k}`, bodiesOf);
  clash('room-double-booked', (k) => `Room ${rooms[k].id}`, roomOf);

  // Availability per slot, and group meetings.
  for (const i of booked) {
    const s = slot(i);
    const c = courses[lessons[i].course];
    const at = `${c.id} at ${slotName(s)}`;
    for (const t of teacherOf(i)) if (teachers[t].unavailable.includes(s)) add('teacher-unavailable', `${at}: teacher ${teachers[t].id} is unavailable then.`, [i]);
    for (const r of roomOf(i)) if (rooms[r].unavailable.includes(s)) add('room-unavailable', `${at}: room ${rooms[r].id} is unavailable then.`, [i]);
    for (const b of c.bodies) if (bodies[b]?.unavailable.includes(s)) add('body-unavailable', `${at}: student body ${bodies[b].id} is unavailable then.`, [i]);
    if (c.unavailable.includes(s)) add('course-unavailable', `${at}: the course is unavailable then.`, [i]);
    if (c.fixed.length > 0 && !c.fixed.includes(s)) add('fixed-times', `${at} is not at one of its Fixed times (${c.fixed.map(slotName).join(', ')}).`, [i]);
    for (const m of problem.meetings) {
      if (!m.slots.includes(s)) continue;
      if (m.room !== undefined && roomOf(i).includes(m.room)) add('meeting-room', `${at} is in ${rooms[m.room]?.id}, where ${m.id} meets then.`, [i]);
      if (!m.mandatory) continue;
      const t = teacherOf(i).find((x) => m.teachers.includes(x));
      if (t !== undefined) add('meeting-member', `${at}: teacher ${teachers[t].id} must attend ${m.id} then.`, [i]);
      const b = c.bodies.find((x) => m.bodies.includes(x));
      if (b !== undefined) add('meeting-member', `${at}: student body ${bodies[b]?.id} must attend ${m.id} then.`, [i]);
    }
  }

  // Per course and day: blocks of at least Min consecutive, at most Max per day.
  for (const [ci, ls] of bookedByCourse) {
    const c = courses[ci as number];
    for (const [d, dayLs] of groupBy(ls, (i) => dayOf(slot(i)))) {
      const day = problem.days[d as number];
      if (c.maxPerDay !== undefined && dayLs.length > c.maxPerDay) add('max-per-day', `${c.id} has ${dayLs.length} lessons on ${day}; at most ${c.maxPerDay} a day.`, dayLs);
      const short = runs(distinctSorted(dayLs.map((i) => slot(i) % P))).filter((n) => n < c.minConsecutive);
      if (short.length > 0) add('min-consecutive', `${c.id} on ${day} has a block of ${short[0]} lesson(s); its blocks must be at least ${c.minConsecutive} long.`, dayLs);
    }
  }

  // Teachers' Max lessons per day / per week and Max days.
  for (const [t, ls] of groupBy(booked, (i) => lessons[i].teacher)) {
    const teacher = teachers[t as number];
    if (!teacher) continue;
    if (teacher.maxPerWeek !== undefined && ls.length > teacher.maxPerWeek) add('teacher-max-per-week', `${teacher.id} teaches ${ls.length} lessons a week; at most ${teacher.maxPerWeek}.`, ls);
    const perDay = groupBy(ls, (i) => dayOf(slot(i)));
    for (const [d, dayLs] of perDay) {
      if (teacher.maxPerDay !== undefined && dayLs.length > teacher.maxPerDay) add('teacher-max-per-day', `${teacher.id} teaches ${dayLs.length} lessons on ${problem.days[d as number]}; at most ${teacher.maxPerDay}.`, dayLs);
    }
    if (teacher.maxDays !== undefined && perDay.size > teacher.maxDays) add('teacher-max-days', `${teacher.id} teaches on ${perDay.size} days; at most ${teacher.maxDays}.`, ls);
  }

  // A student body's Max lessons per day (SCHEMA.md StudentBodies; the solver keeps it hard too).
  const bodyDay = new Map<string, number[]>();
  for (const i of booked) for (const b of bodiesOf(i)) bodyDay.set(`${b}:${dayOf(slot(i))}`, [...(bodyDay.get(`${b}:${dayOf(slot(i))}`) ?? []), i]);
  for (const [k, ls] of bodyDay) {
    const [b, d] = k.split(':').map(Number);
    const max = bodies[b]?.maxPerDay;
    if (max !== undefined && ls.length > max) add('body-max-per-day', `Student body ${bodies[b].id} has ${ls.length} lessons on ${problem.days[d]}; at most ${max}.`, ls);
  }

  // Sync: courses sharing a Sync ID use identical slots. Courses with different Lessons per week
  // or Min consecutive are not lined up (the build warns 'sync-mismatch'), so each course is
  // compared with the group's first course of the same count and block length.
  const syncKey = (ci: number): string | null => {
    const k = courses[ci].sync?.trim().replace(/\s+/g, ' ').toLowerCase();
    return k ? `${k}#${courses[ci].lessons}#${courses[ci].minConsecutive}` : null;
  };
  const bySync = groupBy(courses.map((_, ci) => ci), syncKey);
  for (const cs of bySync.values()) {
    const slotsOf = (ci: number): string => (bookedByCourse.get(ci) ?? []).map(slot).sort((a, b) => a - b).map(slotName).join(', ');
    const first = slotsOf(cs[0]);
    for (const ci of cs.slice(1)) {
      if (slotsOf(ci) !== first) add('sync', `${courses[cs[0]].id} (${first || 'no lessons'}) and ${courses[ci].id} (${slotsOf(ci) || 'no lessons'}) share Sync ${courses[ci].sync} but not their times.`, [...(bookedByCourse.get(cs[0]) ?? []), ...(bookedByCourse.get(ci) ?? [])]);
    }
  }

  // Locked lessons stay exactly where they were pinned.
  const taken = new Set<number>();
  for (const pin of problem.locked) {
    const i = lessons.findIndex((l, k) => !taken.has(k) && l.locked && l.course === pin.course && l.slot === pin.slot
      && (pin.teacher === undefined || l.teacher === pin.teacher) && (pin.room === undefined || l.room === pin.room));
    if (i >= 0) taken.add(i);
    else add('locked-moved', `The locked lesson of ${courses[pin.course]?.id ?? '?'} at ${slotName(pin.slot)} is not where it was locked.`, []);
  }

  const counts = countCriteria(problem, lessons, booked);
  const criteria = (Object.keys(TIMETABLE_CRITERIA) as TimetableCriterion[]).map((criterion) => {
    const weight = problem.weights[criterion] ?? TIMETABLE_CRITERIA[criterion];
    return { criterion, count: counts[criterion], weight, cost: counts[criterion] * weight };
  });
  // Every lesson a course asks for, optional ones included, so booked ≤ required always.
  const required = courses.reduce((n, c) => n + c.lessons, 0);
  return {
    hardViolations: hard,
    criteria,
    total: criteria.reduce((sum, c) => sum + c.cost, 0),
    booked: booked.length,
    required,
  };
}

/** The count of every soft criterion, each exactly as SCHEMA.md › Weights words it. */
function countCriteria(problem: TimetableProblem, lessons: Lesson[], booked: number[]): Record<TimetableCriterion, number> {
  const { courses, teachers, rooms, bodies, periodsPerDay: P } = problem;
  const n = Object.fromEntries(Object.keys(TIMETABLE_CRITERIA).map((k) => [k, 0])) as Record<TimetableCriterion, number>;
  const slot = (i: number): number => lessons[i].slot as number;
  const day = (i: number): number => Math.floor(slot(i) / P);
  const period = (i: number): number => slot(i) % P;

  lessons.forEach((l) => {
    if (l.slot === null && courses[l.course]) n[courses[l.course].optional ? 'Unscheduled optional lesson' : 'Unscheduled lesson']++;
  });

  // Per student body and per teacher: the booked lessons of each day, in period order.
  const bodyDays = new Map<string, number[]>();
  const teacherDays = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, i: number): void => {
    m.set(k, [...(m.get(k) ?? []), i]);
  };
  for (const i of booked) {
    for (const b of courses[lessons[i].course].bodies) push(bodyDays, `${b}:${day(i)}`, i);
    if (lessons[i].teacher !== null) push(teacherDays, `${lessons[i].teacher}:${day(i)}`, i);
  }
  const gaps = (ls: number[]): number => {
    const ps = distinctSorted(ls.map(period));
    return ps[ps.length - 1] - ps[0] + 1 - ps.length;
  };
  const campus = (i: number): string | undefined => (lessons[i].room !== null ? rooms[lessons[i].room as number]?.campus : undefined);
  const moves = (ls: number[], change: (a: number, b: number) => boolean): number => {
    // Ties (two lessons in one period: a clash) are broken by room and course, so order never matters.
    const sorted = [...ls].sort((a, b) => period(a) - period(b) || (lessons[a].room ?? -1) - (lessons[b].room ?? -1) || lessons[a].course - lessons[b].course);
    let m = 0;
    for (let k = 1; k < sorted.length; k++) if (change(sorted[k - 1], sorted[k])) m++;
    return m;
  };
  const campusChange = (a: number, b: number): boolean => campus(a) !== undefined && campus(b) !== undefined && campus(a)?.toLowerCase() !== campus(b)?.toLowerCase();
  for (const ls of bodyDays.values()) {
    const ps = new Set(ls.map(period));
    n['Isolated lesson'] += ls.filter((i) => !ps.has(period(i) - 1) && !ps.has(period(i) + 1)).length;
    n['Student gap'] += gaps(ls);
    n['Campus move'] += moves(ls, campusChange);
  }
  for (const ls of teacherDays.values()) {
    n['Teacher gap'] += gaps(ls);
    n['Campus move'] += moves(ls, campusChange);
    n['Teacher room change'] += moves(ls, (a, b) => lessons[a].room !== lessons[b].room);
  }

  // Per course: days used, rooms used, blocks per day.
  courses.forEach((c, ci) => {
    const ls = booked.filter((i) => lessons[i].course === ci);
    const days = groupBy(ls, day);
    n['Min days'] += Math.max(0, c.minDays - days.size);
    const usedRooms = new Set(ls.map((i) => lessons[i].room).filter((r) => r !== null));
    n['Room changes per course'] += Math.max(0, usedRooms.size - 1);
    for (const dayLs of days.values()) n['Split course in a day'] += runs(distinctSorted(dayLs.map(period))).length - 1;
  });

  for (const i of booked) {
    const c = courses[lessons[i].course];
    const r = lessons[i].room !== null ? rooms[lessons[i].room as number] : undefined;
    if (problem.roomCapacity === 'soft' && r) n['Over capacity'] += Math.max(0, c.size - r.capacity);
    if (c.preferredPeriod !== undefined) n['Preferred period'] += Math.abs(period(i) - c.preferredPeriod);
    const prefs = [lessons[i].teacher !== null ? teachers[lessons[i].teacher as number]?.freePeriods : undefined, ...c.bodies.map((b) => bodies[b]?.freePeriods)];
    for (const pref of prefs) {
      if (period(i) === 0 && (pref === 'start' || pref === 'both')) n['Free period preference']++;
      if (period(i) === P - 1 && (pref === 'end' || pref === 'both')) n['Free period preference']++;
    }
  }
  return n;
}
