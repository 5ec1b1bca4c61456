import { school, validate, read } from './fixtures';

test('the clean school has no cross-sheet or feasibility issues', () => {
  expect(validate(school())).toEqual([]);
});

test('the fixture really is read: every sheet has records', () => {
  const r = read(school());
  expect([r.teachers.length, r.locations.length, r.studentBodies.length, r.courses.length, r.groups.length, r.clubs.length, r.students.length, r.votes.length, r.clubRules.length]).toEqual([3, 4, 2, 9, 1, 3, 6, 6, 2]);
});
