// The three example sizes. Figures follow the foundation issue (medium = the README's school,
// large = the benchmark scale, small = fast enough for unit tests).

export type ExampleSize = 'small' | 'medium' | 'large';
export const EXAMPLE_SIZES: readonly ExampleSize[] = ['small', 'medium', 'large'];

export interface SubjectSpec {
  subject: string;
  lessons: number;
  minConsecutive?: number;
  minDays?: number;
  maxPerDay?: number;
  /** The room must have this facility (lower case). */
  facility?: string;
  /** Two forms of a grade are taught together (PE). */
  paired?: boolean;
  /** Only some forms take it: 'even' = forms A, C, E …; 'odd' = B, D, F …; 'first-half' / 'second-half'. */
  forms?: 'even' | 'odd' | 'first-half' | 'second-half';
}

export interface SizeSpec {
  seed: number;
  days: string[];
  periodsPerDay: number;
  periodNames: string[];
  grades: number[];
  formsPerGrade: number;
  subjects: SubjectSpec[];
  teachers: number;
  /** At least this many rooms (more are added if the lessons need them). */
  rooms: number;
  /** A few courses with fixed times, a Sync pair, an optional course, candidate teacher lists. */
  extras: boolean;
  clubDays: string[];
  choices: number;
  students: number;
  clubs: number;
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];
const EIGHT = ['08:30', '09:25', '10:20', '11:30', '12:25', '13:50', '14:45', '15:40'];

const FULL_CURRICULUM: SubjectSpec[] = [
  { subject: 'Maths', lessons: 5, minDays: 4, maxPerDay: 2 },
  { subject: 'English', lessons: 5, minDays: 4, maxPerDay: 2 },
  { subject: 'Science', lessons: 4, minConsecutive: 2, facility: 'lab' },
  { subject: 'Humanities', lessons: 3, minDays: 3 },
  { subject: 'French', lessons: 3, minDays: 3, forms: 'first-half' },
  { subject: 'Spanish', lessons: 3, minDays: 3, forms: 'second-half' },
  { subject: 'Art', lessons: 2, minConsecutive: 2, facility: 'art', forms: 'even' },
  { subject: 'Music', lessons: 2, facility: 'music', forms: 'odd' },
  { subject: 'Computing', lessons: 2, facility: 'computers' },
  { subject: 'PE', lessons: 2, minConsecutive: 2, facility: 'gym', paired: true },
];

export const SIZES: Record<ExampleSize, SizeSpec> = {
  small: {
    seed: 11,
    days: DAYS,
    periodsPerDay: 7,
    periodNames: EIGHT.slice(0, 7),
    grades: [7, 8, 9, 10, 11],
    formsPerGrade: 1,
    subjects: [
      { subject: 'Maths', lessons: 4, minDays: 3, maxPerDay: 2 },
      { subject: 'English', lessons: 4, minDays: 3, maxPerDay: 2 },
      { subject: 'Science', lessons: 3, facility: 'lab' },
      { subject: 'Humanities', lessons: 2 },
      { subject: 'PE', lessons: 2, minConsecutive: 2, facility: 'gym' },
    ],
    teachers: 8,
    rooms: 6,
    extras: false,
    clubDays: ['Tue', 'Thu'],
    choices: 3,
    students: 60,
    clubs: 12,
  },
  medium: {
    seed: 2024,
    days: DAYS,
    periodsPerDay: 8,
    periodNames: EIGHT,
    grades: [7, 8, 9, 10, 11],
    formsPerGrade: 4,
    subjects: FULL_CURRICULUM,
    teachers: 30,
    rooms: 25,
    extras: true,
    clubDays: ['Tue', 'Wed', 'Thu'],
    choices: 5,
    students: 400,
    clubs: 50,
  },
  large: {
    seed: 1200,
    days: DAYS,
    periodsPerDay: 8,
    periodNames: EIGHT,
    grades: [7, 8, 9, 10, 11, 12],
    formsPerGrade: 11,
    subjects: FULL_CURRICULUM,
    teachers: 80,
    rooms: 60,
    extras: true,
    clubDays: DAYS,
    choices: 7,
    students: 1200,
    clubs: 120,
  },
};
