// The Web Worker entry: the solver runs here so the pane (and Excel) stay responsive.
// Each problem's module is loaded on first use, so a timetable run never downloads HiGHS.
/// <reference lib="webworker" />
import type { ProblemModule } from '../app/problem';
import { createSolverHandler } from './handler';
import type { FromWorker, ProblemKind, ToWorker } from './protocol';
import { loadModule } from './modules';

// webpack emits highs.wasm as an asset and gives us its URL; the clubs solver's loader takes it.
const HIGHS_WASM = new URL('../../node_modules/highs/build/highs.wasm', import.meta.url).href;

const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

async function lookup(kind: ProblemKind): Promise<ProblemModule> {
  const module = await loadModule(kind);
  if (kind === 'clubs') (await import('../clubs')).setHighsLocateFile(() => HIGHS_WASM);
  return module;
}

const handle = createSolverHandler(lookup, (message) => scope.postMessage(message));

scope.onmessage = (event) => {
  void handle(event.data);
};
