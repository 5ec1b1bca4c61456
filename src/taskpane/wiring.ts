// The real services behind the pane: the app pipeline, the problem modules, the example
// generator and a portfolio of solver workers. The host adapter is the caller's (Office or harness).
import { loadModules, validateSheets } from '../app';
import { makeExample } from '../examples';
import type { HostPort } from '../host/port';
import { portfolioSize, solvePortfolio, type WorkerFactory } from '../worker';
import type { PaneServices } from './services';
import { inputTemplates } from './templates';

export async function createPaneServices(host: HostPort, makeWorker: WorkerFactory, cores: number | undefined): Promise<PaneServices> {
  const { modules } = await loadModules();
  const size = portfolioSize(cores);
  return {
    host,
    check: (values) => validateSheets(values, modules),
    modules,
    templates: inputTemplates(),
    // The README's school (medium): realistic, and still reads in well under a second.
    example: () => makeExample('medium').sheets,
    solve: (kind, problem, options, onProgress) => solvePortfolio(makeWorker, kind, problem, options, onProgress, size),
  };
}
