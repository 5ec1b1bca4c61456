// Whole-workbook behaviour: Settings first, Weights, Votes' choice columns, club rules, and the
// editable output sheets read back.
import { readWorkbook, sheetDefByName, type Issue } from '../../src/schema';

const only = (issues: Issue[], severity: Issue['severity']) => issues.filter((i) => i.severity === severity);

describe('Settings', () => {
  test('no Settings sheet: the defaults of SCHEMA.md', () => {
    const { records, issues } = readWorkbook({});
    expect(issues).toEqual([]);
    expect(records.settings).toMatchObject({
      days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
      periodsPerDay: 6,
      periodNames: [],
      clubDays: [0, 1, 2, 3, 4],
      studyHallName: 'Study Hall',
      seed: 1,
      timeLimit: 30,
      roomCapacity: 'hard',
      optionsToKeep: 3,
      startFromPrevious: false,
    });
    expect(records.settings.sheet).toBeUndefined();
  });

  test('every setting is read, names matched loosely, value cells remembered', () => {
    const { records, issues } = readWorkbook({
      settings: [
        ['SETTING', 'value'],
        ['Days', 'Monday, Tuesday, Wednesday, Thursday'],
        ['periods_per_day', '5'],
        ['Period names', '08:30, 09:25, 10:30, 11:25, 13:00'],
        ['Club days', 'tue; thu'],
        ['Study hall name', 'Library'],
        ['Seed', 42],
        ['Time limit', '12.5'],
        ['Room capacity', 'SOFT'],
        ['Options to keep', 2],
        ['Start from previous', 'y'],
      ],
    });
    expect(issues).toEqual([]);
    expect(records.settings).toMatchObject({
      days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday'],
      periodsPerDay: 5,
      periodNames: ['08:30', '09:25', '10:30', '11:25', '13:00'],
      clubDays: [1, 3],
      studyHallName: 'Library',
      seed: 42,
      timeLimit: 12.5,
      roomCapacity: 'soft',
      optionsToKeep: 2,
      startFromPrevious: true,
      sheet: 'settings',
    });
    expect(records.settings.cells).toMatchObject({ days: 'B2', periodsPerDay: 'B3', startFromPrevious: 'B11' });
  });

  test('the header row may be left out', () => {
    const { records, issues } = readWorkbook({ Settings: [['Periods per day', 8], ['Days', 'A-day, B-day']] });
    expect(issues).toEqual([]);
    expect(records.settings.periodsPerDay).toBe(8);
    expect(records.settings.days).toEqual(['A-day', 'B-day']);
  });

  test('days and periods of Settings govern slots everywhere, whatever the row order', () => {
    const { records, issues } = readWorkbook({
      Teachers: [['ID', 'Unavailable'], ['T1', 'Tuesday 8']],
      Settings: [['Setting', 'Value'], ['Club days', 'Tue'], ['Periods per day', 8], ['Days', 'Monday, Tuesday']],
    });
    expect(issues).toEqual([]);
    expect(records.settings.clubDays).toEqual([1]);
    expect(records.teachers[0].unavailable).toEqual([{ day: 1, period: 7 }]);
  });

  test("Club days must be a subset of Days; 'all' means every day", () => {
    const bad = readWorkbook({ Settings: [['Setting', 'Value'], ['Club days', 'Mon, Sat']] });
    expect(bad.issues).toEqual([expect.objectContaining({ severity: 'error', cell: 'B2', code: 'unknown-day' })]);
    expect(bad.records.settings.clubDays).toEqual([0, 1, 2, 3, 4]);
    const all = readWorkbook({ Settings: [['Setting', 'Value'], ['Days', 'Mon, Tue'], ['Club days', 'all']] });
    expect(all.issues).toEqual([]);
    expect(all.records.settings.clubDays).toEqual([0, 1]);
  });

  test('an unknown setting is a warning with the nearest known name; a repeated one is ignored', () => {
    const { records, issues } = readWorkbook({ Settings: [['Setting', 'Value'], ['Periods pr day', 7], ['Seed', 3], ['Seed', 4]] });
    expect(records.settings.periodsPerDay).toBe(6);
    expect(records.settings.seed).toBe(3);
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'warning', cell: 'A2', code: 'unknown-setting', suggestion: "Did you mean 'Periods per day'?" }),
      expect.objectContaining({ severity: 'warning', cell: 'A4', code: 'duplicate-setting' }),
    ]);
  });

  test('Period names of the wrong length are a warning', () => {
    const { issues } = readWorkbook({ Settings: [['Setting', 'Value'], ['Periods per day', 3], ['Period names', 'a, b']] });
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', cell: 'B3', code: 'period-names-count' })]);
  });

  test('a bad Periods per day falls back to 6 and slots are still read against it', () => {
    const { records, issues } = readWorkbook({
      Settings: [['Setting', 'Value'], ['Periods per day', 'six']],
      Teachers: [['ID', 'Unavailable'], ['T1', 'Mon 6']],
    });
    expect(issues).toEqual([expect.objectContaining({ cell: 'B2', message: "Periods per day must be a whole number from 1 to 50; found 'six'" })]);
    expect(records.teachers[0].unavailable).toEqual([{ day: 0, period: 5 }]);
  });
});

