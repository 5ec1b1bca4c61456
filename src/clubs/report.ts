// The Clubs Report: each kept option side by side with Club Sandwich's statistics (share of
// students given their 1st … Nth choice, unchosen study halls, preselects honoured, group sizes,
// grade and gender mix), its score as recomputed by the verifier, the solver's bound and gap,
// and the objective's definition with the weights in force.
import type { CellValue } from '../schema/records';
import type { OutputSheet } from '../core/output';
import type { ClubsOption, ClubsProblem, ClubsSolution } from './model';
import { DEFAULT_FURTHER_CHOICE_WEIGHT } from './model';
import { CLUB_CRITERIA } from '../schema/criteria';
import { fitWidths, percent, round } from '../views/sheet';
import { ReportRows } from '../views/report';
import { rankFor, verifyClubs } from './verify';
import { emptyOption, groupAt } from './viewsCommon';

type Stat = [string, CellValue];

/** Mean of the largest (or smallest) tenth of the numbers, at least one of them. */
function tenthMean(sizes: number[], largest: boolean): number {
  if (sizes.length === 0) return 0;
  const sorted = [...sizes].sort((a, b) => (largest ? b - a : a - b));
  const n = Math.max(1, Math.ceil(sizes.length / 10));
  return round(sorted.slice(0, n).reduce((a, b) => a + b, 0) / n, 1);
}

/** Average over groups of the share (%) of its most common value (grade or gender) among members who have one. */
function majorityShare(problem: ClubsProblem, option: ClubsOption, field: 'grade' | 'gender'): number | null {
  const shares: number[] = [];
  for (const g of option.groups) {
    const count = new Map<string, number>();
    for (const s of g.members) {
      const v = problem.students[s]?.[field]?.trim().toLowerCase();
      if (v) count.set(v, (count.get(v) ?? 0) + 1);
    }
    const known = [...count.values()].reduce((a, b) => a + b, 0);
    if (known > 0) shares.push((100 * Math.max(...count.values())) / known);
  }
  return shares.length > 0 ? round(shares.reduce((a, b) => a + b, 0) / shares.length, 1) : null;
}

export function optionStats(problem: ClubsProblem, option: ClubsOption): Stat[] {
  const v = verifyClubs(problem, option);
  const { students, days } = problem;
  const n = students.length;
  const ranks = Math.max(0, ...students.map((s) => s.votes.length));
  const given = new Array(ranks).fill(0);
  const halls = [0, 0, 0]; // 1, 2, 3 or more unchosen study halls
  let voters = 0;
  let noChoice = 0;
  let preselects = 0;
  let honoured = 0;
  students.forEach((st, s) => {
    const clubs = new Set<number>();
    let u = 0;
    days.forEach((_, d) => {
      const g = groupAt(problem, option, s, d);
      if (g >= 0) clubs.add(option.groups[g].club);
      else if (!st.unavailableDays.includes(d)) u++;
    });
    if (st.votedStudyHall) u = Math.max(0, u - 1);
    if (u > 0) halls[Math.min(u, 3) - 1]++;
    const got = new Set([...clubs].map((c) => rankFor(problem, s, c)).filter((k): k is number => k !== undefined));
    for (const k of got) given[k - 1]++;
    if (st.votes.some((c) => c !== null)) {
      voters++;
      if (got.size === 0) noChoice++;
    }
    for (const p of st.preselects) {
      preselects++;
      if (option.groups.filter((g) => g.club === p.club && g.members.includes(s)).length === p.groups) honoured++;
    }
  });
  const sizes = option.groups.map((g) => g.members.length);
  const gap = option.bound !== undefined && option.bound !== 0 ? round((100 * (option.bound - v.score)) / Math.abs(option.bound), 2) : null;
  const stats: Stat[] = [
    ['Score', round(v.score)],
    ...(round(option.score) !== round(v.score) ? [["Solver's own score (differs: please report this)", round(option.score)] as Stat] : []),
    ['Proven bound', option.bound !== undefined ? round(option.bound) : 'none'],
    ['Gap to the bound (%)', gap],
    ['Hard rules broken', v.hardViolations.length],
    ['Students', n],
    ...given.map((g, k): Stat => [`Given choice ${k + 1} (% of voters)`, percent(g, voters)]),
    ['Given none of their choices (% of voters)', percent(noChoice, voters)],
    ['Students with 1 unchosen study hall', halls[0]],
    ['Students with 2 unchosen study halls', halls[1]],
    ['Students with 3 or more unchosen study halls', halls[2]],
    ['Preselects honoured', `${honoured} of ${preselects}`],
    ['Clubs running', `${new Set(option.groups.map((g) => g.club)).size} of ${problem.clubs.length}`],
    ['Groups running', option.groups.length],
    ['Average size, largest 10 % of groups', tenthMean(sizes, true)],
    ['Average size, smallest 10 % of groups', tenthMean(sizes, false)],
    ['Group sizes (range)', sizes.length > 0 ? `${Math.min(...sizes)}–${Math.max(...sizes)}` : 'no groups'],
    ['Largest grade in a group (average %)', majorityShare(problem, option, 'grade')],
    ['Majority gender in a group (average %)', majorityShare(problem, option, 'gender')],
  ];
  for (const [part, value] of Object.entries(v.scoreParts)) stats.push([`Score: ${part}`, round(value)]);
  return stats;
}

