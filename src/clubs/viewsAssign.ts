// Club Assignments (editable: one row per active student per club day, study halls included) and
// Clubs by Student (one row per student, a column per club day).
import type { CellValue } from '../schema/records';
import type { OutputSheet } from '../core/output';
import type { ClubsOption, ClubsProblem } from './model';
import { tableSheet } from '../views/sheet';
import { rankFor } from './verify';
import { groupAt, groupLabel, isAway } from './viewsCommon';

export const ASSIGNMENTS_HEADER = ['Student', 'Day', 'Club', 'Group', 'Choice', 'Locked', 'Note'];

export function clubAssignmentsSheet(problem: ClubsProblem, option: ClubsOption): OutputSheet {
  const locked = new Set(problem.locked.map((p) => `${p.student}:${p.day}`));
  const rows: CellValue[][] = [];
  problem.students.forEach((st, s) => {
    problem.days.forEach((day, d) => {
      const g = groupAt(problem, option, s, d);
      const group = g >= 0 ? option.groups[g] : undefined;
      // Club IDs, not display names: this sheet is read back (Locked rows, manual edits).
      rows.push([
        st.id,
        day,
        group ? problem.clubs[group.club].id : problem.studyHallName,
        group ? group.number : null,
        group ? (rankFor(problem, s, group.club) ?? null) : null,
        locked.has(`${s}:${d}`) ? 'yes' : 'no',
        isAway(problem, s, d) ? 'unavailable this day' : null,
      ]);
    });
  });
  return tableSheet('Club Assignments', ASSIGNMENTS_HEADER, rows);
}

export function clubsByStudentSheet(problem: ClubsProblem, option: ClubsOption): OutputSheet {
  const rows = problem.students.map((st, s) => {
    const cells: CellValue[] = [st.id, st.grade ?? null, st.gender ?? null];
    const ranks = new Set<number>();
    problem.days.forEach((_, d) => {
      const g = groupAt(problem, option, s, d);
      if (g >= 0) {
        cells.push(groupLabel(problem, option, option.groups[g]));
        const k = rankFor(problem, s, option.groups[g].club);
        if (k !== undefined) ranks.add(k);
      } else cells.push(isAway(problem, s, d) ? '(unavailable)' : problem.studyHallName);
    });
    cells.push(ranks.size > 0 ? [...ranks].sort((a, b) => a - b).join(', ') : 'none');
    return cells;
  });
  return tableSheet('Clubs by Student', ['Student', 'Grade', 'Gender', ...problem.days, 'Choices received'], rows, { freezeColumns: 1 });
}
