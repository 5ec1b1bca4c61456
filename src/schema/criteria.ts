// Criterion names of the Weights sheet (SCHEMA.md › Weights) with their defaults.

/** Timetable penalties, in the order of SCHEMA.md. */
export const TIMETABLE_CRITERIA = {
  'Unscheduled lesson': 1000,
  'Unscheduled optional lesson': 10,
  'Isolated lesson': 2,
  'Student gap': 1,
  'Teacher gap': 1,
  'Min days': 5,
  'Room changes per course': 1,
  'Over capacity': 1,
  'Split course in a day': 3,
  'Free period preference': 1,
  'Preferred period': 1,
  'Teacher room change': 0,
  'Campus move': 5,
} as const;

export type TimetableCriterion = keyof typeof TIMETABLE_CRITERIA;

/** Club criteria other than 'Choice N'. Defaults are the clubs solver's (documented in its README section). */
export const CLUB_CRITERIA = ['Unchosen study hall', 'Club size spread', 'Grade mix', 'Gender mix'] as const;
export type ClubCriterion = (typeof CLUB_CRITERIA)[number];

/** 'Choice 3' → 3; anything else → undefined. */
export function choiceRank(criterion: string): number | undefined {
  const m = /^choice\s*(\d+)$/i.exec(criterion.trim());
  return m ? Number(m[1]) : undefined;
}
