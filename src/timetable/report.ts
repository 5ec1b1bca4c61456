// The Timetable Report: what was booked, what it costs and why (each criterion count × weight),
// what could not be booked and why, how each teacher's and class's week looks, and how the search
// went. Figures come from the verifier, not the solver, so the report checks the solver too.
import type { OutputSheet } from '../core/output';
import type { TimetableProblem, TimetableSolution, TimetableVerification } from './model';
import { verifyTimetable } from './verify';
import { fitWidths, round } from '../views/sheet';
import { ReportRows } from '../views/report';

/** At most this many rows of the cost-over-time trace (evenly sampled, first and last kept). */
export const MAX_TRACE_ROWS = 200;
/** At most this many constructive orders are listed (the best ones). */
export const MAX_ORDER_ROWS = 50;

export interface ResourceSummary {
  id: string;
  lessons: number;
  days: number;
  gaps: number;
}

/** Lessons, teaching days and free periods between first and last lesson, per teacher or body. */
export function resourceSummaries(problem: TimetableProblem, solution: TimetableSolution, kind: 'teacher' | 'body'): ResourceSummary[] {
  const P = problem.periodsPerDay;
  const list = kind === 'teacher' ? problem.teachers : problem.bodies;
  const periods = list.map(() => new Map<number, Set<number>>()); // resource → day → periods
  const lessonCount = list.map(() => 0);
  for (const l of solution.lessons) {
    const c = problem.courses[l.course];
    if (!c || l.slot === null) continue;
    const owners = kind === 'teacher' ? (l.teacher !== null ? [l.teacher] : []) : c.bodies;
    for (const r of owners) {
      if (!periods[r]) continue;
      const d = Math.floor(l.slot / P);
      if (!periods[r].has(d)) periods[r].set(d, new Set());
      periods[r].get(d)?.add(l.slot % P);
      lessonCount[r]++;
    }
  }
  return list.map((r, k) => {
    let gaps = 0;
    for (const ps of periods[k].values()) gaps += Math.max(...ps) - Math.min(...ps) + 1 - ps.size;
    return { id: r.id, lessons: lessonCount[k], days: periods[k].size, gaps };
  });
}

/** Up to `max` entries: evenly spaced, always the first and the last. */
export function sample<T>(xs: T[], max: number): T[] {
  if (xs.length <= max) return xs;
  const out: T[] = [];
  for (let k = 0; k < max; k++) out.push(xs[Math.round((k * (xs.length - 1)) / (max - 1))]);
  return out;
}

export function timetableReport(problem: TimetableProblem, solution: TimetableSolution, verification?: TimetableVerification): OutputSheet {
  const v = verification ?? verifyTimetable(problem, solution);
  const report = new ReportRows();
  const { rows, bold } = report;
  const title = (text: string): void => report.title(text);
  const header = (...cells: string[]): void => report.header(...cells);

  title('Timetable Report');
  rows.push(['Lessons booked', `${v.booked} of ${v.required}`]);
  rows.push(['Hard violations', v.hardViolations.length]);
  rows.push(['Total cost', round(v.total)]);
  if (round(solution.cost) !== round(v.total)) rows.push(["Solver's own cost", round(solution.cost), 'differs from the recomputed total: please report this']);

  title('Cost by criterion');
  header('Criterion', 'Count', 'Weight', 'Cost');
  for (const c of v.criteria) rows.push([c.criterion, round(c.count), c.weight, round(c.cost)]);
  report.header('Total', null, null, round(v.total));

  if (v.hardViolations.length > 0) {
    title('Hard rules broken');
    header('Rule', 'What');
    for (const h of v.hardViolations) rows.push([h.rule, h.message]);
  }

  const unbooked = solution.lessons.filter((l) => l.slot === null && problem.courses[l.course]);
  title(`Unbooked lessons (${unbooked.length})`);
  if (unbooked.length === 0) rows.push(['Every lesson is booked.']);
  else {
    header('Course', 'Subject', 'Optional', 'Reason');
    for (const l of unbooked) {
      const c = problem.courses[l.course];
      rows.push([c.id, c.subject, c.optional ? 'yes' : 'no', l.reason ?? 'not booked']);
    }
  }

  for (const kind of ['teacher', 'body'] as const) {
    title(kind === 'teacher' ? 'Per teacher' : 'Per student body');
    header(kind === 'teacher' ? 'Teacher' : 'Student body', 'Lessons', 'Days', 'Gaps');
    for (const r of resourceSummaries(problem, solution, kind)) rows.push([r.id, r.lessons, r.days, r.gaps]);
  }

  const h = solution.history;
  title('Search');
  rows.push(['Seed', h.seed]);
  rows.push(['Steps', h.steps]);
  rows.push(['Time (s)', round(h.elapsedMs / 1000, 1)]);
  rows.push(['Stopped early (cancelled)', h.cancelled ? 'yes' : 'no']);
  title('Constructive orders tried');
  if (h.constructive.length === 0) rows.push(['None recorded.']);
  else {
    header('Order', 'Cost', 'Unbooked');
    const best = Math.min(...h.constructive.map((c) => c.cost));
    // The best orders first when there are many; all of them when few.
    const shown = h.constructive.length > MAX_ORDER_ROWS ? [...h.constructive].sort((a, b) => a.cost - b.cost).slice(0, MAX_ORDER_ROWS) : h.constructive;
    for (const c of shown) rows.push([c.order, round(c.cost), c.unbooked, c.cost === best ? 'best' : null]);
    if (shown.length < h.constructive.length) rows.push([`… and ${h.constructive.length - shown.length} more orders, none better`]);
  }
  title('Cost over time');
  if (h.trace.length === 0) rows.push(['None recorded.']);
  else {
    header('Time (s)', 'Step', 'Cost', 'Phase');
    for (const t of sample(h.trace, MAX_TRACE_ROWS)) rows.push([round(t.elapsedMs / 1000, 2), t.step, round(t.cost), t.phase]);
  }
  const widths = fitWidths(rows, 6, 60);
  widths[0] = Math.min(widths[0], 34);
  return { name: 'Timetable Report', values: rows, headerRows: 0, columnWidths: widths, bold };
}
