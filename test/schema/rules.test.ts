// One test per General rule of SCHEMA.md, through readWorkbook as a user would meet it.
import { readWorkbook, type Issue } from '../../src/schema';

const errorsOf = (issues: Issue[]) => issues.filter((i) => i.severity === 'error');

describe('names', () => {
  test('sheet and column names match ignoring case, spaces, hyphens and underscores', () => {
    for (const sheet of ['StudentBodies', 'Student Bodies', 'student_bodies', 'STUDENT-BODIES']) {
      const { records, issues } = readWorkbook({ [sheet]: [['i_d', 'SIZE', 'Lessons-Per Week'], ['7a', 28, 30]] });
      expect(errorsOf(issues)).toEqual([]);
      expect(records.sheetNames.studentBodies).toBe(sheet);
      expect(records.studentBodies).toEqual([expect.objectContaining({ id: '7a', size: 28, lessonsPerWeek: 30 })]);
    }
  });

  test('a second sheet with the same normalised name is ignored with a warning', () => {
    const { records, issues } = readWorkbook({ Teachers: [['ID'], ['T1']], teachers_: [['ID'], ['T2']] });
    expect(records.teachers.map((t) => t.id)).toEqual(['T1']);
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', sheet: 'teachers_', code: 'duplicate-sheet' })]);
  });
});

describe('layout', () => {
  test('header is the first non-empty row; the table may start anywhere (Excel table = cells)', () => {
    const { records, issues } = readWorkbook({
      Locations: [[], [null, null], [null, null, 'ID', 'Capacity'], [null, null, 'R1', 30], [], [null, null, 'R2', '12']],
    });
    expect(issues).toEqual([]);
    expect(records.locations.map((l) => [l.id, l.capacity, l.origin.row, l.origin.rowCell])).toEqual([
      ['R1', 30, 4, 'C4'],
      ['R2', 12, 6, 'C6'],
    ]);
    expect(records.headerCells.locations).toBe('C3');
  });

  test('unknown columns are ignored, also rows that only have notes in them', () => {
    const { records, issues } = readWorkbook({
      Locations: [['ID', 'Notes', 'Capacity'], ['R1', 'needs paint', 30], [null, 'a note on its own', null]],
    });
    expect(issues).toEqual([]);
    expect(records.locations).toHaveLength(1);
    expect(records.locations[0]).not.toHaveProperty('notes');
  });

  test('a missing optional column means its default', () => {
    const { records } = readWorkbook({
      Courses: [['ID', 'Subject', 'Teacher', 'Class size', 'Lessons per week'], ['C1', 'Math', 'T1', 20, 4]],
      Groups: [['ID', 'Members', 'Meeting times'], ['Staff', 'T1', 'Wed 6']],
      Clubs: [['Club'], ['Chess']],
    });
    expect(records.courses[0]).toMatchObject({ minConsecutive: 1, minDays: 0, optional: false, rooms: [], facilities: [], fixedTimes: [] });
    expect(records.courses[0].maxPerDay).toBeUndefined();
    expect(records.groups[0].mandatory).toBe(true);
    expect(records.clubs[0]).toMatchObject({ minMembers: 6, maxMembers: 25, minGroups: 1, maxGroups: 1, daysPerGroup: 1, maxGroupsPerDay: 1, closed: false, days: [0, 1, 2, 3, 4] });
    expect(records.clubs[0].grades).toBeUndefined();
  });

  test('a missing required column is an error at the header row’s first cell naming the column', () => {
    const { records, issues } = readWorkbook({ Courses: [[null, 'ID', 'Subject', 'Teacher'], [null, 'C1', 'Math', 'T1']] });
    expect(records.courses).toEqual([]);
    expect(errorsOf(issues)).toEqual([
      expect.objectContaining({ sheet: 'Courses', cell: 'B1', code: 'missing-column', message: "Courses has no 'Lessons per week' column; it is required" }),
    ]);
  });

  test('a blank required cell skips the row with an error at that cell; other rows still read', () => {
    const { records, issues } = readWorkbook({ Teachers: [['ID', 'Name'], [null, 'Nobody'], ['T2', 'Two']] });
    expect(records.teachers.map((t) => t.id)).toEqual(['T2']);
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', cell: 'A2', code: 'missing-value' })]);
  });

  test('an empty sheet is a warning, not a crash', () => {
    const { records, issues } = readWorkbook({ Teachers: [] });
    expect(records.teachers).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', cell: 'A1', code: 'empty-sheet' })]);
  });
});

describe('IDs', () => {
  test('trimmed, inner white space collapsed, case kept; numbers become text', () => {
    const { records } = readWorkbook({ Teachers: [['ID'], ['  Mrs   van  Dijk '], [101]] });
    expect(records.teachers.map((t) => t.id)).toEqual(['Mrs van Dijk', '101']);
  });
});

