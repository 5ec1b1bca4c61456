// Per-course feasibility, Fixed times, Sync and Groups.
import { only, read, school, validate, withCode } from './fixtures';
import { validateWorkbook } from '../../src/validate';

describe('rooms', () => {
  test('no room can host a course: capacity (hard) and facilities, per room', () => {
    const s = school();
    s.StudentBodies[0].Size = 30; // 7A Science needs a lab for 30; the Lab holds 26
    const issue = only(validate(s), 'no-room-for-course');
    expect(issue).toMatchObject({ severity: 'error', sheet: 'Courses', cell: 'J4' });
    expect(issue.message).toContain('course 7A Science (30 students, needs lab)');
    expect(issue.message).toContain('Lab holds 26');
    expect(issue.message).toContain('R1 lacks lab');
    expect(issue.suggestion).toContain('raise Capacity of Lab to 30');
    expect(issue.suggestion).toContain('Room capacity to soft');
  });

  test('Class size overrides the bodies\' sizes', () => {
    const s = school();
    s.StudentBodies[0].Size = 30;
    s.Courses[2]['Class size'] = 20;
    expect(withCode(validate(s), 'no-room-for-course')).toEqual([]);
  });

  test('capacity does not matter when Room capacity is soft', () => {
    const s = school();
    s.StudentBodies[0].Size = 30;
    s.Settings['Room capacity'] = 'soft';
    expect(withCode(validate(s), 'no-room-for-course')).toEqual([]);
  });

  test('a candidate list where no room fits, at the Room cell', () => {
    const s = school();
    s.Courses[4].Room = 'R1, R2'; // 7 PE: 46 students, rooms hold 30
    const issue = only(validate(s), 'no-room-for-course');
    expect(issue.cell).toBe('I6');
    expect(issue.message).toContain('46 students');
    expect(issue.message).toContain('R1 holds 30; R2 holds 30');
  });

  test('the fitting rooms are free too rarely', () => {
    const s = school();
    s.Locations[2].Unavailable = 'Mon, Tue, Wed, Thu, Fri 1-4'; // the Lab: 2 periods a week
    const issues = withCode(validate(s), 'no-room-for-course');
    expect(issues.map((i) => i.cell)).toEqual(['J4', 'J5']);
    expect(issues[0].message).toContain('free at only 2 periods');
    expect(issues[0].message).toContain('needs 3 lessons');
  });
});

test('room capacity: the courses that need the only lab need more lessons than it is free', () => {
  const s = school();
  s.Locations[2].Unavailable = 'Mon, Tue, Wed, Thu, Fri 1'; // the Lab: 5 periods; each science course alone fits
  const issues = validate(s);
  expect(withCode(issues, 'no-room-for-course')).toEqual([]);
  const issue = only(issues, 'room-capacity');
  expect(issue).toMatchObject({ severity: 'error', sheet: 'Courses', cell: 'J4' });
  expect(issue.message).toContain('Courses 7A Science (3) and 7B Science (3) need 6 lessons a week in the rooms that fit them (Lab 5), which are free for only 5 periods between them: 1 short.');
  expect(issue.suggestion).toContain('add lab to the Facilities of another room');
});

test('room capacity: a meeting in a room takes its periods', () => {
  const s = school();
  s.Locations[2].Unavailable = 'Mon, Tue, Wed, Thu';
  s.Groups.push({ ID: 'Lab safety', Members: 'Mrs Khan', 'Meeting times': 'Fri 1', Room: 'Lab', Mandatory: 'no' });
  expect(only(validate(s), 'room-capacity').message).toContain('free for only 5 periods');
});