describe('Weights', () => {
  test('criteria by canonical name, including any Choice N; unknown ones are warnings with the nearest name', () => {
    const { records, issues } = readWorkbook({
      Weights: [['Criterion', 'Weight'], ['student_gap', 2], ['CHOICE 7', 3], ['Teacher gaps', 4], ['Unchosen study hall', 50], ['Campus move', null]],
    });
    expect(records.weights.values).toEqual({ 'Student gap': 2, 'Choice 7': 3, 'Unchosen study hall': 50 });
    expect(records.weights.cells).toMatchObject({ 'Student gap': 'B2', 'Choice 7': 'B3', 'Campus move': 'B6' });
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', cell: 'A4', code: 'unknown-criterion', suggestion: "Did you mean 'Teacher gap'?" })]);
  });

  test('a Weights sheet without its columns is an error at the header', () => {
    const { issues } = readWorkbook({ Weights: [['What', 'How much'], ['Student gap', 2]] });
    expect(only(issues, 'error').map((i) => [i.cell, i.code])).toEqual([
      ['A1', 'missing-column'],
      ['A1', 'missing-column'],
    ]);
  });
});

describe('Votes', () => {
  test("any number of choice columns, headed 'Choice N' or 'N', in any order; blanks are null", () => {
    const { records, issues } = readWorkbook({
      Votes: [
        ['Student', '2', '1', 'Choice 3', 'Comment', '4th choice'],
        ['  Ann  Lee ', 'Choir', 'Chess', null, 'likes music', 'Drama'],
        ['Bob', null, 'Chess'],
        [null, null, null, null, 'a comment only'],
      ],
    });
    expect(issues).toEqual([]);
    expect(records.votes.map((v) => [v.student, v.choices])).toEqual([
      ['Ann Lee', ['Chess', 'Choir', null, 'Drama']],
      ['Bob', ['Chess', null, null, null]],
    ]);
    expect(records.votes[0].origin.cells).toMatchObject({ student: 'A2', choice1: 'C2', choice2: 'B2', choice3: 'D2', choice4: 'F2' });
  });

  test('a vote without a student is an error at the Student cell', () => {
    const { records, issues } = readWorkbook({ Votes: [['Student', 'Choice 1'], [null, 'Chess']] });
    expect(records.votes).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', cell: 'A2', code: 'missing-value' })]);
  });

  test('two columns for the same rank: the second is ignored with a warning', () => {
    const { records, issues } = readWorkbook({ Votes: [['Student', 'Choice 1', '1'], ['Ann', 'Chess', 'Choir']] });
    expect(records.votes[0].choices).toEqual(['Chess']);
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', cell: 'C1', code: 'duplicate-column' })]);
  });
});

describe('Courses', () => {
  const header = ['ID', 'Subject', 'Teacher', 'Student bodies', 'Class size', 'Lessons per week', 'Min consecutive', 'Room', 'Fixed times', 'Sync'];

  test('a full row', () => {
    const { records, issues } = readWorkbook({ Courses: [header, ['Math 7a', 'Math', 'T1; T2', '7a, 7b', null, 5, 2, 'R1, R2', 'Mon 1-2', 'block A']] });
    expect(issues).toEqual([]);
    expect(records.courses[0]).toMatchObject({
      id: 'Math 7a',
      subject: 'Math',
      teachers: ['T1', 'T2'],
      studentBodies: ['7a', '7b'],
      lessonsPerWeek: 5,
      minConsecutive: 2,
      rooms: ['R1', 'R2'],
      fixedTimes: [
        { day: 0, period: 0 },
        { day: 0, period: 1 },
      ],
      sync: 'block A',
    });
    expect(records.courses[0].classSize).toBeUndefined();
  });

  test('Student bodies or Class size is required', () => {
    const { records, issues } = readWorkbook({ Courses: [header, ['C', 'Art', 'T1', null, null, 2]] });
    expect(records.courses).toHaveLength(1);
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', cell: 'D2', message: 'Course C needs Student bodies or a Class size' })]);
  });

  test('Min consecutive cannot exceed Periods per day, and the suggestion says why', () => {
    const { issues } = readWorkbook({ Courses: [header, ['C', 'Art', 'T1', '7a', null, 2, 7]] });
    expect(issues).toEqual([expect.objectContaining({ cell: 'G2', message: 'Min consecutive must be a whole number from 1 to 6; found 7' })]);
    expect(issues[0].suggestion).toContain('Periods per day is 6');
  });
});

