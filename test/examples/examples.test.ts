import * as path from 'node:path';
import { makeExample, EXAMPLE_SIZES, type ExampleSize } from '../../src/examples';
import { loadModules, validateSheets, type ProblemModule } from '../../src/app';
import { readWorkbook } from '../../src/schema';
import { idKey } from '../../src/schema/ids';
import { XlsxHost } from '../../src/host/xlsx';
import type { WorkbookRecords } from '../../src/schema/records';
import type { TimetableProblem, TimetableSolution } from '../../src/timetable/model';

jest.setTimeout(120_000);

let modules: ProblemModule[] = [];
beforeAll(async () => {
  modules = (await loadModules()).modules;
});

const records = (size: ExampleSize): WorkbookRecords => readWorkbook(makeExample(size).sheets).records;

describe('makeExample', () => {
  it('is deterministic, and a different seed gives a different school', () => {
    expect(makeExample('medium')).toEqual(makeExample('medium'));
    expect(makeExample('small', { seed: 5 }).sheets.Students).not.toEqual(makeExample('small').sheets.Students);
  });

  it.each([
    ['small', { teachers: 8, rooms: 6, bodies: 5, courses: [25, 25], students: 60, clubs: 12, clubDays: 2, choices: 3, periods: 7 }],
    ['medium', { teachers: 30, rooms: 25, bodies: 20, courses: [145, 160], students: 400, clubs: 50, clubDays: 3, choices: 5, periods: 8 }],
    ['large', { teachers: 80, rooms: 60, bodies: 66, courses: [480, 520], students: 1200, clubs: 120, clubDays: 5, choices: 7, periods: 8 }],
  ] as const)('%s has the promised size', (size, want) => {
    const r = records(size);
    expect(r.teachers).toHaveLength(want.teachers);
    expect(r.locations.length).toBeGreaterThanOrEqual(want.rooms);
    expect(r.studentBodies).toHaveLength(want.bodies);
    expect(r.courses.length).toBeGreaterThanOrEqual(want.courses[0]);
    expect(r.courses.length).toBeLessThanOrEqual(want.courses[1]);
    expect(r.students).toHaveLength(want.students);
    expect(r.clubs).toHaveLength(want.clubs);
    expect(r.settings.clubDays).toHaveLength(want.clubDays);
    expect(r.settings.periodsPerDay).toBe(want.periods);
    expect(Math.max(...r.votes.map((v) => v.choices.length))).toBe(want.choices);
    expect(r.settings.timeLimit).toBe(30);
    expect(Object.keys(r.weights.values)).toEqual(expect.arrayContaining(['Unscheduled lesson', 'Student gap', 'Choice 1', `Choice ${want.choices}`, 'Unchosen study hall']));
  });

  it.each(EXAMPLE_SIZES.map((s) => [s]))('%s validates with zero errors and zero warnings', (size) => {
    const { issues } = validateSheets(makeExample(size).sheets, modules);
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('keeps the school comfortably solvable: bodies ≤ 80 % of their periods, teachers ≤ 75 %', () => {
    for (const size of EXAMPLE_SIZES) {
      const r = records(size);
      const slots = r.settings.days.length * r.settings.periodsPerDay;
      const bodyLoad = new Map<string, number>();
      const teacherLoad = new Map<string, number>();
      for (const c of r.courses) {
        if (c.optional) continue;
        for (const b of c.studentBodies) bodyLoad.set(idKey(b), (bodyLoad.get(idKey(b)) ?? 0) + c.lessonsPerWeek);
        // Candidate lists: count the course against its first candidate (one valid assignment).
        teacherLoad.set(idKey(c.teachers[0]), (teacherLoad.get(idKey(c.teachers[0])) ?? 0) + c.lessonsPerWeek);
      }
      for (const [b, n] of bodyLoad) expect({ size, b, share: n / slots <= 0.8 }).toEqual({ size, b, share: true });
      for (const t of r.teachers) {
        const available = slots - t.unavailable.length;
        const n = teacherLoad.get(idKey(t.id)) ?? 0;
        expect({ size, t: t.id, share: n / available <= 0.75 }).toEqual({ size, t: t.id, share: true });
      }
    }
  });

  it('has the features the solvers and the docs rely on', () => {
    const r = records('medium');
    expect(r.courses.some((c) => c.minConsecutive === 2)).toBe(true); // double lessons
    expect(r.courses.filter((c) => c.fixedTimes.length > 0).length).toBeGreaterThanOrEqual(2);
    expect(r.courses.filter((c) => c.teachers.length > 1).length).toBeGreaterThanOrEqual(5); // candidate lists
    expect(r.courses.some((c) => c.sync)).toBe(true);
    expect(r.courses.some((c) => c.optional)).toBe(true);
    expect(r.groups.length).toBeGreaterThanOrEqual(2);
    const choir = r.clubs.find((c) => c.id === 'Choir')!;
    expect(choir).toMatchObject({ closed: true, daysPerGroup: 'all' });
    expect(r.clubRules.filter((x) => x.rule === 'preselect' && idKey(x.club) === 'choir').length).toBeGreaterThanOrEqual(6);
    expect(r.clubs.filter((c) => c.grades).length).toBeGreaterThanOrEqual(5);
    expect(r.clubRules.filter((x) => x.rule === 'blacklist').length).toBeGreaterThanOrEqual(2);
    expect(r.clubRules.filter((x) => x.rule === 'exclude').length).toBeGreaterThanOrEqual(1);
    expect(r.clubRules.some((x) => x.rule === 'whitelist')).toBe(true);
    expect(r.teachers.filter((t) => t.maxClubDays !== undefined).length).toBeGreaterThanOrEqual(3);
    expect(r.students.some((s) => s.alsoKnownAs.length > 0)).toBe(true);
    expect(r.students.some((s) => !s.active)).toBe(true);
  });
});

describe('makeExample --broken', () => {
  it.each(EXAMPLE_SIZES.map((s) => [s]))('%s: every planted mistake is an error at exactly its cell', (size) => {
    const { sheets, broken } = makeExample(size, { broken: true });
    expect(broken.length).toBeGreaterThanOrEqual(5);
    const { issues } = validateSheets(sheets, modules);
    for (const b of broken) {
      const hit = issues.find((i) => i.severity === 'error' && i.sheet === b.sheet && i.cell === b.cell);
      expect({ at: `${b.sheet}!${b.cell}`, found: !!hit }).toEqual({ at: `${b.sheet}!${b.cell}`, found: true });
    }
    const jon = broken.find((b) => b.value === 'Jon Smith')!;
    expect(issues.find((i) => i.cell === jon.cell && i.sheet === 'Courses')?.suggestion).toContain('John Smith');
    const robotic = broken.find((b) => b.value === 'Robotic')!;
    expect(issues.find((i) => i.cell === robotic.cell && i.sheet === 'Votes')?.suggestion).toContain('Robotics');
  });
});

describe('examples/ (committed workbooks)', () => {
  it.each([
    ['school.xlsx', 'medium', false],
    ['small.xlsx', 'small', false],
    ['large.xlsx', 'large', false],
    ['broken.xlsx', 'medium', true],
  ] as const)('%s is what the generator makes (regenerate with npm run examples)', async (file, size, broken) => {
    const host = await XlsxHost.load(path.join(__dirname, '..', '..', 'examples', file));
    const values = await host.readSheets();
    const expected = makeExample(size, { broken }).sheets;
    expect(Object.keys(values)).toEqual(Object.keys(expected));
    for (const [name, rows] of Object.entries(expected)) expect({ name, rows: values[name] }).toEqual({ name, rows });
  });
});

describe('the example schools are solvable', () => {
  it.each([
    ['small', 20_000],
    ['medium', 200_000],
  ] as const)('%s: the timetable solver books every lesson within a step budget', async (size, steps) => {
    const tt = modules.find((m) => m.kind === 'timetable');
    if (!tt) return; // solver not in this build yet
    const problem = tt.build(records(size)).problem as TimetableProblem;
    const solution = (await tt.solve(problem, { seed: 1, timeLimitMs: 60_000, maxSteps: steps })) as TimetableSolution;
    expect(solution.lessons.filter((l) => l.slot === null && !problem.courses[l.course].optional)).toEqual([]);
  });
});
