// The sheets of SCHEMA.md as data: the reader, the template sheets of the task pane and the
// example generator all work from these definitions, so a column is described exactly once.
import type { InputSheetKey, Settings } from './records';

export type ColumnType =
  | 'id' // one ID (trimmed, inner spaces collapsed)
  | 'idList' // list of IDs
  | 'text'
  | 'list' // list of words (facilities, other spellings)
  | 'lower' // text, lower-cased (gender)
  | 'lowerList'
  | 'integer' // whole number within min/max (maxOf: Settings' periods or number of days)
  | 'number'
  | 'yesNo'
  | 'enum' // one of `values`
  | 'day' // a day name
  | 'dayList' // list of day names (clubDaysOnly: only Settings › Club days)
  | 'slotList' // 'Mon 1, Tue 3-4, Fri'
  | 'period' // 1 … Periods per day, stored 0-based
  | 'grade'
  | 'gradeList' // with ranges '9-10'
  | 'daysPerGroup'; // whole number ≥ 1 or 'all'

export interface ColumnDef {
  /** Field of the typed record (src/schema/records.ts) the column is read into. */
  field: string;
  /** Canonical header, as written in SCHEMA.md. */
  header: string;
  /** Other accepted headers (matched like the canonical one). */
  aliases?: readonly string[];
  required: boolean;
  type: ColumnType;
  /** The value a blank cell (or a missing column) means, as stored in the record; undefined = none. */
  default?: unknown;
  /** The default as an administrator would type it, for prompts and docs. */
  defaultText?: string;
  /** One sentence, usable as an Excel input prompt. */
  description: string;
  /** The column holds IDs of that sheet (dropdown source; checked by validation). */
  ref?: InputSheetKey;
  /** A yes/no column (dropdown yes, no). */
  yesNo?: boolean;
  min?: number;
  max?: number;
  /** Upper bound taken from Settings: Periods per day, or the number of Days. */
  maxOf?: 'periods' | 'days';
  /** Allowed words of an enum column, canonical spelling. */
  values?: readonly string[];
  /** dayList: only days of Settings › Club days. */
  clubDaysOnly?: boolean;
}

export interface SheetDef {
  key: InputSheetKey;
  /** Canonical sheet name (SCHEMA.md). */
  name: string;
  /** Other accepted sheet names. */
  aliases?: readonly string[];
  description: string;
  columns: readonly ColumnDef[];
  /** Votes: any number of `Choice N` / `N` columns follow the listed ones. */
  choiceColumns?: boolean;
  /** Settings and Weights: a name | value list rather than a table of records. */
  keyValue?: boolean;
}

const col = (c: ColumnDef): ColumnDef => c;
const FREE_PERIODS = ['start', 'end', 'both'] as const;

const ID = (what: string): ColumnDef =>
  col({ field: 'id', header: 'ID', required: true, type: 'id', description: `A unique name for the ${what}, used everywhere else to refer to it.` });
const unavailable = (what: string): ColumnDef =>
  col({ field: 'unavailable', header: 'Unavailable', required: false, type: 'slotList', default: [], description: `Times the ${what} cannot be used, e.g. 'Mon 1, Tue 3-4, Fri'.` });
const campus = col({ field: 'campus', header: 'Campus', required: false, type: 'text', description: 'The site or building group; moving between campuses between lessons is penalised.' });
const freePeriods = (who: string): ColumnDef =>
  col({ field: 'freePeriods', header: 'Free periods', required: false, type: 'enum', values: FREE_PERIODS, description: `Where ${who} prefers free periods: start, end or both (of the day).` });

export const SETTINGS_DEF: SheetDef = {
  key: 'settings',
  name: 'Settings',
  aliases: ['Setting'],
  keyValue: true,
  description: 'General settings, one per row: Setting | Value.',
  columns: [
    col({ field: 'setting', header: 'Setting', required: true, type: 'text', description: 'The name of a setting, e.g. Periods per day.' }),
    col({ field: 'value', header: 'Value', required: true, type: 'text', description: "The setting's value." }),
  ],
};

