// Which courses the solver moves together because they share a Sync ID. Courses of one sync
// group run at identical slots, so they must come in the same blocks: same number of free
// (unlocked) lessons and the same Min consecutive as the group's first course. A course that
// differs is scheduled on its own, and the build reports it.
import { idKey } from '../../schema/ids';
import type { TimetableProblem } from '../model';

export interface SyncPlan {
  /** Course index lists of two or more courses, first course = the group's leader. */
  groups: number[][];
  dropped: Array<{ course: number; message: string }>;
}

export function syncPlan(problem: TimetableProblem): SyncPlan {
  const lockedCount = new Map<number, number>();
  for (const l of problem.locked) lockedCount.set(l.course, (lockedCount.get(l.course) ?? 0) + 1);
  const free = (c: number) => problem.courses[c].lessons - (lockedCount.get(c) ?? 0);
  const bySync = new Map<string, number[]>();
  problem.courses.forEach((c, i) => {
    if (c.sync === undefined) return;
    const k = idKey(c.sync);
    const list = bySync.get(k) ?? [];
    list.push(i);
    bySync.set(k, list);
  });
  const groups: number[][] = [];
  const dropped: SyncPlan['dropped'] = [];
  for (const list of bySync.values()) {
    if (list.length < 2) continue;
    const lead = problem.courses[list[0]];
    const group = [list[0]];
    for (const c of list.slice(1)) {
      const course = problem.courses[c];
      if (free(c) !== free(list[0]) || course.minConsecutive !== lead.minConsecutive) {
        dropped.push({
          course: c,
          message:
            `Course ${course.id} shares Sync ${course.sync} with ${lead.id} but has ${free(c)} lessons to place ` +
            `(Min consecutive ${course.minConsecutive}) against ${free(list[0])} (Min consecutive ${lead.minConsecutive}); it is timetabled on its own.`,
        });
      } else group.push(c);
    }
    if (group.length > 1) groups.push(group);
  }
  return { groups, dropped };
}
