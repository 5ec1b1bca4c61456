// The school timetable as a ProblemModule: records → problem → search → views and summary.
import type { ProblemModule, RunSummary } from '../app/problem';
import type { WorkbookRecords } from '../schema/records';
import { buildTimetableProblem } from './build';
import type { TimetableProblem, TimetableSolution } from './model';
import { solveTimetable } from './solve';
import { verifyTimetable } from './verify';
import { timetableViews, TIMETABLE_SHEETS } from './views';
import { timetableFromRecords } from './fromSheet';

export { buildTimetableProblem } from './build';
export { solveTimetable } from './solve';
export { verifyTimetable } from './verify';
export { timetableViews, TIMETABLE_SHEETS } from './views';
export { timetableFromRecords } from './fromSheet';
export type * from './model';

const fmt = (n: number): string => n.toLocaleString('en-US');

export function timetableSummary(problem: TimetableProblem, solution: TimetableSolution): RunSummary {
  const v = verifyTimetable(problem, solution);
  const hard = v.hardViolations.length;
  const figures: RunSummary['figures'] = [
    { label: 'Lessons booked', value: v.booked },
    { label: 'Lessons required', value: v.required },
    { label: 'Hard violations', value: hard },
    { label: 'Cost', value: v.total },
  ];
  for (const c of v.criteria) if (c.count !== 0 || c.weight !== 0) figures.push({ label: c.criterion, value: `${c.count} × ${c.weight} = ${c.cost}` });
  figures.push({ label: 'Search steps', value: solution.history.steps });
  return {
    kind: 'timetable',
    headline: `${fmt(v.booked)} of ${fmt(v.required)} lessons booked, cost ${fmt(v.total)}${hard > 0 ? `, ${hard} hard violation${hard === 1 ? '' : 's'}` : ''}`,
    cost: v.total,
    figures,
    sheets: TIMETABLE_SHEETS.slice(),
  };
}

export const timetableModule: ProblemModule<TimetableProblem, TimetableSolution> = {
  kind: 'timetable',
  defined: (records: WorkbookRecords) => records.courses.length > 0,
  build: buildTimetableProblem,
  solve: solveTimetable,
  views: timetableViews,
  fromRecords: timetableFromRecords,
  summary: timetableSummary,
};