describe('Clubs', () => {
  test("Days may only name club days; Days per group takes 'all'; genders are lower-cased", () => {
    const { records, issues } = readWorkbook({
      Settings: [['Setting', 'Value'], ['Club days', 'Tue, Thu']],
      Clubs: [['Club', 'Days', 'Days per group', 'Genders', 'Teacher'], ['Chess', 'thu', 'all', 'F, M', 'T1, T2'], ['Choir', 'Mon', 3, null, null]],
    });
    expect(records.clubs[0]).toMatchObject({ days: [3], daysPerGroup: 'all', genders: ['f', 'm'], teachers: ['T1', 'T2'] });
    expect(records.clubs[1]).toMatchObject({ days: [1, 3], daysPerGroup: 1 });
    expect(issues.map((i) => [i.cell, i.code])).toEqual([
      ['B3', 'not-club-day'],
      ['C3', 'out-of-range'],
    ]);
  });
});

describe('ClubRules', () => {
  test('each rule kind with what it needs; rules lacking it are skipped with an error', () => {
    const { records, issues } = readWorkbook({
      ClubRules: [
        ['Rule', 'Club', 'Student', 'Other club', 'Groups', 'Days', 'Not days'],
        ['Preselect', 'Choir', 'Ann', null, 2, 'Mon', 'Fri'],
        ['exclude', 'Choir', null, 'Band'],
        ['blacklist', 'Chess', null],
        ['exclude', 'Chess'],
        ['preselct', 'Chess', 'Bob'],
      ],
    });
    expect(records.clubRules).toEqual([
      expect.objectContaining({ rule: 'preselect', club: 'Choir', student: 'Ann', groups: 2, days: [0], notDays: [4] }),
      expect.objectContaining({ rule: 'exclude', club: 'Choir', otherClub: 'Band', groups: 1, days: [], notDays: [] }),
    ]);
    expect(issues.map((i) => [i.cell, i.code])).toEqual([
      ['C4', 'missing-value'],
      ['D5', 'missing-value'],
      ['A6', 'not-allowed'],
    ]);
    expect(issues[2].suggestion).toContain("Did you mean 'preselect'?");
  });
});

describe('output sheets read back', () => {
  test('Timetable: booked and unbooked rows, Locked, and a half-filled time', () => {
    const { records, issues } = readWorkbook({
      Timetable: [
        ['Day', 'Period', 'Course', 'Subject', 'Teacher', 'Room', 'Student bodies', 'Locked', 'Reason'],
        ['Tue', 3, 'Math 7a', 'Math', 'T1', 'R1', '7a', 'yes', null],
        [null, null, 'Art 7a', 'Art', null, null, '7a', null, 'no room free'],
        ['Wed', null, 'Art 7a', 'Art'],
      ],
    });
    expect(records.timetable.slice(0, 2)).toEqual([
      expect.objectContaining({ day: 1, period: 2, course: 'Math 7a', teacher: 'T1', room: 'R1', locked: true }),
      expect.objectContaining({ course: 'Art 7a', locked: false }),
    ]);
    expect(records.timetable[1].day).toBeUndefined();
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', cell: 'B4', code: 'missing-value' })]);
  });

  test('Club Assignments', () => {
    const { records, issues } = readWorkbook({
      'Club Assignments': [['Student', 'Day', 'Club', 'Group', 'Choice', 'Locked'], ['Ann', 'Wed', 'Chess', 2, 1, 'x'], ['Bob', 'Fri', 'Study Hall', null, null, null]],
    });
    expect(issues).toEqual([]);
    expect(records.clubAssignments).toEqual([
      expect.objectContaining({ student: 'Ann', day: 2, club: 'Chess', group: 2, locked: true }),
      expect.objectContaining({ student: 'Bob', day: 4, club: 'Study Hall', locked: false }),
    ]);
    expect(records.sheetNames.clubAssignments).toBe('Club Assignments');
  });

  test("other output sheets ('Timetable by Class') are not mistaken for Timetable", () => {
    const { records } = readWorkbook({ 'Timetable by Class': [['Period', 'Mon'], [1, 'Math · T1 · R1']] });
    expect(records.sheetNames.timetable).toBeUndefined();
    expect(records.timetable).toEqual([]);
  });
});

