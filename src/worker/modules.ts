// Problem kind → its ProblemModule, via the app's registry (each module is its own chunk).
import type { ProblemModule } from '../app/problem';
import { loadModules } from '../app/registry';
import type { ProblemKind } from './protocol';

export async function loadModule(kind: ProblemKind): Promise<ProblemModule> {
  const { modules, missing } = await loadModules([kind]);
  const module = modules.find((m) => m.kind === kind);
  if (!module) throw new Error(`Can't solve: ${missing[0]?.reason ?? `no '${String(kind)}' solver`}.`);
  return module;
}
