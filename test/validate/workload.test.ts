// Workload and teaching capacity (WeekDaze-style): the numbers that clash appear in the message.
import { only, school, validate, withCode } from './fixtures';

describe('student body workload', () => {
  test('required lessons exceed available periods', () => {
    const s = school();
    s.StudentBodies[0].Unavailable = 'Tue, Wed, Thu'; // 7A keeps Mon and Fri: 12 periods for 13 lessons
    const issue = only(validate(s), 'body-overbooked');
    expect(issue).toMatchObject({ severity: 'error', sheet: 'StudentBodies', cell: 'A2' });
    expect(issue.message).toContain('needs 13 lessons a week');
    expect(issue.message).toContain('12 available periods (6 per day × 5 days − 18 unavailable)');
    expect(issue.suggestion).toMatch(/\(1\).*\(2\)/);
  });

  test('mandatory meetings take periods too', () => {
    const s = school();
    s.StudentBodies[0].Unavailable = 'Tue, Wed, Thu 1-5'; // 13 periods left, one taken by a meeting
    s.Groups.push({ ID: 'Assembly', Members: '7A', 'Meeting times': 'Fri 6', Room: 'Hall' });
    const issue = only(validate(s), 'body-overbooked');
    expect(issue.message).toContain('12 available periods (6 per day × 5 days − 17 unavailable − 1 in meetings)');
  });

  test('Max lessons per day × available days is below the required lessons', () => {
    const s = school();
    s.StudentBodies[1]['Max lessons per day'] = 2; // 7B needs 12, 2 × 5 = 10
    const issue = only(validate(s), 'body-over-max-per-day');
    expect(issue).toMatchObject({ sheet: 'StudentBodies', cell: 'E3' });
    expect(issue.message).toContain('needs 12 lessons');
    expect(issue.message).toContain('at most 10 over its 5 available days');
  });

  test('required lessons exceed Lessons per week (upper workload)', () => {
    const s = school();
    s.StudentBodies[0]['Lessons per week'] = 10;
    const issue = only(validate(s), 'body-over-lessons-per-week');
    expect(issue).toMatchObject({ sheet: 'StudentBodies', cell: 'D2' });
    expect(issue.message).toContain('Lessons per week 10');
    expect(issue.message).toContain('add up to 13');
  });

  test('core + optional lessons fall short of Lessons per week (lower workload)', () => {
    const s = school();
    s.StudentBodies[0]['Lessons per week'] = 20;
    s.Courses.push({ ID: '7A Drama', Subject: 'Drama', Teacher: 'Mr Ray', 'Student bodies': '7A', 'Lessons per week': 2, Optional: 'yes' });
    const issue = only(validate(s), 'body-under-lessons-per-week');
    expect(issue).toMatchObject({ sheet: 'StudentBodies', cell: 'D2' });
    expect(issue.message).toContain('must be taught 20 lessons a week but its courses offer only 15 (13 required + 2 optional)');
  });

  test('Lessons per week above what the body can take', () => {
    const s = school();
    s.StudentBodies[0]['Lessons per week'] = 16;
    s.StudentBodies[0].Unavailable = 'Thu, Fri, Wed 4-6'; // 15 periods
    s.Courses.push({ ID: '7A Drama', Subject: 'Drama', Teacher: 'Mr Ray', 'Student bodies': '7A', 'Lessons per week': 5, Optional: 'yes' });
    const issue = only(validate(s), 'body-lessons-per-week-unreachable');
    expect(issue.cell).toBe('D2');
    expect(issue.message).toContain('16 lessons a week but can take at most 15');
  });
});

