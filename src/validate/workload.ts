// Workload checks (after WeekDaze): a student body's required lessons against its available
// periods and its Lessons per week; a teacher's certain lessons (courses where they are the only
// candidate) plus mandatory meetings against their available periods and their Max limits.
import type { Course, Teacher } from '../schema/records';
import { type Ctx, report } from './context';
import { type Availability, type Busy, countSet, dayCapacity, freeCount, freePerDay } from './availability';
import { count, fixes, listNames } from './text';

/** "35 available periods (7 per day × 5 days − 3 unavailable − 2 in meetings)". */
export function describeAvailable(ctx: Ctx, b: Busy): string {
  const unav = countSet(b.unavailable);
  let meet = 0;
  for (let i = 0; i < ctx.slots; i++) if (b.meeting[i] && !b.unavailable[i]) meet++;
  const parts = [`${ctx.periods} per day × ${count(ctx.days, 'day')}`];
  if (unav) parts.push(`${unav} unavailable`);
  if (meet) parts.push(`${meet} in meetings`);
  const free = ctx.slots - unav - meet;
  return `${count(free, 'available period')} (${parts.join(' − ')})`;
}

function courseList(courses: readonly Course[]): string {
  const sorted = [...courses].sort((a, b) => b.lessonsPerWeek - a.lessonsPerWeek);
  return listNames(sorted.map((c) => `${c.id} ${c.lessonsPerWeek}`), 4);
}

export function checkBodyWorkload(ctx: Ctx, av: Availability): void {
  const required = new Map<unknown, Course[]>();
  const optional = new Map<unknown, Course[]>();
  for (const c of ctx.r.courses) {
    for (const b of av.courseBodies.get(c) ?? []) {
      const m = c.optional ? optional : required;
      const list = m.get(b);
      if (list) list.push(c);
      else m.set(b, [c]);
    }
  }
  for (const b of ctx.bodies.values()) {
    const busy = av.body.get(b)!;
    const req = required.get(b) ?? [];
    const opt = optional.get(b) ?? [];
    const need = req.reduce((a, c) => a + c.lessonsPerWeek, 0);
    const optLessons = opt.reduce((a, c) => a + c.lessonsPerWeek, 0);
    const free = freeCount(busy);
    const perDay = freePerDay(ctx, busy);
    const cap = dayCapacity(perDay, b.maxLessonsPerDay);
    let overbooked = false;
    if (need > free) {
      overbooked = true;
      report(
        ctx,
        b,
        'id',
        'error',
        'body-overbooked',
        `Student body ${b.id} needs ${count(need, 'lesson')} a week (${courseList(req)}) but has only ${describeAvailable(ctx, busy)}.`,
        fixes(
          `reduce Lessons per week of some of its courses by ${need - free} in total`,
          `mark a course Optional`,
          `free some of ${b.id}'s Unavailable periods`,
          `raise Settings › Periods per day`,
        ),
      );
    } else if (need > cap) {
      overbooked = true;
      const days = perDay.filter((n) => n > 0).length;
      report(
        ctx,
        b,
        'maxLessonsPerDay',
        'error',
        'body-over-max-per-day',
        `Student body ${b.id} needs ${count(need, 'lesson')} a week but Max lessons per day ${b.maxLessonsPerDay} allows at most ${cap} over its ${count(days, 'available day')}.`,
        fixes(
          `raise Max lessons per day to ${Math.ceil(need / Math.max(1, days))}`,
          `reduce Lessons per week of its courses by ${need - cap}`,
          `free some of ${b.id}'s Unavailable days`,
        ),
      );
    }
    const lpw = b.lessonsPerWeek;
    if (lpw === undefined) continue;
    if (need > lpw) {
      report(
        ctx,
        b,
        'lessonsPerWeek',
        'error',
        'body-over-lessons-per-week',
        `Student body ${b.id} has Lessons per week ${lpw} but its required courses add up to ${need} (${courseList(req)}).`,
        fixes(`raise Lessons per week to ${need}`, `reduce its courses' Lessons per week by ${need - lpw}`, 'mark a course Optional'),
      );
    } else if (need + optLessons < lpw) {
      report(
        ctx,
        b,
        'lessonsPerWeek',
        'error',
        'body-under-lessons-per-week',
        `Student body ${b.id} must be taught ${lpw} lessons a week but its courses offer only ${need + optLessons} (${need} required + ${optLessons} optional).`,
        fixes(`lower Lessons per week to ${need + optLessons}`, `add courses for ${b.id} worth ${lpw - need - optLessons} more lessons`, 'clear Lessons per week (no bound)'),
      );
    } else if (lpw > cap && !overbooked) {
      report(
        ctx,
        b,
        'lessonsPerWeek',
        'error',
        'body-lessons-per-week-unreachable',
        `Student body ${b.id} must be taught ${lpw} lessons a week but can take at most ${cap}: it has ${describeAvailable(ctx, busy)}${b.maxLessonsPerDay !== undefined ? ` and Max lessons per day ${b.maxLessonsPerDay}` : ''}.`,
        fixes(`lower Lessons per week to ${cap}`, `free some of ${b.id}'s Unavailable periods`, b.maxLessonsPerDay !== undefined && 'raise Max lessons per day'),
      );
    }
  }
}