export const WEIGHTS_DEF: SheetDef = {
  key: 'weights',
  name: 'Weights',
  aliases: ['Weight'],
  keyValue: true,
  description: 'Optional: how much each criterion counts, one per row: Criterion | Weight.',
  columns: [
    col({ field: 'criterion', header: 'Criterion', required: true, type: 'text', description: 'A criterion name, e.g. Student gap or Choice 1.' }),
    col({ field: 'weight', header: 'Weight', required: true, type: 'number', min: 0, description: 'How much one unit of the criterion counts (a number ≥ 0).' }),
  ],
};

export const TEACHERS_DEF: SheetDef = {
  key: 'teachers',
  name: 'Teachers',
  aliases: ['Teacher', 'Staff'],
  description: 'One row per teacher.',
  columns: [
    ID('teacher'),
    col({ field: 'name', header: 'Name', required: false, type: 'text', description: "The teacher's full name, shown in views." }),
    unavailable('teacher'),
    col({ field: 'maxLessonsPerWeek', header: 'Max lessons per week', required: false, type: 'integer', min: 0, description: 'The most lessons the teacher may teach in a week (blank = no limit).' }),
    col({ field: 'maxLessonsPerDay', header: 'Max lessons per day', required: false, type: 'integer', min: 0, maxOf: 'periods', description: 'The most lessons the teacher may teach in a day (blank = no limit).' }),
    col({ field: 'maxDays', header: 'Max days', required: false, type: 'integer', min: 0, maxOf: 'days', description: 'The most days a week the teacher may teach (blank = no limit).' }),
    col({ field: 'homeRoom', header: 'Home room', required: false, type: 'id', ref: 'locations', description: "The teacher's preferred room (a location ID)." }),
    freePeriods('the teacher'),
    col({ field: 'maxClubDays', header: 'Max club days', required: false, type: 'integer', min: 0, maxOf: 'days', description: 'The most club days the teacher may lead a club (blank = no limit).' }),
    campus,
  ],
};

export const LOCATIONS_DEF: SheetDef = {
  key: 'locations',
  name: 'Locations',
  aliases: ['Location', 'Rooms', 'Room'],
  description: 'One row per room or other place lessons happen.',
  columns: [
    ID('room'),
    col({ field: 'capacity', header: 'Capacity', required: true, type: 'integer', min: 1, description: 'How many students fit in the room (a whole number ≥ 1).' }),
    col({ field: 'facilities', header: 'Facilities', required: false, type: 'list', default: [], description: "What the room offers, e.g. 'lab, projector' (courses can require them)." }),
    unavailable('room'),
    campus,
  ],
};

export const STUDENT_BODIES_DEF: SheetDef = {
  key: 'studentBodies',
  name: 'StudentBodies',
  aliases: ['Student body', 'Classes'],
  description: 'One row per student body: a set of students who attend the same lessons (a class, a form).',
  columns: [
    ID('student body'),
    col({ field: 'size', header: 'Size', required: true, type: 'integer', min: 1, description: 'How many students the body has (a whole number ≥ 1).' }),
    unavailable('student body'),
    col({ field: 'lessonsPerWeek', header: 'Lessons per week', required: false, type: 'integer', min: 0, description: 'How many periods a week must be taught to this body (blank = no bound).' }),
    col({ field: 'maxLessonsPerDay', header: 'Max lessons per day', required: false, type: 'integer', min: 0, maxOf: 'periods', description: 'The most lessons the body may have in a day (blank = no limit).' }),
    freePeriods('the student body'),
  ],
};

