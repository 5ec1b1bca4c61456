// Settings and Weights: name | value lists. Settings is read first, since days and periods are
// needed to read every slot, day and period elsewhere.
import type { Issue } from './issue';
import type { Settings, Weights } from './records';
import { type Cell, toCell, describeCell, quote } from './cell';
import { type ColumnContext, parseColumn } from './columns';
import { type DayContext, makeDayContext, parseText, splitList } from './parse';
import { SETTING_NAMES, defaultSettings, type SettingDef } from './sheets';
import { TIMETABLE_CRITERIA, CLUB_CRITERIA, choiceRank } from './criteria';
import { nearest } from './suggest';
import { normName } from './names';
import { idKey } from './ids';
import { toA1 } from './a1';
import { findHeader, gridRows, headerText, issueAt, rowOf } from './table';

interface KeyValueRow {
  name: string;
  nameCell: string;
  value: Cell;
  valueCell: string;
}

/**
 * The rows of a two-column list. The header (`keyHeaders` | `valueHeaders`) may be left out, in
 * which case the list starts at the first non-empty row.
 */
function readKeyValue(
  sheet: string,
  grid: unknown,
  keyHeaders: string[],
  valueHeaders: string[],
  isKnown: (name: string) => boolean,
  issues: Issue[],
): { rows: KeyValueRow[]; headerCell: string } {
  const head = findHeader(grid);
  if (!head) {
    issues.push(issueAt(sheet, 'A1', 'warning', 'empty-sheet', `${sheet} is empty; defaults are used`, `Type '${keyHeaders[0]}' and '${valueHeaders[0]}' in the header row and one row per entry, or delete the sheet.`));
    return { rows: [], headerCell: 'A1' };
  }
  const headerCell = toA1(head.row0, head.col0);
  const header = rowOf(grid, head.row0);
  let keyCol = -1;
  let valueCol = -1;
  for (let c = 0; c < header.length; c++) {
    const t = headerText(header[c]);
    if (t === undefined) continue;
    const k = normName(t);
    if (keyCol < 0 && keyHeaders.some((h) => normName(h) === k)) keyCol = c;
    else if (valueCol < 0 && valueHeaders.some((h) => normName(h) === k)) valueCol = c;
  }
  let start = head.row0 + 1;
  if (keyCol < 0 || valueCol < 0) {
    const first = headerText(header[head.col0]);
    if (first !== undefined && isKnown(first)) {
      // No header row: the list starts right away.
      keyCol = head.col0;
      valueCol = head.col0 + 1;
      start = head.row0;
    } else {
      for (const [col, name] of [
        [keyCol, keyHeaders[0]],
        [valueCol, valueHeaders[0]],
      ] as const) {
        if (col < 0)
          issues.push(issueAt(sheet, headerCell, 'error', 'missing-column', `${sheet} has no '${name}' column; it is required`, `Make the header row '${keyHeaders[0]} | ${valueHeaders[0]}', one entry per row below.`));
      }
      return { rows: [], headerCell };
    }
  }
  const rows: KeyValueRow[] = [];
  const n = gridRows(grid);
  for (let r = start; r < n; r++) {
    const row = rowOf(grid, r);
    const k = toCell(row[keyCol]);
    const v = toCell(row[valueCol]);
    const nameCell = toA1(r, keyCol);
    if (k.kind === 'blank') {
      if (v.kind !== 'blank')
        issues.push(issueAt(sheet, nameCell, 'warning', 'missing-name', `This row has a value but no ${keyHeaders[0]} name; it is ignored`, `Type the ${keyHeaders[0].toLowerCase()} name in ${nameCell}.`));
      continue;
    }
    const name = k.kind === 'text' ? k.text : k.kind === 'number' ? String(k.n) : undefined;
    if (name === undefined) {
      issues.push(issueAt(sheet, nameCell, 'warning', 'unknown-name', `${keyHeaders[0]} must be a name; found ${describeCell(k)}`, `Type a ${keyHeaders[0].toLowerCase()} name.`));
      continue;
    }
    rows.push({ name, nameCell, value: v, valueCell: toA1(r, valueCol) });
  }
  return { rows, headerCell };
}