describe('consecutive lessons and lessons per day', () => {
  test('Min consecutive longer than a day (checked even if the reader let it through)', () => {
    const r = read(school());
    r.courses[3].minConsecutive = 7;
    const issue = only(validateWorkbook(r), 'min-consecutive-too-long');
    expect(issue).toMatchObject({ sheet: 'Courses', cell: 'G5' });
    expect(issue.message).toContain('Min consecutive 7 but a day has only 6 periods');
  });

  test('Min consecutive longer than the course\'s lessons', () => {
    const s = school();
    s.Courses[3]['Min consecutive'] = 4;
    const issue = only(validate(s), 'min-consecutive-over-lessons');
    expect(issue.cell).toBe('G5');
    expect(issue.message).toContain('Min consecutive 4 but only 3 lessons');
  });

  test('Max per day below Min consecutive', () => {
    const s = school();
    s.Courses[3]['Max per day'] = 1; // 7B Science: blocks of 2
    const issue = only(validate(s), 'min-consecutive-over-max-per-day');
    expect(issue).toMatchObject({ sheet: 'Courses', cell: 'H5' });
    expect(issue.message).toContain('Min consecutive 2 but Max per day 1');
  });

  test('double lessons need runs of free periods, not scattered ones', () => {
    const s = school();
    // 7B Science (3 lessons, blocks of 2): open only at Mon 1, Mon 3, Mon 5, Tue 1-2 (the rest Unavailable)
    s.Courses[3].Unavailable = 'Mon 2, Mon 4, Mon 6, Tue 3-6, Wed, Thu, Fri';
    const issue = only(validate(s), 'course-lessons-unreachable');
    expect(issue).toMatchObject({ sheet: 'Courses', cell: 'G5' });
    expect(issue.message).toContain('needs 3 lessons a week in blocks of at least 2 (Min consecutive), but only 2 open periods lie in runs of 2 or more');
  });

  test('Lessons per week unreachable under Max per day × available days', () => {
    const s = school();
    s.Courses[0].Unavailable = 'Mon, Tue, Wed'; // 7A Maths: 2 days × 2 a day = 4 < 5
    const issue = only(validate(s), 'course-lessons-unreachable');
    expect(issue).toMatchObject({ severity: 'error', sheet: 'Courses', cell: 'H2' });
    expect(issue.message).toContain('needs 5 lessons a week but Max per day 2 × 2 available days allows only 4');
  });

  test('too few periods open to the course at all', () => {
    const s = school();
    s.Courses[1].Unavailable = 'Mon, Tue, Wed, Thu 1-5'; // 7B Maths: Thu 6 only (Mr Ray is off on Fri)
    const issue = only(validate(s), 'course-lessons-unreachable');
    expect(issue.cell).toBe('F3');
    expect(issue.message).toContain('needs 5 lessons a week but only 1 period');
  });
});

describe('fixed times', () => {
  test('more fixed slots than Lessons per week', () => {
    const s = school();
    s.Courses[7]['Fixed times'] = 'Mon 1, Tue 1';
    const issue = only(validate(s), 'fixed-times-count');
    expect(issue).toMatchObject({ sheet: 'Courses', cell: 'L9' });
    expect(issue.message).toContain('2 fixed periods but Lessons per week 1');
  });

  test('a whole day counts as each of its periods', () => {
    const s = school();
    s.Courses[7]['Fixed times'] = 'Tue';
    expect(only(validate(s), 'fixed-times-count').message).toContain('6 fixed periods');
  });

  test('fixed where the teacher is in a meeting, the body or the room unavailable', () => {
    const s = school();
    s.Courses[7]['Fixed times'] = 'Wed 6'; // Ms Lee's staff meeting
    s.StudentBodies[1].Unavailable = 'Mon 1';
    s.Courses[1]['Fixed times'] = 'Mon 1, Tue 1, Wed 1, Thu 1, Fri 1'; // 7B Maths: Mr Ray is off on Fri, 7B on Mon 1
    s.Locations[3].Unavailable = 'Tue 3';
    s.Courses[4]['Fixed times'] = 'Tue 3-4'; // 7 PE in the Hall
    const issues = withCode(validate(s), 'fixed-time-unavailable');
    expect(issues.map((i) => i.cell)).toEqual(['L3', 'L6', 'L9']);
    expect(issues[0].message).toContain('Course 7B Maths is fixed at 2 times that cannot be used');
    expect(issues[0].message).toContain('Mon 1: student body 7B is unavailable');
    expect(issues[0].message).toContain('Fri 1: teacher Mr Ray is unavailable');
    expect(issues[1].message).toContain('Tue 3: room Hall is unavailable');
    expect(issues[2].message).toContain('Wed 6: teacher Ms Lee is in a mandatory meeting');
  });

  test('fixed where every candidate teacher is away', () => {
    const s = school();
    s.Teachers[2].Unavailable = 'Fri 2';
    s.Courses[3]['Fixed times'] = 'Fri 2-4'; // 7B Science: Mrs Khan or Mr Ray; Mr Ray is off on Fri
    const issue = only(validate(s), 'fixed-time-unavailable');
    expect(issue.message).toContain('Fri 2: every candidate teacher (Mrs Khan and Mr Ray) is unavailable');
    expect(issue.message).not.toContain('Fri 3');
  });

  test('two courses sharing a teacher or body fixed at one slot', () => {
    const s = school();
    s.Courses[0]['Fixed times'] = 'Mon 1, Tue 1, Wed 1, Thu 1, Fri 1'; // 7A Maths vs 7A Tutor (Mon 1)
    const issue = only(validate(s), 'fixed-time-clash');
    expect(issue).toMatchObject({ severity: 'error', sheet: 'Courses', cell: 'L9' });
    expect(issue.message).toContain('7A Maths (Courses!L2) and 7A Tutor are both fixed at Mon 1');
  });

  test('a candidate list is not a clash: the solver can pick the other teacher', () => {
    const s = school();
    s.Courses.push({ ID: 'Club time', Subject: 'Clubs', Teacher: 'Ms Lee, Mr Ray', 'Class size': 5, 'Lessons per week': 1, 'Fixed times': 'Mon 1' });
    expect(withCode(validate(s), 'fixed-time-clash')).toEqual([]);
  });
});

