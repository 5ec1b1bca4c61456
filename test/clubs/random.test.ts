// Random small schools with every kind of rule mixed in (some of them impossible): the scheduler
// never crashes, and the only rules its schedule may break are the preselects and Locked rows it
// reports as unmet, each of them named.
import { makeRng } from '../../src/clubs/placement';
import { solveClubs } from '../../src/clubs/solve';
import { verifyClubs } from '../../src/clubs/verify';
import type { ClubsProblem } from '../../src/clubs/model';
import { makeProblem, type ClubSpec, type StudentSpec } from './helpers';

jest.setTimeout(300_000);

function randomSchool(seed: number): ClubsProblem {
  const rng = makeRng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const nDays = int(1, 4);
  const days = ['Mon', 'Tue', 'Wed', 'Thu'].slice(0, nDays);
  const nClubs = int(2, 7);
  const nStudents = int(4, 30);
  const teachers = ['T1', 'T2', 'T3'];
  const clubs: ClubSpec[] = Array.from({ length: nClubs }, (_, c) => {
    const allowed = days.map((_, d) => d).filter(() => rng() < 0.8);
    const cDays = allowed.length ? allowed : [0];
    const maxGroups = int(1, 3);
    return {
      id: `C${c}`,
      teachers: rng() < 0.6 ? [teachers[int(0, 2)]] : [],
      days: cDays,
      minMembers: int(0, 4),
      maxMembers: int(2, 8),
      minGroups: rng() < 0.2 ? maxGroups : 1,
      maxGroups,
      daysPerGroup: rng() < 0.25 ? Math.min(2, cDays.length) : 1,
      maxGroupsPerDay: int(1, 2),
      ...(rng() < 0.2 ? { grades: ['9'] } : {}),
      ...(rng() < 0.1 ? { genders: ['f'] } : {}),
      closed: rng() < 0.1,
      ...(c > 0 && rng() < 0.15 ? { branchOf: 'C0' } : {}),
    };
  });
  const students: StudentSpec[] = Array.from({ length: nStudents }, (_, s) => {
    const votes = clubs.filter(() => rng() < 0.5).map((c) => c.id);
    const pre = rng() < 0.1 ? [{ club: clubs[int(0, nClubs - 1)].id, groups: int(1, 2), days: rng() < 0.3 ? [int(0, nDays - 1)] : [], notDays: rng() < 0.3 ? [int(0, nDays - 1)] : [] }] : [];
    return {
      id: `S${s}`,
      grade: rng() < 0.5 ? '9' : '10',
      ...(rng() < 0.9 ? { gender: rng() < 0.5 ? 'f' : 'm' } : {}),
      unavailableDays: rng() < 0.15 ? [int(0, nDays - 1)] : [],
      votes,
      preselects: pre,
      votedStudyHall: rng() < 0.05,
    };
  });
  for (const c of clubs) {
    if (rng() < 0.2) c.blacklist = [students[int(0, nStudents - 1)].id];
    if (c.closed && rng() < 0.5) c.whitelist = [students[int(0, nStudents - 1)].id];
  }
  const exclusions: Array<[string, string]> = nClubs > 2 && rng() < 0.4 ? [[clubs[0].id, clubs[1].id]] : [];
  const locked = rng() < 0.3 ? [{ student: students[0].id, day: 0, club: rng() < 0.5 ? null : clubs[int(0, nClubs - 1)].id }] : [];
  return makeProblem({ days, clubs, students, teachers: [{ id: 'T1', maxClubDays: 1 }, { id: 'T2' }, { id: 'T3' }], exclusions, locked });
}

test('random schools: no crash; only reported preselects / Locked rows are ever broken', async () => {
  for (let seed = 1; seed <= 60; seed++) {
    const p = randomSchool(seed);
    const sol = await solveClubs(p, { seed, timeLimitMs: 120_000, maxSteps: 8 });
    expect(sol.options.length).toBeGreaterThan(0);
    for (const o of sol.options) {
      const v = verifyClubs(p, o);
      expect(o.score).toBeCloseTo(v.score, 6);
      const broken = v.hardViolations.filter((h) => !['preselect', 'preselect-days', 'preselect-not-days', 'locked-moved'].includes(h.rule));
      if (broken.length > 0) throw new Error(`seed ${seed}: ${JSON.stringify(broken)}`);
      for (const h of v.hardViolations) {
        const named = (o.unmet ?? []).some((u) => u.student === h.student);
        if (!named) throw new Error(`seed ${seed}: unreported ${JSON.stringify(h)}`);
      }
    }
  }
});
