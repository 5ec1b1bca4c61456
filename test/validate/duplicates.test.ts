// Duplicate IDs, double votes (also through Also known as), repeated choices, Merge into loops.
import { only, school, validate, withCode } from './fixtures';

test('a duplicate ID is an error at the second, naming the first cell', () => {
  const s = school();
  s.Teachers.push({ ID: 'ms  LEE' }); // row 5
  const issue = only(validate(s), 'duplicate-id');
  expect(issue).toMatchObject({ severity: 'error', sheet: 'Teachers', cell: 'A5' });
  expect(issue.message).toContain('Teachers!A2');
});

test('duplicate IDs are found in every ID sheet', () => {
  const s = school();
  s.Locations.push({ ID: 'r2', Capacity: 10 });
  s.Courses.push({ ID: '7a maths', Subject: 'Maths', Teacher: 'Ms Lee', 'Class size': 3, 'Lessons per week': 1, Optional: 'yes' });
  s.Clubs.push({ Club: 'CHESS' });
  s.Students.push({ Student: 'Eva  Berg' });
  const cells = withCode(validate(s), 'duplicate-id').map((i) => `${i.sheet}!${i.cell}`);
  expect(cells).toEqual(['Locations!A6', 'Courses!A11', 'Clubs!A5', 'Students!A8']);
});

test('two Votes rows for one student, through Also known as', () => {
  const s = school();
  s.Votes.push({ Student: 'John Smith', 'Choice 1': 'Chess' }); // row 8; row 2 voted as 'Johnny'
  const issue = only(validate(s), 'duplicate-vote');
  expect(issue).toMatchObject({ severity: 'error', sheet: 'Votes', cell: 'A8' });
  expect(issue.message).toContain('Votes!A2');
  expect(issue.message).toContain("'John Smith' and 'Johnny'");
});

test('the same club twice in one student\'s choices', () => {
  const s = school();
  s.Votes[4]['Choice 3'] = 'chess'; // Tom Wu, row 6: Choice 1 is Chess
  const issue = only(validate(s), 'duplicate-choice');
  expect(issue).toMatchObject({ severity: 'warning', sheet: 'Votes', cell: 'D6' });
  expect(issue.message).toContain('Choice 1');
  expect(issue.message).toContain('Choice 3');
});

test('a Merge into chain that loops is one error at its first club', () => {
  const s = school();
  s.Clubs[0]['Merge into'] = 'Chess'; // Robotics → Chess → Choir → Robotics
  s.Clubs[1]['Merge into'] = 'Choir';
  s.Clubs[2]['Merge into'] = 'Robotics';
  const issue = only(validate(s), 'merge-loop');
  expect(issue).toMatchObject({ severity: 'error', sheet: 'Clubs', cell: 'O2' });
  expect(issue.message).toContain('Robotics → Chess → Choir → Robotics');
  // Nothing is merged in a loop: the clubs still run, so there is no shortage of places.
  expect(withCode(validate(s), 'club-day-places-short')).toEqual([]);
});

test('a Merge into chain that ends is fine', () => {
  const s = school();
  s.Clubs.push({ Club: 'Lego', 'Merge into': 'Robots' }, { Club: 'Robots', 'Merge into': 'Robotics' });
  expect(withCode(validate(s), 'merge-loop')).toEqual([]);
});

test('a club that is its own branch', () => {
  const s = school();
  s.Clubs[2]['Branch of'] = 'choir';
  expect(only(validate(s), 'branch-loop')).toMatchObject({ cell: 'N4' });
});

test('an Also known as that is another student\'s ID is ambiguous', () => {
  const s = school();
  s.Students[5]['Also known as'] = 'Tom Wu';
  expect(only(validate(s), 'ambiguous-alias')).toMatchObject({ severity: 'warning', sheet: 'Students', cell: 'F7' });
});
