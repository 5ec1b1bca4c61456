// Fixtures for the pane tests: a workbook in the harness model, the harness host as the fake
// port, the schema reader as the check, and a small deterministic problem module solved
// in-process through the real worker handler and client.
import type { ProblemModule } from '../../src/app/problem';
import { createHarnessHost, type HarnessHost } from '../../src/harness/host';
import { HarnessWorkbook, emptySheet } from '../../src/harness/workbook';
import { readWorkbook, toA1 } from '../../src/schema';
import type { CellValue, WorkbookRecords } from '../../src/schema/records';
import type { PaneServices } from '../../src/taskpane/services';
import { inputTemplates } from '../../src/taskpane/templates';
import { createInProcessWorker, startSolve } from '../../src/worker';
import { solveGuess, type GuessProblem, type GuessSolution } from '../worker/fakeModule';

export function workbookOf(sheets: Record<string, CellValue[][]>): HarnessWorkbook {
  const wb = new HarnessWorkbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = emptySheet(name);
    rows.forEach((row, r) => row.forEach((value, c) => {
      if (value !== null) sheet.cells.set(toA1(r, c), { value, fill: null, note: null });
    }));
    wb.sheets.push(sheet);
  }
  wb.activeSheet = wb.sheets[0]?.name ?? '';
  return wb;
}

/** A small school: readWorkbook finds nothing wrong with it. */
export function cleanSheets(): Record<string, CellValue[][]> {
  return {
    Settings: [['Setting', 'Value'], ['Days', 'Mon, Tue'], ['Periods per day', 3], ['Time limit', 12], ['Seed', 4]],
    Teachers: [['ID', 'Name'], ['T1', 'Ada'], ['T2', 'Bo']],
    Locations: [['ID', 'Capacity'], ['R1', 30]],
    StudentBodies: [['ID', 'Size'], ['7A', 25]],
    Courses: [['ID', 'Subject', 'Teacher', 'Student bodies', 'Lessons per week'], ['MA7A', 'Maths', 'T1', '7A', 3], ['EN7A', 'English', 'T2', '7A', 2]],
  };
}

export interface PaneProblem extends GuessProblem {
  courses: string[];
}

/** "Solve timetable" over the guess solver, writing a real-looking Timetable and a report. */
export const paneModule: ProblemModule<PaneProblem, GuessSolution & { rows?: number }> = {
  kind: 'timetable',
  defined: (records: WorkbookRecords) => records.courses.length > 0,
  build: (records) => ({ problem: { target: 500, courses: records.courses.map((c) => c.id) }, issues: [] }),
  solve: (problem, control) => solveGuess(problem, control),
  views: (problem, solution) => [
    { name: 'Timetable', values: [['Day', 'Period', 'Course', 'Teacher', 'Room', 'Locked'], ...problem.courses.map((c, i) => ['Mon', i + 1, c, null, null, 'no'])] },
    { name: 'Timetable Report', values: [['Figure', 'Value'], ['Cost', Math.abs(problem.target - solution.guess)], ['Rows read', solution.rows ?? problem.courses.length]] },
  ],
  fromRecords: (_problem, records) => ({ solution: { guess: 500, steps: 0, rows: records.timetable.length }, issues: [] }),
  summary: (problem, solution) => ({
    kind: 'timetable',
    headline: `${problem.courses.length} of ${problem.courses.length} lessons booked, cost ${Math.abs(problem.target - solution.guess)}`,
    cost: Math.abs(problem.target - solution.guess),
    figures: [{ label: 'Steps', value: solution.steps }],
    sheets: ['Timetable', 'Timetable Report'],
  }),
};

export interface Setup {
  wb: HarnessWorkbook;
  host: HarnessHost;
  services: PaneServices;
  checks: () => number;
}

export function setup(sheets: Record<string, CellValue[][]>, overrides: Partial<PaneServices> = {}, module: ProblemModule = paneModule as unknown as ProblemModule): Setup {
  const wb = workbookOf(sheets);
  const host = createHarnessHost(wb);
  let checks = 0;
  const services: PaneServices = {
    host,
    check: (values) => {
      checks++;
      return readWorkbook(values);
    },
    modules: [module],
    templates: inputTemplates(),
    example: () => ({ Teachers: [['ID', 'Name'], ['TX', 'Example teacher']], Courses: [['ID', 'Subject', 'Teacher', 'Class size', 'Lessons per week'], ['C1', 'Art', 'TX', 20, 2]] }),
    solve: (kind, problem, options, onProgress) =>
      startSolve(() => createInProcessWorker(() => module), kind, problem, { ...options, maxSteps: options.maxSteps ?? 300 }, onProgress, { cancelGraceMs: 300 }),
    debounceMs: 30,
    ...overrides,
  };
  return { wb, host, services, checks: () => checks };
}
