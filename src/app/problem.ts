// The contract each problem (timetable, clubs) fulfils, so the command line, the worker and the
// task pane drive both the same way. Problems and solutions are plain data (postMessage-safe).
import type { Issue } from '../schema/issue';
import type { WorkbookRecords } from '../schema/records';
import type { SolveControl } from '../core/solver';
import type { OutputSheet } from '../core/output';
import type { ProblemKind } from '../worker/protocol';

export interface RunSummary {
  kind: ProblemKind;
  /** One line for people, e.g. '1,204 of 1,204 lessons booked, cost 312' or '91.2 % first choices'. */
  headline: string;
  /** The objective the solver minimises (clubs: negated score), for comparing runs. */
  cost: number;
  /** Labelled figures for the pane's Results section and `solve --json`. */
  figures: Array<{ label: string; value: number | string }>;
  /** Names of the output sheets the views write. */
  sheets: string[];
}

export interface ProblemModule<P = unknown, S = unknown> {
  kind: ProblemKind;
  /** Does the workbook define this problem (e.g. has Courses; has Clubs and Votes)? */
  defined(records: WorkbookRecords): boolean;
  /** Records → the solver's model. Issues here are those only the model build can see. */
  build(records: WorkbookRecords): { problem: P; issues: Issue[] };
  /** Anytime, seeded, cancellable; never throws on infeasible input (unplaceable parts stay out, with reasons). */
  solve(problem: P, control: SolveControl): Promise<S>;
  /** The output sheets of SCHEMA.md for this problem. */
  views(problem: P, solution: S): OutputSheet[];
  /** Re-read a user-edited output sheet (Timetable / Club Assignments) as a solution, with issues at broken rows. */
  fromRecords(problem: P, records: WorkbookRecords): { solution: S; issues: Issue[] };
  summary(problem: P, solution: S): RunSummary;
}
