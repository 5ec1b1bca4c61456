// Workbook sheets (through the real schema reader) → the clubs model.
import { readWorkbook } from '../../src/schema';
import { buildClubsProblem } from '../../src/clubs/build';
import { clubsModule } from '../../src/clubs';
import type { ClubsProblem } from '../../src/clubs/model';

const base = (): Record<string, unknown[][]> => ({
  Settings: [
    ['Setting', 'Value'],
    ['Days', 'Mon, Tue, Wed, Thu, Fri'],
    ['Club days', 'Tue, Thu'],
    ['Study hall name', 'Study Hall'],
    ['Options to keep', 2],
  ],
  Teachers: [
    ['ID', 'Max club days'],
    ['Ms Reed', 1],
  ],
  Clubs: [
    ['Club', 'Teacher', 'Days', 'Min members', 'Max members', 'Groups', 'Days per group', 'Grades', 'Closed', 'Branch of', 'Merge into', 'Display name'],
    ['Chess', 'Ms Reed', '', 2, 10, '', 1, '', '', '', '', 'Chess Club'],
    ['Chess 2', '', '', '', '', '', '', '', '', '', 'Chess', ''],
    ['Old chess', '', '', '', '', '', '', '', '', '', 'Chess 2', ''],
    ['Soccer', 'Mr Kay', 'Tue', 3, 20, 2, 'all', '10-12', '', '', '', ''],
    ['Junior soccer', 'Mr Kay', '', '', '', '', '', '9', '', 'Soccer', '', ''],
    ['Choir', '', '', 1, '', '', '', '', 'yes', '', '', ''],
  ],
  Students: [
    ['Student', 'Grade', 'Gender', 'Active', 'Unavailable days', 'Also known as'],
    ['Ann Lee', 9, 'F', '', 'Thu', 'Annie Lee'],
    ['Bo Chen', 11, 'M', '', '', ''],
    ['Cy Dole', 12, '', 'no', '', ''],
  ],
  Votes: [
    ['Student', 'Choice 1', 'Choice 2', 'Choice 3'],
    ['Annie Lee', 'Old chess', 'Soccer', 'Study Hall'],
    ['Bo Chen', 'Soccer', 'Chesss', ''],
    ['Cy Dole', 'Chess', '', ''],
    ['Nobody Here', 'Chess', '', ''],
  ],
  ClubRules: [
    ['Rule', 'Club', 'Student', 'Other club', 'Groups', 'Days', 'Not days'],
    ['preselect', 'Choir', 'Bo Chen', '', 1, 'Thu', ''],
    ['whitelist', 'Choir', 'Ann Lee', '', '', '', ''],
    ['blacklist', 'Soccer', 'Ann Lee', '', '', '', ''],
    ['exclude', 'Chess 2', '', 'Soccer', '', '', ''],
  ],
  Weights: [
    ['Criterion', 'Weight'],
    ['Choice 1', 120],
    ['Gender mix', 0],
  ],
});

function build(values = base()): { problem: ClubsProblem; codes: string[] } {
  const { records } = readWorkbook(values);
  const { problem, issues } = buildClubsProblem(records);
  return { problem, codes: issues.map((i) => i.code) };
}

