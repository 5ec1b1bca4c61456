// The whole workbook: match sheet names, read Settings first (days and periods are needed for
// slots), then Weights, every input table, and the editable output sheets.
import type { Issue } from './issue';
import type { InputSheetKey, SheetValues, WorkbookRecords } from './records';
import type { ColumnDef, SheetDef } from './sheets';
import { OUTPUT_SHEET_DEFS, SHEET_DEFS, VOTES_DEF } from './sheets';
import { misspelling, normName } from './names';
import { type Table, type TableRow, issueAt, readTable } from './table';
import { type ColumnContext } from './columns';
import { readSettings, readWeights } from './settings';
import {
  buildClub,
  buildClubAssignment,
  buildClubRule,
  buildCourse,
  buildGroup,
  buildLocation,
  buildStudent,
  buildStudentBody,
  buildTeacher,
  buildTimetableRow,
  buildVote,
  type Flagged,
} from './build';
import { parseA1 } from './a1';

const ALL_DEFS: readonly SheetDef[] = [...SHEET_DEFS, ...OUTPUT_SHEET_DEFS];

/** The definition of a sheet by any accepted spelling of its name ('student_bodies', 'Rooms'), input or output. */
export function sheetDefByName(name: string): SheetDef | undefined {
  const n = normName(name);
  return ALL_DEFS.find((d) => normName(d.name) === n || (d.aliases ?? []).some((a) => normName(a) === n));
}

/** Workbook sheet name → the key of the sheet it is (first match wins; later duplicates get a warning). */
export function matchSheets(names: string[], issues: Issue[]): Partial<Record<InputSheetKey, string>> {
  const byName = new Map<string, InputSheetKey>();
  for (const d of ALL_DEFS) {
    byName.set(normName(d.name), d.key);
    for (const a of d.aliases ?? []) byName.set(normName(a), d.key);
  }
  const out: Partial<Record<InputSheetKey, string>> = {};
  const unmatched: string[] = [];
  for (const name of names) {
    const key = byName.get(normName(name));
    if (!key) {
      unmatched.push(name);
      continue;
    }
    if (out[key] !== undefined) {
      issues.push(issueAt(name, 'A1', 'warning', 'duplicate-sheet', `Sheets '${out[key]}' and '${name}' are both ${ALL_DEFS.find((d) => d.key === key)!.name}; only '${out[key]}' is read`, `Rename or delete '${name}'.`));
      continue;
    }
    out[key] = name;
  }
  // 'Teahcers' would be silently ignored: point at it, unless the real sheet is there too.
  const canonical = new Map<string, string>();
  for (const d of ALL_DEFS) if (out[d.key] === undefined) for (const n of [d.name, ...(d.aliases ?? [])]) canonical.set(normName(n), d.name);
  for (const name of unmatched) {
    const like = misspelling(name, canonical, 6);
    if (like)
      issues.push(issueAt(name, 'A1', 'warning', 'unknown-sheet', `The sheet '${name}' is not read; it looks like '${like}'`, `Rename the sheet to '${like}' if that is what it holds.`));
  }
  return out;
}

/** Votes: 'Choice 3', 'choice_3', 'Choice #3', '3', '3rd choice', 'Third choice' → a choice column for rank 3. */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

