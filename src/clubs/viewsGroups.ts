// Clubs by Club (a row per group with its members), by Teacher (a column per club day) and by Day.
import type { CellValue } from '../schema/records';
import type { OutputSheet } from '../core/output';
import type { ClubsOption, ClubsProblem } from './model';
import { tableSheet } from '../views/sheet';
import { colourMap, colourOf } from '../views/color';
import { mergeFills } from '../views/fills';
import { groupLabel, teacherNames } from './viewsCommon';

/** Groups in club order, then by number. */
const groupOrder = (option: ClubsOption): number[] =>
  option.groups.map((_, i) => i).sort((a, b) => option.groups[a].club - option.groups[b].club || option.groups[a].number - option.groups[b].number);

export function clubsByClubSheet(problem: ClubsProblem, option: ClubsOption): OutputSheet {
  const rows: CellValue[][] = groupOrder(option).map((gi) => {
    const g = option.groups[gi];
    const members = [...g.members].map((s) => problem.students[s]?.id ?? '?').sort((a, b) => a.localeCompare(b));
    return [problem.clubs[g.club]?.name ?? '?', g.number, g.days.map((d) => problem.days[d]).join(', '), teacherNames(problem, g.club), members.length, ...members];
  });
  const sheet = tableSheet('Clubs by Club', ['Club', 'Group', 'Days', 'Teacher', 'Members', 'Members by name'], rows, { freezeColumns: 1 });
  // Member columns all get the width of a name, not of the widest header.
  sheet.columnWidths = sheet.columnWidths?.map((w, c) => (c >= 5 ? Math.min(w, 24) : w));
  return sheet;
}

export function clubsByTeacherSheet(problem: ClubsProblem, option: ClubsOption): OutputSheet {
  const colours = colourMap(problem.clubs.map((c) => c.name));
  const layer: Array<Array<string | undefined>> = [];
  const rows: CellValue[][] = problem.teachers.map((t, ti) => {
    const fill: Array<string | undefined> = [undefined];
    const cells: CellValue[] = [t.id];
    problem.days.forEach((_, d) => {
      const today = option.groups.filter((g) => g.days.includes(d) && problem.clubs[g.club]?.teachers.includes(ti));
      cells.push(today.length > 0 ? today.map((g) => groupLabel(problem, option, g)).join('\n') : null);
      fill.push(today.length > 0 ? colourOf(colours, problem.clubs[today[0].club].name) : undefined);
    });
    layer.push(fill);
    return cells;
  });
  return tableSheet('Clubs by Teacher', ['Teacher', ...problem.days], rows, { freezeColumns: 1, fills: mergeFills(layer, 1, 0) });
}

export function clubsByDaySheet(problem: ClubsProblem, option: ClubsOption): OutputSheet {
  const rows: CellValue[][] = [];
  problem.days.forEach((day, d) => {
    for (const gi of groupOrder(option)) {
      const g = option.groups[gi];
      if (!g.days.includes(d)) continue;
      const present = option.assignment.filter((row) => row[d] === gi).length;
      rows.push([day, problem.clubs[g.club]?.name ?? '?', g.number, teacherNames(problem, g.club), present]);
    }
  });
  return tableSheet('Clubs by Day', ['Day', 'Club', 'Group', 'Teacher', 'Members'], rows);
}
