// The scheduler as a whole: deterministic, agrees with the verifier, never crashes on impossible
// input, and its exact assignment is at least as good as Club Sandwich's greedy.
import { generateInstance } from '../../bench/clubs-instances';
import { solveClubs } from '../../src/clubs/solve';
import { solveClubSandwich } from '../../src/clubs/baseline';
import { setHighsLocateFile } from '../../src/clubs/highs';
import { verifyClubs } from '../../src/clubs/verify';
import type { ClubsProblem, ClubsSolution } from '../../src/clubs/model';
import { makeProblem, many, solveChecked } from './helpers';

jest.setTimeout(120_000);

const small = (seed: number): ClubsProblem => generateInstance({ students: 80, clubs: 12, days: 2, choices: 4, seed });

function expectValid(p: ClubsProblem, sol: ClubsSolution): void {
  expect(sol.options.length).toBeGreaterThan(0);
  for (const o of sol.options) {
    const v = verifyClubs(p, o);
    expect(v.hardViolations).toEqual([]);
    expect(o.score).toBeCloseTo(v.score, 6);
  }
}

describe('solveClubs', () => {
  test('same seed and step budget → identical options', async () => {
    const a = await solveClubs(small(3), { seed: 7, timeLimitMs: 120_000, maxSteps: 25 });
    const b = await solveClubs(small(3), { seed: 7, timeLimitMs: 120_000, maxSteps: 25 });
    expect(b.options).toEqual(a.options);
    expect(b.history.steps).toBe(a.history.steps);
  });

  test('every kept option is valid, distinct, and scored as the verifier scores it', async () => {
    const p = small(4);
    const sol = await solveClubs(p, { seed: 1, timeLimitMs: 120_000, maxSteps: 30 });
    expectValid(p, sol);
    const keys = new Set(sol.options.map((o) => JSON.stringify(o.assignment.map((r) => r.map((g) => (g < 0 ? -1 : o.groups[g].club))))));
    expect(keys.size).toBe(sol.options.length);
    expect(sol.options.length).toBeLessThanOrEqual(p.optionsToKeep);
    for (let i = 1; i < sol.options.length; i++) expect(sol.options[i].score).toBeLessThanOrEqual(sol.options[i - 1].score);
  });

  test('the exact assignment beats or equals the greedy (Club Sandwich, 200 restarts) and stays under its bound', async () => {
    for (const seed of [1, 2]) {
      const p = small(seed);
      const ours = await solveClubs(p, { seed, timeLimitMs: 120_000, maxSteps: 30 });
      const greedy = await solveClubSandwich(p, { restarts: 200, seed });
      expectValid(p, ours);
      expectValid(p, greedy);
      const best = ours.options[0];
      expect(best.score).toBeGreaterThanOrEqual(greedy.options[0].score);
      expect(best.bound).toBeDefined();
      expect(best.score).toBeLessThanOrEqual(best.bound! + 1e-6);
      expect(ours.history.method).toMatch(/exact assignment/);
    }
  });

  test('the greedy fallback alone is a valid schedule', async () => {
    const p = small(5);
    const sol = await solveClubSandwich(p, { restarts: 5, seed: 2 });
    expectValid(p, sol);
  });

  test('without HiGHS (wasm not found) the greedy schedule comes back, valid, with the reason', async () => {
    const p = small(6);
    setHighsLocateFile(() => '/nonexistent/highs.wasm');
    try {
      const sol = await solveClubs(p, { seed: 1, timeLimitMs: 120_000, maxSteps: 10 });
      expectValid(p, sol);
      expect(sol.history.method).toMatch(/greedy \(exact model unavailable/);
    } finally {
      setHighsLocateFile(undefined);
    }
  });

  test('impossible Min members and an impossible preselect: a valid schedule with reasons, no crash', async () => {
    const p = makeProblem({
      days: ['Mon'],
      clubs: [{ id: 'Chess', minMembers: 10 }, { id: 'Art', blacklist: ['Pre'] }, { id: 'Film' }],
      students: [...many(3, 'S', { votes: ['Chess', 'Film'] }), { id: 'Pre', votes: ['Film'], preselects: [{ club: 'Art' }] }],
    });
    const sol = await solveClubs(p, { seed: 1, timeLimitMs: 120_000, maxSteps: 10 });
    const best = sol.options[0];
    expect(best.notRunning.find((n) => n.club === 0)?.reason).toMatch(/Min members/);
    expect(best.unmet?.some((u) => u.club === 1 && /blacklisted/.test(u.reason))).toBe(true);
    // Everything but the impossible preselect holds.
    const rules = verifyClubs(p, best).hardViolations.map((v) => v.rule);
    expect(rules.every((r) => r === 'preselect')).toBe(true);
  });

  test('a preselect for a full club is reported, the rest of the schedule is valid', async () => {
    const p = makeProblem({
      days: ['Mon'],
      clubs: [{ id: 'Choir', maxMembers: 1, closed: true }, { id: 'Art' }],
      students: [
        { id: 'A', votes: ['Art'], preselects: [{ club: 'Choir' }] },
        { id: 'B', votes: ['Art'], preselects: [{ club: 'Choir' }] },
      ],
    });
    const sol = await solveClubs(p, { seed: 1, timeLimitMs: 120_000, maxSteps: 10 });
    const best = sol.options[0];
    expect(best.unmet).toHaveLength(1);
    expect(best.unmet![0].reason).toMatch(/preselect for Choir not honoured/);
  });

  test('no clubs that can run: everyone in study hall, every club with a reason', async () => {
    const p = makeProblem({ days: ['Mon'], clubs: [{ id: 'Ghost', days: [] }], students: [{ id: 'S', votes: ['Ghost'] }] });
    const { best } = await solveChecked(p);
    expect(best.groups).toEqual([]);
    expect(best.notRunning[0].reason).toMatch(/no club day/);
  });

  test('progress at least every step phase, incumbents streamed, and a cancel returns the best so far', async () => {
    const p = small(7);
    const phases = new Set<string>();
    let incumbents = 0;
    let aborted = false;
    let calls = 0;
    const signal = {
      get aborted() {
        return aborted;
      },
    };
    const sol = await solveClubs(p, {
      seed: 1,
      timeLimitMs: 120_000,
      signal,
      onProgress: (pr) => {
        phases.add(pr.phase);
        calls++;
        if (pr.phase === 'search') aborted = true;
      },
      onIncumbent: () => incumbents++,
    });
    expect(calls).toBeGreaterThan(0);
    expect(incumbents).toBeGreaterThan(0);
    expect(sol.history.cancelled).toBe(true);
    expectValid(p, sol);
  });
});