export function choiceColumn(normHeader: string): ColumnDef | undefined {
  const m = /^(?:choice(?:no\.?|#)?(\d+)|(\d+)(?:st|nd|rd|th)?(?:choice)?|([a-z]+)choice)$/.exec(normHeader);
  if (!m) return undefined;
  const k = m[3] !== undefined ? ORDINALS.indexOf(m[3]) + 1 : Number(m[1] ?? m[2]);
  if (!Number.isSafeInteger(k) || k < 1 || k > 100) return undefined; // no survey has more; keeps every vote small
  return { field: `choice${k}`, header: `Choice ${k}`, required: false, type: 'id', ref: 'clubs', description: `Choice number ${k}.` };
}

function emptyRecords(): Omit<WorkbookRecords, 'settings' | 'weights'> {
  return {
    teachers: [],
    locations: [],
    studentBodies: [],
    courses: [],
    groups: [],
    clubs: [],
    students: [],
    votes: [],
    clubRules: [],
    timetable: [],
    clubAssignments: [],
    sheetNames: {},
    headerCells: {},
  };
}

/**
 * Cells → typed records + issues. Never throws: every cell that cannot be read is an issue at
 * that cell, and the rest of the workbook is still read.
 */
export function readWorkbook(values: SheetValues): { records: WorkbookRecords; issues: Issue[] } {
  const issues: Issue[] = [];
  const sheetValues: SheetValues = values && typeof values === 'object' ? values : {};
  const names = matchSheets(Object.keys(sheetValues), issues);
  const gridOf = (key: InputSheetKey): unknown => (names[key] !== undefined ? sheetValues[names[key]!] : undefined);

  const { settings, ctx, headerCell: settingsHeader } = guard(names.settings, issues, () => readSettings(names.settings, gridOf('settings'), issues), () => {
    const fallback = readSettings(undefined, undefined, issues);
    return { ...fallback, headerCell: undefined };
  });
  const { weights, headerCell: weightsHeader } = guard(names.weights, issues, () => readWeights(names.weights, gridOf('weights'), ctx, issues), () => ({ weights: { values: {}, cells: {} }, headerCell: undefined }));

  const records: WorkbookRecords = { settings, weights, ...emptyRecords() };
  records.sheetNames = names;
  if (settingsHeader) records.headerCells.settings = settingsHeader;
  if (weightsHeader) records.headerCells.weights = weightsHeader;

  const table = (def: SheetDef, each: (row: TableRow, t: Table, flagged: Flagged) => void): void => {
    const sheet = names[def.key];
    if (sheet === undefined) return;
    guard(sheet, issues, () => {
      const before = issues.length;
      const t = readTable(sheet, sheetValues[sheet], def, ctx, issues, def.choiceColumns ? choiceColumnOrNumber : undefined);
      if (!t) return;
      records.headerCells[def.key] = t.headerCell;
      const flagged = new Set<string>();
      for (let i = before; i < issues.length; i++) flagged.add(issues[i].cell);
      for (const row of t.rows) each(row, t, flagged);
    }, () => undefined);
  };

  const c: ColumnContext = ctx;
  for (const def of SHEET_DEFS) {
    switch (def.key) {
      case 'teachers':
        table(def, (r) => records.teachers.push(buildTeacher(r)));
        break;
      case 'locations':
        table(def, (r) => records.locations.push(buildLocation(r)));
        break;
      case 'studentBodies':
        table(def, (r) => records.studentBodies.push(buildStudentBody(r)));
        break;
      case 'courses':
        table(def, (r, _t, f) => records.courses.push(buildCourse(r, issues, f)));
        break;
      case 'groups':
        table(def, (r) => records.groups.push(buildGroup(r)));
        break;
      case 'clubs':
        table(def, (r) => records.clubs.push(buildClub(r, c)));
        break;
      case 'students':
        table(def, (r) => records.students.push(buildStudent(r)));
        break;
      case 'votes':
        table(def, (r, t) => records.votes.push(buildVote(r, maxRank(t))));
        break;
      case 'clubRules':
        table(def, (r, _t, f) => {
          const rule = buildClubRule(r, issues, f);
          if (rule) records.clubRules.push(rule);
        });
        break;
      default:
        break; // settings and weights are read above
    }
  }
  for (const def of OUTPUT_SHEET_DEFS) {
    if (def.key === 'timetable') table(def, (r, _t, f) => records.timetable.push(buildTimetableRow(r, issues, f)));
    else if (def.key === 'clubAssignments') table(def, (r) => records.clubAssignments.push(buildClubAssignment(r)));
  }
  return { records, issues: inReadingOrder(issues, Object.keys(sheetValues)) };
}

/** Issues by sheet (tab order), then row, then column: the order a person reads them. */
function inReadingOrder(issues: Issue[], sheets: string[]): Issue[] {
  const tab = new Map(sheets.map((s, i) => [s, i]));
  const keyed = issues.map((issue, i) => {
    const a = parseA1(issue.cell) ?? { row: 0, col: 0 };
    return { issue, i, s: tab.get(issue.sheet) ?? sheets.length, r: a.row, c: a.col };
  });
  keyed.sort((x, y) => x.s - y.s || x.r - y.r || x.c - y.c || x.i - y.i);
  return keyed.map((k) => k.issue);
}

const voteColumns = new Set(VOTES_DEF.columns.map((c) => normName(c.header)));
function choiceColumnOrNumber(h: string): ColumnDef | undefined {
  return voteColumns.has(h) ? undefined : choiceColumn(h);
}

const rankCache = new WeakMap<Table, number>();
function maxRank(t: Table): number {
  let r = rankCache.get(t);
  if (r === undefined) {
    r = 0;
    for (const m of t.columns) {
      const k = /^choice(\d+)$/.exec(m.def.field);
      if (k) r = Math.max(r, Number(k[1]));
    }
    rankCache.set(t, r);
  }
  return r;
}

/** Last line of defence: a bug in reading one sheet becomes an issue, not a crash of the whole read. */
function guard<T>(sheet: string | undefined, issues: Issue[], run: () => T, fallback: () => T): T {
  try {
    return run();
  } catch (e) {
    issues.push(issueAt(sheet ?? 'Settings', 'A1', 'error', 'internal-error', `Periodic could not read ${sheet ?? 'the workbook'}: ${e instanceof Error ? e.message : String(e)}`, 'Please report this, with the workbook, as a bug.'));
    return fallback();
  }
}