describe('teacher workload (courses where they are the only candidate)', () => {
  test('lessons plus mandatory meetings exceed available periods', () => {
    const s = school();
    s.Teachers[0].Unavailable = 'Tue, Wed 1-5, Thu, Fri'; // Ms Lee: Mon + Wed 6 (the staff meeting)
    const issue = only(validate(s), 'teacher-overbooked');
    expect(issue).toMatchObject({ severity: 'error', sheet: 'Teachers', cell: 'A2' });
    expect(issue.message).toContain('8 lessons a week');
    expect(issue.message).toContain('plus 1 mandatory meeting period: 9 needed');
    expect(issue.message).toContain('only 7 available periods (6 per day × 5 days − 23 unavailable)');
    expect(issue.message).toContain('7A Maths 5');
  });

  test('a course with a second candidate does not count towards one teacher', () => {
    const s = school();
    s.Teachers[2]['Max lessons per week'] = 5; // Mrs Khan: 5 certain lessons; 7B Science can go to Mr Ray
    expect(withCode(validate(s), 'teacher-over-max-per-week')).toEqual([]);
  });

  test('lessons exceed Max lessons per week', () => {
    const s = school();
    s.Teachers[0]['Max lessons per week'] = 6;
    const issue = only(validate(s), 'teacher-over-max-per-week');
    expect(issue).toMatchObject({ sheet: 'Teachers', cell: 'C2' });
    expect(issue.message).toContain('8 lessons a week');
    expect(issue.message).toContain('Max lessons per week 6');
  });

  test('lessons exceed Max lessons per day × days', () => {
    const s = school();
    s.Teachers[2]['Max days'] = 1; // Mrs Khan: 4 a day on 1 day for 5 lessons
    const issue = only(validate(s), 'teacher-over-max-per-day');
    expect(issue).toMatchObject({ sheet: 'Teachers', cell: 'D4' });
    expect(issue.message).toContain('5 lessons a week');
    expect(issue.message).toContain('Max lessons per day 4 × 1 day (Max days 1) allows at most 4');
  });
});

describe('teaching capacity', () => {
  test('courses whose candidate teachers together cannot cover them', () => {
    const s = school();
    s.Teachers[0]['Max lessons per week'] = 9; // Ms Lee: 8 certain + 1 spare
    s.Teachers[2]['Max days'] = 2; // Mrs Khan: 4 × 2 = 8, 5 certain + 3 spare
    s.Courses.push(
      { ID: 'Study Skills', Subject: 'Study', Teacher: 'Ms Lee, Mrs Khan', 'Class size': 10, 'Lessons per week': 3 },
      { ID: 'Reading', Subject: 'Reading', Teacher: 'Mrs Khan, Ms Lee', 'Class size': 10, 'Lessons per week': 3 },
    );
    const issues = validate(s);
    expect(withCode(issues, 'teacher-overbooked')).toEqual([]);
    const issue = only(issues, 'teaching-capacity');
    expect(issue).toMatchObject({ severity: 'error', sheet: 'Courses', cell: 'C2' });
    expect(issue.message).toContain('need 19 lessons a week');
    expect(issue.message).toContain('at most 17 between them (Ms Lee 9 and Mrs Khan 8): 2 short');
    expect(issue.message).toContain('Study Skills (3)');
    expect(issue.message).not.toContain('7B Science'); // Mr Ray can take it
  });

  test('spare capacity elsewhere in the set is used: no issue when the union suffices', () => {
    const s = school();
    s.Teachers[0]['Max lessons per week'] = 9;
    s.Courses.push({ ID: 'Study Skills', Subject: 'Study', Teacher: 'Ms Lee, Mrs Khan', 'Class size': 10, 'Lessons per week': 6 });
    expect(withCode(validate(s), 'teaching-capacity')).toEqual([]);
  });

  test('one teacher teaches all lessons: a course larger than each candidate', () => {
    const s = school();
    s.Courses.push({ ID: 'Big', Subject: 'Projects', Teacher: 'Mrs Khan, Mr Ray', 'Class size': 5, 'Lessons per week': 24 });
    const issue = only(validate(s), 'course-teacher-capacity');
    expect(issue).toMatchObject({ sheet: 'Courses', cell: 'C11' });
    expect(issue.message).toContain('24 lessons a week from one teacher');
    expect(issue.message).toContain('Mrs Khan 20 and Mr Ray 23');
  });
});
