// What the pane needs from the outside world, injected at the root: the host port (Office.js or
// the harness), the shared pipeline, the problem modules and a way to run the solver.
import type { ProblemModule } from '../app/problem';
import type { Progress } from '../core/solver';
import type { HostPort, SheetTemplate } from '../host/port';
import type { Issue } from '../schema/issue';
import type { SheetValues, WorkbookRecords } from '../schema/records';
import type { SolveOptions, SolveRun } from '../worker/client';
import type { ProblemKind } from '../worker/protocol';

export interface PaneServices {
  host: HostPort;
  /** Cells → records and every issue (schema and cross-sheet checks): the pipeline the CLI uses. */
  check(values: SheetValues): { records: WorkbookRecords; issues: Issue[] };
  modules: readonly ProblemModule[];
  /** "Insert template sheets". */
  templates: readonly SheetTemplate[];
  /** "Load example": the example workbook's input sheets (header row + data). */
  example(): SheetValues | Promise<SheetValues>;
  /** Run the solver off the main thread (a portfolio of Web Workers in the add-in). */
  solve(kind: ProblemKind, problem: unknown, options: SolveOptions, onProgress: (p: Progress) => void): SolveRun;
  /** Milliseconds between an edit and re-validation (default 500). */
  debounceMs?: number;
}

