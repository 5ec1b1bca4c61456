// Properties over random small timetables (valid or not): the verifier never throws, its total is
// the sum of its costs, lesson order does not matter, and the Timetable sheet reads back as the
// same lessons with the same cost.
import fc from 'fast-check';
import { verifyTimetable } from '../../src/timetable/verify';
import { timetableViews } from '../../src/timetable/views';
import { timetableFromRecords } from '../../src/timetable/fromSheet';
import { readWorkbook } from '../../src/schema/read';
import type { Lesson, TimetableProblem } from '../../src/timetable/model';
import { TIMETABLE_CRITERIA } from '../../src/schema/criteria';
import { course, solutionOf } from '../views/fixtures/timetable';

const DAYS = ['Mon', 'Tue', 'Wed'];
const P = 4;

const problemArb = fc.record({
  nT: fc.integer({ min: 1, max: 3 }),
  nR: fc.integer({ min: 1, max: 3 }),
  nB: fc.integer({ min: 1, max: 3 }),
  courses: fc.array(
    fc.record({ lessons: fc.integer({ min: 1, max: 4 }), t: fc.nat(2), b: fc.nat(2), minC: fc.integer({ min: 1, max: 2 }), minDays: fc.nat(3), optional: fc.boolean(), pref: fc.option(fc.nat(P - 1), { nil: undefined }) }),
    { minLength: 1, maxLength: 4 },
  ),
  soft: fc.boolean(),
  campus: fc.boolean(),
});

type Shape = typeof problemArb extends fc.Arbitrary<infer T> ? T : never;

function makeProblem(r: Shape): TimetableProblem {
  return {
    days: DAYS,
    periodsPerDay: P,
    periodNames: [],
    weights: { ...TIMETABLE_CRITERIA, 'Teacher room change': 1 },
    roomCapacity: r.soft ? 'soft' : 'hard',
    teachers: Array.from({ length: r.nT }, (_, i) => ({ id: `T${i + 1}`, unavailable: [], freePeriods: i === 0 ? ('both' as const) : undefined })),
    rooms: Array.from({ length: r.nR }, (_, i) => ({ id: `R${i + 1}`, capacity: 10 + 10 * i, facilities: [], unavailable: [], campus: r.campus ? `C${i % 2}` : undefined })),
    bodies: Array.from({ length: r.nB }, (_, i) => ({ id: `B${i + 1}`, size: 15, unavailable: [] })),
    courses: r.courses.map((c, i) =>
      course({ id: `K${i + 1}`, subject: `S${i % 3}`, teachers: [c.t % r.nT], bodies: [c.b % r.nB], size: 15, lessons: c.lessons, minConsecutive: c.minC, minDays: c.minDays, optional: c.optional, preferredPeriod: c.pref, roomCandidates: Array.from({ length: r.nR }, (_, k) => k) }),
    ),
    meetings: [],
    locked: [],
    previous: [],
  };
}

/** A lesson list for the problem: each lesson booked at a random slot and room, or not. */
const lessonsFor = (p: TimetableProblem) =>
  fc.tuple(...p.courses.map((c, ci) =>
    fc.array(fc.record({ slot: fc.option(fc.nat(DAYS.length * P - 1), { nil: null }), room: fc.nat(p.rooms.length - 1), locked: fc.boolean() }), { minLength: c.lessons, maxLength: c.lessons })
      .map((ls) => ls.map((l): Lesson => ({ course: ci, slot: l.slot, teacher: l.slot === null ? null : c.teachers[0], room: l.slot === null ? null : l.room, locked: l.slot !== null && l.locked }))),
  )).map((per) => per.flat());

const instance = problemArb.chain((r) => {
  const p = makeProblem(r);
  return lessonsFor(p).map((lessons) => ({ p, lessons }));
});

const read = (values: unknown[][]) => readWorkbook({ Settings: [['Setting', 'Value'], ['Days', DAYS.join(', ')], ['Periods per day', P]], Timetable: values }).records;

describe('verifyTimetable — properties', () => {
  test('never throws; total = Σ cost = Σ count × weight; booked ≤ required', () => {
    fc.assert(fc.property(instance, ({ p, lessons }) => {
      const v = verifyTimetable(p, solutionOf(lessons));
      expect(v.total).toBeCloseTo(v.criteria.reduce((n, c) => n + c.count * c.weight, 0), 9);
      expect(v.booked).toBeLessThanOrEqual(v.required);
      expect(v.booked).toBe(lessons.filter((l) => l.slot !== null).length);
      for (const c of v.criteria) expect(c.count).toBeGreaterThanOrEqual(0);
    }), { numRuns: 200, seed: 7 });
  });

  test('the order of the lessons does not change anything', () => {
    fc.assert(fc.property(instance, ({ p, lessons }) => {
      const a = verifyTimetable(p, solutionOf(lessons));
      const b = verifyTimetable(p, solutionOf([...lessons].reverse()));
      expect(b.criteria).toEqual(a.criteria);
      expect(b.hardViolations.map((h) => h.rule).sort()).toEqual(a.hardViolations.map((h) => h.rule).sort());
    }), { numRuns: 150, seed: 11 });
  });

  test('Timetable sheet → records → solution: same lessons, same cost, an issue for every broken rule', () => {
    fc.assert(fc.property(instance, ({ p, lessons }) => {
      const s = solutionOf(lessons);
      const v = verifyTimetable(p, s);
      const sheet = timetableViews(p, s)[0];
      const { solution, issues } = timetableFromRecords(p, read(sheet.values as unknown[][]));
      const key = (l: Lesson) => `${l.course}@${l.slot}:${l.teacher}:${l.room}:${l.locked}`;
      expect(solution.lessons.map(key).sort()).toEqual(lessons.map(key).sort());
      expect(solution.cost).toBe(v.total);
      const broken = new Set(v.hardViolations.map((h) => h.rule));
      expect(new Set(issues.map((i) => i.code))).toEqual(broken);
    }), { numRuns: 100, seed: 3 });
  });
});

describe('malformed solutions', () => {
  test('indexes out of range anywhere: the verifier reports, the views still render', () => {
    const int = fc.integer({ min: -3, max: 12 });
    const lesson = fc.record({ course: int, slot: fc.option(int, { nil: null }), teacher: fc.option(int, { nil: null }), room: fc.option(int, { nil: null }), locked: fc.boolean() });
    fc.assert(fc.property(fc.array(lesson, { maxLength: 10 }), (lessons) => {
      const p = makeProblem({ nT: 2, nR: 2, nB: 2, courses: [{ lessons: 2, t: 0, b: 0, minC: 1, minDays: 2, optional: false, pref: 1 }], soft: false, campus: true });
      p.locked = [{ course: 5, slot: 40 }];
      const s = solutionOf(lessons);
      // The pin names a course and slot that do not exist: always reported, never thrown.
      expect(verifyTimetable(p, s).hardViolations.map((h) => h.rule)).toContain('locked-moved');
      expect(timetableViews(p, s)).toHaveLength(5);
    }), { numRuns: 300, seed: 17 });
  });
});