export function checkTeacherWorkload(ctx: Ctx, av: Availability): void {
  const sole = new Map<unknown, Course[]>();
  for (const c of ctx.r.courses) {
    const ts = av.courseTeachers.get(c) ?? [];
    if (c.optional || ts.length !== 1) continue;
    const list = sole.get(ts[0]);
    if (list) list.push(c);
    else sole.set(ts[0], [c]);
  }
  for (const t of ctx.teachers.values()) {
    const courses = sole.get(t);
    if (!courses) continue;
    const busy = av.teacher.get(t)!;
    const lessons = courses.reduce((a, c) => a + c.lessonsPerWeek, 0);
    const unav = countSet(busy.unavailable);
    const free = freeCount(busy);
    const meetings = ctx.slots - unav - free;
    const what = `${count(lessons, 'lesson')} a week from courses where ${t.id} is the only candidate (${courseList(courses)})`;
    let reported = false;
    if (lessons > free) {
      reported = true;
      report(
        ctx,
        t,
        'id',
        'error',
        'teacher-overbooked',
        `Teacher ${t.id} must teach ${what}${meetings ? ` plus ${count(meetings, 'mandatory meeting period')}` : ''}: ${lessons + meetings} needed, but has only ${count(ctx.slots - unav, 'available period')} (${ctx.periods} per day × ${count(ctx.days, 'day')}${unav ? ` − ${unav} unavailable` : ''}).`,
        fixes(
          `add a second candidate teacher to one of these courses in Courses › Teacher (e.g. '${t.id}, <other teacher>')`,
          `reduce their Lessons per week by ${lessons - free} in total`,
          `free some of ${t.id}'s Unavailable periods`,
          meetings > 0 && 'make one of their meetings not Mandatory',
        ),
      );
    }
    if (t.maxLessonsPerWeek !== undefined && lessons > t.maxLessonsPerWeek) {
      reported = true;
      report(
        ctx,
        t,
        'maxLessonsPerWeek',
        'error',
        'teacher-over-max-per-week',
        `Teacher ${t.id} must teach ${what}, more than Max lessons per week ${t.maxLessonsPerWeek}.`,
        fixes(
          `raise Max lessons per week to ${lessons}`,
          `add a second candidate teacher to one of these courses`,
          `reduce their Lessons per week by ${lessons - t.maxLessonsPerWeek}`,
        ),
      );
    }
    if (reported || (t.maxLessonsPerDay === undefined && t.maxDays === undefined)) continue;
    const perDay = freePerDay(ctx, busy);
    const cap = dayCapacity(perDay, t.maxLessonsPerDay, t.maxDays);
    if (lessons <= cap) continue;
    const days = Math.min(perDay.filter((n) => n > 0).length, t.maxDays ?? Infinity);
    const limit =
      t.maxLessonsPerDay !== undefined
        ? `Max lessons per day ${t.maxLessonsPerDay} × ${count(days, 'day')}${t.maxDays !== undefined ? ` (Max days ${t.maxDays})` : ''}`
        : `Max days ${t.maxDays}`;
    report(
      ctx,
      t,
      t.maxLessonsPerDay !== undefined ? 'maxLessonsPerDay' : 'maxDays',
      'error',
      'teacher-over-max-per-day',
      `Teacher ${t.id} must teach ${what}, but ${limit} allows at most ${cap}.`,
      fixes(
        t.maxLessonsPerDay !== undefined && `raise Max lessons per day to ${Math.ceil(lessons / Math.max(1, days))}`,
        t.maxDays !== undefined && `raise Max days`,
        `add a second candidate teacher to one of these courses`,
        `reduce their Lessons per week by ${lessons - cap}`,
      ),
    );
  }
}

/** Most lessons a week a teacher can take: free periods, Max lessons per week, per day × days. */
export function teacherCapacity(ctx: Ctx, av: Availability, t: Teacher): number {
  const busy = av.teacher.get(t)!;
  let cap = dayCapacity(freePerDay(ctx, busy), t.maxLessonsPerDay, t.maxDays);
  if (t.maxLessonsPerWeek !== undefined) cap = Math.min(cap, t.maxLessonsPerWeek);
  return Math.max(0, cap);
}
