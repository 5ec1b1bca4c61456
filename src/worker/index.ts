// The solver worker, as the task pane sees it: a typed client, a portfolio, and an in-process
// stand-in. The browser-only spawn (spawn.ts) and the worker entry are imported by entry points.
export type { FromWorker, ToWorker, StartMessage, CancelMessage, ProblemKind } from './protocol';
export { startSolve } from './client';
export type { WorkerLike, WorkerFactory, SolveOptions, SolveResult, SolveRun, ClientTiming } from './client';
export { solvePortfolio, portfolioSize, bestResult } from './portfolio';
export { createSolverHandler, describeError } from './handler';
export type { ModuleLookup } from './handler';
export { createInProcessWorker } from './inProcess';
