// The typed records read from the input sheets (SCHEMA.md). Pure data: no host, no solver.
// Conventions used everywhere below:
//  - Day and period indexes are 0-based: day 0 = the first name in Settings › Days,
//    period 0 = period "1" of the workbook.
//  - IDs keep the user's spelling (trimmed, inner white space collapsed); compare them with
//    `idKey` from ./ids, never with ===.
//  - Every record carries `origin`: where it came from, so any later check can point at a cell.

/** One cell value as any host hands it over (Excel errors arrive as strings like '#N/A'). */
export type CellValue = string | number | boolean | Date | null;

/** A sheet name → its values, row 0 = worksheet row 1, column 0 = column A. */
export type SheetValues = Record<string, unknown[][]>;

export interface Origin {
  /** The sheet's name as it appears in the workbook. */
  sheet: string;
  /** 1-based worksheet row of the record. */
  row: number;
  /** A1 address of each field's cell, keyed by the record's field name; absent when the column is missing. */
  cells: Record<string, string>;
  /** A1 address of the first cell of the row (for whole-row issues). */
  rowCell: string;
}

export interface Slot {
  day: number;
  period: number;
}

export type FreePeriods = 'start' | 'end' | 'both';

export interface Settings {
  days: string[];
  periodsPerDay: number;
  periodNames: string[];
  /** Day indexes on which clubs run (default: all days). */
  clubDays: number[];
  studyHallName: string;
  seed: number;
  /** Seconds. */
  timeLimit: number;
  roomCapacity: 'hard' | 'soft';
  optionsToKeep: number;
  startFromPrevious: boolean;
  /** Setting name (camelCase key above) → A1 address of its value cell, where the sheet has it. */
  cells: Record<string, string>;
  /** The Settings sheet's name in this workbook, if present. */
  sheet?: string;
}

export interface Weights {
  /** Canonical criterion name as written in SCHEMA.md (e.g. 'Student gap', 'Choice 1') → weight. Only criteria present in the sheet. */
  values: Record<string, number>;
  /** Canonical criterion name → A1 address of its weight cell. */
  cells: Record<string, string>;
}

export interface Teacher {
  id: string;
  name?: string;
  unavailable: Slot[];
  maxLessonsPerWeek?: number;
  maxLessonsPerDay?: number;
  maxDays?: number;
  homeRoom?: string;
  freePeriods?: FreePeriods;
  maxClubDays?: number;
  campus?: string;
  origin: Origin;
}

export interface Location {
  id: string;
  capacity: number;
  facilities: string[];
  unavailable: Slot[];
  campus?: string;
  origin: Origin;
}

export interface StudentBody {
  id: string;
  size: number;
  unavailable: Slot[];
  lessonsPerWeek?: number;
  maxLessonsPerDay?: number;
  freePeriods?: FreePeriods;
  origin: Origin;
}

export interface Course {
  id: string;
  subject: string;
  /** Candidate teacher IDs (one of them teaches all lessons). */
  teachers: string[];
  studentBodies: string[];
  classSize?: number;
  lessonsPerWeek: number;
  /** Default 1. */
  minConsecutive: number;
  /** Default 0. */
  minDays: number;
  maxPerDay?: number;
  /** Candidate room IDs; empty = any room that fits. */
  rooms: string[];
  facilities: string[];
  unavailable: Slot[];
  fixedTimes: Slot[];
  /** 0-based period index. */
  preferredPeriod?: number;
  sync?: string;
  optional: boolean;
  origin: Origin;
}

export interface Group {
  id: string;
  /** Teacher and student-body IDs. */
  members: string[];
  meetingTimes: Slot[];
  room?: string;
  /** Default true. */
  mandatory: boolean;
  origin: Origin;
}

export interface Club {
  id: string;
  teachers: string[];
  /** Day indexes it may run on; blank in the sheet = every club day. */
  days: number[];
  minMembers: number;
  maxMembers: number;
  /** Fixed number of groups; undefined = solver decides within minGroups..maxGroups. */
  groups?: number;
  minGroups: number;
  maxGroups: number;
  daysPerGroup: number | 'all';
  maxGroupsPerDay: number;
  /** Normalised grade labels (ranges expanded, e.g. '9-10' → ['9','10']); undefined = anyone. */
  grades?: string[];
  /** Lower-cased; undefined = anyone. */
  genders?: string[];
  closed: boolean;
  branchOf?: string;
  mergeInto?: string;
  displayName?: string;
  origin: Origin;
}

export interface Student {
  id: string;
  /** Normalised grade label ('9'). */
  grade?: string;
  /** Lower-cased. */
  gender?: string;
  active: boolean;
  unavailableDays: number[];
  alsoKnownAs: string[];
  studentBody?: string;
  origin: Origin;
}

export interface Vote {
  /** The student name as typed in Votes. */
  student: string;
  /** Index = rank − 1; null where that choice is blank. */
  choices: Array<string | null>;
  /** Origin.cells has 'student' and 'choice1', 'choice2', … */
  origin: Origin;
}

export type ClubRuleKind = 'preselect' | 'whitelist' | 'blacklist' | 'exclude';

export interface ClubRule {
  rule: ClubRuleKind;
  club: string;
  student?: string;
  otherClub?: string;
  /** Default 1. */
  groups: number;
  days: number[];
  notDays: number[];
  origin: Origin;
}

/** A row of an existing Timetable output sheet (for Locked rows and Start from previous). */
export interface TimetableRow {
  day?: number;
  period?: number;
  course: string;
  teacher?: string;
  room?: string;
  locked: boolean;
  origin: Origin;
}

/** A row of an existing Club Assignments output sheet. */
export interface ClubAssignmentRow {
  student: string;
  day: number;
  /** Club ID, or the study hall name. */
  club: string;
  /** 1-based group number, when given. */
  group?: number;
  locked: boolean;
  origin: Origin;
}

export type InputSheetKey =
  | 'settings'
  | 'weights'
  | 'teachers'
  | 'locations'
  | 'studentBodies'
  | 'courses'
  | 'groups'
  | 'clubs'
  | 'students'
  | 'votes'
  | 'clubRules'
  | 'timetable'
  | 'clubAssignments';

export interface WorkbookRecords {
  settings: Settings;
  weights: Weights;
  teachers: Teacher[];
  locations: Location[];
  studentBodies: StudentBody[];
  courses: Course[];
  groups: Group[];
  clubs: Club[];
  students: Student[];
  votes: Vote[];
  clubRules: ClubRule[];
  timetable: TimetableRow[];
  clubAssignments: ClubAssignmentRow[];
  /** Sheet key → the sheet's actual name in this workbook, for the sheets present. */
  sheetNames: Partial<Record<InputSheetKey, string>>;
  /** Header cell of each present sheet's first column, for whole-sheet issues. */
  headerCells: Partial<Record<InputSheetKey, string>>;
}
