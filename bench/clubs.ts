// `npm run bench -- clubs [--seeds 1,2,3] [--sizes 420,1200] [--restarts 1000] [--time 10,30]
//   [--choice 100,45,20,9,4] [--further 2] [--study-hall 40]`
// (--choice / --further / --study-hall override the default weights, to compare candidate weights.)
// Per seeded instance: our Club Sandwich baseline (N restarts) against the scheduler within its time
// budget; every schedule re-checked by the verifier (hard violations, score).
import { generateInstance, LARGE, SMALL } from './clubs-instances';
import { printTable, writeResults } from './results';
import { solveClubs } from '../src/clubs/solve';
import { solveClubSandwich } from '../src/clubs/baseline';
import { verifyClubs } from '../src/clubs/verify';
import { clubStats } from '../src/clubs/index';
import { DEFAULT_CHOICE_WEIGHTS, DEFAULT_FURTHER_CHOICE_WEIGHT } from '../src/clubs/model';

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

const peakMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

export default async function clubsBench(args: string[]): Promise<void> {
  const seeds = (arg(args, 'seeds') ?? '1,2,3').split(',').map(Number);
  const sizes = (arg(args, 'sizes') ?? '420,1200').split(',').map(Number);
  const restarts = Number(arg(args, 'restarts') ?? 1000);
  // --time lists seconds per entry of --sizes; without it, 10 s for 420 students and 30 s for 1,200.
  const times = arg(args, 'time')?.split(',').map(Number) ?? sizes.map((n) => (n >= LARGE.students ? 30 : 10));
  const choiceArg = arg(args, 'choice')?.split(',').map(Number);
  const furtherArg = arg(args, 'further') !== undefined ? Number(arg(args, 'further')) : undefined;
  const shArg = arg(args, 'study-hall') !== undefined ? Number(arg(args, 'study-hall')) : undefined;
  const rows: Array<Record<string, string | number>> = [];
  for (const [si, size] of sizes.entries()) {
    const spec = size === SMALL.students ? SMALL : size === LARGE.students ? LARGE : { ...SMALL, students: size };
    const seconds = times[Math.min(si, times.length - 1)];
    for (const seed of seeds) {
      const p = generateInstance({ ...spec, seed });
      if (choiceArg || furtherArg !== undefined) {
        const further = furtherArg ?? DEFAULT_FURTHER_CHOICE_WEIGHT;
        p.weights.choice = p.weights.choice.map((w, k) => (choiceArg ? (choiceArg[k] ?? further) : k < DEFAULT_CHOICE_WEIGHTS.length ? w : further));
      }
      if (shArg !== undefined) p.weights['Unchosen study hall'] = shArg;
      const t0 = Date.now();
      let lastTick = t0;
      let maxTickGap = 0;
      const ours = await solveClubs(p, {
        seed,
        timeLimitMs: seconds * 1000,
        onProgress: () => {
          const now = Date.now();
          maxTickGap = Math.max(maxTickGap, now - lastTick);
          lastTick = now;
        },
      });
      maxTickGap = Math.max(maxTickGap, Date.now() - lastTick);
      const oursMs = Date.now() - t0;
      const best = ours.options[0];
      const v = verifyClubs(p, best);
      const stats = clubStats(p, best);
      const rssOurs = peakMb();
      const t1 = Date.now();
      const base = await solveClubSandwich(p, { restarts, seed });
      const baseMs = Date.now() - t1;
      const b = base.options[0];
      const bv = verifyClubs(p, b);
      const bstats = clubStats(p, b);
      const bound = best.bound;
      const gap = bound !== undefined ? (100 * (bound - v.score)) / Math.abs(bound) : NaN;
      rows.push({
        instance: `${spec.students}x${spec.clubs}x${spec.days}d x${spec.choices}`,
        seed,
        baseline: bv.score,
        'base 1st %': bstats.first,
        'base top3 %': bstats.top3,
        'base SH days': bstats.studyHallDays,
        'base s': Math.round(baseMs / 100) / 10,
        ours: v.score,
        'ours 1st %': stats.first,
        'ours top3 %': stats.top3,
        'ours SH days': stats.studyHallDays,
        'ours s': Math.round(oursMs / 100) / 10,
        'vs base %': Math.round((1000 * (v.score - bv.score)) / Math.abs(bv.score)) / 10,
        bound: bound !== undefined ? Math.round(bound) : '-',
        'gap %': Number.isFinite(gap) ? Math.round(gap * 100) / 100 : '-',
        hard: v.hardViolations.length + bv.hardViolations.length,
        'score=verifier': Math.abs(v.score - best.score) < 1e-6 ? 'yes' : `NO (${best.score})`,
        method: ours.history.method,
        'max progress gap ms': maxTickGap,
        'peak MB': rssOurs,
      });
      printTable(rows.slice(-1));
    }
  }
  console.log('\nclubs bench (wall-clock on a shared, loaded machine: times are noisy)');
  printTable(rows);
  const weights = { choice: choiceArg, further: furtherArg, studyHall: shArg };
  const file = writeResults('clubs', rows, { seeds, sizes, restarts, times, weights });
  console.log(`\nwrote ${file}`);
}
