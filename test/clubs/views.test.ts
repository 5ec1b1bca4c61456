// Club views: shapes, headers, known assignments in the right cells, vote tallies, report figures
// equal to the verifier's, and the Club Assignments sheet read back as the same assignment.
import { clubsViews, CLUB_SHEETS } from '../../src/clubs/views';
import { tallyVotes } from '../../src/clubs/viewsVotes';
import { clubsFromRecords } from '../../src/clubs/fromSheet';
import { readWorkbook } from '../../src/schema/read';
import type { CellValue } from '../../src/schema/records';
import type { OutputSheet } from '../../src/core/output';
import type { ClubsProblem } from '../../src/clubs/model';
import { club, clubsSolutionOf, tinyClubs, tinyOption } from '../views/fixtures/clubs';

const find = (sheets: OutputSheet[], name: string): OutputSheet => {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const rowOf = (sheet: OutputSheet, label: string): CellValue[] | undefined => sheet.values.find((r) => r[0] === label);
const views = (p = tinyClubs(), ...options: ReturnType<typeof tinyOption>[]) => clubsViews(p, clubsSolutionOf(...(options.length ? options : [tinyOption()])));

describe('clubsViews', () => {
  test('writes the seven sheets of SCHEMA.md', () => {
    expect(views().map((s) => s.name)).toEqual(CLUB_SHEETS);
  });

  test('Club Assignments: a row per student per club day, study halls included, with the rank', () => {
    const p = tinyClubs();
    p.students[3].unavailableDays = [0];
    p.locked = [{ student: 0, day: 0, club: 0 }];
    const a = find(views(p), 'Club Assignments');
    expect(a.values[0]).toEqual(['Student', 'Day', 'Club', 'Group', 'Choice', 'Locked', 'Note']);
    expect(a.values).toHaveLength(1 + 4 * 2);
    expect(a.values[1]).toEqual(['A', 'Mon', 'Chess', 1, 1, 'yes', null]);
    expect(a.values[2]).toEqual(['A', 'Wed', 'Study Hall', null, null, 'no', null]);
    expect(a.values[7]).toEqual(['D', 'Mon', 'Study Hall', null, null, 'no', 'unavailable this day']);
  });

  test('Clubs by Student: a column per club day and the ranks received', () => {
    const p = tinyClubs();
    p.clubs[0].name = 'Chess & Go';
    const s = find(views(p), 'Clubs by Student');
    expect(s.values[0]).toEqual(['Student', 'Grade', 'Gender', 'Mon', 'Wed', 'Choices received']);
    expect(s.values[3]).toEqual(['C', '10', 'f', 'Study Hall', 'Art', '1']);
    expect(s.values[1]).toEqual(['A', '9', 'f', 'Chess & Go', 'Study Hall', '1']);
  });

  test('Clubs by Club, by Teacher, by Day', () => {
    const sheets = views();
    expect(find(sheets, 'Clubs by Club').values).toEqual([
      ['Club', 'Group', 'Days', 'Teacher', 'Members', 'Members by name'],
      ['Chess', 1, 'Mon', 'Kim', 2, 'A', 'B'],
      ['Art', 1, 'Wed', 'Lee', 2, 'C', 'D'],
    ]);
    const byTeacher = find(sheets, 'Clubs by Teacher');
    expect(byTeacher.values).toEqual([['Teacher', 'Mon', 'Wed'], ['Kim', 'Chess', null], ['Lee', null, 'Art']]);
    expect(byTeacher.fills?.map((f) => f.range)).toEqual(['B2', 'C3']);
    expect(find(sheets, 'Clubs by Day').values).toEqual([['Day', 'Club', 'Group', 'Teacher', 'Members'], ['Mon', 'Chess', 1, 'Kim', 2], ['Wed', 'Art', 1, 'Lee', 2]]);
  });

  test('Club Votes: tallies before and after eligibility, parent votes counted for the branch that fits', () => {
    const p: ClubsProblem = tinyClubs();
    // Chess is closed to grade 10; 'Games' is a parent with a junior branch 'Go' for grade 9.
    p.clubs[0].grades = ['9'];
    p.clubs.push(club({ id: 'Games' }), club({ id: 'Go', branchOf: 2, grades: ['9'] }));
    p.students[0].votes = [2, 0]; // A: Games 1st, Chess 2nd
    const t = tallyVotes(p);
    // Chess: B 1st; A, C, D 2nd. Art: C, D 1st; B 2nd. Games: A 1st. Go: nobody by name.
    expect(t.asVoted).toEqual([[1, 3], [2, 1], [1, 0], [0, 0]]);
    // Grade 10 (C, D) drop out of Chess; A's vote for Games also fits its branch Go.
    expect(t.eligibleVotes).toEqual([[1, 1], [2, 1], [1, 0], [1, 0]]);
    expect(t.eligibleVoters).toEqual([2, 3, 1, 1]);
    const o = tinyOption();
    o.notRunning = [{ club: 2, reason: 'fewer than 2 eligible voters' }];
    const votes = find(views(p, o), 'Club Votes');
    expect(votes.values[0]).toEqual(['Club', 'Choice 1', 'Choice 2', 'Eligible choice 1', 'Eligible choice 2', 'Eligible voters', 'Runs', 'Reason']);
    expect(rowOf(votes, 'Games')).toEqual(['Games', 1, 0, 1, 0, 1, 'no', 'fewer than 2 eligible voters']);
    expect(rowOf(votes, 'Chess')?.slice(6)).toEqual(['yes', 'runs with 1 group']);
  });

  test('Club Votes lists merged clubs with where their votes went', () => {
    const p = tinyClubs();
    p.clubs[1].mergedFrom = ['Painting'];
    expect(rowOf(find(views(p), 'Club Votes'), 'Painting')).toEqual(['Painting', null, null, null, null, null, 'no', 'merged into Art: its votes are counted there']);
  });

  test('Clubs Report: every kept option, figures from the verifier, bound and gap', () => {
    const p = tinyClubs();
    const best = tinyOption();
    best.bound = 250;
    const second = tinyOption();
    second.groups[1].members = [2];
    second.assignment[3] = [-1, -1];
    p.clubs[1].minMembers = 1;
    second.score = 61; // a solver claim the verifier does not confirm
    const r = find(views(p, best, second), 'Clubs Report');
    expect(rowOf(r, '')).toEqual(['', 'Option 1', 'Option 2']);
    // Option 2: D lost Art (a first choice, −100) and has two study halls (the 2nd costs 80 more);
    // C alone in Art is all one gender: 1 beyond half of 1 → −0.5. 240 − 100 − 80 − 0.5 = 59.5.
    expect(rowOf(r, 'Score')).toEqual(['Score', 240, 59.5]);
    expect(rowOf(r, 'Proven bound')).toEqual(['Proven bound', 250, 'none']);
    expect(rowOf(r, 'Gap to the bound (%)')).toEqual(['Gap to the bound (%)', 4, null]); // (250 − 240) / 250
    expect(rowOf(r, 'Given choice 1 (% of voters)')).toEqual(['Given choice 1 (% of voters)', 100, 75]);
    expect(rowOf(r, 'Given none of their choices (% of voters)')).toEqual(['Given none of their choices (% of voters)', 0, 25]);
    expect(rowOf(r, 'Students with 1 unchosen study hall')).toEqual(['Students with 1 unchosen study hall', 4, 3]);
    expect(rowOf(r, 'Students with 2 unchosen study halls')).toEqual(['Students with 2 unchosen study halls', 0, 1]);
    expect(rowOf(r, 'Average size, largest 10 % of groups')).toEqual(['Average size, largest 10 % of groups', 2, 2]);
    expect(rowOf(r, 'Average size, smallest 10 % of groups')).toEqual(['Average size, smallest 10 % of groups', 2, 1]);
    expect(rowOf(r, 'Group sizes (range)')).toEqual(['Group sizes (range)', '2–2', '1–2']);
    expect(rowOf(r, 'Majority gender in a group (average %)')).toEqual(['Majority gender in a group (average %)', 50, 75]);
    expect(rowOf(r, 'Score: Choice 1')).toEqual(['Score: Choice 1', 400, 300]);
    expect(rowOf(r, "Solver's own score (differs: please report this)")).toEqual(["Solver's own score (differs: please report this)", null, 61]);
    expect(rowOf(r, 'Unchosen study hall')?.[1]).toContain('u(u+1)/2');
  });

  test('Clubs Report counts preselects honoured', () => {
    const p = tinyClubs();
    p.students[0].preselects = [{ club: 0, groups: 1, days: [], notDays: [] }];
    p.students[2].preselects = [{ club: 0, groups: 1, days: [], notDays: [] }];
    expect(rowOf(find(views(p), 'Clubs Report'), 'Preselects honoured')).toEqual(['Preselects honoured', '1 of 2']);
  });

  test("Clubs Report lists the preselects the solver could not honour, with its reason", () => {
    const o = tinyOption();
    o.unmet = [{ student: 2, club: 0, reason: 'Chess cannot take a third member on Mon' }, { student: 3, club: -1, day: 1, reason: 'Locked row could not be kept' }];
    const r = find(views(tinyClubs(), o), 'Clubs Report');
    expect(rowOf(r, 'C')).toEqual(['C', 'Chess', null, 'Chess cannot take a third member on Mon']);
    expect(rowOf(r, 'D')).toEqual(['D', 'Study Hall', 'Wed', 'Locked row could not be kept']);
  });

  test('no option kept: everyone in study hall, nothing crashes', () => {
    const sheets = clubsViews(tinyClubs(), clubsSolutionOf());
    expect(find(sheets, 'Club Assignments').values.slice(1).every((r) => r[2] === 'Study Hall')).toBe(true);
    expect(rowOf(find(sheets, 'Club Votes'), 'Chess')?.slice(6)).toEqual(['no', 'no schedule was made']);
  });
});

describe('clubsFromRecords', () => {
  const settings = [['Setting', 'Value'], ['Days', 'Mon, Tue, Wed'], ['Club days', 'Mon, Wed']];
  const read = (values: CellValue[][]) => readWorkbook({ Settings: settings, 'Club Assignments': values }).records;

  test('round trip: views → sheet → solution gives the same assignment and score', () => {
    const p = tinyClubs();
    const sheet = find(views(p), 'Club Assignments');
    const { solution, issues } = clubsFromRecords(p, read(sheet.values));
    expect(issues).toEqual([]);
    const o = solution.options[0];
    expect(o.assignment).toEqual(tinyOption().assignment);
    expect(o.groups).toEqual(tinyOption().groups);
    expect(o.score).toBe(240);
  });

  test('a manual swap that breaks a rule is an issue at that row', () => {
    const p = tinyClubs();
    p.clubs[1].grades = ['10'];
    const values = find(views(p), 'Club Assignments').values.map((r) => [...r]);
    // A (grade 9) moves from study hall into Art on Wed: Art is for grade 10.
    values[2][2] = 'Art';
    values[2][3] = 1;
    values.push(['Zed', 'Mon', 'Chess', 1, null, null, null]);
    const { solution, issues } = clubsFromRecords(p, read(values));
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['unknown-reference', 'A10'],
      ['ineligible', 'C3'],
    ]);
    expect(issues[1].message).toBe('Row 3: A may not join Art (grade 9, the club takes 10).');
    expect(solution.options[0].groups[1].members).toEqual([0, 2, 3]);
  });

  test('group rules point at a row of the group; missing rows are study hall', () => {
    const p = tinyClubs();
    const values = find(views(p), 'Club Assignments').values.map((r) => [...r]);
    values.splice(3, 1); // B's Mon row (Chess) is gone: Chess has A alone on Mon, below Min members 2
    const { issues } = clubsFromRecords(p, read(values));
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['missing-rows', 'A1'],
      ['group-size', 'C2'],
    ]);
  });
});