export const COURSES_DEF: SheetDef = {
  key: 'courses',
  name: 'Courses',
  aliases: ['Course'],
  description: 'One row per course: a subject taught to a class for some lessons a week.',
  columns: [
    ID('course'),
    col({ field: 'subject', header: 'Subject', required: true, type: 'text', description: 'The subject name; views are coloured by subject.' }),
    col({ field: 'teachers', header: 'Teacher', aliases: ['Teachers'], required: true, type: 'idList', ref: 'teachers', description: 'The teacher ID, or a list of candidates of whom the solver picks one.' }),
    col({ field: 'studentBodies', header: 'Student bodies', aliases: ['Student body', 'Classes', 'Class'], required: false, type: 'idList', ref: 'studentBodies', default: [], description: 'The student bodies attending together (a list of IDs).' }),
    col({ field: 'classSize', header: 'Class size', required: false, type: 'integer', min: 1, description: "The number of students; overrides the student bodies' sizes (Student bodies or Class size is required)." }),
    col({ field: 'lessonsPerWeek', header: 'Lessons per week', required: true, type: 'integer', min: 1, description: 'How many lessons a week (a whole number ≥ 1).' }),
    col({ field: 'minConsecutive', header: 'Min consecutive', required: false, type: 'integer', min: 1, maxOf: 'periods', default: 1, defaultText: '1', description: 'Lessons come in blocks of at least this many periods, e.g. 2 for double lessons (default 1).' }),
    col({ field: 'minDays', header: 'Min days', required: false, type: 'integer', min: 0, maxOf: 'days', default: 0, defaultText: '0', description: 'Spread the lessons over at least this many days (default 0).' }),
    col({ field: 'maxPerDay', header: 'Max per day', required: false, type: 'integer', min: 1, maxOf: 'periods', description: 'At most this many lessons a day (blank = no limit).' }),
    col({ field: 'rooms', header: 'Room', aliases: ['Rooms'], required: false, type: 'idList', ref: 'locations', default: [], description: 'The room ID, or a list of candidates (blank = any room that fits).' }),
    col({ field: 'facilities', header: 'Facilities', required: false, type: 'list', default: [], description: 'Facilities the room must have, e.g. lab.' }),
    unavailable('course'),
    col({ field: 'fixedTimes', header: 'Fixed times', required: false, type: 'slotList', default: [], description: "The lessons must be at these times, e.g. 'Mon 1-2, Thu 3'." }),
    col({ field: 'preferredPeriod', header: 'Preferred period', required: false, type: 'period', description: 'A period number; lessons near it are preferred.' }),
    col({ field: 'sync', header: 'Sync', required: false, type: 'id', description: 'A synchronisation name: courses sharing it run at the same times.' }),
    col({ field: 'optional', header: 'Optional', required: false, type: 'yesNo', yesNo: true, default: false, defaultText: 'no', description: 'yes: the course may be left unbooked, at a cost (default no).' }),
  ],
};

export const GROUPS_DEF: SheetDef = {
  key: 'groups',
  name: 'Groups',
  aliases: ['Meetings'],
  description: 'Meetings at fixed times (staff meetings, assemblies).',
  columns: [
    ID('meeting'),
    col({ field: 'members', header: 'Members', required: true, type: 'idList', description: 'The teacher and student-body IDs who attend.' }),
    col({ field: 'meetingTimes', header: 'Meeting times', required: true, type: 'slotList', description: "When the meeting happens, e.g. 'Wed 7'." }),
    col({ field: 'room', header: 'Room', required: false, type: 'id', ref: 'locations', description: 'The location ID where it meets.' }),
    col({ field: 'mandatory', header: 'Mandatory', required: false, type: 'yesNo', yesNo: true, default: true, defaultText: 'yes', description: 'yes: members cannot have lessons at those times (default yes).' }),
  ],
};

