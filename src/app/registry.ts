// The problem modules the app knows about. Each is loaded on demand, so a build (or a checkout)
// without one of the solvers still validates, solves the other, and says plainly what is missing.
import type { Issue } from '../schema/issue';
import type { WorkbookRecords } from '../schema/records';
import type { ProblemModule } from './problem';
import type { ProblemKind } from '../worker/protocol';

export const PROBLEM_KINDS: readonly ProblemKind[] = ['timetable', 'clubs'];

/** How people call each problem, e.g. in 'The club scheduler is not available'. */
export const PROBLEM_LABELS: Record<ProblemKind, { noun: string; solver: string }> = {
  timetable: { noun: 'school timetable', solver: 'timetable solver' },
  clubs: { noun: 'club schedule', solver: 'club scheduler' },
};

/** The output sheet a user edits for each problem (and `views` re-reads). */
export const PRIMARY_SHEETS: Record<ProblemKind, { key: 'timetable' | 'clubAssignments'; name: string }> = {
  timetable: { key: 'timetable', name: 'Timetable' },
  clubs: { key: 'clubAssignments', name: 'Club Assignments' },
};

/** Whether an issue sits on the editable output sheet of one of `kinds`, under the name this workbook gives it. */
export function onPrimarySheet(records: WorkbookRecords, kinds: readonly ProblemKind[] = PROBLEM_KINDS): (issue: Issue) => boolean {
  const names = kinds.map((k) => (records.sheetNames[PRIMARY_SHEETS[k].key] ?? PRIMARY_SHEETS[k].name).toLowerCase());
  return (issue) => names.includes(issue.sheet.toLowerCase());
}

export interface LoadedModules {
  modules: ProblemModule[];
  /** Kinds whose module could not be loaded, with a one-line reason. */
  missing: Array<{ kind: ProblemKind; reason: string }>;
}

function isMissingModule(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  // A folder without its index.ts yet shows up as an unsupported directory import under Node's ESM loader.
  return code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND' || code === 'ERR_UNSUPPORTED_DIR_IMPORT' || /Cannot find module/.test(String((err as Error)?.message));
}

async function loadOne(kind: ProblemKind): Promise<ProblemModule | undefined> {
  // Literal paths, so bundlers can see them.
  if (kind === 'timetable') return (await import('../timetable')).timetableModule as unknown as ProblemModule | undefined;
  return (await import('../clubs')).clubsModule as unknown as ProblemModule | undefined;
}

/** Every problem module available in this build, and why any other is not. */
export async function loadModules(kinds: readonly ProblemKind[] = PROBLEM_KINDS): Promise<LoadedModules> {
  const out: LoadedModules = { modules: [], missing: [] };
  for (const kind of kinds) {
    try {
      const mod = await loadOne(kind);
      if (mod) out.modules.push(mod);
      else out.missing.push({ kind, reason: `the ${PROBLEM_LABELS[kind].solver} is not available in this build yet` });
    } catch (err) {
      if (!isMissingModule(err)) throw err;
      out.missing.push({ kind, reason: `the ${PROBLEM_LABELS[kind].solver} is not available in this build yet` });
    }
  }
  return out;
}