/** A time typed into a cell arrives as a fraction of a day (or a Date on 1899-12-30): show it as 08:30. */
function timeOfDay(v: Cell): string | undefined {
  let minutes: number | undefined;
  if (v.kind === 'number' && v.n > 0 && v.n < 1) minutes = Math.round(v.n * 24 * 60);
  else if (v.kind === 'date' && !Number.isNaN(v.d.getTime()) && v.d.getUTCFullYear() <= 1900) minutes = v.d.getUTCHours() * 60 + v.d.getUTCMinutes();
  if (minutes === undefined) return undefined;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const SETTING_BY_NAME = new Map<string, SettingDef>(SETTING_NAMES.map((s) => [normName(s.header), s]));
const SETTING_HEADERS = SETTING_NAMES.map((s) => s.header);

export interface SettingsResult {
  settings: Settings;
  ctx: ColumnContext;
  headerCell?: string;
}

export function contextOf(s: Settings): ColumnContext {
  const day: DayContext = makeDayContext(s.days, s.periodsPerDay);
  return { day, clubDays: s.clubDays };
}

const WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const weekday = (t: string): number => (t.length >= 3 ? WEEK.findIndex((w) => w.toLowerCase().startsWith(t.toLowerCase().replace(/\.$/, ''))) : -1);

/** 'Mon-Fri' → Mon, Tue, Wed, Thu, Fri (English weekdays only; 'A-day' stays one day). */
function weekdayRange(item: string): string[] {
  const m = /^([A-Za-z]+\.?)\s*[-–]\s*([A-Za-z]+\.?)$/.exec(item);
  if (!m) return [item];
  const a = weekday(m[1]);
  const b = weekday(m[2]);
  if (a < 0 || b < 0 || b < a) return [item];
  const full = m[1].replace(/\.$/, '').length > 3;
  return WEEK.slice(a, b + 1).map((w) => (full ? w : w.slice(0, 3)));
}

function readDays(v: Cell, label: string, sheet: string, cell: string, issues: Issue[]): string[] | undefined {
  const t = parseText(v, label);
  if (!t.ok) {
    issues.push(issueAt(sheet, cell, 'error', t.code, t.message, t.suggestion));
    return undefined;
  }
  const days = splitList(t.value).flatMap(weekdayRange);
  const seen = new Set<string>();
  for (const d of days) {
    if (d.length > 40) {
      issues.push(issueAt(sheet, cell, 'error', 'too-long', `Days: the day name ${quote(d)} is longer than 40 characters`, 'Use short day names such as Mon, Tue, Wed.'));
      return undefined;
    }
    if (/^\d+$/.test(d)) {
      issues.push(issueAt(sheet, cell, 'error', 'bad-day-name', `Days: a day name cannot be just a number; found ${quote(d)}`, "Name the days, e.g. 'Mon, Tue' or 'Day 1, Day 2'."));
      return undefined;
    }
    if (seen.has(idKey(d))) {
      issues.push(issueAt(sheet, cell, 'error', 'duplicate-day', `Days lists ${quote(d)} twice`, 'List each day once.'));
      return undefined;
    }
    seen.add(idKey(d));
  }
  if (days.length === 0) {
    issues.push(issueAt(sheet, cell, 'error', 'missing-value', 'Days must list at least one day; found none', "Type the school days, e.g. 'Mon, Tue, Wed, Thu, Fri'."));
    return undefined;
  }
  return days;
}

export function readSettings(sheet: string | undefined, grid: unknown, issues: Issue[]): SettingsResult {
  const settings = defaultSettings();
  if (sheet === undefined) return { settings, ctx: contextOf(settings) };
  settings.sheet = sheet;
  const { rows, headerCell } = readKeyValue(sheet, grid, ['Setting', 'Name', 'Settings'], ['Value'], (n) => SETTING_BY_NAME.has(normName(n)), issues);
  const found = new Map<string, KeyValueRow>();
  for (const row of rows) {
    const def = SETTING_BY_NAME.get(normName(row.name));
    if (!def) {
      const near = nearest(row.name, SETTING_HEADERS, 1);
      issues.push(issueAt(sheet, row.nameCell, 'warning', 'unknown-setting', `${quote(row.name)} is not a known setting; it is ignored`, near.length ? `Did you mean '${near[0]}'?` : `Known settings: ${SETTING_HEADERS.join(', ')}.`));
      continue;
    }
    if (found.has(def.field)) {
      issues.push(issueAt(sheet, row.nameCell, 'warning', 'duplicate-setting', `${def.header} is set twice; this row is ignored (the first, ${found.get(def.field)!.nameCell}, counts)`, 'Delete one of the two rows.'));
      continue;
    }
    found.set(def.field, row);
    settings.cells[def.field] = row.valueCell;
  }
  // In SETTING_NAMES order: Days, then Periods per day, before anything that needs them.
  const target = settings as unknown as Record<string, unknown>;
  let ctx = contextOf(settings);
  for (const def of SETTING_NAMES) {
    const row = found.get(def.field);
    if (!row || row.value.kind === 'blank') continue;
    if (row.value.kind === 'error') {
      issues.push(issueAt(sheet, row.valueCell, 'error', 'excel-error', `${def.header} holds the Excel error ${row.value.code}`, 'Fix the formula that produces it, or type the value directly.'));
      continue;
    }
    if (def.field === 'days') {
      const days = readDays(row.value, def.header, sheet, row.valueCell, issues);
      if (days) {
        settings.days = days;
        settings.clubDays = days.map((_, i) => i);
      }
    } else if (def.field === 'periodNames' && timeOfDay(row.value) !== undefined) {
      settings.periodNames = [timeOfDay(row.value)!];
    } else if (def.field === 'clubDays' && row.value.kind === 'text' && /^(all|all days|every day)$/i.test(row.value.text)) {
      settings.clubDays = settings.days.map((_, i) => i);
    } else {
      const p = parseColumn(row.value, def, ctx);
      if (!p.ok) {
        issues.push(issueAt(sheet, row.valueCell, 'error', p.code, p.message, p.suggestion));
        continue;
      }
      target[def.field] = p.value;
    }
    if (def.field === 'days' || def.field === 'periodsPerDay' || def.field === 'clubDays') ctx = contextOf(settings);
  }
  if (settings.periodNames.length > 0 && settings.periodNames.length !== settings.periodsPerDay) {
    issues.push(issueAt(sheet, settings.cells.periodNames ?? headerCell, 'warning', 'period-names-count', `Period names lists ${settings.periodNames.length} name${settings.periodNames.length === 1 ? '' : 's'} but Periods per day is ${settings.periodsPerDay}`, 'Give one name per period, or leave Period names blank.'));
  }
  return { settings, ctx: contextOf(settings), headerCell };
}

const CRITERIA: Array<[string, string]> = [
  ...Object.keys(TIMETABLE_CRITERIA).map((c): [string, string] => [normName(c), c]),
  ...CLUB_CRITERIA.map((c): [string, string] => [normName(c), c]),
];
const CRITERION_BY_NAME = new Map(CRITERIA);
const CRITERION_NAMES = [...CRITERIA.map(([, c]) => c), 'Choice 1', 'Choice 2', 'Choice 3', 'Choice 4', 'Choice 5'];

/** Canonical criterion name ('student_gap' → 'Student gap', 'choice 2' → 'Choice 2'), or undefined. */
export function canonicalCriterion(name: string): string | undefined {
  const hit = CRITERION_BY_NAME.get(normName(name));
  if (hit) return hit;
  const rank = choiceRank(name.replace(/[\s\-_]+/g, ' '));
  return rank !== undefined && rank >= 1 && rank <= 1000 ? `Choice ${rank}` : undefined;
}

export function readWeights(sheet: string | undefined, grid: unknown, ctx: ColumnContext, issues: Issue[]): { weights: Weights; headerCell?: string } {
  const weights: Weights = { values: {}, cells: {} };
  if (sheet === undefined) return { weights };
  const { rows, headerCell } = readKeyValue(sheet, grid, ['Criterion', 'Criteria', 'Name'], ['Weight', 'Value'], (n) => canonicalCriterion(n) !== undefined, issues);
  const weightDef = { field: 'weight', header: 'Weight', required: true, type: 'number' as const, min: 0, description: '' };
  for (const row of rows) {
    const name = canonicalCriterion(row.name);
    if (!name) {
      const near = nearest(row.name, CRITERION_NAMES, 1);
      issues.push(issueAt(sheet, row.nameCell, 'warning', 'unknown-criterion', `${quote(row.name)} is not a known criterion; it is ignored`, near.length ? `Did you mean '${near[0]}'?` : `Known criteria: ${CRITERION_NAMES.join(', ')}, Choice N.`));
      continue;
    }
    if (name in weights.cells) {
      issues.push(issueAt(sheet, row.nameCell, 'warning', 'duplicate-criterion', `${name} is weighted twice; this row is ignored (the first, ${weights.cells[name]}, counts)`, 'Delete one of the two rows.'));
      continue;
    }
    weights.cells[name] = row.valueCell;
    if (row.value.kind === 'blank') continue; // blank = the default
    if (row.value.kind === 'error') {
      issues.push(issueAt(sheet, row.valueCell, 'error', 'excel-error', `The weight of ${name} holds the Excel error ${row.value.code}`, 'Fix the formula that produces it, or type the value directly.'));
      continue;
    }
    const p = parseColumn(row.value, { ...weightDef, header: `The weight of ${name}` }, ctx);
    if (!p.ok) {
      issues.push(issueAt(sheet, row.valueCell, 'error', p.code, p.message, p.suggestion));
      continue;
    }
    weights.values[name] = p.value as number;
  }
  return { weights, headerCell };
}
