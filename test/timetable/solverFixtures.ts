// Small timetable problems written as data, for the solver's tests. Every soft weight starts at
// 0 so a test can switch on exactly the pull it needs (usually one that would tempt the solver
// to break the hard rule under test).
import { TIMETABLE_CRITERIA, type TimetableCriterion } from '../../src/schema/criteria';
import type { TBody, TCourse, TMeeting, TRoom, TTeacher, TimetableProblem, TimetableSolution } from '../../src/timetable/model';
import { solveTimetable } from '../../src/timetable/solve';
import { verifyTimetable } from '../../src/timetable/verify';

export function weights(over: Partial<Record<TimetableCriterion, number>> = {}): Record<TimetableCriterion, number> {
  const w = Object.fromEntries(Object.keys(TIMETABLE_CRITERIA).map((k) => [k, 0])) as Record<TimetableCriterion, number>;
  w['Unscheduled lesson'] = 1000;
  w['Unscheduled optional lesson'] = 10;
  return { ...w, ...over };
}

export const teacher = (id: string, extra: Partial<TTeacher> = {}): TTeacher => ({ id, unavailable: [], ...extra });
export const room = (id: string, capacity = 30, extra: Partial<TRoom> = {}): TRoom => ({ id, capacity, facilities: [], unavailable: [], ...extra });
export const body = (id: string, size = 20, extra: Partial<TBody> = {}): TBody => ({ id, size, unavailable: [], ...extra });
export const course = (id: string, teachers: number[], bodies: number[], lessons: number, extra: Partial<TCourse> = {}): TCourse => ({
  id,
  subject: id,
  teachers,
  bodies,
  size: 20,
  lessons,
  minConsecutive: 1,
  minDays: 0,
  roomCandidates: [0],
  facilities: [],
  unavailable: [],
  fixed: [],
  optional: false,
  ...extra,
});
export const meeting = (id: string, slots: number[], extra: Partial<TMeeting> = {}): TMeeting => ({ id, teachers: [], bodies: [], slots, mandatory: true, ...extra });

export function problem(parts: Partial<TimetableProblem> & { days?: string[]; periodsPerDay?: number }): TimetableProblem {
  return {
    days: ['Mon', 'Tue'],
    periodsPerDay: 3,
    periodNames: [],
    weights: weights(),
    roomCapacity: 'hard',
    teachers: [],
    rooms: [room('R1')],
    bodies: [],
    courses: [],
    meetings: [],
    locked: [],
    previous: [],
    ...parts,
  };
}

/** Solves with a step budget (deterministic) and returns the solution and its verification. */
export async function solve(p: TimetableProblem, maxSteps = 4000, seed = 1): Promise<{ s: TimetableSolution; v: ReturnType<typeof verifyTimetable> }> {
  const s = await solveTimetable(p, { seed, timeLimitMs: 60_000, maxSteps });
  return { s, v: verifyTimetable(p, s) };
}

export const booked = (s: TimetableSolution) => s.lessons.filter((l) => l.slot !== null);
export const slotsOf = (s: TimetableSolution, c: number) => booked(s).filter((l) => l.course === c).map((l) => l.slot as number).sort((a, b) => a - b);
