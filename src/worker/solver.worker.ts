// The Web Worker entry: the solver runs here so the pane (and Excel) stay responsive.
// Each problem's module is loaded on first use, so a timetable run never downloads HiGHS.
/// <reference lib="webworker" />
import type { ProblemModule } from '../app/problem';
import { createSolverHandler } from './handler';
import type { FromWorker, ProblemKind, ToWorker } from './protocol';
import { loadModule } from './modules';

const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

const handle = createSolverHandler((kind: ProblemKind): Promise<ProblemModule> => loadModule(kind), (message) =>
  scope.postMessage(message),
);

scope.onmessage = (event) => {
  void handle(event.data);
};
