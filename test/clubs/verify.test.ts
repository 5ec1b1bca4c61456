// Each hard rule of issue 6, broken alone on a tiny club schedule: the verifier must name exactly it.
import { verifyClubs } from '../../src/clubs/verify';
import type { ClubsOption, ClubsProblem } from '../../src/clubs/model';
import { club, tinyClubs, tinyOption } from '../views/fixtures/clubs';

function broken(change: (p: ClubsProblem, o: ClubsOption) => void): string[] {
  const p = tinyClubs();
  const o = tinyOption();
  change(p, o);
  return [...new Set(verifyClubs(p, o).hardViolations.map((v) => v.rule))].sort();
}

describe('verifyClubs — hard rules', () => {
  test('accepts the valid tiny schedule', () => {
    expect(verifyClubs(tinyClubs(), tinyOption()).hardViolations).toEqual([]);
  });

  test('one activity per club day: shape, and no club on a day the student is away', () => {
    // D's row is gone, so D also misses Art: the shape is what matters here.
    expect(broken((_, o) => { o.assignment.pop(); })).toContain('assignment-shape');
    expect(broken((_, o) => { o.assignment[0].push(-1); })).toEqual(['assignment-shape']);
    expect(broken((_, o) => { o.assignment[0][1] = 7; })).toEqual(['unknown-group']);
    expect(broken((p) => { p.students[0].unavailableDays = [0]; })).toEqual(['student-unavailable']);
  });

  test('a group meets on exactly Days per group of its allowed days, members attend each of them', () => {
    expect(broken((p) => { p.clubs[0].daysPerGroup = 2; })).toEqual(['group-days']);
    expect(broken((p) => { p.clubs[0].days = [1]; })).toEqual(['group-days']);
    // Two days now, but A and B stay in study hall on Wed (Min members 0, so size is no issue).
    expect(broken((p, o) => { p.clubs[0].daysPerGroup = 2; p.clubs[0].minMembers = 0; o.groups[0].days = [0, 1]; })).toEqual(['member-absent']);
    // …unless they are unavailable on Wed: then they need not come.
    expect(broken((p, o) => {
      p.clubs[0].daysPerGroup = 2;
      o.groups[0].days = [0, 1];
      p.students[0].unavailableDays = [1];
      p.students[1].unavailableDays = [1];
    })).toEqual(['group-size']); // …but then Chess has 0 on Wed, below Min members 2
    expect(broken((_, o) => { o.assignment[0][1] = 0; })).toEqual(['group-not-meeting']);
    expect(broken((_, o) => { o.assignment[2][0] = 0; })).toEqual(['not-member']);
  });

  test('group size within Min/Max members on every day it meets', () => {
    expect(broken((p) => { p.clubs[0].minMembers = 3; })).toEqual(['group-size']);
    expect(broken((p) => { p.clubs[1].maxMembers = 1; })).toEqual(['group-size']);
  });

  test('number of groups within Min/Max groups (or none)', () => {
    expect(broken((p) => { p.clubs[0].minGroups = 2; p.clubs[0].maxGroups = 2; })).toEqual(['group-count']);
    // A club that does not run at all is fine.
    expect(broken((p, o) => {
      p.clubs[0].minGroups = 2;
      p.clubs[0].maxGroups = 2;
      o.groups = [{ ...o.groups[1] }];
      o.assignment = [[-1, -1], [-1, -1], [-1, 0], [-1, 0]];
    })).toEqual([]);
  });

  /** A second Chess group on Mon with C and D (nobody leads Chess, so no teacher clash). */
  const secondChessMon = (p: ClubsProblem, o: ClubsOption): void => {
    p.clubs[0].teachers = [];
    p.clubs[0].maxGroups = 2;
    o.groups.push({ club: 0, number: 2, days: [0], members: [2, 3] });
    o.assignment[2][0] = 2;
    o.assignment[3][0] = 2;
  };

  test('Max groups per day', () => {
    expect(broken(secondChessMon)).toEqual(['max-groups-per-day']);
    expect(broken((p, o) => { secondChessMon(p, o); p.clubs[0].maxGroupsPerDay = 2; })).toEqual([]);
    expect(broken((p, o) => { secondChessMon(p, o); p.clubs[0].maxGroupsPerDay = 2; o.groups[2].number = 1; })).toEqual(['group-number']);
  });

  /** A and B in Chess group 1 on Mon and Chess group 2 on Wed. */
  const twoChessGroups = (p: ClubsProblem, o: ClubsOption): void => {
    p.clubs[0].maxGroups = 2;
    o.groups.push({ club: 0, number: 2, days: [1], members: [0, 1] });
    o.assignment[0] = [0, 2];
    o.assignment[1] = [0, 2];
  };

  test('at most one group of a club per student, unless preselected for more', () => {
    expect(broken(twoChessGroups)).toEqual(['one-group-per-club']);
    expect(broken((p, o) => {
      twoChessGroups(p, o);
      p.students[0].preselects = [{ club: 0, groups: 2, days: [], notDays: [] }];
      p.students[1].preselects = [{ club: 0, groups: 2, days: [], notDays: [] }];
    })).toEqual([]);
  });

  test('only clubs chosen or preselected; a vote for a parent counts for its branch', () => {
    expect(broken((p) => { p.students[0].votes = [1]; })).toEqual(['not-chosen']);
    expect(broken((p) => { p.students[0].votes = [1]; p.students[0].preselects = [{ club: 0, groups: 1, days: [], notDays: [] }]; })).toEqual([]);
    // A Locked row is the user's own placement: it counts like a preselect.
    expect(broken((p) => { p.students[0].votes = [1]; p.locked = [{ student: 0, day: 0, club: 0 }]; })).toEqual([]);
    // Chess is now the junior branch of a 'Board games' parent that A and B voted for.
    const branch = (p: ClubsProblem): void => {
      p.clubs.push(club({ id: 'Board games' }));
      p.clubs[0].branchOf = 2;
      p.students[0].votes = [2, 1];
      p.students[1].votes = [2, 1];
    };
    expect(broken((p) => { branch(p); p.clubs[0].grades = ['9']; })).toEqual([]);
    expect(broken((p) => { branch(p); p.clubs[0].grades = ['10']; })).toEqual(['ineligible']);
  });

  test('eligibility by grades, genders, Closed, whitelist, blacklist', () => {
    expect(broken((p) => { p.clubs[0].grades = ['10', '11']; })).toEqual(['ineligible']);
    expect(broken((p) => { p.clubs[0].grades = ['10']; p.clubs[0].whitelist = [0, 1]; })).toEqual([]);
    expect(broken((p) => { p.clubs[0].genders = ['f']; })).toEqual(['ineligible']);
    expect(broken((p) => { p.clubs[0].closed = true; })).toEqual(['ineligible']);
    expect(broken((p) => { p.clubs[0].closed = true; p.clubs[0].whitelist = [0, 1]; })).toEqual([]);
    expect(broken((p) => { p.clubs[0].blacklist = [1]; })).toEqual(['blacklist']);
  });

  test('exclusions', () => {
    const both = (p: ClubsProblem, o: ClubsOption): void => {
      o.groups[1].members.push(0);
      o.assignment[0][1] = 1;
    };
    expect(broken(both)).toEqual([]);
    expect(broken((p, o) => { both(p, o); p.exclusions = [[0, 1]]; })).toEqual(['exclusion']);
  });

  test('preselects with Groups, Days and Not days', () => {
    expect(broken((p) => { p.students[2].preselects = [{ club: 0, groups: 1, days: [], notDays: [] }]; })).toEqual(['preselect']);
    expect(broken((p) => { p.students[0].preselects = [{ club: 0, groups: 1, days: [0], notDays: [1] }]; })).toEqual([]);
    expect(broken((p) => { p.students[0].preselects = [{ club: 0, groups: 1, days: [1], notDays: [] }]; })).toEqual(['preselect-days']);
    expect(broken((p) => { p.students[0].preselects = [{ club: 0, groups: 1, days: [], notDays: [0] }]; })).toEqual(['preselect-not-days']);
  });

  test('teachers: one group a day, within Max club days', () => {
    // Lee's Art moves to Mon and Kim leads it too: Kim has Chess and Art on Mon.
    expect(broken((p, o) => { p.clubs[1].teachers = [0]; o.groups[1].days = [0]; o.assignment[2] = [1, -1]; o.assignment[3] = [1, -1]; })).toEqual(['teacher-double-booked']);
    expect(broken((p) => { p.clubs[1].teachers = [0]; })).toEqual([]);
    expect(broken((p) => { p.clubs[1].teachers = [0]; p.teachers[0].maxClubDays = 1; })).toEqual(['teacher-max-days']);
  });

  test('locked assignments kept', () => {
    expect(broken((p) => { p.locked = [{ student: 0, day: 0, club: 1 }]; })).toEqual(['locked-moved']);
    expect(broken((p) => { p.locked = [{ student: 0, day: 0, club: 0, group: 2 }]; })).toEqual(['locked-moved']);
    expect(broken((p) => { p.locked = [{ student: 0, day: 1, club: 0 }]; })).toEqual(['locked-moved']);
    expect(broken((p) => { p.locked = [{ student: 0, day: 0, club: 0, group: 1 }, { student: 0, day: 1, club: -1 }]; })).toEqual([]);
  });

  test('messages name the student, the club and the day', () => {
    const p = tinyClubs();
    p.clubs[0].blacklist = [1];
    const v = verifyClubs(p, tinyOption()).hardViolations;
    expect(v).toEqual([{ rule: 'blacklist', message: 'B is blacklisted from Chess.', student: 1, club: 0 }]);
  });
});
