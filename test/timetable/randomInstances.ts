// Random small timetable problems (seeded), with every feature switched on somewhere: candidate
// teachers and rooms, facilities, campuses, free-period preferences, blocks, Max per day, sync,
// optional courses, meetings, soft or hard capacity, and random weights for every criterion.
import { TIMETABLE_CRITERIA, type TimetableCriterion } from '../../src/schema/criteria';
import type { TimetableProblem, TCourse } from '../../src/timetable/model';
import { Rng } from '../../src/timetable/search/random';

export function randomProblem(seed: number): TimetableProblem {
  const rng = new Rng(seed);
  const pick = <T>(xs: T[]): T => xs[rng.int(xs.length)];
  const D = 2 + rng.int(4);
  const P = 3 + rng.int(5);
  const S = D * P;
  const someSlots = (n: number) => [...new Set(Array.from({ length: n }, () => rng.int(S)))].sort((a, b) => a - b);
  const campuses = [undefined, 'North', 'South'];
  const frees = [undefined, undefined, 'start', 'end', 'both'] as const;
  const nT = 2 + rng.int(5);
  const nR = 2 + rng.int(4);
  const nB = 2 + rng.int(4);
  const teachers = Array.from({ length: nT }, (_, i) => ({
    id: `T${i}`,
    unavailable: someSlots(rng.int(3)),
    maxPerDay: rng.next() < 0.2 ? 2 + rng.int(3) : undefined,
    maxPerWeek: rng.next() < 0.2 ? 6 + rng.int(6) : undefined,
    maxDays: rng.next() < 0.15 ? D - 1 : undefined,
    freePeriods: pick([...frees]),
  }));
  const rooms = Array.from({ length: nR }, (_, i) => ({
    id: `R${i}`,
    capacity: 15 + rng.int(30),
    facilities: rng.next() < 0.3 ? ['lab'] : [],
    unavailable: someSlots(rng.int(2)),
    campus: pick(campuses),
  }));
  const bodies = Array.from({ length: nB }, (_, i) => ({
    id: `B${i}`,
    size: 10 + rng.int(25),
    unavailable: someSlots(rng.int(2)),
    maxPerDay: rng.next() < 0.15 ? 3 + rng.int(3) : undefined,
    freePeriods: pick([...frees]),
  }));
  const courses: TCourse[] = [];
  const nC = 3 + rng.int(8);
  for (let i = 0; i < nC; i++) {
    const bs = [...new Set([rng.int(nB), ...(rng.next() < 0.3 ? [rng.int(nB)] : [])])];
    const lessons = 1 + rng.int(4);
    const roomCands = rng.next() < 0.5 ? rooms.map((_, r) => r) : [...new Set([rng.int(nR), rng.int(nR)])];
    courses.push({
      id: `C${i}`,
      subject: `S${i % 4}`,
      teachers: rng.next() < 0.25 ? [rng.int(nT), rng.int(nT)].filter((x, j, a) => a.indexOf(x) === j) : [rng.int(nT)],
      bodies: bs,
      size: bs.reduce((a, b) => a + bodies[b].size, 0),
      lessons,
      minConsecutive: rng.next() < 0.2 ? 2 : 1,
      minDays: rng.int(Math.min(lessons, D) + 1),
      maxPerDay: rng.next() < 0.2 ? 2 : undefined,
      roomCandidates: roomCands,
      facilities: rng.next() < 0.1 ? ['lab'] : [],
      unavailable: someSlots(rng.int(3)),
      fixed: [],
      preferredPeriod: rng.next() < 0.3 ? rng.int(P) : undefined,
      sync: undefined,
      optional: rng.next() < 0.1,
    });
  }
  // A sync pair with its own teachers and classes.
  if (rng.next() < 0.4 && nT >= 2 && nB >= 2) {
    const n = 1 + rng.int(2);
    courses.push(
      { ...courses[0], id: 'SyncA', teachers: [0], bodies: [0], size: bodies[0].size, lessons: n, minConsecutive: 1, maxPerDay: undefined, unavailable: [], sync: 'X', optional: false },
      { ...courses[0], id: 'SyncB', teachers: [1], bodies: [1], size: bodies[1].size, lessons: n, minConsecutive: 1, maxPerDay: undefined, unavailable: [], sync: 'x', optional: false },
    );
  }
  const meetings = rng.next() < 0.5 ? [{ id: 'M', teachers: [rng.int(nT)], bodies: [rng.int(nB)], slots: someSlots(2), room: rng.next() < 0.5 ? rng.int(nR) : undefined, mandatory: rng.next() < 0.7 }] : [];
  const weights = Object.fromEntries(Object.keys(TIMETABLE_CRITERIA).map((k) => [k, rng.int(6)])) as Record<TimetableCriterion, number>;
  weights['Unscheduled lesson'] = 1000;
  weights['Unscheduled optional lesson'] = 7;
  return {
    days: Array.from({ length: D }, (_, d) => `D${d}`),
    periodsPerDay: P,
    periodNames: [],
    weights,
    roomCapacity: rng.next() < 0.5 ? 'soft' : 'hard',
    teachers,
    rooms,
    bodies,
    courses,
    meetings,
    locked: [],
    previous: [],
  };
}