export const CLUBS_DEF: SheetDef = {
  key: 'clubs',
  name: 'Clubs',
  aliases: ['Club'],
  description: 'One row per club.',
  columns: [
    col({ field: 'id', header: 'Club', aliases: ['ID'], required: true, type: 'id', description: 'The club name, used in Votes and ClubRules.' }),
    col({ field: 'teachers', header: 'Teacher', aliases: ['Teachers'], required: false, type: 'idList', ref: 'teachers', default: [], description: 'The teacher IDs who lead it (all of them attend each group).' }),
    col({ field: 'days', header: 'Days', required: false, type: 'dayList', clubDaysOnly: true, description: 'The club days it may run on (blank = any club day).' }),
    col({ field: 'minMembers', header: 'Min members', required: false, type: 'integer', min: 0, default: 6, defaultText: '6', description: 'A group runs only with at least this many members (default 6).' }),
    col({ field: 'maxMembers', header: 'Max members', required: false, type: 'integer', min: 1, default: 25, defaultText: '25', description: 'The most members per group (default 25).' }),
    col({ field: 'groups', header: 'Groups', required: false, type: 'integer', min: 0, description: 'A fixed number of groups (blank = the solver decides within Min and Max groups).' }),
    col({ field: 'minGroups', header: 'Min groups', required: false, type: 'integer', min: 0, default: 1, defaultText: '1', description: 'The fewest groups to run (default 1).' }),
    col({ field: 'maxGroups', header: 'Max groups', required: false, type: 'integer', min: 0, default: 1, defaultText: '1', description: 'The most groups to run (default 1).' }),
    col({ field: 'daysPerGroup', header: 'Days per group', required: false, type: 'daysPerGroup', default: 1, defaultText: '1', description: "How many club days each group meets; 'all' = every club day (default 1)." }),
    col({ field: 'maxGroupsPerDay', header: 'Max groups per day', required: false, type: 'integer', min: 1, default: 1, defaultText: '1', description: 'The most groups of the club on one day (default 1).' }),
    col({ field: 'grades', header: 'Grades', required: false, type: 'gradeList', description: "Who may join, e.g. '9-10, 12' (blank = anyone)." }),
    col({ field: 'genders', header: 'Genders', required: false, type: 'lowerList', description: "Who may join, e.g. 'f' (blank = anyone)." }),
    col({ field: 'closed', header: 'Closed', required: false, type: 'yesNo', yesNo: true, default: false, defaultText: 'no', description: 'yes: only preselected or whitelisted students may join (default no).' }),
    col({ field: 'branchOf', header: 'Branch of', required: false, type: 'id', ref: 'clubs', description: 'This row is a branch of that club; a vote for the parent counts for the branch the student may join.' }),
    col({ field: 'mergeInto', header: 'Merge into', required: false, type: 'id', ref: 'clubs', description: 'Votes for this club count as votes for that club.' }),
    col({ field: 'displayName', header: 'Display name', required: false, type: 'text', description: 'The name shown in output views.' }),
  ],
};

export const STUDENTS_DEF: SheetDef = {
  key: 'students',
  name: 'Students',
  aliases: ['Student'],
  description: "The school's master list of students, for clubs.",
  columns: [
    col({ field: 'id', header: 'Student', aliases: ['ID', 'Name'], required: true, type: 'id', description: "The student's ID, usually the full name." }),
    col({ field: 'grade', header: 'Grade', required: false, type: 'grade', description: "The student's grade, e.g. 9." }),
    col({ field: 'gender', header: 'Gender', required: false, type: 'lower', description: "The student's gender, e.g. f or m." }),
    col({ field: 'active', header: 'Active', required: false, type: 'yesNo', yesNo: true, default: true, defaultText: 'yes', description: 'no: the student is left out of the club schedule (default yes).' }),
    col({ field: 'unavailableDays', header: 'Unavailable days', required: false, type: 'dayList', default: [], description: 'Club days the student cannot attend, e.g. Fri.' }),
    col({ field: 'alsoKnownAs', header: 'Also known as', required: false, type: 'list', default: [], description: 'Other spellings of the name used in Votes, separated by commas.' }),
    col({ field: 'studentBody', header: 'Student body', required: false, type: 'id', ref: 'studentBodies', description: "The student's class (a student-body ID)." }),
  ],
};