describe('lists', () => {
  test('split on , or ; with blanks dropped', () => {
    const { records } = readWorkbook({ Locations: [['ID', 'Capacity', 'Facilities'], ['Lab', 24, ' sinks;gas , projector ;; ']] });
    expect(records.locations[0].facilities).toEqual(['sinks', 'gas', 'projector']);
  });

  test('grades accept ranges and normalise labels', () => {
    const { records, issues } = readWorkbook({
      Clubs: [['Club', 'Grades'], ['A', '9-10, 12'], ['B', 'Grade 7 – 8'], ['C', 11], ['D', '09; K'], ['E', '10-9']],
      Students: [['Student', 'Grade'], ['Ann', 'Year 9'], ['Bob', 10], ['Cid', 'K']],
    });
    expect(records.clubs.map((c) => c.grades)).toEqual([['9', '10', '12'], ['7', '8'], ['11'], ['9', 'K'], undefined]);
    expect(records.students.map((s) => s.grade)).toEqual(['9', '10', 'K']);
    expect(issues).toEqual([expect.objectContaining({ cell: 'B6', code: 'bad-grade-range' })]);
  });
});

describe('days', () => {
  const settings = [['Setting', 'Value'], ['Days', 'Monday, Tuesday, Wednesday, Thursday, Friday']];

  test('matched case-insensitively and by their first three letters', () => {
    const { records, issues } = readWorkbook({
      Settings: settings,
      Students: [['Student', 'Unavailable days'], ['Ann', 'MONDAY'], ['Bob', 'tue; Wed'], ['Cid', 'thurs, fri.']],
    });
    expect(issues).toEqual([]);
    expect(records.students.map((s) => s.unavailableDays)).toEqual([[0], [1, 2], [3, 4]]);
  });

  test('an unknown day is an error at its cell suggesting the nearest day name', () => {
    const { issues } = readWorkbook({ Settings: settings, Students: [['Student', 'Unavailable days'], ['Ann', 'Mon, Wendsday']] });
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'error', cell: 'B2', code: 'unknown-day', suggestion: "Did you mean 'Wednesday'?" }),
    ]);
  });

  test('custom day names sharing three letters must be written in full', () => {
    const { records, issues } = readWorkbook({
      Settings: [['Setting', 'Value'], ['Days', 'Day 1, Day 2, Day 3']],
      Students: [['Student', 'Unavailable days'], ['Ann', 'day 2'], ['Bob', 'Day']],
    });
    expect(records.students[0].unavailableDays).toEqual([1]);
    expect(issues).toEqual([expect.objectContaining({ cell: 'B3', code: 'unknown-day' })]);
  });
});

describe('slots and periods', () => {
  const wb = (unavailable: unknown) => readWorkbook({ Settings: [['Setting', 'Value'], ['Periods per day', 4]], Teachers: [['ID', 'Unavailable'], ['T1', unavailable]] });

  test("'Mon 3' is one period, 'Mon 3-4' a range, 'Mon' the whole day; periods are stored 0-based", () => {
    const { records, issues } = wb('Mon 3, Tue 2-3; Fri, wed 1');
    expect(issues).toEqual([]);
    expect(records.teachers[0].unavailable).toEqual([
      { day: 0, period: 2 },
      { day: 1, period: 1 },
      { day: 1, period: 2 },
      { day: 2, period: 0 },
      { day: 4, period: 0 },
      { day: 4, period: 1 },
      { day: 4, period: 2 },
      { day: 4, period: 3 },
    ]);
  });

  test.each([
    ['Mon 5', 'period-out-of-range', /period 5 .* outside 1–4/],
    ['Mon 0', 'period-out-of-range', /outside 1–4/],
    ['Mon 3-2', 'bad-slot', /ends before it starts/],
    ['Mun 2', 'unknown-day', /'Mun' is not a day/],
    ['3', 'bad-slot', /must be a list of slots/],
  ])('%s is an error at the cell', (text, code, message) => {
    const { records, issues } = wb(text);
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', cell: 'B2', code, message: expect.stringMatching(message) })]);
    expect(records.teachers[0].unavailable).toEqual([]); // falls back to the default, the row still reads
  });

  test('a period column takes 1 … Periods per day and stores it 0-based', () => {
    const { records, issues } = readWorkbook({
      Settings: [['Setting', 'Value'], ['Periods per day', 5]],
      Courses: [['ID', 'Subject', 'Teacher', 'Class size', 'Lessons per week', 'Preferred period'], ['A', 'M', 'T', 9, 1, 5], ['B', 'M', 'T', 9, 1, 6]],
    });
    expect(records.courses.map((c) => c.preferredPeriod)).toEqual([4, undefined]);
    expect(issues).toEqual([expect.objectContaining({ cell: 'F3', message: 'Preferred period must be a period number from 1 to 5; found 6' })]);
  });
});

