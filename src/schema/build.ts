// Table rows → typed records, one small builder per sheet, plus the few checks that look at more
// than one cell of a row (Student bodies or Class size; what each club rule needs).
import type { Issue } from './issue';
import type {
  Club,
  ClubAssignmentRow,
  ClubRule,
  ClubRuleKind,
  Course,
  FreePeriods,
  Group,
  Location,
  Slot,
  Student,
  StudentBody,
  Teacher,
  TimetableRow,
  Vote,
} from './records';
import type { ColumnContext } from './columns';
import type { TableRow } from './table';
import { issueAt } from './table';

type V = Record<string, unknown>;
const str = (v: V, f: string): string | undefined => v[f] as string | undefined;
const num = (v: V, f: string): number | undefined => v[f] as number | undefined;
const strs = (v: V, f: string): string[] => (v[f] as string[] | undefined) ?? [];
const slots = (v: V, f: string): Slot[] => (v[f] as Slot[] | undefined) ?? [];
const nums = (v: V, f: string): number[] => (v[f] as number[] | undefined) ?? [];

// Optional fields stay as `undefined` rather than being deleted: `delete` would make every record
// a slow dictionary object.

export function buildTeacher({ values: v, origin }: TableRow): Teacher {
  return {
    id: str(v, 'id')!,
    name: str(v, 'name'),
    unavailable: slots(v, 'unavailable'),
    maxLessonsPerWeek: num(v, 'maxLessonsPerWeek'),
    maxLessonsPerDay: num(v, 'maxLessonsPerDay'),
    maxDays: num(v, 'maxDays'),
    homeRoom: str(v, 'homeRoom'),
    freePeriods: v.freePeriods as FreePeriods | undefined,
    maxClubDays: num(v, 'maxClubDays'),
    campus: str(v, 'campus'),
    origin,
  };
}

export function buildLocation({ values: v, origin }: TableRow): Location {
  return {
    id: str(v, 'id')!,
    capacity: num(v, 'capacity')!,
    facilities: strs(v, 'facilities'),
    unavailable: slots(v, 'unavailable'),
    campus: str(v, 'campus'),
    origin,
  };
}

export function buildStudentBody({ values: v, origin }: TableRow): StudentBody {
  return {
    id: str(v, 'id')!,
    size: num(v, 'size')!,
    unavailable: slots(v, 'unavailable'),
    lessonsPerWeek: num(v, 'lessonsPerWeek'),
    maxLessonsPerDay: num(v, 'maxLessonsPerDay'),
    freePeriods: v.freePeriods as FreePeriods | undefined,
    origin,
  };
}

export function buildCourse({ values: v, origin }: TableRow, issues: Issue[], flagged: Flagged): Course {
  const course: Course = {
    id: str(v, 'id')!,
    subject: str(v, 'subject')!,
    teachers: strs(v, 'teachers'),
    studentBodies: strs(v, 'studentBodies'),
    classSize: num(v, 'classSize'),
    lessonsPerWeek: num(v, 'lessonsPerWeek')!,
    minConsecutive: num(v, 'minConsecutive') ?? 1,
    minDays: num(v, 'minDays') ?? 0,
    maxPerDay: num(v, 'maxPerDay'),
    rooms: strs(v, 'rooms'),
    facilities: strs(v, 'facilities'),
    unavailable: slots(v, 'unavailable'),
    fixedTimes: slots(v, 'fixedTimes'),
    preferredPeriod: num(v, 'preferredPeriod'),
    sync: str(v, 'sync'),
    optional: (v.optional as boolean | undefined) ?? false,
    origin,
  };
  // Only when neither cell holds a (bad) value: a bad value already has its own issue.
  const bodiesCell = origin.cells.studentBodies;
  const sizeCell = origin.cells.classSize;
  if (course.studentBodies.length === 0 && course.classSize === undefined && !flaggedAt(flagged, bodiesCell) && !flaggedAt(flagged, sizeCell)) {
    issues.push(
      issueAt(origin.sheet, bodiesCell ?? sizeCell ?? origin.rowCell, 'error', 'missing-value', `Course ${course.id} needs Student bodies or a Class size`, 'List the student bodies attending, or type the Class size.'),
    );
  }
  return course;
}

/** Cells of the sheet being built that already have an issue (a bad value is reported once). */
export type Flagged = ReadonlySet<string>;
const flaggedAt = (flagged: Flagged, cell: string | undefined): boolean => cell !== undefined && flagged.has(cell);

export function buildGroup({ values: v, origin }: TableRow): Group {
  return {
    id: str(v, 'id')!,
    members: strs(v, 'members'),
    meetingTimes: slots(v, 'meetingTimes'),
    room: str(v, 'room'),
    mandatory: (v.mandatory as boolean | undefined) ?? true,
    origin,
  };
}

