// Every timetable output sheet of SCHEMA.md, from a problem and a solution.
import type { OutputSheet } from '../core/output';
import type { TimetableProblem, TimetableSolution } from './model';
import { timetableSheet } from './viewsTable';
import { timetableGrid } from './viewsGrids';
import { timetableReport } from './report';

export function timetableViews(problem: TimetableProblem, solution: TimetableSolution): OutputSheet[] {
  return [
    timetableSheet(problem, solution),
    timetableGrid(problem, solution, 'class').sheet,
    timetableGrid(problem, solution, 'teacher').sheet,
    timetableGrid(problem, solution, 'room').sheet,
    timetableReport(problem, solution),
  ];
}

export const TIMETABLE_SHEETS = ['Timetable', 'Timetable by Class', 'Timetable by Teacher', 'Timetable by Room', 'Timetable Report'];
