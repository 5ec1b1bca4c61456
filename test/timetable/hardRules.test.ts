// Every hard rule of issue 4 on a tiny instance where it binds: a soft weight (usually
// Preferred period) pulls the lessons towards breaking it, so each test fails if the solver
// stopped enforcing the rule. The verifier must also find no hard violation.
import { body, course, meeting, problem, room, slotsOf, solve, teacher, weights } from './solverFixtures';

const pull = weights({ 'Preferred period': 10 });
const day = (slot: number, P: number) => Math.floor(slot / P);

describe('solver keeps every hard rule', () => {
  test('a teacher is never double-booked', async () => {
    const p = problem({
      days: ['Mon'],
      periodsPerDay: 2,
      weights: pull,
      teachers: [teacher('T1')],
      rooms: [room('R1'), room('R2')],
      bodies: [body('7A'), body('7B')],
      courses: [course('A', [0], [0], 1, { preferredPeriod: 1, roomCandidates: [0, 1] }), course('B', [0], [1], 1, { preferredPeriod: 1, roomCandidates: [0, 1] })],
    });
    const { s, v } = await solve(p);
    expect(v.hardViolations).toEqual([]);
    expect(v.booked).toBe(2);
    expect(slotsOf(s, 0)[0]).not.toBe(slotsOf(s, 1)[0]);
  });

  test('a student body is never double-booked', async () => {
    const p = problem({
      days: ['Mon'],
      periodsPerDay: 2,
      weights: pull,
      teachers: [teacher('T1'), teacher('T2')],
      rooms: [room('R1'), room('R2')],
      bodies: [body('7A')],
      courses: [course('A', [0], [0], 1, { preferredPeriod: 1, roomCandidates: [0, 1] }), course('B', [1], [0], 1, { preferredPeriod: 1, roomCandidates: [0, 1] })],
    });
    const { s, v } = await solve(p);
    expect(v.hardViolations).toEqual([]);
    expect(v.booked).toBe(2);
    expect(slotsOf(s, 0)[0]).not.toBe(slotsOf(s, 1)[0]);
  });

  test('a room is never double-booked', async () => {
    const p = problem({
      days: ['Mon'],
      periodsPerDay: 2,
      weights: pull,
      teachers: [teacher('T1'), teacher('T2')],
      bodies: [body('7A'), body('7B')],
      courses: [course('A', [0], [0], 1, { preferredPeriod: 1 }), course('B', [1], [1], 1, { preferredPeriod: 1 })],
    });
    const { s, v } = await solve(p);
    expect(v.hardViolations).toEqual([]);
    expect(v.booked).toBe(2);
    expect(slotsOf(s, 0)[0]).not.toBe(slotsOf(s, 1)[0]);
  });

  const single = (extra: Parameters<typeof problem>[0] = {}, courseExtra: Parameters<typeof course>[4] = {}) =>
    problem({
      days: ['Mon'],
      periodsPerDay: 3,
      weights: pull,
      teachers: [teacher('T1')],
      bodies: [body('7A')],
      courses: [course('A', [0], [0], 1, { preferredPeriod: 2, ...courseExtra })],
      ...extra,
    });

  test.each([
    ['teacher', () => single({ teachers: [teacher('T1', { unavailable: [2] })] })],
    ['room', () => single({ rooms: [room('R1', 30, { unavailable: [2] })] })],
    ['student body', () => single({ bodies: [body('7A', 20, { unavailable: [2] })] })],
    ['course', () => single({}, { unavailable: [2] })],
    ['mandatory meeting of the teacher', () => single({ meetings: [meeting('Staff', [2], { teachers: [0] })] })],
    ['mandatory meeting of the class', () => single({ meetings: [meeting('Assembly', [2], { bodies: [0] })] })],
    ['meeting in the room (even optional)', () => single({ meetings: [meeting('Club', [2], { room: 0, mandatory: false })] })],
  ])('%s availability per slot is respected', async (_, make) => {
    const { s, v } = await solve(make());
    expect(v.hardViolations).toEqual([]);
    expect(v.booked).toBe(1);
    expect(slotsOf(s, 0)).not.toContain(2);
  });

  test('an optional meeting does not block its members (control for the tests above)', async () => {
    const { s } = await solve(single({ meetings: [meeting('Club', [2], { teachers: [0], bodies: [0], mandatory: false })] }));
    expect(slotsOf(s, 0)).toEqual([2]);
  });

  test('Fixed times are kept', async () => {
    const p = problem({ weights: pull, teachers: [teacher('T1')], bodies: [body('7A')], courses: [course('A', [0], [0], 2, { preferredPeriod: 2, fixed: [0, 3] })] });
    const { s, v } = await solve(p);
    expect(v.hardViolations).toEqual([]);
    expect(slotsOf(s, 0)).toEqual([0, 3]);
  });

  test('Min consecutive: the lessons come as one block inside one day', async () => {
    // Min days 2 pulls the two lessons onto different days.
    const p = problem({ weights: weights({ 'Min days': 50 }), teachers: [teacher('T1')], bodies: [body('7A')], courses: [course('A', [0], [0], 2, { minConsecutive: 2, minDays: 2 })] });
    const { s, v } = await solve(p);
    expect(v.hardViolations).toEqual([]);
    const [a, b] = slotsOf(s, 0);
    expect(b).toBe(a + 1);
    expect(day(a, 3)).toBe(day(b, 3));
  });

  test('Max per day of a course', async () => {
    // Tue 1-2 closed for the class; the preferred period pulls both lessons to Mon 1-2.
    const p = problem({ weights: pull, teachers: [teacher('T1')], bodies: [body('7A', 20, { unavailable: [3, 4] })], courses: [course('A', [0], [0], 2, { preferredPeriod: 0, maxPerDay: 1 })] });
    const { s, v } = await solve(p);
    expect(v.hardViolations).toEqual([]);
    const [a, b] = slotsOf(s, 0);
    expect(day(a, 3)).not.toBe(day(b, 3));
  });

  test("a teacher's Max lessons per day", async () => {
    const p = problem({
      weights: pull,
      teachers: [teacher('T1', { maxPerDay: 1, unavailable: [3, 4] })],
      rooms: [room('R1'), room('R2')],
      bodies: [body('7A'), body('7B')],
      courses: [course('A', [0], [0], 1, { preferredPeriod: 0, roomCandidates: [0, 1] }), course('B', [0], [1], 1, { preferredPeriod: 0, roomCandidates: [0, 1] })],
    });
    const { s, v } = await solve(p);
    expect(v.hardViolations).toEqual([]);
    expect(v.booked).toBe(2);
    expect(day(slotsOf(s, 0)[0], 3)).not.toBe(day(slotsOf(s, 1)[0], 3));
  });

  test("a student body's Max lessons per day", async () => {
    const p = problem({
      weights: pull,
      teachers: [teacher('T1'), teacher('T2', { unavailable: [3, 4] })],
      bodies: [body('7A', 20, { maxPerDay: 1 })],
      courses: [course('A', [0], [0], 1, { preferredPeriod: 0 }), course('B', [1], [0], 1, { preferredPeriod: 0 })],
    });
    const { s, v } = await solve(p);
    expect(v.hardViolations).toEqual([]);
    expect(v.booked).toBe(2);
    expect(day(slotsOf(s, 0)[0], 3)).not.toBe(day(slotsOf(s, 1)[0], 3));
  });

  test("a teacher's Max lessons per week leaves the rest unbooked, with the reason", async () => {
    const p = problem({
      teachers: [teacher('T1', { maxPerWeek: 3 })],
      rooms: [room('R1'), room('R2')],
      bodies: [body('7A'), body('7B')],
      courses: [course('A', [0], [0], 2, { roomCandidates: [0, 1] }), course('B', [0], [1], 2, { roomCandidates: [0, 1] })],
    });
    const { s, v } = await solve(p);
    expect(v.hardViolations).toEqual([]);
    expect(v.booked).toBe(3);
    const unbooked = s.lessons.filter((l) => l.slot === null);
    expect(unbooked).toHaveLength(1);
    expect(unbooked[0].reason).toMatch(/T1's Max lessons per week/);
  });

  test("a teacher's Max days", async () => {
    // The preferred period pulls both lessons to period 1 — which needs two days.
    const p = problem({
      weights: pull,
      teachers: [teacher('T1', { maxDays: 1 })],
      rooms: [room('R1'), room('R2')],
      bodies: [body('7A'), body('7B')],
      courses: [course('A', [0], [0], 1, { preferredPeriod: 0, roomCandidates: [0, 1] }), course('B', [0], [1], 1, { preferredPeriod: 0, roomCandidates: [0, 1] })],
    });
    const { s, v } = await solve(p);
    expect(v.hardViolations).toEqual([]);
    expect(v.booked).toBe(2);
    expect(day(slotsOf(s, 0)[0], 3)).toBe(day(slotsOf(s, 1)[0], 3));
  });

  test('one teacher, from the candidates, teaches every lesson of a course', async () => {
    // Each candidate is away one day, so mixing them would be the easy way to spread the lessons.
    const p = problem({
      weights: weights({ 'Min days': 50 }),
      teachers: [teacher('T0', { unavailable: [0, 1, 2] }), teacher('T1', { unavailable: [3, 4, 5] }), teacher('T2')],
      bodies: [body('7A')],
      courses: [course('A', [0, 1], [0], 3, { minDays: 2 })],
    });
    const { s, v } = await solve(p);
    expect(v.hardViolations).toEqual([]);
    expect(v.booked).toBe(3);
    const teachers = new Set(s.lessons.map((l) => l.teacher));
    expect(teachers.size).toBe(1);
    expect([0, 1]).toContain([...teachers][0]);
  });

  test('a room from the candidates with the Facilities', async () => {
    // The lab is closed at the preferred period; the big plain room is free then.
    const p = problem({
      days: ['Mon'],
      weights: pull,
      teachers: [teacher('T1')],
      rooms: [room('Hall', 100), room('Lab', 30, { facilities: ['lab'], unavailable: [0] }), room('Lab2', 30, { facilities: ['lab'] })],
      bodies: [body('7A')],
      courses: [course('A', [0], [0], 1, { preferredPeriod: 0, roomCandidates: [0, 1], facilities: ['lab'] })],
    });
    const { s, v } = await solve(p);
    expect(v.hardViolations).toEqual([]);
    expect(s.lessons[0].room).toBe(1);
    expect(s.lessons[0].slot).not.toBe(0);
  });

  test('Room capacity = hard: the room seats the class', async () => {
    const p = problem({
      days: ['Mon'],
      weights: pull,
      teachers: [teacher('T1')],
      rooms: [room('Small', 30), room('Big', 50, { unavailable: [0] })],
      bodies: [body('7A', 40)],
      courses: [course('A', [0], [0], 1, { preferredPeriod: 0, roomCandidates: [0, 1], size: 40 })],
    });
    const { s, v } = await solve(p);
    expect(v.hardViolations).toEqual([]);
    expect(s.lessons[0].room).toBe(1);
  });

  test('Room capacity = soft: overflow is allowed and costs Over capacity per student', async () => {
    const p = problem({
      days: ['Mon'],
      roomCapacity: 'soft',
      weights: weights({ 'Preferred period': 100, 'Over capacity': 1 }),
      teachers: [teacher('T1')],
      rooms: [room('Small', 30), room('Big', 50, { unavailable: [0] })],
      bodies: [body('7A', 40)],
      courses: [course('A', [0], [0], 1, { preferredPeriod: 0, roomCandidates: [0, 1], size: 40 })],
    });
    const { s, v } = await solve(p);
    expect(s.lessons[0]).toMatchObject({ slot: 0, room: 0 });
    expect(v.criteria.find((c) => c.criterion === 'Over capacity')?.count).toBe(10);
    expect(s.cost).toBe(v.total);
  });

  test('Sync courses run at identical slots', async () => {
    const p = problem({
      weights: pull,
      teachers: [teacher('T1'), teacher('T2')],
      rooms: [room('R1'), room('R2')],
      bodies: [body('7A'), body('7B')],
      courses: [
        course('A', [0], [0], 2, { preferredPeriod: 0, sync: 'Lang', roomCandidates: [0, 1] }),
        course('B', [1], [1], 2, { preferredPeriod: 2, sync: 'lang', roomCandidates: [0, 1] }),
      ],
    });
    const { s, v } = await solve(p);
    expect(v.hardViolations).toEqual([]);
    expect(v.booked).toBe(4);
    expect(slotsOf(s, 0)).toEqual(slotsOf(s, 1));
  });

  test('Locked lessons stay exactly where they are', async () => {
    const p = problem({
      weights: pull,
      teachers: [teacher('T1')],
      rooms: [room('R1'), room('R2')],
      bodies: [body('7A')],
      courses: [course('A', [0], [0], 2, { preferredPeriod: 0, roomCandidates: [0, 1] })],
      locked: [{ course: 0, slot: 5, room: 1, teacher: 0 }],
    });
    const { s, v } = await solve(p);
    expect(v.hardViolations).toEqual([]);
    expect(s.lessons).toContainEqual({ course: 0, slot: 5, teacher: 0, room: 1, locked: true });
    expect(s.lessons.filter((l) => l.locked)).toHaveLength(1);
  });
});
