// Every ID reference must exist: an error at the referencing cell with the nearest IDs suggested.
import { only, school, toSheetValues, validate, withCode } from './fixtures';
import { readWorkbook } from '../../src/schema';
import { validateWorkbook } from '../../src/validate';

describe('unknown references', () => {
  test('Votes › Student "Jon Smith" suggests "John Smith"', () => {
    const s = school();
    s.Votes[1].Student = 'Jon Smith'; // row 3 (Mary Jones's vote)
    const issue = only(validate(s), 'unknown-reference');
    expect(issue).toMatchObject({ severity: 'error', sheet: 'Votes', cell: 'A3' });
    expect(issue.message).toContain("'Jon Smith'");
    expect(issue.suggestion).toContain("'John Smith'");
  });

  test('a vote choice "Robotic" suggests "Robotics"; the study hall name is a valid choice', () => {
    const s = school();
    s.Votes[2]['Choice 3'] = 'Robotic'; // row 4, column D
    const issues = validate(s);
    const issue = only(issues, 'unknown-reference');
    expect(issue).toMatchObject({ sheet: 'Votes', cell: 'D4' });
    expect(issue.message).toContain('Choice 3');
    expect(issue.suggestion).toContain("'Robotics'");
  });

  test('a club\'s Display name where its ID belongs', () => {
    const s = school();
    s.Votes[3]['Choice 2'] = 'robotics club'; // row 5, column C
    const values = toSheetValues(s);
    values.Clubs[0].push('Display name');
    values.Clubs[1].push('Robotics Club');
    const issue = only(validateWorkbook(readWorkbook(values).records), 'unknown-reference');
    expect(issue).toMatchObject({ sheet: 'Votes', cell: 'C5' });
    expect(issue.message).toContain('is the Display name of club Robotics, not its ID');
    expect(issue.suggestion).toContain("'Robotics'");
  });

  test('Also known as resolves names in Votes and ClubRules › Student', () => {
    const s = school();
    s.ClubRules.push({ Rule: 'whitelist', Club: 'Robotics', Student: 'johnny' });
    expect(validate(s)).toEqual([]);
  });

  test('a list cell names the bad item, at that cell', () => {
    const s = school();
    s.Courses[3].Teacher = 'Mrs Khan, Mr Rey'; // 7B Science, row 5
    const issue = only(validate(s), 'unknown-reference');
    expect(issue).toMatchObject({ sheet: 'Courses', cell: 'C5' });
    expect(issue.message).toContain("'Mr Rey'");
    expect(issue.message).not.toContain("'Mrs Khan'");
    expect(issue.suggestion).toContain("'Mr Ray'");
  });

  test.each([
    ['Courses', 0, 'Student bodies', '7C', 'D2', '7A'],
    ['Courses', 4, 'Room', 'Hal', 'I6', 'Hall'],
    ['Groups', 0, 'Members', 'Ms Lee, 7Z', 'B2', undefined],
    ['Groups', 0, 'Room', 'R3', 'D2', 'R1'],
    ['Teachers', 1, 'Home room', 'Lab1', 'F3', 'Lab'],
    ['Clubs', 1, 'Teacher', 'Ms Le', 'B3', 'Ms Lee'],
    ['Clubs', 2, 'Branch of', 'Chesss', 'N4', 'Chess'],
    ['Clubs', 2, 'Merge into', 'Robotix', 'O4', 'Robotics'],
    ['Students', 3, 'Student body', '7b ', undefined, undefined],
    ['Students', 3, 'Student body', '8B', 'G5', '7B'],
    ['ClubRules', 0, 'Club', 'Ches', 'B2', 'Chess'],
    ['ClubRules', 0, 'Student', 'Mary Jone', 'C2', 'Mary Jones'],
    ['ClubRules', 1, 'Other club', 'Quire', 'D3', undefined],
  ] as const)('%s › %s = %s', (sheet, row, column, value, cell, near) => {
    const s = school();
    (s[sheet] as Array<Record<string, unknown>>)[row][column] = value;
    const issues = withCode(validate(s), 'unknown-reference');
    if (cell === undefined) {
      expect(issues).toEqual([]); // '7b ' is 7B: IDs ignore case and spaces
      return;
    }
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', sheet, cell });
    if (near) expect(issues[0].suggestion).toContain(`'${near}'`);
    else expect(issues[0].suggestion).toBeDefined();
  });

  test('Groups › Members may be teachers or student bodies', () => {
    const s = school();
    s.Groups[0].Members = 'Ms Lee, 7A, 7Z';
    const issue = only(validate(s), 'unknown-reference');
    expect(issue.message).toBe("Groups › Members: '7Z' is not a teacher or student body in Teachers or StudentBodies.");
  });

  test('a whole missing sheet is one issue per column, not one per row', () => {
    const s = school();
    const { Locations: _drop, ...rest } = s;
    rest.Courses[0].Room = 'R1';
    rest.Courses[1].Room = 'R2';
    const issues = validate(rest);
    expect(withCode(issues, 'unknown-reference')).toEqual([]);
    const missing = withCode(issues, 'missing-sheet');
    // Courses › Room (one for both rows), Groups › Room, Teachers › Home room
    expect(missing.map((i) => `${i.sheet}!${i.cell}`)).toEqual(['Courses!I2', 'Groups!D2', 'Teachers!F2']);
  });
});
