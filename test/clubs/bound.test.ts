// The bounds are valid: no schedule the solvers find (exact or greedy) scores above them.
import { generateInstance } from '../../bench/clubs-instances';
import { deriveFacts } from '../../src/clubs/facts';
import { capacityBound } from '../../src/clubs/bound';
import { loadHighs } from '../../src/clubs/highs';
import { solveClubs, studentBound } from '../../src/clubs/solve';
import { solveClubSandwich } from '../../src/clubs/baseline';

jest.setTimeout(120_000);

test('capacity and per-student bounds sit above every schedule found, the capacity one tighter', async () => {
  const highs = await loadHighs();
  for (const seed of [11, 12, 13]) {
    const p = generateInstance({ students: 70, clubs: 10, days: 3, choices: 4, seed });
    const f = deriveFacts(p);
    const cap = capacityBound(highs, p, f, 60);
    const perStudent = studentBound(p, f);
    expect(cap).toBeDefined();
    expect(cap!).toBeLessThanOrEqual(perStudent + 1e-6);
    const ours = await solveClubs(p, { seed, timeLimitMs: 120_000, maxSteps: 15 });
    const greedy = await solveClubSandwich(p, { restarts: 50, seed });
    for (const o of [...ours.options, ...greedy.options]) expect(o.score).toBeLessThanOrEqual(cap! + 1e-6);
    expect(ours.options[0].bound!).toBeLessThanOrEqual(cap! + 1e-6);
  }
});
