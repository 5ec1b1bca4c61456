// Teaching capacity (Hall's condition): every set of courses needs at least as many lessons as
// their candidate teachers can give between them (found exactly by max flow, ./flow).
// Single-teacher sets are the teacher workload check's; here we report sets of two or more.
import type { Teacher } from '../schema/records';
import { type Ctx, report } from './context';
import type { Availability } from './availability';
import { teacherCapacity } from './workload';
import { count, fixes, listNames } from './text';
import { deficientSets } from './flow';

export function checkTeachingCapacity(ctx: Ctx, av: Availability): void {
  const courses = ctx.r.courses.filter((c) => !c.optional && c.lessonsPerWeek > 0 && (av.courseTeachers.get(c)?.length ?? 0) > 0);
  if (courses.length === 0) return;
  const teachers = [...ctx.teachers.values()];
  const tIndex = new Map<Teacher, number>(teachers.map((t, i) => [t, i]));
  const cap = teachers.map((t) => teacherCapacity(ctx, av, t));

  // One teacher teaches all of a course's lessons, so a course whose every candidate is too small fails alone.
  for (const c of courses) {
    const ts = av.courseTeachers.get(c)!;
    if (ts.length < 2) continue;
    const best = Math.max(...ts.map((t) => cap[tIndex.get(t)!]));
    if (best >= c.lessonsPerWeek) continue;
    report(
      ctx,
      c,
      'teachers',
      'error',
      'course-teacher-capacity',
      `Course ${c.id} needs ${count(c.lessonsPerWeek, 'lesson')} a week from one teacher, but none of its candidates can give that many (${listNames(ts.map((t) => `${t.id} ${cap[tIndex.get(t)!]}`))}).`,
      fixes(`add a candidate teacher with ${c.lessonsPerWeek} free periods`, `lower Lessons per week to ${best}`, `raise a candidate's Max lessons per week or Max lessons per day`),
    );
  }

  const sets = deficientSets(
    courses.map((c) => c.lessonsPerWeek),
    courses.map((c) => av.courseTeachers.get(c)!.map((t) => tIndex.get(t)!)),
    cap,
  );
  for (const set of sets) {
    const cs = set.left.map((i) => courses[i]);
    const ts = set.right;
    if (ts.length < 2) continue; // one teacher: the teacher workload check says it better
    const need = set.demand;
    const have = set.supply;
    const first = cs.reduce((a, b) => (a.origin.row <= b.origin.row ? a : b));
    report(
      ctx,
      first,
      'teachers',
      'error',
      'teaching-capacity',
      `Courses ${listNames(cs.map((c) => `${c.id} (${c.lessonsPerWeek})`), 6)} need ${need} lessons a week, but their candidate teachers ${listNames(ts.map((j) => teachers[j].id), 6)} can teach at most ${have} between them (${listNames(ts.map((j) => `${teachers[j].id} ${cap[j]}`), 6)}): ${need - have} short.`,
      fixes(
        `add another teacher as a candidate in Courses › Teacher of one of these courses`,
        `raise Max lessons per week / Max lessons per day of ${teachers[ts[0]].id} or ${teachers[ts[1]].id}`,
        `reduce these courses' Lessons per week by ${need - have}`,
        `free some of these teachers' Unavailable periods`,
      ),
    );
  }
}