export function buildClub({ values: v, origin }: TableRow, ctx: ColumnContext): Club {
  const days = v.days as number[] | undefined;
  const grades = v.grades as string[] | undefined;
  const genders = v.genders as string[] | undefined;
  return {
    id: str(v, 'id')!,
    teachers: strs(v, 'teachers'),
    // Blank = every club day.
    days: days && days.length ? days : [...ctx.clubDays],
    minMembers: num(v, 'minMembers') ?? 6,
    maxMembers: num(v, 'maxMembers') ?? 25,
    groups: num(v, 'groups'),
    minGroups: num(v, 'minGroups') ?? 1,
    maxGroups: num(v, 'maxGroups') ?? 1,
    daysPerGroup: (v.daysPerGroup as number | 'all' | undefined) ?? 1,
    maxGroupsPerDay: num(v, 'maxGroupsPerDay') ?? 1,
    grades: grades && grades.length ? grades : undefined,
    genders: genders && genders.length ? genders : undefined,
    closed: (v.closed as boolean | undefined) ?? false,
    branchOf: str(v, 'branchOf'),
    mergeInto: str(v, 'mergeInto'),
    displayName: str(v, 'displayName'),
    origin,
  };
}

export function buildStudent({ values: v, origin }: TableRow): Student {
  return {
    id: str(v, 'id')!,
    grade: str(v, 'grade'),
    gender: str(v, 'gender'),
    active: (v.active as boolean | undefined) ?? true,
    unavailableDays: nums(v, 'unavailableDays'),
    alsoKnownAs: strs(v, 'alsoKnownAs'),
    studentBody: str(v, 'studentBody'),
    origin,
  };
}

export function buildVote({ values: v, origin }: TableRow, ranks: number): Vote {
  const choices: Array<string | null> = new Array(ranks);
  for (let k = 1; k <= ranks; k++) choices[k - 1] = (v[`choice${k}`] as string | undefined) ?? null;
  return { student: str(v, 'student')!, choices, origin };
}

/** A club rule, or undefined (with an issue) when the rule lacks what its kind needs. */
export function buildClubRule({ values: v, origin }: TableRow, issues: Issue[], flagged: Flagged): ClubRule | undefined {
  const rule = v.rule as ClubRuleKind;
  const student = str(v, 'student');
  const otherClub = str(v, 'otherClub');
  if (rule === 'exclude' && !otherClub) {
    if (!flaggedAt(flagged, origin.cells.otherClub))
      issues.push(issueAt(origin.sheet, origin.cells.otherClub ?? origin.rowCell, 'error', 'missing-value', `An exclude rule needs an Other club; this rule is skipped`, 'Type the club that may not be combined with Club.'));
    return undefined;
  }
  if (rule !== 'exclude' && !student) {
    if (!flaggedAt(flagged, origin.cells.student))
      issues.push(issueAt(origin.sheet, origin.cells.student ?? origin.rowCell, 'error', 'missing-value', `A ${rule} rule needs a Student; this rule is skipped`, 'Type the student the rule is about.'));
    return undefined;
  }
  return {
    rule,
    club: str(v, 'club')!,
    student,
    otherClub,
    groups: num(v, 'groups') ?? 1,
    days: nums(v, 'days'),
    notDays: nums(v, 'notDays'),
    origin,
  };
}

export function buildTimetableRow({ values: v, origin }: TableRow, issues: Issue[], flagged: Flagged): TimetableRow {
  const row: TimetableRow = {
    day: num(v, 'day'),
    period: num(v, 'period'),
    course: str(v, 'course')!,
    teacher: str(v, 'teacher'),
    room: str(v, 'room'),
    locked: (v.locked as boolean | undefined) ?? false,
    origin,
  };
  // A booked lesson needs both; an unbooked one neither.
  for (const [has, field, other] of [
    [row.day !== undefined, 'period', 'Day'],
    [row.period !== undefined, 'day', 'Period'],
  ] as const) {
    if (has && row[field] === undefined && !flaggedAt(flagged, origin.cells[field])) {
      const header = field === 'day' ? 'Day' : 'Period';
      issues.push(issueAt(origin.sheet, origin.cells[field] ?? origin.rowCell, 'error', 'missing-value', `This lesson has a ${other} but no ${header}`, `Fill in ${header}, or clear ${other} to leave the lesson unbooked.`));
    }
  }
  return row;
}

export function buildClubAssignment({ values: v, origin }: TableRow): ClubAssignmentRow {
  return {
    student: str(v, 'student')!,
    day: num(v, 'day')!,
    club: str(v, 'club')!,
    group: num(v, 'group'),
    locked: (v.locked as boolean | undefined) ?? false,
    origin,
  };
}
