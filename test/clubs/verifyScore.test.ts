// The clubs objective (src/clubs/model.ts) recomputed on small cases worked out by hand.
import { verifyClubs } from '../../src/clubs/verify';
import { tinyClubs, tinyOption } from '../views/fixtures/clubs';

describe('verifyClubs — score', () => {
  test('the tiny schedule: four first choices, four single study halls', () => {
    const v = verifyClubs(tinyClubs(), tinyOption());
    // Choice 1: 4 × 100. Study hall: each student has u = 1 → 40 · 1·2/2 = 40, four times.
    // Size spread: mid = ceil((2 + 3) / 2) = 3, groups of 2 → 0. Grade mix weight 0.
    // Gender mix: Chess {f, m}, Art {f, m}: nobody beyond half → 0.
    expect(v.scoreParts).toEqual({
      'Choice 1': 400, 'Choice 2': 0, 'Choice 3': 0, 'Choice 4': 0, 'Choice 5': 0,
      'Unchosen study hall': -160, 'Club size spread': 0, 'Grade mix': 0, 'Gender mix': 0,
    });
    expect(v.score).toBe(240);
  });

  test('every part at once', () => {
    const p = tinyClubs();
    p.weights['Grade mix'] = 2;
    p.clubs[0].minMembers = 1; // Chess: mid = ceil((1 + 3) / 2) = 2
    p.clubs[1].minMembers = 1; // Art: mid 2
    p.students[3].votedStudyHall = true;
    const o = tinyOption();
    o.groups[0].members = [0, 1, 2]; // Chess on Mon: A (9 f), B (9 m), C (10 f)
    o.assignment[2] = [0, 1]; // C: Chess on Mon (her 2nd choice), Art on Wed (her 1st)
    const v = verifyClubs(p, o);
    expect(v.hardViolations).toEqual([]);
    // Choice 1: A, B Chess; C, D Art → 400. Choice 2: C Chess → 40.
    // Study hall: A 1 day (40), B 1 day (40), C none, D 1 day but voted for it → 0. Total −80.
    // Size spread: Chess 3 members, 1 beyond mid 2 → −1; Art 2 → 0.
    // Grade mix (w 2): Chess 9×2 of 3 → 0.5 beyond 1.5; Art 10×2 of 2 → 1 beyond 1 → −2·1.5 = −3.
    // Gender mix (w 1): Chess f×2 of 3 → −0.5; Art f, m → 0.
    expect(v.scoreParts).toMatchObject({ 'Choice 1': 400, 'Choice 2': 40, 'Unchosen study hall': -80, 'Club size spread': -1, 'Grade mix': -3, 'Gender mix': -0.5 });
    expect(v.score).toBe(355.5); // 400 + 40 − 80 − 1 − 3 − 0.5
  });

  test('members without a grade or gender are not counted in the mix, not even in the half', () => {
    const p = tinyClubs();
    p.weights['Grade mix'] = 1;
    p.students[1].gender = undefined;
    p.students[1].grade = undefined;
    const v = verifyClubs(p, tinyOption());
    // Chess: A (9, f) and B (no grade, no gender): one labelled member, 1 beyond half of 1 → 0.5 each.
    // Art: C (10, f), D (10, m): grade 10 × 2 of 2 → 1; genders balanced → 0.
    expect(v.scoreParts['Grade mix']).toBe(-1.5);
    expect(v.scoreParts['Gender mix']).toBe(-0.5);
  });

  test('two study halls cost more than one each: 40 + 80 for the second', () => {
    const p = tinyClubs();
    const o = tinyOption();
    p.clubs[0].minMembers = 1;
    o.groups[0].members = [0];
    o.assignment[1] = [-1, -1]; // B now has two study halls: 40 + 80
    const v = verifyClubs(p, o);
    expect(v.hardViolations).toEqual([]);
    expect(v.scoreParts['Unchosen study hall']).toBe(-(40 + 120 + 40 + 40));
  });

  test('days a student is away are not unchosen study halls', () => {
    const p = tinyClubs();
    p.students[0].unavailableDays = [1];
    expect(verifyClubs(p, tinyOption()).scoreParts['Unchosen study hall']).toBe(-120);
  });

  test('a club attended on two days counts once; a rank beyond the weights earns the further weight 1', () => {
    const p = tinyClubs();
    p.weights.choice = [100];
    p.students[0].votes = [1, null, 0]; // A's Chess is now her 3rd choice
    p.clubs[0].daysPerGroup = 2;
    p.clubs[0].minMembers = 1;
    const o = tinyOption();
    o.groups[0] = { club: 0, number: 1, days: [0, 1], members: [0] };
    o.groups[1].members = [1, 2, 3];
    o.assignment = [[0, 0], [-1, 1], [-1, 1], [-1, 1]];
    const v = verifyClubs(p, o);
    expect(v.hardViolations).toEqual([]);
    // A: Chess rank 3 once → 1. B: Art rank 2 → weights.choice[1] missing → 1. C, D: Art rank 1 → 200.
    expect(v.scoreParts).toMatchObject({ 'Choice 1': 200, 'Choice 2': 1, 'Choice 3': 1 });
  });

  test('a preselected club nobody voted for earns nothing', () => {
    const p = tinyClubs();
    p.students[0].votes = [1];
    p.students[0].preselects = [{ club: 0, groups: 1, days: [], notDays: [] }];
    const v = verifyClubs(p, tinyOption());
    expect(v.hardViolations).toEqual([]);
    expect(v.scoreParts['Choice 1']).toBe(300);
  });
});