export const VOTES_DEF: SheetDef = {
  key: 'votes',
  name: 'Votes',
  aliases: ['Vote', 'Survey'],
  description: "The survey: each student's choices in order of preference, in any number of Choice columns.",
  choiceColumns: true,
  columns: [
    col({ field: 'student', header: 'Student', aliases: ['Name'], required: true, type: 'id', ref: 'students', description: 'The student, as in Students (or one of their Also known as spellings).' }),
    ...[1, 2, 3, 4, 5].map((k) =>
      col({ field: `choice${k}`, header: `Choice ${k}`, required: false, type: 'id', ref: 'clubs', description: `The student's choice number ${k} (a club).` }),
    ),
  ],
};

export const CLUB_RULE_KINDS = ['preselect', 'whitelist', 'blacklist', 'exclude'] as const;

export const CLUB_RULES_DEF: SheetDef = {
  key: 'clubRules',
  name: 'ClubRules',
  aliases: ['Club rule', 'Rules'],
  description: 'Preselections, white- and blacklists, and clubs that exclude each other.',
  columns: [
    col({ field: 'rule', header: 'Rule', required: true, type: 'enum', values: CLUB_RULE_KINDS, description: 'preselect, whitelist, blacklist or exclude.' }),
    col({ field: 'club', header: 'Club', required: true, type: 'id', ref: 'clubs', description: 'The club the rule is about.' }),
    col({ field: 'student', header: 'Student', required: false, type: 'id', ref: 'students', description: 'The student (preselect, whitelist, blacklist).' }),
    col({ field: 'otherClub', header: 'Other club', required: false, type: 'id', ref: 'clubs', description: 'exclude: no student gets both Club and this club.' }),
    col({ field: 'groups', header: 'Groups', required: false, type: 'integer', min: 1, default: 1, defaultText: '1', description: 'preselect: how many groups of the club the student joins (default 1).' }),
    col({ field: 'days', header: 'Days', required: false, type: 'dayList', clubDaysOnly: true, default: [], description: 'preselect: club days the student must attend on.' }),
    col({ field: 'notDays', header: 'Not days', required: false, type: 'dayList', clubDaysOnly: true, default: [], description: 'preselect: club days the student must not attend on.' }),
  ],
};

/** The input sheets, in the order of SCHEMA.md (Settings first: days and periods are needed for slots). */
export const SHEET_DEFS: readonly SheetDef[] = [
  SETTINGS_DEF,
  WEIGHTS_DEF,
  TEACHERS_DEF,
  LOCATIONS_DEF,
  STUDENT_BODIES_DEF,
  COURSES_DEF,
  GROUPS_DEF,
  CLUBS_DEF,
  STUDENTS_DEF,
  VOTES_DEF,
  CLUB_RULES_DEF,
];

export const TIMETABLE_DEF: SheetDef = {
  key: 'timetable',
  name: 'Timetable',
  description: 'Output: one row per lesson; editable, Locked rows stay put in the next solve.',
  columns: [
    col({ field: 'day', header: 'Day', required: false, type: 'day', description: 'The day of the lesson (blank = unbooked).' }),
    col({ field: 'period', header: 'Period', required: false, type: 'period', description: 'The period of the lesson (blank = unbooked).' }),
    col({ field: 'course', header: 'Course', required: true, type: 'id', ref: 'courses', description: 'The course ID.' }),
    col({ field: 'teacher', header: 'Teacher', required: false, type: 'id', ref: 'teachers', description: 'The teacher ID.' }),
    col({ field: 'room', header: 'Room', required: false, type: 'id', ref: 'locations', description: 'The room ID.' }),
    col({ field: 'locked', header: 'Locked', required: false, type: 'yesNo', yesNo: true, default: false, defaultText: 'no', description: 'yes: the lesson stays where it is in the next solve.' }),
  ],
};

