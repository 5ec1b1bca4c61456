// Problem kind → its ProblemModule, loaded on first use (separate chunks in the browser builds).
import type { ProblemModule } from '../app/problem';
import type { ProblemKind } from './protocol';

export async function loadModule(kind: ProblemKind): Promise<ProblemModule> {
  switch (kind) {
    case 'timetable':
      return (await import('../timetable')).timetableModule as unknown as ProblemModule;
    case 'clubs':
      return (await import('../clubs')).clubsModule as unknown as ProblemModule;
    default:
      throw new Error(`Unknown problem kind '${String(kind)}'.`);
  }
}
