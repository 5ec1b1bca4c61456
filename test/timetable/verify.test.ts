// Each hard rule of issue 4, broken alone on a tiny timetable: the verifier must name exactly it.
import { verifyTimetable } from '../../src/timetable/verify';
import type { TimetableProblem, TimetableSolution } from '../../src/timetable/model';
import { tinyProblem, tinySolution, lesson, solutionOf } from '../views/fixtures/timetable';

const rules = (p: TimetableProblem, s: TimetableSolution): string[] => [...new Set(verifyTimetable(p, s).hardViolations.map((v) => v.rule))].sort();

/** Apply a change to a fresh problem and solution; return the rules the verifier reports. */
function broken(change: (p: TimetableProblem, s: TimetableSolution) => void): string[] {
  const p = tinyProblem();
  const s = tinySolution();
  change(p, s);
  return rules(p, s);
}

describe('verifyTimetable — hard rules', () => {
  test('accepts the valid tiny timetable', () => {
    const v = verifyTimetable(tinyProblem(), tinySolution());
    expect(v.hardViolations).toEqual([]);
    expect(v.booked).toBe(4);
    expect(v.required).toBe(4);
  });

  test('teacher double-booked', () => {
    // SCI may now be taught by T1, and is: T1 has MATH and SCI at Mon 1.
    expect(broken((p, s) => {
      p.courses[1].teachers = [0, 1];
      s.lessons[2].teacher = 0;
      s.lessons[3].teacher = 0;
    })).toEqual(['teacher-double-booked']);
  });

  test('student body double-booked', () => {
    expect(broken((p) => { p.courses[1].bodies = [0, 1]; })).toEqual(['body-double-booked']);
  });

  test('room double-booked', () => {
    expect(broken((_, s) => { s.lessons[0].room = 0; })).toEqual(['room-double-booked']);
  });

  test('a message names the clash for people', () => {
    const p = tinyProblem();
    const s = tinySolution();
    s.lessons[0].room = 0;
    expect(verifyTimetable(p, s).hardViolations[0].message).toBe('Room R1 has 2 lessons at Mon 1: MATH, SCI.');
  });

  test('availability of teacher, room, student body and course', () => {
    expect(broken((p) => { p.teachers[0].unavailable = [0]; })).toEqual(['teacher-unavailable']);
    expect(broken((p) => { p.rooms[1].unavailable = [3]; })).toEqual(['room-unavailable']);
    expect(broken((p) => { p.bodies[0].unavailable = [3]; })).toEqual(['body-unavailable']);
    expect(broken((p) => { p.courses[0].unavailable = [3]; })).toEqual(['course-unavailable']);
    // Unavailable at a slot nobody uses: fine.
    expect(broken((p) => { p.teachers[0].unavailable = [5]; })).toEqual([]);
  });

  test('a mandatory meeting blocks its members; any meeting blocks its room', () => {
    expect(broken((p) => { p.meetings = [{ id: 'Staff', teachers: [0], bodies: [], slots: [3], mandatory: true }]; })).toEqual(['meeting-member']);
    expect(broken((p) => { p.meetings = [{ id: 'Assembly', teachers: [], bodies: [1], slots: [4], mandatory: true }]; })).toEqual(['meeting-member']);
    expect(broken((p) => { p.meetings = [{ id: 'Staff', teachers: [0], bodies: [], slots: [3], mandatory: false }]; })).toEqual([]);
    expect(broken((p) => { p.meetings = [{ id: 'Club', teachers: [], bodies: [], slots: [0], room: 1, mandatory: false }]; })).toEqual(['meeting-room']);
  });

  test('Fixed times', () => {
    expect(broken((p) => { p.courses[0].fixed = [0, 1]; })).toEqual(['fixed-times']);
    expect(broken((p) => { p.courses[0].fixed = [0, 3]; })).toEqual([]);
  });

  test('Min consecutive: blocks within one day', () => {
    // MATH as single lessons on Mon and Tue: two blocks of 1.
    expect(broken((p) => { p.courses[0].minConsecutive = 2; })).toEqual(['min-consecutive']);
    // A double lesson Mon 1-2 is fine.
    expect(broken((p, s) => { p.courses[0].minConsecutive = 2; s.lessons[1].slot = 1; })).toEqual([]);
    // Mon 3 + Tue 1 are adjacent slot numbers but on two days: still two blocks of 1.
    expect(broken((p, s) => { p.courses[0].minConsecutive = 2; s.lessons[0].slot = 2; })).toEqual(['min-consecutive']);
  });

  test('Max per day', () => {
    expect(broken((p, s) => { p.courses[0].maxPerDay = 1; s.lessons[1].slot = 1; })).toEqual(['max-per-day']);
    expect(broken((p) => { p.courses[0].maxPerDay = 1; })).toEqual([]);
  });

  test("teachers' Max lessons per day, per week, Max days", () => {
    expect(broken((p, s) => { p.teachers[0].maxPerDay = 1; s.lessons[1].slot = 1; })).toEqual(['teacher-max-per-day']);
    expect(broken((p) => { p.teachers[0].maxPerDay = 1; })).toEqual([]);
    expect(broken((p) => { p.teachers[0].maxPerWeek = 1; })).toEqual(['teacher-max-per-week']);
    expect(broken((p) => { p.teachers[0].maxDays = 1; })).toEqual(['teacher-max-days']);
    expect(broken((p, s) => { p.teachers[0].maxDays = 1; s.lessons[1].slot = 1; })).toEqual([]);
  });

  test("a student body's Max lessons per day", () => {
    // B1 has MATH at Mon 1 and, moved, Mon 2: two lessons on Mon.
    expect(broken((p, s) => { p.bodies[0].maxPerDay = 1; s.lessons[1].slot = 1; })).toEqual(['body-max-per-day']);
    expect(broken((p) => { p.bodies[0].maxPerDay = 1; })).toEqual([]);
  });

  test('one candidate teacher for all lessons of a course', () => {
    expect(broken((p, s) => { p.courses[0].teachers = [0, 2]; s.lessons[1].teacher = 2; })).toEqual(['teacher-not-same']);
    expect(broken((_, s) => { s.lessons[0].teacher = 2; s.lessons[1].teacher = 2; })).toEqual(['teacher-not-candidate']);
    expect(broken((_, s) => { s.lessons[0].teacher = null; })).toEqual(['no-teacher']);
  });

  test('room among the candidates, with the Facilities, with the seats when capacity is hard', () => {
    expect(broken((p, s) => { p.courses[0].roomCandidates = [1]; s.lessons[1].room = 0; })).toEqual(['room-not-candidate']);
    expect(broken((_, s) => { s.lessons[3].room = 1; })).toEqual(['room-facilities']);
    expect(broken((p) => { p.courses[0].size = 26; })).toEqual(['room-capacity']);
    expect(broken((p) => { p.courses[0].size = 26; p.roomCapacity = 'soft'; })).toEqual([]);
    expect(broken((_, s) => { s.lessons[0].room = null; })).toEqual(['no-room']);
  });

  test('Sync courses at identical slots', () => {
    expect(broken((p) => { p.courses[0].sync = 'opt'; p.courses[1].sync = 'OPT'; })).toEqual(['sync']);
    expect(broken((p, s) => { p.courses[0].sync = 'opt'; p.courses[1].sync = 'opt'; s.lessons[3].slot = 3; })).toEqual([]);
    // An unbooked lesson on one side only breaks it too.
    expect(broken((p, s) => { p.courses[0].sync = 'opt'; p.courses[1].sync = 'opt'; s.lessons[3].slot = 3; s.lessons[1].slot = null; })).toEqual(['sync']);
    // Different Lessons per week can never line up (the build warns): not compared.
    expect(broken((p, s) => { p.courses[0].sync = 'opt'; p.courses[1].sync = 'opt'; p.courses[1].lessons = 1; s.lessons.pop(); })).toEqual([]);
    expect(broken((p, s) => { p.courses[0].sync = 'opt'; p.courses[1].sync = 'opt'; p.courses[1].minConsecutive = 2; s.lessons[3].slot = 1; })).toEqual([]);
  });

  test('locked lessons unchanged', () => {
    expect(broken((p) => { p.locked = [{ course: 0, slot: 3 }]; })).toEqual(['locked-moved']);
    expect(broken((p, s) => { p.locked = [{ course: 0, slot: 3, room: 1 }]; s.lessons[1].locked = true; })).toEqual([]);
    expect(broken((p, s) => { p.locked = [{ course: 0, slot: 3, room: 0 }]; s.lessons[1].locked = true; })).toEqual(['locked-moved']);
  });

  test('lesson count per course', () => {
    expect(broken((p) => { p.courses[0].lessons = 3; })).toEqual(['lesson-count']);
    expect(broken((_, s) => { s.lessons.push(lesson(1, null, null, null)); })).toEqual(['lesson-count']);
  });

  test('an unbooked lesson breaks no hard rule, it costs', () => {
    const p = tinyProblem();
    const s = tinySolution();
    s.lessons[1] = lesson(0, null, null, null);
    const v = verifyTimetable(p, s);
    expect(v.hardViolations).toEqual([]);
    expect(v.booked).toBe(3);
    expect(v.criteria.find((c) => c.criterion === 'Unscheduled lesson')).toEqual({ criterion: 'Unscheduled lesson', count: 1, weight: 1000, cost: 1000 });
  });

  test('nonsense in a solution is reported, not thrown', () => {
    const p = tinyProblem();
    const s = solutionOf([...tinySolution().lessons, lesson(7, 0, 0, 0), lesson(0, 99, 0, 0)]);
    expect(() => verifyTimetable(p, s)).not.toThrow();
    expect(rules(p, s)).toEqual(expect.arrayContaining(['unknown-course', 'slot-out-of-range', 'lesson-count']));
  });
});