describe('sync', () => {
  test('different Lessons per week', () => {
    const s = school();
    s.Courses[6]['Lessons per week'] = 3;
    const issue = only(validate(s), 'sync-lessons-mismatch');
    expect(issue).toMatchObject({ sheet: 'Courses', cell: 'F8' });
    expect(issue.message).toContain("7A French and 7B Spanish share Sync 'Languages' but have 2 and 3 lessons");
  });

  test('sharing a teacher', () => {
    const s = school();
    s.Courses[6].Teacher = 'Ms Lee';
    const issue = only(validate(s), 'sync-shared-teacher');
    expect(issue).toMatchObject({ sheet: 'Courses', cell: 'M8' });
    expect(issue.message).toContain('both have teacher Ms Lee');
  });

  test('sharing a student body', () => {
    const s = school();
    s.Courses[6]['Student bodies'] = '7B, 7A';
    const issue = only(validate(s), 'sync-shared-body');
    expect(issue.cell).toBe('M8');
    expect(issue.message).toContain('student body 7A');
  });
});

describe('groups', () => {
  test('a meeting when a member is unavailable', () => {
    const s = school();
    s.Groups[0]['Meeting times'] = 'Fri 6'; // Mr Ray is off on Fri
    const issue = only(validate(s), 'group-member-unavailable');
    expect(issue).toMatchObject({ severity: 'error', sheet: 'Groups', cell: 'C2' });
    expect(issue.message).toContain('Mr Ray at Fri 6');
  });

  test('one member in two meetings at once', () => {
    const s = school();
    s.Groups.push({ ID: 'Maths dept', Members: 'Ms Lee', 'Meeting times': 'Wed 5-6' });
    const issue = only(validate(s), 'group-overlap');
    expect(issue).toMatchObject({ severity: 'error', sheet: 'Groups', cell: 'C3' });
    expect(issue.message).toContain('Ms Lee is in meetings Staff (Groups!C2) and Maths dept at the same time, Wed 6');
  });

  test('a room too small for the members', () => {
    const s = school();
    s.Groups[0].Members = 'Ms Lee, Mr Ray, 7A, 7B';
    const issue = only(validate(s), 'group-room-too-small');
    expect(issue).toMatchObject({ sheet: 'Groups', cell: 'D2' });
    expect(issue.message).toContain('Room R2 holds 30 but meeting Staff has 48 people (2 teachers + 7A 24 + 7B 22)');
  });

  test('the room unavailable at the meeting', () => {
    const s = school();
    s.Locations[1].Unavailable = 'Wed';
    expect(only(validate(s), 'group-room-unavailable')).toMatchObject({ cell: 'D2' });
  });
});
