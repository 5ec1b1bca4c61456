// One cell of a known column → its typed value, by the column's type (sheets.ts).
import type { Cell } from './cell';
import type { ColumnDef } from './sheets';
import {
  type DayContext,
  type Parsed,
  fail,
  ok,
  parseDay,
  parseDayList,
  parseEnum,
  parseGrade,
  parseGradeList,
  parseId,
  parseInteger,
  parseList,
  parseNumber,
  parsePeriod,
  parseSlotList,
  parseText,
  parseYesNo,
} from './parse';
import { describeCell } from './cell';

export interface ColumnContext {
  day: DayContext;
  /** Settings › Club days (indexes). */
  clubDays: number[];
}

function upperBound(c: ColumnDef, ctx: ColumnContext): number | undefined {
  if (c.maxOf === 'periods') return ctx.day.periodsPerDay;
  if (c.maxOf === 'days') return ctx.day.days.length;
  return c.max;
}

function withBoundNote<T>(r: Parsed<T>, c: ColumnDef, ctx: ColumnContext): Parsed<T> {
  if (r.ok || r.code !== 'out-of-range' || !c.maxOf) return r;
  const note =
    c.maxOf === 'periods'
      ? ` (Settings › Periods per day is ${ctx.day.periodsPerDay})`
      : ` (Settings › Days has ${ctx.day.days.length} days)`;
  return { ...r, suggestion: (r.suggestion ?? '') + note };
}

export function parseColumn(cell: Cell, c: ColumnDef, ctx: ColumnContext): Parsed<unknown> {
  const label = c.header;
  switch (c.type) {
    case 'id':
      return parseId(cell, label);
    case 'idList':
    case 'list':
      return parseList(cell, label);
    case 'text':
      return parseText(cell, label);
    case 'lower': {
      const r = parseId(cell, label);
      return r.ok ? ok(r.value.toLowerCase()) : r;
    }
    case 'lowerList': {
      const r = parseList(cell, label);
      return r.ok ? ok(r.value.map((v) => v.toLowerCase())) : r;
    }
    case 'integer':
      return withBoundNote(parseInteger(cell, label, c.min, upperBound(c, ctx)), c, ctx);
    case 'number':
      return parseNumber(cell, label, c.min, upperBound(c, ctx));
    case 'yesNo':
      return parseYesNo(cell, label);
    case 'enum':
      return parseEnum(cell, label, c.values ?? []);
    case 'day':
      return parseDay(cell, label, ctx.day);
    case 'dayList':
      return parseDayList(cell, label, ctx.day, c.clubDaysOnly ? { days: ctx.clubDays, what: 'Settings › Club days' } : undefined);
    case 'slotList':
      return parseSlotList(cell, label, ctx.day);
    case 'period':
      return parsePeriod(cell, label, ctx.day);
    case 'grade':
      return parseGrade(cell, label);
    case 'gradeList':
      return parseGradeList(cell, label);
    case 'daysPerGroup': {
      if (cell.kind === 'text' && cell.text.toLowerCase() === 'all') return ok('all');
      const n = ctx.clubDays.length;
      const r = parseInteger(cell, label, 1, Math.max(1, n));
      if (r.ok) return r;
      return fail(r.code, `${label} must be a whole number from 1 to ${Math.max(1, n)} or 'all'; found ${describeCell(cell)}`, `Type a number of club days from 1 to ${Math.max(1, n)} (Settings › Club days has ${n}), or 'all' for every club day.`);
    }
  }
}
