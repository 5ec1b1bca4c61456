// The pipeline the command line and the task pane share, above the host port and pure:
// cells → records + issues; records → solutions, views and a summary.
import type { Issue } from '../schema/issue';
import type { SheetValues, WorkbookRecords } from '../schema/records';
import type { SolveControl } from '../core/solver';
import type { OutputSheet } from '../core/output';
import type { ProblemModule, RunSummary } from './problem';
import { readWorkbook } from '../schema';
import { parseA1 } from '../schema/a1';
import { validateWorkbook } from '../validate';

export interface Checked {
  records: WorkbookRecords;
  issues: Issue[];
}

/** Issues in reading order: by sheet (tab order of `sheetOrder`, then by name), then row, then column. */
export function sortIssues(issues: Issue[], sheetOrder: readonly string[] = []): Issue[] {
  const rank = new Map(sheetOrder.map((s, i) => [s.toLowerCase(), i]));
  const sheetRank = (s: string): number => rank.get(s.toLowerCase()) ?? sheetOrder.length;
  const pos = (cell: string): [number, number] => {
    const a = parseA1(cell);
    return a ? [a.row, a.col] : [Number.MAX_SAFE_INTEGER, 0];
  };
  return issues
    .map((issue, i) => ({ issue, i, at: pos(issue.cell) }))
    .sort(
      (x, y) =>
        sheetRank(x.issue.sheet) - sheetRank(y.issue.sheet) ||
        x.issue.sheet.localeCompare(y.issue.sheet) ||
        x.at[0] - y.at[0] ||
        x.at[1] - y.at[1] ||
        x.i - y.i,
    )
    .map((x) => x.issue);
}

/**
 * The same problem reported twice (by the reader, the validator and a model build) shows once:
 * the same message at the same cell, or a milder issue at a cell where an error already gives
 * the very same fix (e.g. a misspelt club: an error from the validator, a warning from the model).
 */
export function dedupeIssues(issues: Issue[]): Issue[] {
  const errorFixes = new Set(issues.filter((i) => i.severity === 'error' && i.suggestion).map((i) => `${i.sheet.toLowerCase()}!${i.cell.toUpperCase()}|${i.suggestion}`));
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const i of issues) {
    const where = `${i.sheet.toLowerCase()}!${i.cell.toUpperCase()}`;
    const byCode = `${where}|${i.code}|${i.message}`;
    const byText = `${where}|${i.message}`;
    if (seen.has(byCode) || seen.has(byText)) continue;
    if (i.severity !== 'error' && i.suggestion && errorFixes.has(`${where}|${i.suggestion}`)) continue;
    seen.add(byCode);
    seen.add(byText);
    out.push(i);
  }
  return out;
}

/**
 * Read and check a workbook: schema issues, cross-sheet and feasibility issues, and the issues
 * each defined problem's model build sees; deduplicated and in reading order.
 */
export function validateSheets(values: SheetValues, modules: readonly ProblemModule[] = []): Checked {
  const { records, issues } = readWorkbook(values);
  const all = [...issues, ...validateWorkbook(records)];
  for (const m of modules) {
    if (!m.defined(records)) continue;
    try {
      all.push(...m.build(records).issues);
    } catch (err) {
      // A model build must not crash validation; say where it gave up.
      all.push({
        severity: 'error',
        sheet: records.sheetNames.settings ?? Object.keys(values)[0] ?? 'Settings',
        cell: 'A1',
        code: 'model-build-failed',
        message: `The ${m.kind} model could not be built: ${(err as Error)?.message ?? String(err)}`,
        suggestion: 'Fix the other errors first; if this stays, report it with the workbook.',
      });
    }
  }
  return { records, issues: sortIssues(dedupeIssues(all), Object.keys(values)) };
}

export interface SolveResult {
  kind: ProblemModule['kind'];
  problem: unknown;
  solution: unknown;
  sheets: OutputSheet[];
  summary: RunSummary;
  /** Issues only the model build sees (also reported by validateSheets). */
  issues: Issue[];
  elapsedMs: number;
}

/** Build, solve, and derive the views of one problem. */
export async function solveOne(module: ProblemModule, records: WorkbookRecords, control: SolveControl): Promise<SolveResult> {
  const started = Date.now();
  const { problem, issues } = module.build(records);
  const solution = await module.solve(problem, control);
  return {
    kind: module.kind,
    problem,
    solution,
    sheets: module.views(problem, solution),
    summary: module.summary(problem, solution),
    issues,
    elapsedMs: Date.now() - started,
  };
}

/** Every problem the workbook defines, one after the other; `control(kind)` gives each its run control. */
export async function solveAll(
  modules: readonly ProblemModule[],
  records: WorkbookRecords,
  control: (kind: ProblemModule['kind']) => SolveControl,
): Promise<SolveResult[]> {
  const results: SolveResult[] = [];
  for (const m of modules) {
    if (m.defined(records)) results.push(await solveOne(m, records, control(m.kind)));
  }
  return results;
}

export interface ViewsResult {
  kind: ProblemModule['kind'];
  sheets: OutputSheet[];
  summary: RunSummary;
  /** Broken rules of the edited sheet, at their rows. */
  issues: Issue[];
}

/** Re-derive every view from a user-edited Timetable / Club Assignments sheet. */
export function refreshViews(module: ProblemModule, records: WorkbookRecords): ViewsResult {
  const { problem } = module.build(records);
  const { solution, issues } = module.fromRecords(problem, records);
  return { kind: module.kind, sheets: module.views(problem, solution), summary: module.summary(problem, solution), issues };
}