describe('yes/no', () => {
  test('words, Excel booleans and 1/0; blank = the default', () => {
    const yes = ['yes', 'Y', 'true', '1', 'x', 'X', true, 1];
    const no = ['no', 'N', 'FALSE', '0', false, 0];
    const rows = [...yes, ...no, null].map((v, i) => ['C' + i, 'M', 'T', 10, 1, v]);
    const { records, issues } = readWorkbook({ Courses: [['ID', 'Subject', 'Teacher', 'Class size', 'Lessons per week', 'Optional'], ...rows] });
    expect(issues).toEqual([]);
    expect(records.courses.map((c) => c.optional)).toEqual([...yes.map(() => true), ...no.map(() => false), false]);
  });

  test('anything else is an error at the cell', () => {
    const { issues } = readWorkbook({ Groups: [['ID', 'Members', 'Meeting times', 'Mandatory'], ['G', 'T1', 'Mon 1', 'maybe'], ['H', 'T1', 'Mon 1', 2]] });
    expect(issues.map((i) => [i.cell, i.message])).toEqual([
      ['D2', "Mandatory must be yes or no; found 'maybe'"],
      ['D3', 'Mandatory must be yes or no; found 2'],
    ]);
  });
});

describe('numbers', () => {
  test('Excel numbers or numeric text; integers where stated', () => {
    const { records, issues } = readWorkbook({
      Courses: [
        ['ID', 'Subject', 'Teacher', 'Class size', 'Lessons per week'],
        ['A', 'M', 'T', ' 25 ', '4'],
        ['B', 'M', 'T', 25, 'three'],
        ['C', 'M', 'T', 25, 2.5],
        ['D', 'M', 'T', 25, 0],
        ['E', 'M', 'T', 25, Number.NaN],
      ],
    });
    expect(records.courses.map((c) => [c.id, c.classSize, c.lessonsPerWeek])).toEqual([['A', 25, 4]]);
    expect(issues.map((i) => [i.cell, i.message])).toEqual([
      ['E3', "Lessons per week must be a whole number ≥ 1; found 'three'"],
      ['E4', 'Lessons per week must be a whole number ≥ 1; found 2.5'],
      ['E5', 'Lessons per week must be a whole number ≥ 1; found 0'],
      ['E6', 'Lessons per week must be a whole number ≥ 1; found the number NaN'],
    ]);
    expect(issues[0].suggestion).toBe('Type a whole number such as 3. Until then this row is left out.');
  });

  test('weights take fractional numbers', () => {
    const { records, issues } = readWorkbook({ Weights: [['Criterion', 'Weight'], ['Student gap', '2.5'], ['Teacher gap', 0.5]] });
    expect(issues).toEqual([]);
    expect(records.weights.values).toEqual({ 'Student gap': 2.5, 'Teacher gap': 0.5 });
  });
});

describe('values no column accepts', () => {
  test.each([
    ['an Excel error', '#N/A', /holds the Excel error #N\/A/],
    ['a date', new Date(Date.UTC(2024, 4, 1)), /found a date \(2024-05-01\)/],
    ['a boolean in a number column', true, /found TRUE/],
    ['Infinity', Infinity, /found the number Infinity/],
    ['a huge string', 'x'.repeat(100_000), /found a text of 100,000 characters/],
  ])('%s is a clear error', (_what, value, message) => {
    const { records, issues } = readWorkbook({ Locations: [['ID', 'Capacity'], ['R1', value], ['R2', 10]] });
    expect(records.locations.map((l) => l.id)).toEqual(['R2']);
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', sheet: 'Locations', cell: 'B2', message: expect.stringMatching(message) })]);
    expect(issues[0].message.length).toBeLessThan(200);
  });

  test('a huge ID is too long; the message does not repeat it', () => {
    const { issues } = readWorkbook({ Teachers: [['ID'], ['y'.repeat(100_000)]] });
    expect(issues).toEqual([expect.objectContaining({ cell: 'A2', code: 'too-long' })]);
    expect(issues[0].message.length).toBeLessThan(200);
  });

  test('ExcelJS-style rich text, formula results and hyperlinks are read as their text', () => {
    const { records, issues } = readWorkbook({
      Locations: [
        ['ID', 'Capacity'],
        [{ richText: [{ text: 'Lab' }, { text: ' 1' }] }, { formula: 'A1*2', result: 24 }],
        [{ text: 'Hall', hyperlink: 'https://example.org' }, { error: '#DIV/0!' }],
      ],
    });
    expect(records.locations.map((l) => [l.id, l.capacity])).toEqual([['Lab 1', 24]]);
    expect(issues).toEqual([expect.objectContaining({ cell: 'B3', code: 'excel-error' })]);
  });
});
