// A user-edited Timetable sheet back into a solution, so "Refresh views" can re-derive every view
// after manual moves. Unknown names and broken hard rules become issues at the row (and column)
// that causes them; the verifier decides what is broken.
import type { Issue } from '../schema/issue';
import type { TimetableRow, WorkbookRecords } from '../schema/records';
import { idKey } from '../schema/ids';
import { nearest } from '../schema/suggest';
import type { Lesson, TimetableProblem, TimetableSolution } from './model';
import { verifyTimetable } from './verify';

/** Which column of the Timetable sheet a broken rule is about. */
const RULE_FIELD: Record<string, string> = {
  'teacher-double-booked': 'teacher',
  'teacher-unavailable': 'teacher',
  'teacher-not-candidate': 'teacher',
  'teacher-not-same': 'teacher',
  'no-teacher': 'teacher',
  'teacher-max-per-day': 'teacher',
  'teacher-max-per-week': 'teacher',
  'teacher-max-days': 'teacher',
  'room-double-booked': 'room',
  'room-unavailable': 'room',
  'room-not-candidate': 'room',
  'room-facilities': 'room',
  'room-capacity': 'room',
  'meeting-room': 'room',
  'no-room': 'room',
};

export function timetableFromRecords(problem: TimetableProblem, records: WorkbookRecords): { solution: TimetableSolution; issues: Issue[] } {
  const sheet = records.sheetNames.timetable ?? 'Timetable';
  const header = records.headerCells.timetable ?? 'A1';
  const issues: Issue[] = [];
  const index = (ids: Array<{ id: string }>): Map<string, number> => new Map(ids.map((x, i) => [idKey(x.id), i]));
  const courseIx = index(problem.courses);
  const teacherIx = index(problem.teachers);
  const roomIx = index(problem.rooms);
  const P = problem.periodsPerDay;

  const cellOf = (row: TimetableRow, field: string): string => row.origin.cells[field] ?? row.origin.rowCell;
  const issue = (row: TimetableRow | undefined, field: string, severity: Issue['severity'], code: string, message: string, suggestion?: string): void => {
    issues.push({ severity, sheet: row?.origin.sheet ?? sheet, cell: row ? cellOf(row, field) : header, code, message, ...(suggestion ? { suggestion } : {}) });
  };
  const lookup = (row: TimetableRow, field: 'teacher' | 'room', value: string | undefined, ix: Map<string, number>, ids: string[], noun: string): number | null => {
    if (value === undefined || value.trim() === '') return null;
    const k = ix.get(idKey(value));
    if (k !== undefined) return k;
    const near = nearest(value, ids);
    issue(row, field, 'error', 'unknown-reference', `Row ${row.origin.row}: '${value}' is not a ${noun}.`, near.length ? `Did you mean ${near.map((n) => `'${n}'`).join(' or ')}?` : undefined);
    return null;
  };

  const lessons: Lesson[] = [];
  const rowOf: Array<TimetableRow | undefined> = [];
  const perCourse = problem.courses.map(() => 0);
  for (const row of records.timetable) {
    const ci = courseIx.get(idKey(row.course));
    if (ci === undefined) {
      const near = nearest(row.course, problem.courses.map((c) => c.id));
      issue(row, 'course', 'error', 'unknown-reference', `Row ${row.origin.row}: '${row.course}' is not a course; the row is ignored.`, near.length ? `Did you mean ${near.map((n) => `'${n}'`).join(' or ')}?` : 'Correct the course ID or delete the row.');
      continue;
    }
    const course = problem.courses[ci];
    if (perCourse[ci] >= course.lessons) {
      issue(row, 'course', 'error', 'too-many-lessons', `Row ${row.origin.row}: ${course.id} already has its ${course.lessons} lessons in the rows above; this row is ignored.`, 'Delete the row, or raise Lessons per week in Courses.');
      continue;
    }
    perCourse[ci]++;
    let slot: number | null = null;
    if (row.day !== undefined && row.period !== undefined) {
      if (row.period >= 0 && row.period < P && row.day >= 0 && row.day < problem.days.length) slot = row.day * P + row.period;
      else issue(row, 'period', 'error', 'slot-out-of-range', `Row ${row.origin.row}: period ${row.period + 1} is not a period of the week (1 to ${P}); the lesson is read as unbooked.`);
    } else if (row.day !== undefined || row.period !== undefined) {
      issue(row, row.day === undefined ? 'day' : 'period', 'warning', 'incomplete-time', `Row ${row.origin.row}: ${course.id} has a ${row.day === undefined ? 'period but no day' : 'day but no period'}; the lesson is read as unbooked.`, 'Give both Day and Period, or clear both.');
    }
    const teacher = lookup(row, 'teacher', row.teacher, teacherIx, problem.teachers.map((t) => t.id), 'teacher');
    const room = lookup(row, 'room', row.room, roomIx, problem.rooms.map((r) => r.id), 'room');
    lessons.push({ course: ci, slot, teacher, room, locked: row.locked, ...(slot === null ? { reason: 'left unbooked in the Timetable sheet' } : {}) });
    rowOf.push(row);
  }

  // A blank Teacher takes the course's teacher from its other rows, or its only candidate.
  lessons.forEach((l) => {
    if (l.teacher !== null || l.slot === null) return;
    const other = lessons.find((m) => m.course === l.course && m.teacher !== null);
    const cands = problem.courses[l.course].teachers;
    l.teacher = other?.teacher ?? (cands.length === 1 ? cands[0] : null);
  });
  // Lessons missing from the sheet stay unbooked, with a reason.
  problem.courses.forEach((c, ci) => {
    for (let k = perCourse[ci]; k < c.lessons; k++) {
      lessons.push({ course: ci, slot: null, teacher: null, room: null, locked: false, reason: 'missing from the Timetable sheet' });
      rowOf.push(undefined);
    }
  });

  const solution: TimetableSolution = {
    lessons,
    cost: 0,
    history: { constructive: [], trace: [], steps: 0, elapsedMs: 0, cancelled: false, seed: 0 },
  };
  const v = verifyTimetable(problem, solution);
  solution.cost = v.total;
  const seen = new Set<string>();
  for (const h of v.hardViolations) {
    const rows = h.lessons.map((i) => rowOf[i]).filter((r): r is TimetableRow => r !== undefined);
    for (const row of rows.length > 0 ? rows : [undefined]) {
      const field = RULE_FIELD[h.rule] ?? 'day';
      const tag = `${row?.origin.row}|${h.message}`;
      if (seen.has(tag)) continue;
      seen.add(tag);
      issue(row, field, 'error', h.rule, row ? `Row ${row.origin.row}: ${h.message}` : h.message, 'Move the lesson, or undo the edit.');
    }
  }
  const unbooked = problem.courses.reduce((n, c, ci) => n + Math.max(0, c.lessons - perCourse[ci]), 0);
  if (unbooked > 0) issue(undefined, 'course', 'warning', 'missing-lessons', `${unbooked} lesson(s) of the courses are not in the Timetable sheet; they are read as unbooked.`, 'Run Solve to book them, or add rows.');
  return { solution, issues };
}
