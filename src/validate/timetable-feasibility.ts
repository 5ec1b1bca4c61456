// The school-timetable feasibility checks, run over one shared availability picture.
import type { Ctx } from './context';
import { buildAvailability } from './availability';
import { checkBodyWorkload, checkTeacherWorkload } from './workload';
import { checkTeachingCapacity } from './teaching-capacity';
import { checkCourses } from './courses';
import { checkFixedTimes } from './fixed-times';
import { checkGroups } from './groups';

export function checkTimetable(ctx: Ctx): void {
  if (ctx.slots === 0) return; // no week to plan in: Settings issues say why
  const av = buildAvailability(ctx);
  checkBodyWorkload(ctx, av);
  checkTeacherWorkload(ctx, av);
  checkTeachingCapacity(ctx, av);
  checkCourses(ctx, av);
  checkFixedTimes(ctx, av);
  checkGroups(ctx);
}
