// Club checks: contradictory numbers, who may join, places per club day, preselects, votes.
import { only, school, toSheetValues, validate, withCode, type School } from './fixtures';
import { readWorkbook } from '../../src/schema';
import { validateWorkbook } from '../../src/validate';

/** The fixture has no Max club days column; add one to Teachers for one teacher. */
function toSheetValuesWithMaxClubDays(s: School, teacher: string, days: number) {
  const values = toSheetValues(s);
  const rows = values.Teachers;
  rows[0].push('Max club days');
  for (const row of rows.slice(1)) row.push(row[0] === teacher ? days : null);
  return values;
}

describe('club rows', () => {
  test('Min members > Max members', () => {
    const s = school();
    s.Clubs[0]['Min members'] = 5;
    const issue = only(validate(s), 'club-min-over-max-members');
    expect(issue).toMatchObject({ severity: 'error', sheet: 'Clubs', cell: 'D2' });
    expect(issue.message).toContain('Min members 5 but Max members 4');
  });

  test('Min groups > Max groups', () => {
    const s = school();
    Object.assign(s.Clubs[1], { 'Min groups': 3, 'Max groups': 2 });
    const issue = only(validate(s), 'club-min-over-max-groups');
    expect(issue).toMatchObject({ sheet: 'Clubs', cell: 'G3' });
    expect(issue.message).toContain('Min groups 3 but Max groups 2');
  });

  test('Days per group > the days the club may run', () => {
    const s = school();
    s.Clubs[2]['Days per group'] = 2; // Choir runs on Tue only
    const issue = only(validate(s), 'club-days-per-group-over-days');
    expect(issue).toMatchObject({ sheet: 'Clubs', cell: 'I4' });
    expect(issue.message).toContain('Days per group 2 but may run on only 1 club day (Tue)');
  });

  test('the teacher\'s Max club days below groups × Days per group', () => {
    const s = school();
    s.Clubs[1]['Days per group'] = 'all'; // Chess: 1 group on Tue and Thu
    const t = toSheetValuesWithMaxClubDays(s, 'Ms Lee', 1);
    const issue = only(validateWorkbook(readWorkbook(t).records), 'club-teacher-days');
    expect(issue).toMatchObject({ severity: 'warning', sheet: 'Clubs', cell: 'B3' });
    expect(issue.message).toContain('Club Chess needs its teacher Ms Lee on 2 club days (1 group × 2 days per group), but Ms Lee may lead clubs on only 1 day (Max club days 1)');
  });

  test('a closed club with nobody preselected or whitelisted', () => {
    const s = school();
    s.Clubs[2].Closed = 'yes';
    const issue = only(validate(s), 'club-closed-empty');
    expect(issue).toMatchObject({ severity: 'warning', sheet: 'Clubs', cell: 'M4' });
    s.ClubRules.push({ Rule: 'whitelist', Club: 'Choir', Student: 'Sara Park' });
    expect(withCode(validate(s), 'club-closed-empty')).toEqual([]);
  });

  test('a club nobody may join', () => {
    const s = school();
    s.Clubs[0].Grades = '9-10';
    const issue = only(validate(s), 'club-no-eligible');
    expect(issue).toMatchObject({ severity: 'warning', sheet: 'Clubs', cell: 'K2' });
    expect(issue.message).toContain('Nobody of the 6 active students may join club Robotics (it is for grades 9, 10)');
  });
});

describe('places on a club day', () => {
  test('total places below the available active students: a warning with the count', () => {
    const s = school();
    for (const c of s.Clubs) c['Max members'] = 2; // Thu: Robotics + Chess = 4 places, 5 students (Tom is off)
    const issue = only(validate(s), 'club-day-places-short');
    expect(issue).toMatchObject({ severity: 'warning', sheet: 'Clubs', cell: 'A1' });
    expect(issue.message).toContain('On Thu 5 active students are available but the 2 clubs that may run that day offer at most 4 places: at least 1 student will be in Study Hall that day');
  });

  test('inactive students and more groups per day count', () => {
    const s = school();
    for (const c of s.Clubs) c['Max members'] = 2;
    s.Students[0].Active = 'no';
    expect(withCode(validate(s), 'club-day-places-short')).toEqual([]);
    const t = school();
    for (const c of t.Clubs) c['Max members'] = 2;
    Object.assign(t.Clubs[0], { 'Max groups': 2, 'Max groups per day': 2 });
    expect(withCode(validate(t), 'club-day-places-short')).toEqual([]);
  });
});

