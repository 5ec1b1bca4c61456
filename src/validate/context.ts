// What every check shares: ID lookups built once, issue placement at a record's cell, and the
// week's slot grid. Built in one pass over the records so no check needs a nested search.
import type { Issue, Severity } from '../schema/issue';
import type {
  Club,
  Course,
  Group,
  InputSheetKey,
  Location,
  Origin,
  Slot,
  Student,
  StudentBody,
  Teacher,
  WorkbookRecords,
} from '../schema/records';
import { idKey } from './key';

export interface Placed {
  origin: Origin;
}

export interface Ctx {
  r: WorkbookRecords;
  issues: Issue[];
  /** Days in the week, periods per day, slots in the week (day-major). */
  days: number;
  periods: number;
  slots: number;
  /** First record of each ID (duplicates are reported, later ones ignored). */
  teachers: Map<string, Teacher>;
  locations: Map<string, Location>;
  bodies: Map<string, StudentBody>;
  courses: Map<string, Course>;
  groups: Map<string, Group>;
  clubs: Map<string, Club>;
  /** Student by ID key and by every Also known as key (IDs win over aliases). */
  students: Map<string, Student>;
  studyHallKey: string;
}

export function buildContext(r: WorkbookRecords): Ctx {
  const days = Math.max(0, r.settings.days.length);
  const periods = Math.max(0, Math.floor(r.settings.periodsPerDay) || 0);
  const students = firstById(r.students);
  // Aliases resolve only where they do not shadow a real ID or an earlier alias.
  for (const s of r.students) {
    for (const a of s.alsoKnownAs) {
      const k = idKey(a);
      if (k && !students.has(k)) students.set(k, s);
    }
  }
  return {
    r,
    issues: [],
    days,
    periods,
    slots: days * periods,
    teachers: firstById(r.teachers),
    locations: firstById(r.locations),
    bodies: firstById(r.studentBodies),
    courses: firstById(r.courses),
    groups: firstById(r.groups),
    clubs: firstById(r.clubs),
    students,
    studyHallKey: idKey(r.settings.studyHallName || 'Study Hall'),
  };
}

function firstById<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  const m = new Map<string, T>();
  for (const x of list) {
    const k = idKey(x.id);
    if (k && !m.has(k)) m.set(k, x);
  }
  return m;
}

/** The cell of a record's field, falling back to the row's first cell when the column is absent. */
export function cellOf(rec: Placed, field?: string): string {
  return (field && rec.origin.cells[field]) || rec.origin.rowCell;
}

/** "Teachers!B4": a cell reference for messages that point elsewhere. */
export function ref(rec: Placed, field?: string): string {
  return `${rec.origin.sheet}!${cellOf(rec, field)}`;
}

export function report(
  ctx: Ctx,
  rec: Placed,
  field: string | undefined,
  severity: Severity,
  code: string,
  message: string,
  suggestion?: string,
): void {
  const issue: Issue = { severity, sheet: rec.origin.sheet, cell: cellOf(rec, field), code, message };
  if (suggestion) issue.suggestion = suggestion;
  ctx.issues.push(issue);
}

/** An issue about a whole sheet, at its header cell. */
export function reportSheet(
  ctx: Ctx,
  key: InputSheetKey,
  fallbackSheet: string,
  severity: Severity,
  code: string,
  message: string,
  suggestion?: string,
): void {
  const issue: Issue = {
    severity,
    sheet: ctx.r.sheetNames[key] ?? fallbackSheet,
    cell: ctx.r.headerCells[key] ?? 'A1',
    code,
    message,
  };
  if (suggestion) issue.suggestion = suggestion;
  ctx.issues.push(issue);
}

/** Slot index in the week, or -1 when the slot lies outside the Settings grid. */
export function slotIndex(ctx: Ctx, s: Slot): number {
  if (s.day < 0 || s.day >= ctx.days || s.period < 0 || s.period >= ctx.periods) return -1;
  return s.day * ctx.periods + s.period;
}

/** The distinct in-grid slot indexes of a list of slots, ascending. */
export function slotIndexes(ctx: Ctx, slots: readonly Slot[]): number[] {
  return [...new Set(slots.map((s) => slotIndex(ctx, s)).filter((i) => i >= 0))].sort((a, b) => a - b);
}

/** Something that occupies a slot: `key` names the resource ('t:ann'), `what` is how messages name it. */
export interface Occupant {
  key: string;
  what: string;
}

/**
 * Books every occupant at every slot for `owner` in `taken` ('key@slot' → first owner). Where an
 * earlier owner already holds one, `clash` is called; once it returns true for an owner, later
 * clashes with that owner are not reported again.
 */
export function bookSlots<T>(
  taken: Map<string, T>,
  owner: T,
  slots: readonly number[],
  occupants: readonly Occupant[],
  clash: (other: T, slot: number, occupant: Occupant) => boolean,
): void {
  const reported = new Set<T>();
  for (const i of slots) {
    for (const o of occupants) {
      const k = `${o.key}@${i}`;
      const other = taken.get(k);
      if (other === undefined) {
        taken.set(k, owner);
        continue;
      }
      if (other === owner || reported.has(other)) continue;
      if (clash(other, i, o)) reported.add(other);
    }
  }
}

/** A week-long bitmap with the given slots set. */
export function slotMask(ctx: Ctx, slots: readonly Slot[]): Uint8Array {
  const m = new Uint8Array(ctx.slots);
  for (const s of slots) {
    const i = slotIndex(ctx, s);
    if (i >= 0) m[i] = 1;
  }
  return m;
}

/** "Mon 3" for a 0-based slot index. */
export function slotName(ctx: Ctx, slot: number): string {
  const d = Math.floor(slot / ctx.periods);
  return `${ctx.r.settings.days[d] ?? `day ${d + 1}`} ${(slot % ctx.periods) + 1}`;
}

export function dayName(ctx: Ctx, day: number): string {
  return ctx.r.settings.days[day] ?? `day ${day + 1}`;
}
