// Timetable views: shapes, headers, a known lesson in the right grid cell, subject fills, report
// totals equal to the verifier's, and the Timetable sheet read back as the same lessons.
import { timetableViews, TIMETABLE_SHEETS } from '../../src/timetable/views';
import { timetableGrid } from '../../src/timetable/viewsGrids';
import { timetableReport, resourceSummaries, sample } from '../../src/timetable/report';
import { timetableFromRecords } from '../../src/timetable/fromSheet';
import { verifyTimetable } from '../../src/timetable/verify';
import { readWorkbook } from '../../src/schema/read';
import type { CellValue } from '../../src/schema/records';
import type { OutputSheet } from '../../src/core/output';
import { tinyProblem, tinySolution, lesson } from '../views/fixtures/timetable';

const find = (sheets: OutputSheet[], name: string): OutputSheet => {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
/** The row of a report whose first cell is `label`. */
const reportRow = (sheet: OutputSheet, label: string): CellValue[] | undefined => sheet.values.find((r) => r[0] === label);

describe('timetableViews', () => {
  test('writes the five sheets of SCHEMA.md', () => {
    expect(timetableViews(tinyProblem(), tinySolution()).map((s) => s.name)).toEqual(TIMETABLE_SHEETS);
  });

  test('Timetable: the header, one row per lesson in time order, unbooked last with a reason and a fill', () => {
    const s = tinySolution();
    s.lessons[3] = { ...lesson(1, null, null, null), reason: 'no lab free' };
    const t = find(timetableViews(tinyProblem(), s), 'Timetable');
    expect(t.values[0]).toEqual(['Day', 'Period', 'Course', 'Subject', 'Teacher', 'Room', 'Student bodies', 'Locked', 'Reason']);
    expect(t.values.slice(1)).toEqual([
      ['Mon', 1, 'MATH', 'Maths', 'T1', 'R2', 'B1', 'no', null],
      ['Mon', 1, 'SCI', 'Science', 'T2', 'R1', 'B2', 'no', null],
      ['Tue', 1, 'MATH', 'Maths', 'T1', 'R2', 'B1', 'no', null],
      [null, null, 'SCI', 'Science', null, null, 'B2', 'no', 'no lab free'],
    ]);
    expect(t.fills).toEqual([{ range: 'A5:I5', color: expect.stringMatching(/^#[0-9A-F]{6}$/) }]);
  });

  test('by Class: SCI of B2 at Tue 2 lands in B2\'s grid, row of period 2, column Tue', () => {
    const { sheet, layout } = timetableGrid(tinyProblem(), tinySolution(), 'class');
    expect(sheet.name).toBe('Timetable by Class');
    expect(sheet.values[layout.titleRows[1]]).toEqual(['B2']);
    expect(sheet.values[layout.firstRows[1] - 1]).toEqual(['Period', 'Mon', 'Tue']);
    expect(sheet.values[layout.firstRows[1] + 1]).toEqual(['2', null, 'Science · T2 · R1']);
  });

  test('by Teacher and by Room name the class too; period names replace numbers', () => {
    const p = tinyProblem();
    p.periodNames = ['08:30', '09:25', '10:20'];
    const { sheet, layout } = timetableGrid(p, tinySolution(), 'room');
    expect(sheet.values[layout.firstRows[0]]).toEqual(['08:30', 'Science · T2 · R1 · B2', null]);
    p.teachers[0].name = 'Ann Teach';
    const byTeacher = timetableGrid(p, tinySolution(), 'teacher');
    expect(byTeacher.sheet.values.length).toBe(3 * 5 + 2); // three teachers, blank rows between
    expect(byTeacher.sheet.values[0]).toEqual(['T1 — Ann Teach']);
  });

  test('fills: one colour per subject, adjacent cells merged into one range', () => {
    const { sheet } = timetableGrid(tinyProblem(), tinySolution(), 'class');
    // B1's Maths at Mon 1 and Tue 1 are side by side (B3:C3); B2's Science is at B9 and C10.
    const maths = sheet.fills?.find((f) => f.range === 'B3:C3');
    const sci = sheet.fills?.filter((f) => f.range === 'B9' || f.range === 'C10') ?? [];
    expect(maths).toBeDefined();
    expect(sci).toHaveLength(2);
    expect(sci[0].color).toBe(sci[1].color);
    expect(sci[0].color).not.toBe(maths?.color);
  });

  test('a mandatory meeting shows in its members\' grids', () => {
    const p = tinyProblem();
    p.meetings = [{ id: 'Assembly', teachers: [2], bodies: [], slots: [5], mandatory: true }];
    const { sheet, layout } = timetableGrid(p, tinySolution(), 'teacher');
    expect(sheet.values[layout.firstRows[2] + 2]).toEqual(['3', null, 'Meeting: Assembly']);
  });

  test('report: totals and counts are the verifier\'s', () => {
    const p = tinyProblem();
    const s = tinySolution();
    s.lessons[1] = lesson(0, null, null, null);
    s.history.constructive = [{ order: 'most constrained first', cost: 1006, unbooked: 1 }, { order: 'random 1', cost: 2004, unbooked: 2 }];
    s.history.trace = [{ elapsedMs: 0, step: 0, cost: 1006, phase: 'construct' }];
    const v = verifyTimetable(p, s);
    s.cost = v.total;
    const r = timetableReport(p, s);
    expect(reportRow(r, 'Lessons booked')).toEqual(['Lessons booked', '3 of 4']);
    expect(reportRow(r, 'Hard violations')).toEqual(['Hard violations', 0]);
    expect(reportRow(r, 'Total cost')).toEqual(['Total cost', v.total]);
    expect(reportRow(r, "Solver's own cost")).toBeUndefined();
    for (const c of v.criteria) expect(reportRow(r, c.criterion)).toEqual([c.criterion, c.count, c.weight, c.cost]);
    expect(reportRow(r, 'Total')?.[3]).toBe(v.total);
    expect(reportRow(r, 'MATH')).toEqual(['MATH', 'Maths', 'no', 'not booked']);
    expect(reportRow(r, 'most constrained first')).toEqual(['most constrained first', 1006, 1, 'best']);
    expect(reportRow(r, 'T1')).toEqual(['T1', 1, 1, 0]);
  });

  test('report: many constructive orders are cut to the best 50', () => {
    const s = tinySolution();
    s.history.constructive = Array.from({ length: 80 }, (_, i) => ({ order: `order ${i}`, cost: 1000 - i, unbooked: 0 }));
    const r = timetableReport(tinyProblem(), s);
    expect(reportRow(r, 'order 79')).toEqual(['order 79', 921, 0, 'best']);
    expect(reportRow(r, 'order 29')).toBeUndefined();
    expect(reportRow(r, '… and 30 more orders, none better')).toBeDefined();
  });

  test('report: a solver cost that disagrees with the verifier is shown', () => {
    const r = timetableReport(tinyProblem(), tinySolution());
    expect(reportRow(r, "Solver's own cost")?.[1]).toBe(0);
  });

  test('per-resource gaps add up to the Student gap and Teacher gap counts', () => {
    const p = tinyProblem();
    const s = tinySolution();
    s.lessons[1].slot = 2; // MATH Mon 1 and Mon 3: a gap at Mon 2 for T1 and for B1
    const v = verifyTimetable(p, s);
    const sum = (kind: 'teacher' | 'body') => resourceSummaries(p, s, kind).reduce((n, r) => n + r.gaps, 0);
    expect(sum('teacher')).toBe(v.criteria.find((c) => c.criterion === 'Teacher gap')?.count);
    expect(sum('body')).toBe(v.criteria.find((c) => c.criterion === 'Student gap')?.count);
    expect(sum('body')).toBe(1);
  });

  test('sample keeps first and last and at most max entries', () => {
    const xs = Array.from({ length: 1000 }, (_, i) => i);
    const got = sample(xs, 200);
    expect(got).toHaveLength(200);
    expect(got[0]).toBe(0);
    expect(got[199]).toBe(999);
  });
});

describe('timetableFromRecords', () => {
  const settings = [['Setting', 'Value'], ['Days', 'Mon, Tue'], ['Periods per day', 3]];
  const read = (values: CellValue[][]) => readWorkbook({ Settings: settings, Timetable: values }).records;

  test('round trip: views → sheet → solution gives the same lessons', () => {
    const p = tinyProblem();
    const s = tinySolution();
    s.lessons[0].locked = true;
    const sheet = find(timetableViews(p, s), 'Timetable');
    const { solution, issues } = timetableFromRecords(p, read(sheet.values));
    expect(issues).toEqual([]);
    const key = (l: { course: number; slot: number | null; teacher: number | null; room: number | null; locked: boolean }) => `${l.course}@${l.slot}:${l.teacher}:${l.room}:${l.locked}`;
    expect(solution.lessons.map(key).sort()).toEqual(s.lessons.map(key).sort());
    expect(solution.cost).toBe(verifyTimetable(p, s).total);
  });

  test('a move that breaks a rule is an issue at that row; an unknown course is an issue and skipped', () => {
    const p = tinyProblem();
    const values = find(timetableViews(p, tinySolution()), 'Timetable').values.map((r) => [...r]);
    values[3][5] = 'R1'; // Tue 1 MATH into R1… fine (R1 is free then): no issue
    values[4][1] = 1; // SCI Tue 2 → Tue 1: R1 now has MATH and SCI at Tue 1
    values.push([null, null, 'MATHS', null, null, null, null, null, null]);
    const { solution, issues } = timetableFromRecords(p, read(values));
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['unknown-reference', 'C6'],
      ['room-double-booked', 'F4'],
      ['room-double-booked', 'F5'],
    ]);
    expect(issues[0].suggestion).toContain("'MATH'");
    expect(issues[1].message).toBe('Row 4: Room R1 has 2 lessons at Tue 1: MATH, SCI.');
    expect(solution.lessons).toHaveLength(4);
  });

  test('missing rows become unbooked lessons; surplus rows are refused', () => {
    const p = tinyProblem();
    const values = find(timetableViews(p, tinySolution()), 'Timetable').values.map((r) => [...r]);
    values.splice(1, 1); // drop MATH Mon 1
    values.push(['Tue', 3, 'SCI', 'Science', 'T2', 'R1', 'B2', null, null]); // a third SCI
    const { solution, issues } = timetableFromRecords(p, read(values));
    expect(issues.map((i) => i.code).sort()).toEqual(['missing-lessons', 'too-many-lessons']);
    expect(solution.lessons.filter((l) => l.slot === null)).toEqual([expect.objectContaining({ course: 0, reason: 'missing from the Timetable sheet' })]);
    expect(verifyTimetable(p, solution).criteria[0].count).toBe(1);
  });
});
