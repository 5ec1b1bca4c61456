// The school timetable as the solver sees it: plain data, indexes instead of IDs, no workbook.
// Built from WorkbookRecords by build.ts; shared by solve, verify and views.
//
// Slots are numbered day-major: slot = day * periodsPerDay + period (both 0-based).
//
// Soft-cost definitions where SCHEMA.md leaves room (solver and verifier both implement these;
// docs/timetable.md has the full list). Only booked lessons count, meetings are not lessons.
//  - Isolated lesson: per student body per booked lesson of it with no lesson of that body in
//    the period before or after on the same day (ITC2007 "curriculum compactness").
//  - Student / Teacher gap: per resource per day, (last − first + 1) − lessons that day.
//  - Min days: per course, max(0, Min days − distinct days with a booked lesson), also when
//    no lesson is booked. Room changes per course: max(0, distinct rooms of its booked lessons − 1).
//  - Split course in a day: per course per day, maximal runs of consecutive periods − 1.
//  - Free period preference: per (lesson, teacher or body of it with the preference) when the
//    lesson is in period 0 (start/both) or the last period (end/both).
//  - Preferred period: per lesson |period − preferredPeriod| (0-based both).
//  - Teacher room change / Campus move: per resource per day, over its lessons in period order,
//    each successive pair whose rooms (campuses) differ; campus moves count only when both rooms
//    have a Campus (compared case-insensitively). Campus moves count for teachers and bodies.
//  - Over capacity: per booked lesson, max(0, size − capacity), only when Room capacity = soft.
// Hard extras the solver also keeps: a student body's Max lessons per day.
import type { FreePeriods } from '../schema/records';
import type { TimetableCriterion } from '../schema/criteria';

export type TimetableWeights = Record<TimetableCriterion, number>;

export interface TTeacher {
  id: string;
  name?: string;
  /** Slots the teacher may not teach. */
  unavailable: number[];
  maxPerWeek?: number;
  maxPerDay?: number;
  maxDays?: number;
  /** Room index of the preferred room. */
  homeRoom?: number;
  freePeriods?: FreePeriods;
  campus?: string;
}

export interface TRoom {
  id: string;
  capacity: number;
  facilities: string[];
  unavailable: number[];
  campus?: string;
}

export interface TBody {
  id: string;
  size: number;
  unavailable: number[];
  lessonsPerWeek?: number;
  maxPerDay?: number;
  freePeriods?: FreePeriods;
}

export interface TCourse {
  id: string;
  subject: string;
  /** Candidate teacher indexes; one of them teaches every lesson of the course. */
  teachers: number[];
  bodies: number[];
  /** Students attending: Class size, else the sum of the bodies' sizes. */
  size: number;
  /** Lessons per week. */
  lessons: number;
  minConsecutive: number;
  minDays: number;
  maxPerDay?: number;
  /** Candidate room indexes as given (Room column), or every room when the column was blank. */
  roomCandidates: number[];
  /** Facilities the room must have (lower-cased). */
  facilities: string[];
  unavailable: number[];
  /** Slots the lessons must use (empty = none fixed). */
  fixed: number[];
  /** 0-based period index. */
  preferredPeriod?: number;
  sync?: string;
  optional: boolean;
}

export interface TMeeting {
  id: string;
  teachers: number[];
  bodies: number[];
  slots: number[];
  room?: number;
  /** Mandatory: members may not have lessons at its slots. The room is always blocked. */
  mandatory: boolean;
}

/** A lesson pinned by the user (Locked row of an existing Timetable sheet) or a starting point (Start from previous). */
export interface PinnedLesson {
  course: number;
  slot: number;
  teacher?: number;
  room?: number;
}

export interface TimetableProblem {
  days: string[];
  periodsPerDay: number;
  periodNames: string[];
  weights: TimetableWeights;
  roomCapacity: 'hard' | 'soft';
  teachers: TTeacher[];
  rooms: TRoom[];
  bodies: TBody[];
  courses: TCourse[];
  meetings: TMeeting[];
  /** Must stay exactly as they are. */
  locked: PinnedLesson[];
  /** Start from previous: the unlocked rows of the existing Timetable, as a starting point. */
  previous: PinnedLesson[];
}

/** One required lesson of a course: course.lessons of them per course, booked or not. */
export interface Lesson {
  course: number;
  /** null = unbooked. */
  slot: number | null;
  teacher: number | null;
  room: number | null;
  locked: boolean;
  /** Why it is unbooked (people-readable), when slot is null. */
  reason?: string;
}

export interface SearchHistory {
  /** Constructive orders tried and what each gave. */
  constructive: Array<{ order: string; cost: number; unbooked: number }>;
  /** Best cost over time. */
  trace: Array<{ elapsedMs: number; step: number; cost: number; phase: string }>;
  steps: number;
  elapsedMs: number;
  cancelled: boolean;
  seed: number;
}

export interface TimetableSolution {
  lessons: Lesson[];
  /** The solver's own running total (tests compare it with the verifier's). */
  cost: number;
  history: SearchHistory;
}

/** What the verifier recomputes from a solution, sharing no cost code with the solver. */
export interface TimetableVerification {
  hardViolations: Array<{ rule: string; message: string; lessons: number[] }>;
  criteria: Array<{ criterion: TimetableCriterion; count: number; weight: number; cost: number }>;
  total: number;
  booked: number;
  required: number;
}
