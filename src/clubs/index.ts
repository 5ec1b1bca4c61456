// The club scheduler as a ProblemModule: records → problem → solve → views and summary.
import type { ProblemModule, RunSummary } from '../app/problem';
import type { WorkbookRecords } from '../schema/records';
import type { ClubsOption, ClubsProblem, ClubsSolution } from './model';
import { buildClubsProblem } from './build';
import { solveClubs } from './solve';
import { verifyClubs, rankFor } from './verify';
import { clubsViews, CLUB_SHEETS } from './views';
import { clubsFromRecords } from './fromSheet';

export { buildClubsProblem } from './build';
export { solveClubs, studentBound } from './solve';
export type { ClubsSolveOptions } from './solve';
export { solveClubSandwich } from './baseline';
export { setHighsLocateFile } from './highs';
export { verifyClubs } from './verify';
export { clubsViews, CLUB_SHEETS } from './views';
export { clubsFromRecords } from './fromSheet';
export type * from './model';

const pct = (n: number, d: number): number => (d > 0 ? Math.round((1000 * n) / d) / 10 : 0);

/** Share of voters given their first choice, and one of their first three; unchosen study-hall days. */
export function clubStats(problem: ClubsProblem, option: ClubsOption): { voters: number; first: number; top3: number; studyHallDays: number } {
  let voters = 0;
  let first = 0;
  let top3 = 0;
  let studyHallDays = 0;
  problem.students.forEach((st, s) => {
    const row = option.assignment[s] ?? [];
    const ranks = [...new Set(row.filter((g) => g >= 0 && g < option.groups.length).map((g) => option.groups[g].club))]
      .map((c) => rankFor(problem, s, c))
      .filter((r): r is number => r !== undefined);
    if (st.votes.some((v) => v !== null)) {
      voters++;
      if (ranks.includes(1)) first++;
      if (ranks.some((r) => r <= 3)) top3++;
    }
    const u = problem.days.filter((_, d) => !st.unavailableDays.includes(d) && (row[d] ?? -1) < 0).length;
    studyHallDays += Math.max(0, u - (st.votedStudyHall ? 1 : 0));
  });
  return { voters, first: pct(first, voters), top3: pct(top3, voters), studyHallDays };
}

export function clubsSummary(problem: ClubsProblem, solution: ClubsSolution): RunSummary {
  const option = solution.options[0];
  if (!option) {
    return { kind: 'clubs', headline: 'No club schedule', cost: 0, figures: [], sheets: CLUB_SHEETS.slice() };
  }
  const v = verifyClubs(problem, option);
  const stats = clubStats(problem, option);
  const hard = v.hardViolations.length;
  const bound = option.bound;
  const gap = bound !== undefined && bound > 0 ? Math.max(0, Math.round((10000 * (bound - v.score)) / Math.abs(bound)) / 100) : undefined;
  const figures: RunSummary['figures'] = [
    { label: 'First choice (% of voters)', value: stats.first },
    { label: 'One of the top 3 choices (% of voters)', value: stats.top3 },
    { label: 'Unchosen study-hall days', value: stats.studyHallDays },
    { label: 'Score', value: v.score },
    ...(bound !== undefined ? [{ label: 'Upper bound', value: Math.round(bound * 100) / 100 }] : []),
    ...(gap !== undefined ? [{ label: 'Gap to bound (%)', value: gap }] : []),
    { label: 'Hard violations', value: hard },
    { label: 'Clubs not running', value: option.notRunning.length },
    { label: 'Method', value: solution.history.method },
  ];
  return {
    kind: 'clubs',
    headline: `${stats.first} % first choices, ${stats.top3} % in their top 3, score ${v.score.toLocaleString('en-US')}${gap !== undefined ? ` (within ${gap} % of the bound)` : ''}${hard > 0 ? `, ${hard} hard violation${hard === 1 ? '' : 's'}` : ''}`,
    cost: -v.score,
    figures,
    sheets: CLUB_SHEETS.slice(),
  };
}

export const clubsModule: ProblemModule<ClubsProblem, ClubsSolution> = {
  kind: 'clubs',
  defined: (records: WorkbookRecords) => records.clubs.length > 0 && records.votes.length > 0,
  build: buildClubsProblem,
  solve: (problem, control) => solveClubs(problem, control),
  views: clubsViews,
  fromRecords: clubsFromRecords,
  summary: clubsSummary,
};
