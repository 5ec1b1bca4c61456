// Loads the HiGHS WebAssembly runtime once per process/worker. In Node the package finds highs.wasm
// next to itself; in the browser the bundler emits the asset and the caller passes its URL through
// `locateFile` (see docs/clubs.md).
import highsLoader, { type Highs } from 'highs';

let loading: Promise<Highs> | undefined;
let locate: ((file: string) => string) | undefined;

/** Call before the first solve in a browser worker: `setHighsLocateFile(() => wasmUrl)`. */
export function setHighsLocateFile(fn: ((file: string) => string) | undefined): void {
  locate = fn;
  loading = undefined;
}

export function loadHighs(locateFile?: (file: string) => string): Promise<Highs> {
  if (locateFile) setHighsLocateFile(locateFile);
  if (!loading) {
    const fn = locate;
    loading = highsLoader(fn ? { locateFile: fn } : {}).catch((err: unknown) => {
      loading = undefined;
      throw err;
    });
  }
  return loading;
}

export type { Highs };
