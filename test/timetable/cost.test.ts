// The solver's own running cost equals the independent verifier's total, criterion by
// criterion, on random instances; and the incremental cost never drifts from a recount.
import fc from 'fast-check';
import { solveTimetable } from '../../src/timetable/solve';
import { verifyTimetable } from '../../src/timetable/verify';
import { compile, NONE } from '../../src/timetable/search/compile';
import { State } from '../../src/timetable/search/state';
import { Moves } from '../../src/timetable/search/moves';
import { Rng } from '../../src/timetable/search/random';
import { randomProblem } from './randomInstances';

describe('solver cost = verifier cost', () => {
  test('on random small instances, with no hard violation', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), async (seed) => {
        const p = randomProblem(seed);
        const s = await solveTimetable(p, { seed, timeLimitMs: 60_000, maxSteps: 3000 });
        const v = verifyTimetable(p, s);
        expect(v.hardViolations).toEqual([]);
        expect(s.cost).toBeCloseTo(v.total, 6);
        expect(s.lessons).toHaveLength(p.courses.reduce((a, c) => a + c.lessons, 0));
      }),
      { numRuns: 40, seed: 4242 },
    );
  });

  test('the incremental total matches a full recount after thousands of moves', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const k = compile(randomProblem(seed));
      const st = new State(k);
      const moves = new Moves(st, new Rng(seed));
      for (let i = 0; i < 3000; i++) {
        const r = i % 10;
        if (r < 2) {
          const u = moves.movable.find((x) => st.unitStart[x] === NONE);
          if (u !== undefined) moves.insert(u, 5);
          else moves.kempe(5);
        } else if (r < 4) moves.kempe(5);
        else if (r < 5) moves.teacherChange(5);
        else if (r < 6) moves.repairStep();
        else moves.moveSwap(5);
        if (i % 500 === 499) {
          const running = st.total;
          expect(st.recomputeAll()).toBeCloseTo(running, 6);
        }
      }
    }
  });
});
