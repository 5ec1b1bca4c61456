// The app layer's door: the pipeline shared by the command line and the task pane.
export { validateSheets, solveOne, solveAll, refreshViews, sortIssues, dedupeIssues } from './pipeline';
export type { Checked, SolveResult, ViewsResult } from './pipeline';
export { loadModules, onPrimarySheet, PROBLEM_KINDS, PROBLEM_LABELS, PRIMARY_SHEETS } from './registry';
export type { LoadedModules } from './registry';
export type { ProblemModule, RunSummary } from './problem';