describe('buildClubsProblem', () => {
  test('club days, active students, weights with defaults', () => {
    const { problem } = build();
    expect(problem.days).toEqual(['Tue', 'Thu']);
    expect(problem.students.map((s) => s.id)).toEqual(['Ann Lee', 'Bo Chen']);
    expect(problem.students[0].unavailableDays).toEqual([1]);
    expect(problem.weights.choice.slice(0, 3)).toEqual([120, 40, 15]); // Choice 1 from the sheet, 2 and 3 the defaults
    expect(problem.weights['Gender mix']).toBe(0);
    expect(problem.weights['Unchosen study hall']).toBe(40);
    expect(problem.optionsToKeep).toBe(2);
  });

  test('Merge into follows chains: votes for Old chess count for Chess, merged clubs are gone', () => {
    const { problem } = build();
    expect(problem.clubs.map((c) => c.id)).toEqual(['Chess', 'Soccer', 'Junior soccer', 'Choir']);
    expect(problem.clubs[0].mergedFrom.sort()).toEqual(['Chess 2', 'Old chess']);
    expect(problem.clubs[0].name).toBe('Chess Club');
    // Annie Lee is Ann Lee (Also known as); her first vote (Old chess) is Chess; she voted for the study hall.
    expect(problem.students[0].votes).toEqual([0, 1, null]);
    expect(problem.students[0].votedStudyHall).toBe(true);
    // An exclusion naming a merged club applies to its target.
    expect(problem.exclusions).toEqual([[0, 1]]);
  });

  test('branches, groups, days per group, grades, teachers', () => {
    const { problem } = build();
    const soccer = problem.clubs[1];
    expect(soccer.days).toEqual([0]);
    expect([soccer.minGroups, soccer.maxGroups]).toEqual([2, 2]);
    expect(soccer.daysPerGroup).toBe(1); // 'all' of its one day
    expect(soccer.grades).toEqual(['10', '11', '12']);
    expect(problem.clubs[2].branchOf).toBe(1);
    expect(problem.clubs[3].closed).toBe(true);
    expect(problem.teachers.find((t) => t.id === 'Ms Reed')?.maxClubDays).toBe(1);
    expect(problem.clubs[1].teachers).toEqual(problem.clubs[2].teachers);
  });

  test('ClubRules: preselect with days, whitelist, blacklist', () => {
    const { problem } = build();
    expect(problem.students[1].preselects).toEqual([{ club: 3, groups: 1, days: [1], notDays: [] }]);
    expect(problem.clubs[3].whitelist).toEqual([0]);
    expect(problem.clubs[1].blacklist).toEqual([0]);
  });

  test('unknown names in the input sheets are skipped without a crash (the validator reports them, so no duplicate here)', () => {
    const { codes, problem } = build();
    expect(problem.students[1].votes).toEqual([1, null, null]); // 'Chesss' is skipped
    expect(codes).not.toContain('unknown-club');
    expect(codes).not.toContain('unknown-student');
  });

  test('unknown names in an existing Club Assignments sheet are reported by the build', () => {
    const values = base();
    values['Club Assignments'] = [
      ['Student', 'Day', 'Club', 'Group', 'Choice', 'Locked'],
      ['Ann Leigh', 'Tue', 'Chess', 1, 1, 'yes'],
      ['Ann Lee', 'Tue', 'Chezz', 1, 1, 'yes'],
    ];
    const { codes, problem } = build(values);
    expect(codes).toEqual(expect.arrayContaining(['unknown-student', 'unknown-club']));
    expect(problem.locked).toEqual([]);
  });

  test('Locked rows of Club Assignments are pinned; Start from previous keeps the others as a start', () => {
    const values = base();
    values['Club Assignments'] = [
      ['Student', 'Day', 'Club', 'Group', 'Choice', 'Locked'],
      ['Ann Lee', 'Tue', 'Chess', 1, 1, 'yes'],
      ['Ann Lee', 'Thu', 'Study Hall', '', '', ''],
      ['Bo Chen', 'Tue', 'Soccer', 2, 1, ''],
    ];
    values.Settings.push(['Start from previous', 'yes']);
    const { problem } = build(values);
    expect(problem.locked).toEqual([{ student: 0, day: 0, club: 0, group: 1 }]);
    expect(problem.previous).toEqual([
      { student: 0, day: 1, club: -1 },
      { student: 1, day: 0, club: 1, group: 2 },
    ]);
  });

  test('a Merge into cycle merges nothing', () => {
    const values = base();
    values.Clubs.push(['Loop A', '', '', '', '', '', '', '', '', '', 'Loop B', '']);
    values.Clubs.push(['Loop B', '', '', '', '', '', '', '', '', '', 'Loop A', '']);
    const { problem, codes } = build(values);
    expect(problem.clubs.map((c) => c.id)).toEqual(expect.arrayContaining(['Loop A', 'Loop B']));
    void codes; // the validator reports the loop (merge-loop)
  });

  test('the module: defined by Clubs and Votes, solves and summarises through the verifier', async () => {
    const { records } = readWorkbook(base());
    expect(clubsModule.defined(records)).toBe(true);
    expect(clubsModule.defined({ ...records, votes: [] })).toBe(false);
    const { problem } = clubsModule.build(records);
    const sol = await clubsModule.solve(problem, { seed: 1, timeLimitMs: 60_000, maxSteps: 5 });
    const summary = clubsModule.summary(problem, sol);
    expect(summary.kind).toBe('clubs');
    expect(summary.figures.find((f) => f.label === 'Hard violations')?.value).toBe(0);
    expect(summary.cost).toBe(-sol.options[0].score);
    const sheets = clubsModule.views(problem, sol).map((s) => s.name);
    expect(sheets).toContain('Club Assignments');
  }, 60_000);
});
