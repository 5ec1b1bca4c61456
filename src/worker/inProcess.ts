// A WorkerLike that runs the solver handler on the calling thread: for tests and for hosts
// without Web Workers. Messages are delivered asynchronously, as a real worker would.
import type { WorkerLike } from './client';
import { createSolverHandler, type ModuleLookup } from './handler';
import type { FromWorker, ToWorker } from './protocol';

export function createInProcessWorker(lookup: ModuleLookup): WorkerLike {
  let terminated = false;
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message: ToWorker) {
      if (terminated) return;
      setTimeout(() => {
        if (!terminated) void handle(message);
      }, 0);
    },
    terminate() {
      if (terminated) return;
      terminated = true;
      // A thread cannot be killed in-process: ask the solver to stop and drop what it says.
      void handle({ type: 'cancel' });
    },
  };
  const handle = createSolverHandler(lookup, (message: FromWorker) => {
    if (terminated) return;
    // Structured clone, as postMessage would do, so nobody shares objects across the "thread".
    const data = typeof structuredClone === 'function' ? structuredClone(message) : message;
    setTimeout(() => {
      if (!terminated) worker.onmessage?.({ data });
    }, 0);
  });
  return worker;
}
