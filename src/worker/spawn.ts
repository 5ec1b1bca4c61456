// Browser-only: create the real solver Web Worker. Kept apart from client.ts because webpack
// needs this exact `new Worker(new URL(...), import.meta.url)` form, and jest cannot parse import.meta.
import type { WorkerFactory, WorkerLike } from './client';

export const spawnSolverWorker: WorkerFactory = () =>
  new Worker(new URL('./solver.worker.ts', import.meta.url), { name: 'periodic-solver' }) as unknown as WorkerLike;
