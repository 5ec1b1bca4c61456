// Every feasibility finding comes with 2–4 concrete, numbered fixes; every finding has a suggestion.
import { type School, school, validate } from './fixtures';

// Workbooks that, between them, trip every feasibility check.
const broken: Array<(s: School) => void> = [
  (s) => { s.StudentBodies[0].Unavailable = 'Tue, Wed, Thu'; s.StudentBodies[1]['Max lessons per day'] = 2; },
  (s) => { s.StudentBodies[0]['Lessons per week'] = 10; s.Teachers[0].Unavailable = 'Tue, Wed 1-5, Thu, Fri'; s.Teachers[0]['Max lessons per week'] = 6; s.Teachers[2]['Max days'] = 1; },
  (s) => { s.StudentBodies[0]['Lessons per week'] = 20; },
  (s) => { s.StudentBodies[0]['Lessons per week'] = 16; s.StudentBodies[0].Unavailable = 'Thu, Fri, Wed 4-6'; s.Courses.push({ ID: '7A Drama', Subject: 'Drama', Teacher: 'Mr Ray', 'Student bodies': '7A', 'Lessons per week': 5, Optional: 'yes' }); },
  (s) => { s.Teachers[0]['Max lessons per week'] = 9; s.Teachers[2]['Max days'] = 2; s.Courses.push({ ID: 'Study Skills', Subject: 'Study', Teacher: 'Ms Lee, Mrs Khan', 'Class size': 10, 'Lessons per week': 6 }); },
  (s) => { s.Courses.push({ ID: 'Big', Subject: 'Projects', Teacher: 'Mrs Khan, Mr Ray', 'Class size': 5, 'Lessons per week': 24 }); },
  (s) => { s.StudentBodies[0].Size = 30; s.Courses[3]['Min consecutive'] = 4; s.Courses[0].Unavailable = 'Mon, Tue, Wed'; },
  (s) => { s.Locations[2].Unavailable = 'Mon, Tue, Wed, Thu, Fri 1-4'; s.Courses[1].Unavailable = 'Mon, Tue, Wed, Thu 1-5'; },
  (s) => { s.Locations[2].Unavailable = 'Mon, Tue, Wed, Thu, Fri 1'; },
  (s) => { s.Courses[7]['Fixed times'] = 'Wed 6'; s.Courses[0]['Fixed times'] = 'Mon 1, Tue 1, Wed 1, Thu 1, Fri 1'; s.Courses[6]['Lessons per week'] = 3; s.Courses[6].Teacher = 'Ms Lee'; },
  (s) => { s.Courses[7]['Fixed times'] = 'Mon 1, Tue 1'; s.Courses[6]['Student bodies'] = '7B, 7A'; },
  (s) => { s.Courses[7]['Fixed times'] = 'Tue'; },
  (s) => { s.Groups[0]['Meeting times'] = 'Fri 6'; s.Groups[0].Members = 'Ms Lee, Mr Ray, 7A, 7B'; s.Groups.push({ ID: 'Maths dept', Members: 'Ms Lee', 'Meeting times': 'Fri 5-6' }); s.Locations[1].Unavailable = 'Fri'; },
  (s) => { s.Clubs[0]['Min members'] = 5; Object.assign(s.Clubs[1], { 'Min groups': 3, 'Max groups': 2 }); s.Clubs[2]['Days per group'] = 2; s.Clubs[2].Closed = 'yes'; },
  (s) => { s.Clubs[0].Grades = '9-10'; for (const c of s.Clubs) c['Max members'] = 2; s.Clubs[1].Grades = '8'; s.ClubRules.push({ Rule: 'blacklist', Club: 'Choir', Student: 'Sara Park' }, { Rule: 'preselect', Club: 'Choir', Student: 'Sara Park' }); },
  (s) => { s.Clubs[1]['Days per group'] = 'all'; s.ClubRules.push({ Rule: 'preselect', Club: 'Robotics', Student: 'Mary Jones' }); s.Clubs[0].Genders = 'f'; s.Students[3].Active = 'no'; s.ClubRules.push({ Rule: 'preselect', Club: 'Chess', Student: 'Sara Park' }); },
  (s) => { s.Clubs[1].Days = 'Thu'; s.ClubRules.push({ Rule: 'preselect', Club: 'Chess', Student: 'Tom Wu' }); },
  (s) => { s.ClubRules.push({ Rule: 'preselect', Club: 'Robotics', Student: 'Sara Park' }, { Rule: 'preselect', Club: 'Choir', Student: 'Sara Park' }); },
];

// Names and duplicates have one obvious fix; everything else offers a choice.
const ONE_FIX = new Set(['unknown-reference', 'missing-sheet', 'duplicate-id', 'duplicate-vote', 'duplicate-choice', 'merge-loop', 'branch-loop', 'ambiguous-alias']);

test('feasibility findings offer 2–4 numbered fixes', () => {
  const codes = new Set<string>();
  for (const mutate of broken) {
    const s = school();
    mutate(s);
    for (const issue of validate(s)) {
      codes.add(issue.code);
      expect(issue.suggestion).toBeTruthy();
      if (ONE_FIX.has(issue.code)) continue;
      const n = (issue.suggestion!.match(/\(\d\)/g) ?? []).length;
      if (n < 2 || n > 4) throw new Error(`${issue.code}: ${n} fixes in '${issue.suggestion}'`);
    }
  }
  // The scenarios above really do reach (nearly) every feasibility check.
  expect(codes.size).toBeGreaterThanOrEqual(35);
});
