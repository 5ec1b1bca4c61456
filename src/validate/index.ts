// Cross-sheet and feasibility validation (issue 3): records in, issues out, nothing else touched.
// Per-cell type checks are the schema reader's; these checks see the workbook as a whole.
import type { Issue } from '../schema/issue';
import type { WorkbookRecords } from '../schema/records';
import { buildContext } from './context';
import { checkReferences } from './references';
import { checkDuplicates } from './duplicates';
import { checkTimetable } from './timetable-feasibility';
import { checkClubs } from './clubs-feasibility';

/**
 * Every cross-sheet and feasibility issue of the workbook, in a stable order: references,
 * duplicates, timetable feasibility, club feasibility. Never throws on odd records.
 */
export function validateWorkbook(records: WorkbookRecords): Issue[] {
  const ctx = buildContext(records);
  checkReferences(ctx);
  checkDuplicates(ctx);
  checkTimetable(ctx);
  checkClubs(ctx);
  return ctx.issues;
}
