// The search as a whole: determinism, cancel, progress, infeasible input, start from previous.
import { makeExample } from '../../src/examples';
import { readWorkbook } from '../../src/schema';
import { buildTimetableProblem } from '../../src/timetable/build';
import { solveTimetable } from '../../src/timetable/solve';
import { verifyTimetable } from '../../src/timetable/verify';
import type { Progress } from '../../src/core/solver';
import { body, course, problem, room, solve, teacher } from './solverFixtures';

const smallSchool = () => buildTimetableProblem(readWorkbook(makeExample('small').sheets).records).problem;

describe('solveTimetable', () => {
  test('same seed and step budget give the identical timetable', async () => {
    const p = smallSchool();
    const a = await solveTimetable(p, { seed: 7, timeLimitMs: 60_000, maxSteps: 30_000 });
    const b = await solveTimetable(p, { seed: 7, timeLimitMs: 60_000, maxSteps: 30_000 });
    expect(b.lessons).toEqual(a.lessons);
    expect(b.cost).toBe(a.cost);
    expect(b.history.constructive).toEqual(a.history.constructive);
  });

  test('books the small example school completely with no hard violation, and its cost is the verifier’s', async () => {
    const p = smallSchool();
    const s = await solveTimetable(p, { seed: 1, timeLimitMs: 60_000, maxSteps: 40_000 });
    const v = verifyTimetable(p, s);
    expect(v.hardViolations).toEqual([]);
    expect(v.booked).toBe(v.required);
    expect(s.cost).toBeCloseTo(v.total, 9);
    // The search history the report shows.
    expect(s.history.constructive.length).toBeGreaterThanOrEqual(4);
    expect(s.history.trace.length).toBeGreaterThan(0);
    expect(Math.min(...s.history.trace.map((t) => t.cost))).toBe(s.cost);
  });

  test('annealing improves on the best constructive order', async () => {
    const p = smallSchool();
    const s = await solveTimetable(p, { seed: 3, timeLimitMs: 60_000, maxSteps: 60_000 });
    const bestConstructed = Math.min(...s.history.constructive.map((c) => c.cost));
    expect(s.cost).toBeLessThan(bestConstructed);
  });

  test('cancel returns the best so far, promptly, from inside the search', async () => {
    const p = smallSchool();
    const signal = { aborted: false };
    const phases: string[] = [];
    const s = await solveTimetable(p, {
      seed: 1,
      timeLimitMs: 3_600_000,
      maxSteps: 1e12,
      signal,
      onProgress: (pr: Progress) => {
        phases.push(pr.phase);
        if (pr.phase === 'anneal') signal.aborted = true;
      },
    });
    expect(s.history.cancelled).toBe(true);
    expect(s.history.steps).toBeLessThan(1e7);
    const v = verifyTimetable(p, s);
    expect(v.hardViolations).toEqual([]);
    expect(s.cost).toBeCloseTo(v.total, 9);
    expect(phases).toContain('construct');
  });

  test('infeasible input: no crash, the overflow stays unbooked with a reason naming the class', async () => {
    // 7A needs 5 lessons but the week has 3 periods.
    const p = problem({
      days: ['Mon'],
      periodsPerDay: 3,
      teachers: [teacher('Smith'), teacher('Jones')],
      rooms: [room('R1'), room('R2')],
      bodies: [body('7A')],
      courses: [course('Maths', [0], [0], 3, { roomCandidates: [0, 1] }), course('Art', [1], [0], 2, { roomCandidates: [0, 1] })],
    });
    const { s, v } = await solve(p);
    expect(v.hardViolations).toEqual([]);
    expect(v.booked).toBe(3);
    const unbooked = s.lessons.filter((l) => l.slot === null);
    expect(unbooked).toHaveLength(2);
    for (const l of unbooked) {
      expect(l.reason).toMatch(/7A/);
      expect(l.teacher).toBeNull();
    }
    expect(s.cost).toBe(v.total);
  });

  test('explains a course no room can host and a course with no teacher', async () => {
    const p = problem({
      teachers: [teacher('Smith')],
      rooms: [room('R1', 30)],
      bodies: [body('7A')],
      courses: [course('Chem', [0], [0], 1, { facilities: ['lab'] }), course('Ghost', [], [0], 1)],
    });
    const { s, v } = await solve(p);
    expect(v.booked).toBe(0);
    expect(s.lessons.find((l) => l.course === 0)?.reason).toMatch(/lab/);
    expect(s.lessons.find((l) => l.course === 1)?.reason).toMatch(/no teacher/);
  });

  test('without any Locations (rooms not planned) lessons are booked with no room', async () => {
    const p = problem({
      rooms: [],
      weights: { ...problem({}).weights, 'Teacher room change': 1, 'Room changes per course': 1 },
      teachers: [teacher('T1'), teacher('T2')],
      bodies: [body('7A'), body('7B')],
      courses: [course('A', [0], [0], 3, { roomCandidates: [] }), course('B', [1], [0, 1], 2, { roomCandidates: [] })],
    });
    const { s, v } = await solve(p);
    expect(v.hardViolations).toEqual([]);
    expect(v.booked).toBe(5);
    expect(s.lessons.every((l) => l.room === null)).toBe(true);
    expect(s.cost).toBe(v.total);
  });

  test('a Locked row that breaks a hard rule stays unbooked and says why', async () => {
    const p = problem({
      teachers: [teacher('Smith', { unavailable: [0] })],
      bodies: [body('7A')],
      courses: [course('A', [0], [0], 2), course('B', [0], [0], 1)],
      locked: [
        { course: 0, slot: 0 },
        { course: 0, slot: 4 },
        { course: 1, slot: 4 },
      ],
    });
    const { s, v } = await solve(p);
    const reasons = s.lessons.filter((l) => l.slot === null).map((l) => l.reason);
    expect(reasons).toHaveLength(2);
    expect(reasons).toContainEqual(expect.stringMatching(/^Locked at Mon 1, but .*Smith/));
    expect(reasons).toContainEqual(expect.stringMatching(/^Locked at Tue 2, but it cannot stay there: Smith is busy/));
    // Nothing else broken: the verifier only reports the two locks it could not keep.
    expect(v.hardViolations.map((h) => h.rule)).toEqual(['locked-moved', 'locked-moved']);
  });

  test('Start from previous: the previous timetable is the starting point', async () => {
    const p = problem({
      teachers: [teacher('T1')],
      bodies: [body('7A')],
      courses: [course('A', [0], [0], 2)],
      previous: [
        { course: 0, slot: 1, room: 0 },
        { course: 0, slot: 5, room: 0 },
      ],
    });
    // No step to spend: what comes back is the seeded start.
    const s = await solveTimetable(p, { seed: 1, timeLimitMs: 60_000, maxSteps: 0 });
    expect(s.lessons.map((l) => l.slot)).toEqual([1, 5]);
    expect(s.lessons.every((l) => !l.locked)).toBe(true);
  });

  test('reports progress with phases and a falling best cost', async () => {
    const seen: Progress[] = [];
    await solveTimetable(smallSchool(), { seed: 1, timeLimitMs: 60_000, maxSteps: 20_000, onProgress: (pr) => seen.push(pr) });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[seen.length - 1].phase).toBe('done');
    for (let i = 1; i < seen.length; i++) if (seen[i - 1].phase !== 'construct') expect(seen[i].bestCost).toBeLessThanOrEqual(seen[i - 1].bestCost);
  });
});