describe('preselects', () => {
  test('for a student outside Grades: a warning (the preselect places them anyway), silenced by a whitelist row', () => {
    const s = school();
    s.Clubs[1].Grades = '8'; // Chess; Mary Jones is in grade 7
    const issue = only(validate(s), 'preselect-ineligible');
    expect(issue).toMatchObject({ severity: 'warning', sheet: 'ClubRules', cell: 'C2' });
    expect(issue.message).toContain('Mary Jones is preselected into Chess but would not be allowed to join it (grade 7; Chess is for grades 8)');
    s.ClubRules.push({ Rule: 'whitelist', Club: 'Chess', Student: 'Mary Jones' });
    expect(withCode(validate(s), 'preselect-ineligible')).toEqual([]);
  });

  test('into a Closed club: that is what preselects are for', () => {
    const s = school();
    s.Clubs[1].Closed = 'yes';
    const issues = validate(s);
    expect(withCode(issues, 'preselect-ineligible')).toEqual([]);
    expect(withCode(issues, 'club-closed-empty')).toEqual([]);
  });

  test('for a student unavailable on every day the club runs', () => {
    const s = school();
    s.Clubs[1].Days = 'Thu';
    s.ClubRules.push({ Rule: 'preselect', Club: 'Chess', Student: 'Tom Wu' }); // row 4; Tom is off on Thu
    const issue = only(validate(s), 'preselect-unavailable');
    expect(issue).toMatchObject({ severity: 'error', sheet: 'ClubRules', cell: 'C4' });
    expect(issue.message).toContain('Tom Wu is preselected into Chess, which runs only on Thu, when Tom Wu is unavailable');
  });

  test('for a blacklisted student', () => {
    const s = school();
    s.ClubRules.push({ Rule: 'blacklist', Club: 'chess', Student: 'mary jones' });
    const issue = only(validate(s), 'preselect-blacklisted');
    expect(issue).toMatchObject({ sheet: 'ClubRules', cell: 'C2' });
  });

  test('into more club days than the student has', () => {
    const s = school();
    s.Clubs[1]['Days per group'] = 'all'; // Chess meets Tue and Thu
    s.ClubRules.push({ Rule: 'preselect', Club: 'Robotics', Student: 'Mary Jones' }); // row 4
    const issue = only(validate(s), 'preselect-too-many-days');
    expect(issue).toMatchObject({ severity: 'error', sheet: 'ClubRules', cell: 'C4' });
    expect(issue.message).toContain('Chess (2 days, every club day) and Robotics (1 day): 3 club days needed, but Mary Jones attends only 2 club days (Tue and Thu)');
  });

  test('for a student who is not Active: ignored, with a warning', () => {
    const s = school();
    s.Students[1].Active = 'no';
    const issue = only(validate(s), 'preselect-inactive');
    expect(issue).toMatchObject({ severity: 'warning', sheet: 'ClubRules', cell: 'C2' });
    expect(issue.message).toContain('Mary Jones is preselected into Chess but is not Active');
  });

  test('into two clubs that exclude each other', () => {
    const s = school();
    s.ClubRules.push({ Rule: 'preselect', Club: 'Robotics', Student: 'Sara Park' }, { Rule: 'preselect', Club: 'Choir', Student: 'Sara Park' });
    const issue = only(validate(s), 'preselect-excluded');
    expect(issue).toMatchObject({ sheet: 'ClubRules', cell: 'D3' });
    expect(issue.message).toContain('Sara Park is preselected into both');
  });
});

describe('votes for a club the student may not join', () => {
  test('one warning per club, listing the students', () => {
    const s = school();
    s.Clubs[0].Genders = 'f'; // Robotics: John and Ali voted for it
    const issues = withCode(validate(s), 'vote-ineligible');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'warning', sheet: 'Clubs', cell: 'A2' });
    expect(issues[0].message).toContain('2 students voted for Robotics (for f) but may not join it (gender m), so those votes are ignored: John Smith and Ali Khan.');
  });

  test('mixed reasons are given per student', () => {
    const s = school();
    s.Clubs[0].Genders = 'f';
    s.ClubRules.push({ Rule: 'blacklist', Club: 'Robotics', Student: 'Eva Berg' });
    const issue = only(validate(s), 'vote-ineligible');
    expect(issue.message).toContain('3 students voted for Robotics');
    expect(issue.message).toContain('John Smith (gender m), Ali Khan (gender m) and Eva Berg (blacklisted)');
  });

  test('a vote for a parent counts for the branch the student may join', () => {
    const s = school();
    s.Clubs[0].Grades = '8';
    s.Clubs.push({ Club: 'Robotics Junior', 'Branch of': 'Robotics', Grades: '7', 'Min members': 1, 'Max members': 4 });
    expect(withCode(validate(s), 'vote-ineligible')).toEqual([]);
  });

  test('a vote for a merged club counts for the club it merges into', () => {
    const s = school();
    s.Clubs[0].Grades = '8';
    s.Clubs.push({ Club: 'Lego', 'Merge into': 'Robotics' });
    s.Votes[1]['Choice 3'] = 'Lego'; // Mary Jones, grade 7; John Smith (grade 7) voted Robotics directly
    const issue = only(validate(s), 'vote-ineligible');
    expect(issue.cell).toBe('A2');
    expect(issue.message).toContain('may not join it (grade 7), so those votes are ignored: John Smith and Mary Jones.');
  });

  test('students unavailable on every day of the club', () => {
    const s = school();
    s.Clubs[1].Days = 'Thu'; // Chess; Tom Wu is off on Thu
    const issue = only(validate(s), 'vote-ineligible');
    expect(issue.message).toContain('1 student voted for Chess but may not join it (unavailable on its days), so those votes are ignored: Tom Wu.');
  });
});
