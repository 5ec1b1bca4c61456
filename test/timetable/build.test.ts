// Records → TimetableProblem: defaults, overrides, references by index, slots, meetings, pins.
import { readWorkbook } from '../../src/schema';
import { TIMETABLE_CRITERIA } from '../../src/schema/criteria';
import { buildTimetableProblem } from '../../src/timetable/build';
import { timetableModule } from '../../src/timetable';

function workbook(extra: Record<string, unknown[][]> = {}) {
  return {
    Settings: [
      ['Setting', 'Value'],
      ['Days', 'Mon, Tue, Wed'],
      ['Periods per day', 4],
      ['Room capacity', 'soft'],
    ],
    Weights: [
      ['Criterion', 'Weight'],
      ['Student gap', 7],
    ],
    Teachers: [
      ['ID', 'Unavailable', 'Max lessons per day', 'Home room'],
      ['Smith', 'Mon 1-2', 3, 'Lab'],
      ['Jones', null, null, null],
    ],
    Locations: [
      ['ID', 'Capacity', 'Facilities', 'Campus'],
      ['R1', 30, null, 'North'],
      ['Lab', 24, 'lab, sinks', 'South'],
    ],
    StudentBodies: [
      ['ID', 'Size', 'Free periods'],
      ['7A', 25, 'start'],
      ['7B', 20, null],
    ],
    Courses: [
      ['ID', 'Subject', 'Teacher', 'Student bodies', 'Class size', 'Lessons per week', 'Min consecutive', 'Room', 'Facilities', 'Fixed times', 'Preferred period', 'Sync'],
      ['Sci7', 'Science', 'smith', '7A, 7B', null, 3, 2, null, 'Lab', null, 2, null],
      ['Eng7', 'English', 'Jones; Smith', '7a', 12, 2, null, 'R1', null, 'Tue 1, Wed 2', null, 'S'],
    ],
    Groups: [
      ['ID', 'Members', 'Meeting times', 'Room', 'Mandatory'],
      ['Staff', 'Smith, 7B', 'Wed 4', 'R1', 'no'],
    ],
    ...extra,
  };
}

describe('buildTimetableProblem', () => {
  test('turns records into the indexed model with defaults and overrides', () => {
    const { records, issues } = readWorkbook(workbook());
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const { problem } = buildTimetableProblem(records);
    expect(problem.days).toEqual(['Mon', 'Tue', 'Wed']);
    expect(problem.periodsPerDay).toBe(4);
    expect(problem.roomCapacity).toBe('soft');
    expect(problem.weights).toEqual({ ...TIMETABLE_CRITERIA, 'Student gap': 7 });
    expect(problem.teachers[0]).toMatchObject({ id: 'Smith', unavailable: [0, 1], maxPerDay: 3, homeRoom: 1 });
    expect(problem.rooms[1]).toMatchObject({ id: 'Lab', capacity: 24, facilities: ['lab', 'sinks'], campus: 'South' });
    const [sci, eng] = problem.courses;
    // IDs match case-insensitively; size = sum of the bodies unless Class size is given.
    expect(sci).toMatchObject({ teachers: [0], bodies: [0, 1], size: 45, lessons: 3, minConsecutive: 2, roomCandidates: [0, 1], facilities: ['lab'], preferredPeriod: 1 });
    expect(eng).toMatchObject({ teachers: [1, 0], bodies: [0], size: 12, roomCandidates: [0], fixed: [4, 9], sync: 'S', optional: false });
    expect(problem.meetings).toEqual([{ id: 'Staff', teachers: [0], bodies: [1], slots: [11], room: 0, mandatory: false }]);
    expect(problem.locked).toEqual([]);
    expect(problem.previous).toEqual([]);
  });

  test('Locked rows become locked pins; others are ignored unless Start from previous', () => {
    const timetable = [
      ['Day', 'Period', 'Course', 'Teacher', 'Room', 'Locked'],
      ['Mon', 3, 'Sci7', 'Smith', 'Lab', 'yes'],
      ['Tue', 2, 'Sci7', 'Smith', 'Lab', 'no'],
      ['Wed', 1, 'Nope', 'Smith', 'Lab', 'yes'],
    ];
    const { records } = readWorkbook(workbook({ Timetable: timetable }));
    const { problem } = buildTimetableProblem(records);
    expect(problem.locked).toEqual([{ course: 0, slot: 2, teacher: 0, room: 1 }]);
    expect(problem.previous).toEqual([]);

    const settings = [...workbook().Settings, ['Start from previous', 'yes']];
    const { records: r2 } = readWorkbook(workbook({ Timetable: timetable, Settings: settings }));
    expect(buildTimetableProblem(r2).problem.previous).toEqual([{ course: 0, slot: 5, teacher: 0, room: 1 }]);
  });

  test('reports sync courses it cannot line up', () => {
    const wb = workbook();
    wb.Courses.push(['Fr7', 'French', 'Jones', '7B', null, 3, null, null, null, null, null, 's']);
    const { records } = readWorkbook(wb);
    const { issues } = buildTimetableProblem(records);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'sync-mismatch', severity: 'warning', sheet: 'Courses' });
    expect(issues[0].message).toMatch(/Fr7/);
  });

  test('the module is defined by Courses rows and summarises a run', async () => {
    const { records } = readWorkbook(workbook());
    expect(timetableModule.defined(records)).toBe(true);
    expect(timetableModule.defined({ ...records, courses: [] })).toBe(false);
    const { problem } = timetableModule.build(records);
    const solution = await timetableModule.solve(problem, { seed: 1, timeLimitMs: 60_000, maxSteps: 2000 });
    const summary = timetableModule.summary(problem, solution);
    expect(summary.kind).toBe('timetable');
    expect(summary.headline).toMatch(/^5 of 5 lessons booked, cost \d+/);
    expect(summary.cost).toBe(solution.cost);
    expect(summary.sheets).toContain('Timetable Report');
    expect(timetableModule.views(problem, solution).map((s) => s.name)).toEqual(summary.sheets);
  });
});
