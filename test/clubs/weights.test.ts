// The default weights favour first choices, the figure a school looks at first: a first choice is
// worth more than a second and a third together, so the best schedule does not trade two first
// choices for one first and two seconds (the old defaults, 100/70/45/25/10, did).
import { makeProblem, solveChecked, clubsOf } from './helpers';
import { DEFAULT_CHOICE_WEIGHTS } from '../../src/clubs/model';

jest.setTimeout(60_000);

// One day, four one-seat clubs. Either A, B get their 1st (Y, Z) and C her 5th (W): two first
// choices; or C gets her 1st (Z), A and B their 2nd (X, Y): one first choice, two seconds.
const problem = (choice?: number[]) =>
  makeProblem({
    days: ['Mon'],
    clubs: ['X', 'Y', 'Z', 'W'].map((id) => ({ id, minMembers: 1, maxMembers: 1 })),
    students: [
      { id: 'A', votes: ['Y', 'X'] },
      { id: 'B', votes: ['Z', 'Y'] },
      { id: 'C', votes: ['Z', null, null, null, 'W'] },
    ],
    ...(choice ? { weights: { choice } } : {}),
  });

describe('default choice weights', () => {
  test('two first choices and a fifth beat one first choice and two seconds', async () => {
    const p = problem();
    const { best } = await solveChecked(p);
    expect(['A', 'B', 'C'].map((s) => clubsOf(p, best, s))).toEqual([['Y'], ['Z'], ['W']]);
    expect(best.score).toBe(100 + 100 + DEFAULT_CHOICE_WEIGHTS[4]);
  });

  test('with the old, gentler weights the same school got one first choice fewer', async () => {
    const p = problem([100, 70, 45, 25, 10]);
    const { best } = await solveChecked(p);
    expect(['A', 'B', 'C'].map((s) => clubsOf(p, best, s))).toEqual([['X'], ['Y'], ['Z']]);
  });
});
