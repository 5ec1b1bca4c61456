// Every timetable criterion counted on a small case worked out by hand.
import { verifyTimetable } from '../../src/timetable/verify';
import type { TimetableProblem } from '../../src/timetable/model';
import { TIMETABLE_CRITERIA } from '../../src/schema/criteria';
import { course, lesson, solutionOf } from '../views/fixtures/timetable';

// Mon, Tue × 5 periods: slot = day * 5 + period (0-based); "p0" is period 1.
function problem(): TimetableProblem {
  return {
    days: ['Mon', 'Tue'],
    periodsPerDay: 5,
    periodNames: [],
    weights: { ...TIMETABLE_CRITERIA },
    roomCapacity: 'soft',
    teachers: [{ id: 'T1', unavailable: [], freePeriods: 'start' }, { id: 'T2', unavailable: [] }],
    rooms: [
      { id: 'R1', capacity: 20, facilities: [], unavailable: [], campus: 'North' },
      { id: 'R2', capacity: 30, facilities: [], unavailable: [], campus: 'South' },
      { id: 'R3', capacity: 30, facilities: [], unavailable: [], campus: 'north' },
    ],
    bodies: [{ id: 'B1', size: 25, unavailable: [], freePeriods: 'end' }, { id: 'B2', size: 10, unavailable: [] }],
    courses: [
      course({ id: 'A', subject: 'Art', teachers: [0], bodies: [0], size: 25, lessons: 4, minDays: 3, preferredPeriod: 1, roomCandidates: [0, 1, 2] }),
      course({ id: 'B', subject: 'Bio', teachers: [1], bodies: [0], size: 25, lessons: 1, optional: true }),
      course({ id: 'C', subject: 'Chem', teachers: [1], bodies: [1], size: 10, lessons: 1 }),
    ],
    meetings: [],
    locked: [],
    previous: [],
  };
}

// A at Mon p0 (R1), Mon p1 (R2), Mon p3 (R1), Tue p4 (R3), taught by T1; B and C unbooked.
const solution = () =>
  solutionOf([lesson(0, 0, 0, 0), lesson(0, 1, 0, 1), lesson(0, 3, 0, 0), lesson(0, 9, 0, 2), lesson(1, null, null, null), lesson(2, null, null, null)]);

const expected: Record<string, number> = {
  'Unscheduled lesson': 1, // C
  'Unscheduled optional lesson': 1, // B
  'Isolated lesson': 2, // B1's Mon p3 (no p2, no p4) and Tue p4 (alone)
  'Student gap': 1, // B1 on Mon: p0…p3 spans 4 periods, 3 taught
  'Teacher gap': 1, // T1 on Mon, likewise
  'Min days': 1, // A wants 3 days, uses Mon and Tue
  'Room changes per course': 2, // A uses R1, R2, R3: two beyond the first
  'Over capacity': 10, // 25 students in R1 (20 seats) twice
  'Split course in a day': 1, // A on Mon: blocks p0-p1 and p3
  'Free period preference': 2, // T1 (start) teaches Mon p0; B1 (end) has Tue p4, the last period
  'Preferred period': 6, // preferred p1: |0-1| + |1-1| + |3-1| + |4-1|
  'Teacher room change': 2, // T1 on Mon: R1 → R2 → R1
  'Campus move': 4, // North → South → North on Mon, for T1 and for B1 (R3's 'north' = North)
};

describe('verifyTimetable — criteria', () => {
  test('each criterion counted as worked out by hand', () => {
    const v = verifyTimetable(problem(), solution());
    expect(v.hardViolations).toEqual([]);
    const counts = Object.fromEntries(v.criteria.map((c) => [c.criterion, c.count]));
    expect(counts).toEqual(expected);
  });

  test('cost = count × weight, total = sum of costs', () => {
    const p = problem();
    p.weights['Teacher room change'] = 7;
    const v = verifyTimetable(p, solution());
    for (const c of v.criteria) expect(c.cost).toBe(c.count * p.weights[c.criterion]);
    // 1000 + 10 + 2·2 + 1 + 1 + 5·1 + 2 + 10 + 3·1 + 2 + 6 + 7·2 + 5·4
    expect(v.total).toBe(1078);
    expect(v.booked).toBe(4);
    expect(v.required).toBe(6);
  });

  test('Over capacity counts nothing when Room capacity is hard (it is a hard rule then)', () => {
    const p = problem();
    p.roomCapacity = 'hard';
    const v = verifyTimetable(p, solution());
    expect(v.criteria.find((c) => c.criterion === 'Over capacity')?.count).toBe(0);
    expect(v.hardViolations.map((h) => h.rule)).toEqual(['room-capacity', 'room-capacity']);
  });

  test('a compact, well-spread timetable costs nothing', () => {
    const p = problem();
    p.courses = [course({ id: 'A', subject: 'Art', teachers: [1], bodies: [1], size: 10, lessons: 2, minDays: 2 })];
    // A double lesson Mon p2-p3: compact (no gap, not isolated), but on one day of the Min days 2.
    const v = verifyTimetable(p, solutionOf([lesson(0, 1, 1, 1), lesson(0, 2, 1, 1)]));
    expect(v.criteria.filter((c) => c.count > 0).map((c) => [c.criterion, c.count])).toEqual([['Min days', 1]]);
  });
});