describe('survey exports', () => {
  test("choice headers as survey tools write them: 'Choice #2', 'First choice', '3rd Choice'", () => {
    const { records, issues } = readWorkbook({ Votes: [['Timestamp', 'Name', 'First choice', 'Choice #2', '3rd Choice'], ['2024-05-01', 'Ann', 'Chess', 'Choir', 'Drama']] });
    expect(issues).toEqual([]);
    expect(records.votes[0]).toMatchObject({ student: 'Ann', choices: ['Chess', 'Choir', 'Drama'] });
  });

  test('a single Period name typed as a time is shown as a time', () => {
    const { records } = readWorkbook({ Settings: [['Setting', 'Value'], ['Periods per day', 1], ['Period names', 0.3541666667]] });
    expect(records.settings.periodNames).toEqual(['08:30']);
  });
});

describe('likely misspellings are pointed out', () => {
  test('a misspelt optional column is a warning at its header cell', () => {
    const { records, issues } = readWorkbook({ Teachers: [['ID', 'Unavailble', 'Notes'], ['T1', 'Mon']] });
    expect(records.teachers[0].unavailable).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', cell: 'B1', code: 'unknown-column', message: "The column 'Unavailble' is not read; it looks like 'Unavailable'" })]);
  });

  test('a misspelt required column: the missing-column error names it', () => {
    const { issues } = readWorkbook({ Courses: [['ID', 'Subject', 'Teacher', 'Class size', 'Lesson per week'], ['C', 'M', 'T', 3, 2]] });
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', cell: 'A1', code: 'missing-column', suggestion: "Did you mean 'Lesson per week' (E1)? Rename it to 'Lessons per week'." })]);
  });

  test("a misspelt sheet is a warning; the user's own sheets are left alone", () => {
    const { issues } = readWorkbook({ Teahcers: [['ID'], ['T1']], Notes: [['anything']], 'Timetable by Class': [['x']] });
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', sheet: 'Teahcers', cell: 'A1', code: 'unknown-sheet', message: "The sheet 'Teahcers' is not read; it looks like 'Teachers'" })]);
  });

  test('singular sheet names are accepted', () => {
    const { records } = readWorkbook({ Teacher: [['ID'], ['T1']], Course: [['ID', 'Subject', 'Teacher', 'Class size', 'Lessons per week'], ['C', 'M', 'T1', 3, 2]] });
    expect(records.teachers).toHaveLength(1);
    expect(records.courses).toHaveLength(1);
  });

  test('a bad required value says the row is left out', () => {
    const { records, issues } = readWorkbook({ Locations: [['ID', 'Capacity'], ['R1', 'big']] });
    expect(records.locations).toEqual([]);
    expect(issues[0].suggestion).toBe('Type a whole number such as 3. Until then this row is left out.');
  });
});

describe('day ranges', () => {
  test("Settings › Days accepts 'Mon-Fri' and 'Monday–Saturday'; 'A-day' stays a day", () => {
    expect(readWorkbook({ Settings: [['Days', 'Mon-Fri']] }).records.settings.days).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
    expect(readWorkbook({ Settings: [['Days', 'Monday–Saturday']] }).records.settings.days).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);
    expect(readWorkbook({ Settings: [['Days', 'A-day, B-day']] }).records.settings.days).toEqual(['A-day', 'B-day']);
  });

  test("day lists accept ranges: 'Tue-Thu'; Clubs › Days keeps only the club days inside a range", () => {
    const { records, issues } = readWorkbook({
      Settings: [['Club days', 'Mon, Wed, Fri']],
      Students: [['Student', 'Unavailable days'], ['Ann', 'Tue-Thu']],
      Clubs: [['Club', 'Days'], ['Chess', 'Mon-Wed'], ['Choir', 'Tue-Fri'], ['Band', 'Wed-Mon']],
    });
    expect(records.students[0].unavailableDays).toEqual([1, 2, 3]);
    expect(records.clubs.map((c) => c.days)).toEqual([[0, 2], [0, 2, 4], [0, 2, 4]]);
    expect(issues.map((i) => [i.sheet, i.cell, i.code])).toEqual([
      ['Clubs', 'B3', 'not-club-day'],
      ['Clubs', 'B4', 'unknown-day'],
    ]);
  });
});

test('sheetDefByName finds a definition by any accepted spelling', () => {
  expect(sheetDefByName('student_bodies')?.key).toBe('studentBodies');
  expect(sheetDefByName('Rooms')?.key).toBe('locations');
  expect(sheetDefByName('club assignments')?.key).toBe('clubAssignments');
  expect(sheetDefByName('Timetable by Class')).toBeUndefined();
});

test("the canonical header wins over an alias: Students with both 'ID' and 'Student' read Student, quietly", () => {
  const { records, issues } = readWorkbook({ Students: [['ID', 'Student', 'Name'], [1017, 'Ann Lee', 'Ann']] });
  expect(issues).toEqual([]);
  expect(records.students.map((s) => s.id)).toEqual(['Ann Lee']);
});