/** The objective in words, with the weights in force (the same words as src/clubs/model.ts). */
export function objectiveText(problem: ClubsProblem): Stat[] {
  const w = problem.weights;
  const ranks = Math.max(w.choice.length, ...problem.students.map((s) => s.votes.length));
  const lines: Stat[] = [];
  for (let k = 1; k <= ranks; k++) {
    lines.push([`Choice ${k}`, `+${w.choice[k - 1] ?? DEFAULT_FURTHER_CHOICE_WEIGHT} for each student in a club they ranked ${k} (a vote for a parent club counts for its branch; each club once, however many days)`]);
  }
  const text: Record<(typeof CLUB_CRITERIA)[number], string> = {
    'Unchosen study hall': `−${w['Unchosen study hall']} × u(u+1)/2 per student with u study-hall days on days they can come (one fewer if they voted for ${problem.studyHallName}): the 1st costs ${w['Unchosen study hall']}, the 2nd ${2 * w['Unchosen study hall']} more`,
    'Club size spread': `−${w['Club size spread']} per member of a group beyond the middle of its club's Min and Max members`,
    'Grade mix': `−${w['Grade mix']} per member of one grade beyond half of a group`,
    'Gender mix': `−${w['Gender mix']} per member of one gender beyond half of a group`,
  };
  for (const c of CLUB_CRITERIA) lines.push([c, text[c]]);
  return lines;
}

export function clubsReport(problem: ClubsProblem, solution: ClubsSolution): OutputSheet {
  const options = solution.options.length > 0 ? solution.options : [emptyOption(problem)];
  const report = new ReportRows();
  const { rows, bold } = report;
  const title = (text: string): void => report.title(text);
  title('Clubs Report');
  rows.push(['Option 1 is the schedule written to the other sheets; higher scores are better.']);
  report.header('', ...options.map((_, i) => `Option ${i + 1}`));
  const columns = options.map((o) => optionStats(problem, o));
  // Options may differ in rows (the solver-score row appears only where it disagrees): align by label.
  const labels = [...new Set(columns.flatMap((c) => c.map(([label]) => label)))];
  for (const label of labels) rows.push([label, ...columns.map((c) => c.find(([l]) => l === label)?.[1] ?? null)]);

  const unmet = options[0].unmet ?? [];
  if (unmet.length > 0) {
    title(`Preselects and Locked rows option 1 could not honour (${unmet.length})`);
    report.header('Student', 'Club', 'Day', 'Why');
    for (const u of unmet) rows.push([problem.students[u.student]?.id ?? '?', u.club < 0 ? problem.studyHallName : (problem.clubs[u.club]?.name ?? '?'), u.day !== undefined ? (problem.days[u.day] ?? null) : null, u.reason]);
  }

  title('How the score is computed');
  for (const [name, text] of objectiveText(problem)) rows.push([name, text]);

  const h = solution.history;
  title('Search');
  rows.push(['Method', h.method]);
  rows.push(['Seed', h.seed]);
  rows.push(['Steps', h.steps]);
  rows.push(['Time (s)', round(h.elapsedMs / 1000, 1)]);
  rows.push(['Stopped early (cancelled)', h.cancelled ? 'yes' : 'no']);
  const widths = fitWidths(rows, 8, 40);
  widths[0] = 46;
  return { name: 'Clubs Report', values: rows, headerRows: 0, columnWidths: widths, bold };
}
