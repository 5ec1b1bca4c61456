// Properties over random small club schedules (valid or not): the verifier never throws, the
// score is the sum of its parts, and Club Assignments reads back as the same schedule with an
// issue for every broken rule.
import fc from 'fast-check';
import { verifyClubs } from '../../src/clubs/verify';
import { clubsViews } from '../../src/clubs/views';
import { clubsFromRecords } from '../../src/clubs/fromSheet';
import { readWorkbook } from '../../src/schema/read';
import type { ClubGroup, ClubsOption, ClubsProblem } from '../../src/clubs/model';
import { club, clubsSolutionOf, tinyClubs } from '../views/fixtures/clubs';

const DAYS = ['Mon', 'Wed', 'Fri'];
const GRADES = ['9', '10', undefined];
const GENDERS = ['f', 'm', undefined];

const instance = fc
  .record({
    nClubs: fc.integer({ min: 1, max: 4 }),
    students: fc.array(fc.record({ g: fc.nat(2), x: fc.nat(2), away: fc.option(fc.nat(2), { nil: undefined }), votes: fc.array(fc.option(fc.nat(3), { nil: null }), { maxLength: 3 }), hall: fc.boolean() }), { minLength: 1, maxLength: 8 }),
    grades: fc.boolean(),
  })
  .chain((r) =>
    fc.array(fc.array(fc.option(fc.tuple(fc.nat(r.nClubs - 1), fc.integer({ min: 1, max: 2 })), { nil: null, freq: 3 }), { minLength: DAYS.length, maxLength: DAYS.length }), { minLength: r.students.length, maxLength: r.students.length })
      .map((cells) => ({ r, cells })),
  )
  .map(({ r, cells }) => {
    const p: ClubsProblem = { ...tinyClubs(), days: DAYS };
    p.clubs = Array.from({ length: r.nClubs }, (_, c) => club({ id: `Club${c + 1}`, teachers: [c % 2], days: [0, 1, 2], minMembers: 1, maxMembers: 3, maxGroups: 2, grades: r.grades && c === 0 ? ['9'] : undefined }));
    p.students = r.students.map((s, i) => ({
      id: `S${i + 1}`, grade: GRADES[s.g], gender: GENDERS[s.x], unavailableDays: s.away === undefined ? [] : [s.away],
      votes: s.votes.map((v) => (v === null ? null : v % r.nClubs)), preselects: [], votedStudyHall: s.hall,
    }));
    // Groups follow from the cells: a group meets on the days its members were put in it.
    const groups: ClubGroup[] = [];
    const assignment = cells.map((row, s) => row.map((cell, d) => {
      if (cell === null) return -1;
      let g = groups.findIndex((x) => x.club === cell[0] && x.number === cell[1]);
      if (g < 0) g = groups.push({ club: cell[0], number: cell[1], days: [], members: [] }) - 1;
      if (!groups[g].days.includes(d)) groups[g].days.push(d);
      if (!groups[g].members.includes(s)) groups[g].members.push(s);
      return g;
    }));
    for (const g of groups) g.days.sort((a, b) => a - b);
    const option: ClubsOption = { groups, assignment, notRunning: [], score: 0, scoreParts: {} };
    return { p, option };
  });

const read = (values: unknown[][]) => readWorkbook({ Settings: [['Setting', 'Value'], ['Days', DAYS.join(', ')]], 'Club Assignments': values }).records;

describe('verifyClubs — properties', () => {
  test('never throws; the score is the sum of its parts; rewards ≥ 0, penalties ≤ 0', () => {
    fc.assert(fc.property(instance, ({ p, option }) => {
      const v = verifyClubs(p, option);
      expect(v.score).toBeCloseTo(Object.values(v.scoreParts).reduce((a, b) => a + b, 0), 9);
      for (const [k, x] of Object.entries(v.scoreParts)) {
        if (k.startsWith('Choice')) expect(x).toBeGreaterThanOrEqual(0);
        else expect(x).toBeLessThanOrEqual(0);
      }
    }), { numRuns: 200, seed: 5 });
  });

  test('Club Assignments → records → option: same schedule, same score, an issue for every broken rule', () => {
    fc.assert(fc.property(instance, ({ p, option }) => {
      const v = verifyClubs(p, option);
      const sheet = clubsViews(p, clubsSolutionOf(option))[0];
      const { solution, issues } = clubsFromRecords(p, read(sheet.values as unknown[][]));
      const o = solution.options[0];
      const label = (x: ClubsOption, s: number, d: number) => (x.assignment[s][d] >= 0 ? `${x.groups[x.assignment[s][d]].club}.${x.groups[x.assignment[s][d]].number}` : '-');
      p.students.forEach((_, s) => DAYS.forEach((_, d) => expect(label(o, s, d)).toBe(label(option, s, d))));
      expect(o.score).toBeCloseTo(v.score, 9);
      expect(new Set(issues.map((i) => i.code))).toEqual(new Set(v.hardViolations.map((h) => h.rule)));
    }), { numRuns: 100, seed: 9 });
  });
});

describe('malformed options', () => {
  test('indexes out of range anywhere: the verifier reports, the views still render', () => {
    const int = fc.integer({ min: -3, max: 12 });
    const group = fc.record({ club: int, number: int, days: fc.array(int, { maxLength: 3 }), members: fc.array(int, { maxLength: 5 }) });
    fc.assert(fc.property(fc.array(group, { maxLength: 4 }), fc.array(fc.array(int, { maxLength: 3 }), { maxLength: 6 }), (groups, assignment) => {
      const p = tinyClubs();
      p.locked = [{ student: 9, day: 7, club: 4 }];
      const o: ClubsOption = { groups, assignment, notRunning: [], score: 0, scoreParts: {} };
      // The pin names a student and day that do not exist: always reported, never thrown.
      expect(verifyClubs(p, o).hardViolations.map((h) => h.rule)).toContain('locked-moved');
      expect(clubsViews(p, clubsSolutionOf(o))).toHaveLength(7);
    }), { numRuns: 300, seed: 13 });
  });
});
