// A user-edited Club Assignments sheet back into a one-option solution, so "Refresh views" can
// re-derive every view after manual swaps. Unknown names and broken hard rules become issues at the
// row that causes them; the verifier decides what is broken.
import type { Issue } from '../schema/issue';
import type { ClubAssignmentRow, WorkbookRecords } from '../schema/records';
import { idKey } from '../schema/ids';
import { nearest } from '../schema/suggest';
import type { ClubGroup, ClubsOption, ClubsProblem, ClubsSolution } from './model';
import { verifyClubs } from './verify';

const didYouMean = (near: string[]): string | undefined => (near.length > 0 ? `Did you mean ${near.map((n) => `'${n}'`).join(' or ')}?` : undefined);

export function clubsFromRecords(problem: ClubsProblem, records: WorkbookRecords): { solution: ClubsSolution; issues: Issue[] } {
  const sheet = records.sheetNames.clubAssignments ?? 'Club Assignments';
  const header = records.headerCells.clubAssignments ?? 'A1';
  const issues: Issue[] = [];
  const issue = (row: ClubAssignmentRow | undefined, field: string, severity: Issue['severity'], code: string, message: string, suggestion?: string): void => {
    issues.push({ severity, sheet: row?.origin.sheet ?? sheet, cell: row ? (row.origin.cells[field] ?? row.origin.rowCell) : header, code, message, ...(suggestion ? { suggestion } : {}) });
  };
  const studentIx = new Map(problem.students.map((s, i) => [idKey(s.id), i]));
  const clubIx = new Map<string, number>();
  problem.clubs.forEach((c, i) => clubIx.set(idKey(c.name), i));
  problem.clubs.forEach((c, i) => clubIx.set(idKey(c.id), i)); // IDs win over display names
  const hall = idKey(problem.studyHallName);
  const dayIx = new Map(problem.days.map((d, i) => [idKey(d), i]));

  const assignment = problem.students.map(() => problem.days.map(() => -1));
  const rowAt = new Map<string, ClubAssignmentRow>(); // 'student:day' → row
  const groups: ClubGroup[] = [];
  const groupIx = new Map<string, number>(); // 'club#number' → group index
  for (const row of records.clubAssignments) {
    const s = studentIx.get(idKey(row.student));
    if (s === undefined) {
      issue(row, 'student', 'error', 'unknown-reference', `Row ${row.origin.row}: '${row.student}' is not an active student; the row is ignored.`, didYouMean(nearest(row.student, problem.students.map((x) => x.id))));
      continue;
    }
    const dayName = records.settings.days[row.day] ?? '';
    const d = dayIx.get(idKey(dayName));
    if (d === undefined) {
      issue(row, 'day', 'error', 'not-a-club-day', `Row ${row.origin.row}: ${dayName || 'that day'} is not a club day (${problem.days.join(', ')}); the row is ignored.`);
      continue;
    }
    if (rowAt.has(`${s}:${d}`)) {
      issue(row, 'day', 'error', 'duplicate-row', `Row ${row.origin.row}: ${problem.students[s].id} already has a row for ${problem.days[d]} (row ${rowAt.get(`${s}:${d}`)?.origin.row}); this row is ignored.`, 'Delete one of the two rows.');
      continue;
    }
    rowAt.set(`${s}:${d}`, row);
    const clubKey = idKey(row.club);
    if (clubKey === hall) continue;
    const c = clubIx.get(clubKey);
    if (c === undefined) {
      issue(row, 'club', 'error', 'unknown-reference', `Row ${row.origin.row}: '${row.club}' is not a club or ${problem.studyHallName}; read as ${problem.studyHallName}.`, didYouMean(nearest(row.club, [...problem.clubs.map((x) => x.id), problem.studyHallName])));
      continue;
    }
    const number = row.group ?? 1;
    let g = groupIx.get(`${c}#${number}`);
    if (g === undefined) {
      g = groups.length;
      groupIx.set(`${c}#${number}`, g);
      groups.push({ club: c, number, days: [], members: [] });
    }
    assignment[s][d] = g;
    if (!groups[g].days.includes(d)) groups[g].days.push(d);
    if (!groups[g].members.includes(s)) groups[g].members.push(s);
  }
  for (const g of groups) g.days.sort((a, b) => a - b);
  const missing = problem.students.length * problem.days.length - rowAt.size;
  if (missing > 0) issue(undefined, 'student', 'warning', 'missing-rows', `${missing} student-day(s) have no row in ${sheet}; they are read as ${problem.studyHallName}.`, 'Add the rows, or run Solve again.');

  const option: ClubsOption = {
    groups,
    assignment,
    notRunning: problem.clubs.map((_, club) => club).filter((c) => !groups.some((g) => g.club === c)).map((club) => ({ club, reason: `no group in the edited ${sheet} sheet` })),
    score: 0,
    scoreParts: {},
  };
  const v = verifyClubs(problem, option);
  option.score = v.score;
  option.scoreParts = v.scoreParts;

  // Each broken rule at the most specific row there is: the student's day, the student in that club, the club on that day.
  const rows = [...rowAt.entries()].map(([k, row]) => ({ s: Number(k.split(':')[0]), d: Number(k.split(':')[1]), row }));
  const clubOf = (x: { s: number; d: number }): number | undefined => (assignment[x.s][x.d] >= 0 ? groups[assignment[x.s][x.d]].club : undefined);
  const seen = new Set<string>();
  for (const h of v.hardViolations) {
    const match = (x: { s: number; d: number }): boolean =>
      (h.student === undefined || x.s === h.student) && (h.day === undefined || x.d === h.day) && (h.club === undefined || clubOf(x) === h.club || h.student !== undefined);
    const at = rows.find((x) => match(x) && (h.club === undefined || clubOf(x) === h.club)) ?? rows.find(match);
    const tag = `${at?.row.origin.row}|${h.message}`;
    if (seen.has(tag)) continue;
    seen.add(tag);
    issue(at?.row, 'club', 'error', h.rule, at ? `Row ${at.row.origin.row}: ${h.message}` : h.message, 'Change the assignment so the rule holds, or undo the edit.');
  }
  const solution: ClubsSolution = {
    options: [option],
    history: { trace: [], steps: 0, elapsedMs: 0, cancelled: false, seed: 0, method: `edited by hand in ${sheet}` },
  };
  return { solution, issues };
}
