// Each hard rule of issue 6 on a small instance where it binds: the solver's schedule respects it
// (checked directly, and by the independent verifier inside solveChecked).
import { clubsOf, groupsOf, makeProblem, many, solveChecked } from './helpers';

jest.setTimeout(60_000);

describe('club scheduler — hard rules', () => {
  test('one activity per available day: two clubs on the only day → one of them, never both', async () => {
    const p = makeProblem({ days: ['Mon'], clubs: [{ id: 'A' }, { id: 'B' }], students: [{ id: 'S', votes: ['A', 'B'] }] });
    const { best } = await solveChecked(p);
    expect(clubsOf(p, best, 'S')).toEqual(['A']);
    expect(best.assignment[0]).toHaveLength(1);
  });

  test('a group meets on exactly Days per group of its allowed days; members attend each of them', async () => {
    const p = makeProblem({
      days: ['Mon', 'Tue', 'Wed'],
      clubs: [{ id: 'Band', days: [0, 2], daysPerGroup: 2 }, { id: 'Art' }],
      students: many(3, 'S', { votes: ['Band', 'Art'] }),
    });
    const { best } = await solveChecked(p);
    const [band] = groupsOf(p, best, 'Band');
    expect(band.days).toEqual([0, 2]);
    for (const s of band.members) {
      expect(best.assignment[s][0]).toBe(best.groups.indexOf(band));
      expect(best.assignment[s][2]).toBe(best.groups.indexOf(band));
    }
  });

  test('Max members caps every group; the rest go elsewhere', async () => {
    const p = makeProblem({ days: ['Mon', 'Tue'], clubs: [{ id: 'A', maxMembers: 3, days: [0] }, { id: 'B', days: [0] }], students: many(5, 'S', { votes: ['A', 'B'] }) });
    const { best } = await solveChecked(p);
    expect(groupsOf(p, best, 'A')[0].members).toHaveLength(3);
    expect(groupsOf(p, best, 'B')[0].members).toHaveLength(2);
  });

  test('Min members: a club that cannot reach it does not run, with a reason', async () => {
    const p = makeProblem({ days: ['Mon'], clubs: [{ id: 'Chess', minMembers: 4 }, { id: 'Art' }], students: many(3, 'S', { votes: ['Chess', 'Art'] }) });
    const { best } = await solveChecked(p);
    expect(groupsOf(p, best, 'Chess')).toHaveLength(0);
    expect(best.notRunning.find((n) => n.club === 0)?.reason).toMatch(/Min members/);
    expect(groupsOf(p, best, 'Art')[0].members).toHaveLength(3);
  });

  test('Min members is decided during optimisation, not by counting votes', async () => {
    // Four voters, Min 4 — but one is away on Chess's only day, so Chess cannot run.
    const p = makeProblem({
      days: ['Mon', 'Tue'],
      clubs: [{ id: 'Chess', minMembers: 4, days: [0] }, { id: 'Art', days: [0] }],
      students: [...many(3, 'S', { votes: ['Chess', 'Art'] }), { id: 'Away', votes: ['Chess', 'Art'], unavailableDays: [0] }],
    });
    const { best } = await solveChecked(p);
    expect(groupsOf(p, best, 'Chess')).toHaveLength(0);
    expect(best.notRunning.map((n) => p.clubs[n.club].id)).toContain('Chess');
  });

  test('Min members on every meeting day: a two-day group counts who is there each day', async () => {
    const p = makeProblem({
      days: ['Mon', 'Tue'],
      clubs: [{ id: 'Band', minMembers: 3, daysPerGroup: 2 }, { id: 'Art', minMembers: 1 }],
      students: [...many(2, 'S', { votes: ['Band', 'Art'] }), { id: 'MonOnly', votes: ['Band', 'Art'], unavailableDays: [1] }],
    });
    const { best } = await solveChecked(p);
    expect(groupsOf(p, best, 'Band')).toHaveLength(0);
  });

  test('Groups fixes the number of groups (all or none)', async () => {
    const p = makeProblem({
      days: ['Mon', 'Tue'],
      clubs: [{ id: 'Soccer', minGroups: 2, maxGroups: 2, minMembers: 2, maxMembers: 3 }],
      students: many(5, 'S', { votes: ['Soccer'] }),
    });
    const { best } = await solveChecked(p);
    expect(groupsOf(p, best, 'Soccer')).toHaveLength(2);
  });

  test('Min groups: a club that cannot fill Min groups runs none', async () => {
    const p = makeProblem({
      days: ['Mon', 'Tue'],
      clubs: [{ id: 'Soccer', minGroups: 2, maxGroups: 2, minMembers: 3 }, { id: 'Art' }],
      students: many(4, 'S', { votes: ['Soccer', 'Art'] }),
    });
    const { best } = await solveChecked(p);
    expect(groupsOf(p, best, 'Soccer')).toHaveLength(0);
    expect(groupsOf(p, best, 'Art')[0].members).toHaveLength(4);
  });

  test('Max groups per day: two groups of a club never share a day', async () => {
    const p = makeProblem({
      days: ['Mon', 'Tue'],
      clubs: [{ id: 'Art', maxGroups: 2, maxMembers: 2 }],
      students: many(4, 'S', { votes: ['Art'] }),
    });
    const { best } = await solveChecked(p);
    const art = groupsOf(p, best, 'Art');
    expect(art).toHaveLength(2);
    expect(art[0].days).not.toEqual(art[1].days);
  });

  test('at most one group of a club per student', async () => {
    const p = makeProblem({ days: ['Mon', 'Tue'], clubs: [{ id: 'Art', maxGroups: 2, maxGroupsPerDay: 1 }], students: [{ id: 'S', votes: ['Art'] }] });
    const { best } = await solveChecked(p);
    const groupsWithS = best.groups.filter((g) => g.members.includes(0));
    expect(groupsWithS).toHaveLength(1);
    expect(best.assignment[0].filter((g) => g < 0)).toHaveLength(1);
  });

  test('only clubs the student chose (or is preselected for)', async () => {
    const p = makeProblem({ days: ['Mon'], clubs: [{ id: 'Art' }], students: [{ id: 'Voter', votes: ['Art'] }, { id: 'Silent', votes: [] }] });
    const { best } = await solveChecked(p);
    expect(clubsOf(p, best, 'Voter')).toEqual(['Art']);
    expect(clubsOf(p, best, 'Silent')).toEqual([]);
  });

  test('eligibility: grades, genders, Closed, whitelist, blacklist', async () => {
    const p = makeProblem({
      days: ['Mon'],
      clubs: [
        { id: 'Seniors', grades: ['12'] },
        { id: 'Girls', genders: ['f'] },
        { id: 'Choir', closed: true, whitelist: ['W'] },
        { id: 'Art', blacklist: ['B'] },
      ],
      students: [
        { id: 'G9', grade: '9', votes: ['Seniors'] },
        { id: 'G12', grade: '12', votes: ['Seniors'] },
        { id: 'M', gender: 'm', votes: ['Girls'] },
        { id: 'F', gender: 'f', votes: ['Girls'] },
        { id: 'W', votes: ['Choir'] },
        { id: 'X', votes: ['Choir'] },
        { id: 'B', votes: ['Art'] },
        { id: 'OK', votes: ['Art'] },
      ],
    });
    const { best } = await solveChecked(p);
    expect(clubsOf(p, best, 'G9')).toEqual([]);
    expect(clubsOf(p, best, 'G12')).toEqual(['Seniors']);
    expect(clubsOf(p, best, 'M')).toEqual([]);
    expect(clubsOf(p, best, 'F')).toEqual(['Girls']);
    expect(clubsOf(p, best, 'W')).toEqual(['Choir']);
    expect(clubsOf(p, best, 'X')).toEqual([]);
    expect(clubsOf(p, best, 'B')).toEqual([]);
    expect(clubsOf(p, best, 'OK')).toEqual(['Art']);
  });

  test('exclusions: never both clubs of an excluded pair', async () => {
    const p = makeProblem({
      days: ['Mon', 'Tue'],
      clubs: [{ id: 'A', days: [0] }, { id: 'B', days: [1] }, { id: 'C', days: [1] }],
      students: [{ id: 'S', votes: ['A', 'B', 'C'] }],
      exclusions: [['A', 'B']],
    });
    const { best } = await solveChecked(p);
    expect(clubsOf(p, best, 'S')).toEqual(['A', 'C']);
  });

  test('preselects: placed without a vote, in Groups groups, on Days, never on Not days', async () => {
    const p = makeProblem({
      days: ['Mon', 'Tue', 'Wed'],
      clubs: [{ id: 'Choir', closed: true, maxGroups: 3, maxGroupsPerDay: 1 }, { id: 'Art', maxGroups: 3 }],
      students: [
        { id: 'P1', votes: ['Art'], preselects: [{ club: 'Choir' }] },
        { id: 'P2', votes: ['Art'], preselects: [{ club: 'Choir', groups: 2 }] },
        { id: 'P3', votes: ['Art'], preselects: [{ club: 'Choir', days: [2] }] },
        { id: 'P4', votes: ['Art'], preselects: [{ club: 'Choir', notDays: [0, 1] }] },
      ],
    });
    const { best } = await solveChecked(p);
    const choirIdx = 0;
    const choirDays = (s: number) => best.groups.filter((g) => g.club === choirIdx && g.members.includes(s)).flatMap((g) => g.days);
    expect(choirDays(0)).toHaveLength(1);
    expect(choirDays(1)).toHaveLength(2);
    expect(choirDays(2)).toEqual([2]);
    expect(choirDays(3)).toEqual([2]);
    expect(best.unmet).toEqual([]);
  });

  test('a preselect with Not days decides where its club meets, even against the votes', async () => {
    // Drama's voters can only come on Wednesday, but Anna is preselected for Drama, never on Wednesday.
    const p = makeProblem({
      days: ['Mon', 'Tue', 'Wed'],
      clubs: [{ id: 'Drama' }, { id: 'Art' }],
      students: [...many(3, 'V', { votes: ['Drama'], unavailableDays: [0, 1] }), { id: 'Anna', votes: ['Art'], preselects: [{ club: 'Drama', notDays: [2] }] }],
    });
    const { best } = await solveChecked(p);
    const [drama] = groupsOf(p, best, 'Drama');
    expect(drama.days).not.toContain(2);
    expect(drama.members).toContain(3);
    expect(best.unmet).toEqual([]);
  });

  test('teachers: one group a day across their clubs, and within Max club days', async () => {
    const p = makeProblem({
      days: ['Mon', 'Tue'],
      teachers: [{ id: 'T' }, { id: 'U', maxClubDays: 1 }],
      clubs: [
        { id: 'A', teachers: ['T'] },
        { id: 'B', teachers: ['T'] },
        { id: 'C', teachers: ['U'] },
        { id: 'D', teachers: ['U'] },
      ],
      // Everyone is away on Tuesday, so A and B both want Monday; T can lead only one of them then.
      students: [...many(2, 'X', { votes: ['A'], unavailableDays: [1] }), ...many(2, 'Z', { votes: ['B'], unavailableDays: [1] }), ...many(2, 'Y', { votes: ['C', 'D'] })],
    });
    const { best } = await solveChecked(p);
    const onMonday = [...groupsOf(p, best, 'A'), ...groupsOf(p, best, 'B')].filter((g) => g.days.includes(0));
    expect(onMonday).toHaveLength(1);
    // U may lead on one day only, so C and D cannot both run.
    expect(groupsOf(p, best, 'C').length + groupsOf(p, best, 'D').length).toBe(1);
  });

  test('Branch of: a vote for the parent counts for the branch the student may join', async () => {
    const p = makeProblem({
      days: ['Mon'],
      clubs: [{ id: 'Soccer', grades: ['11', '12'] }, { id: 'Junior soccer', grades: ['9', '10'], branchOf: 'Soccer' }],
      students: [
        { id: 'Young', grade: '9', votes: ['Soccer'] },
        { id: 'Old', grade: '12', votes: ['Soccer'] },
      ],
    });
    const { best } = await solveChecked(p);
    expect(clubsOf(p, best, 'Young')).toEqual(['Junior soccer']);
    expect(clubsOf(p, best, 'Old')).toEqual(['Soccer']);
    expect(best.scoreParts['Choice 1']).toBe(200);
  });

  test('Locked rows stay where they are', async () => {
    const p = makeProblem({
      days: ['Mon', 'Tue'],
      clubs: [{ id: 'A' }, { id: 'B' }],
      students: [{ id: 'S', votes: ['A', 'B'] }],
      locked: [
        { student: 'S', day: 0, club: 'B' },
        { student: 'S', day: 1, club: null },
      ],
    });
    const { best } = await solveChecked(p);
    expect(best.groups[best.assignment[0][0]].club).toBe(1);
    expect(best.assignment[0][1]).toBe(-1);
  });
});