export const CLUB_ASSIGNMENTS_DEF: SheetDef = {
  key: 'clubAssignments',
  name: 'Club Assignments',
  aliases: ['Club assignment'],
  description: 'Output: one row per active student per club day; editable like Timetable.',
  columns: [
    col({ field: 'student', header: 'Student', required: true, type: 'id', ref: 'students', description: 'The student.' }),
    col({ field: 'day', header: 'Day', required: true, type: 'day', description: 'The club day.' }),
    col({ field: 'club', header: 'Club', required: true, type: 'id', ref: 'clubs', description: 'The club, or the study hall.' }),
    col({ field: 'group', header: 'Group', required: false, type: 'integer', min: 1, description: 'The group number of the club.' }),
    col({ field: 'locked', header: 'Locked', required: false, type: 'yesNo', yesNo: true, default: false, defaultText: 'no', description: 'yes: the assignment stays in the next solve.' }),
  ],
};

/** Editable output sheets read back (Locked rows, Start from previous, manual edits). */
export const OUTPUT_SHEET_DEFS: readonly SheetDef[] = [TIMETABLE_DEF, CLUB_ASSIGNMENTS_DEF];

/** One row of Settings: canonical name, record field, type and default. */
export interface SettingDef extends ColumnDef {
  field: Exclude<keyof Settings, 'cells' | 'sheet'>;
}

const DEFAULT_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];

/** The Settings rows of SCHEMA.md, in order, with their defaults (Club days' default is all Days). */
export const SETTING_NAMES: readonly SettingDef[] = [
  { field: 'days', header: 'Days', required: false, type: 'list', default: DEFAULT_DAYS, defaultText: DEFAULT_DAYS.join(', '), description: 'The school days, in order, separated by commas.' },
  { field: 'periodsPerDay', header: 'Periods per day', required: false, type: 'integer', min: 1, max: 50, default: 6, defaultText: '6', description: 'How many periods each day has.' },
  { field: 'periodNames', header: 'Period names', required: false, type: 'list', default: [], description: "Optional names of the periods shown in views, e.g. '08:30, 09:25'." },
  { field: 'clubDays', header: 'Club days', required: false, type: 'dayList', defaultText: 'all', description: "The days on which clubs run, e.g. 'Tue, Thu' ('all' or blank: every day of Days)." },
  { field: 'studyHallName', header: 'Study hall name', required: false, type: 'text', default: 'Study Hall', defaultText: 'Study Hall', description: 'The catch-all activity for students without a club that day.' },
  { field: 'seed', header: 'Seed', required: false, type: 'integer', default: 1, defaultText: '1', description: 'The same workbook and seed give the same result.' },
  { field: 'timeLimit', header: 'Time limit', required: false, type: 'number', min: 1, max: 86400, default: 30, defaultText: '30', description: 'Seconds the solver may use.' },
  { field: 'roomCapacity', header: 'Room capacity', required: false, type: 'enum', values: ['hard', 'soft'], default: 'hard', defaultText: 'hard', description: 'hard, or soft: overflow is allowed but penalised by the Over capacity weight.' },
  { field: 'optionsToKeep', header: 'Options to keep', required: false, type: 'integer', min: 1, max: 20, default: 3, defaultText: '3', description: 'How many of the best club schedules are compared in the report.' },
  { field: 'startFromPrevious', header: 'Start from previous', required: false, type: 'yesNo', yesNo: true, default: false, defaultText: 'no', description: 'yes: the unlocked rows of an existing Timetable / Club Assignments sheet are the starting point.' },
];

/** The settings a workbook without a Settings sheet gets: each row's default above (Club days: every day). */
export function defaultSettings(): Settings {
  const values: Record<string, unknown> = { cells: {} };
  for (const d of SETTING_NAMES) values[d.field] = Array.isArray(d.default) ? [...d.default] : d.default;
  const settings = values as unknown as Settings;
  settings.clubDays = settings.days.map((_, i) => i);
  return settings;
}
