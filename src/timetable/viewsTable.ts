// The Timetable sheet: one row per lesson, booked ones in time order, unbooked ones last with
// their reason. It is editable: the reader turns it back into a solution (fromSheet.ts).
import type { CellValue } from '../schema/records';
import type { OutputSheet } from '../core/output';
import type { TimetableProblem, TimetableSolution } from './model';
import { tableSheet } from '../views/sheet';

export const TIMETABLE_HEADER = ['Day', 'Period', 'Course', 'Subject', 'Teacher', 'Room', 'Student bodies', 'Locked', 'Reason'];
const UNBOOKED_FILL = '#F4CCCC';

/** Lesson indexes in sheet order: booked by slot then course, then the unbooked. */
export function lessonOrder(solution: TimetableSolution): number[] {
  const idx = solution.lessons.map((_, i) => i);
  const slotKey = (i: number): number => solution.lessons[i].slot ?? Number.MAX_SAFE_INTEGER;
  return idx.sort((a, b) => slotKey(a) - slotKey(b) || solution.lessons[a].course - solution.lessons[b].course || a - b);
}

export function timetableSheet(problem: TimetableProblem, solution: TimetableSolution): OutputSheet {
  const { courses, teachers, rooms, bodies, periodsPerDay: P } = problem;
  const rows: CellValue[][] = [];
  let firstUnbooked = -1;
  for (const i of lessonOrder(solution)) {
    const l = solution.lessons[i];
    const c = courses[l.course];
    if (!c) continue;
    const booked = l.slot !== null;
    if (!booked && firstUnbooked < 0) firstUnbooked = rows.length;
    rows.push([
      booked ? problem.days[Math.floor((l.slot as number) / P)] : null,
      booked ? ((l.slot as number) % P) + 1 : null,
      c.id,
      c.subject,
      l.teacher !== null ? (teachers[l.teacher]?.id ?? null) : null,
      l.room !== null ? (rooms[l.room]?.id ?? null) : null,
      c.bodies.map((b) => bodies[b]?.id).filter(Boolean).join(', '),
      l.locked ? 'yes' : 'no',
      booked ? null : (l.reason ?? 'not booked'),
    ]);
  }
  // Unbooked rows come last, so one range marks them all.
  const fills = firstUnbooked >= 0 ? [{ range: `A${firstUnbooked + 2}:I${rows.length + 1}`, color: UNBOOKED_FILL }] : [];
  return tableSheet('Timetable', TIMETABLE_HEADER, rows, { fills });
}
