// Cell parsers: one non-blank, non-error cell → a typed value, or a failure saying what was
// expected and what was found. Pure; no sheet knowledge beyond the days and periods of Settings.
import { cleanId } from './ids';
import { type Cell, describeCell, quote } from './cell';
import { nearest } from './suggest';
import type { Slot } from './records';

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: string; message: string; suggestion?: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = (code: string, message: string, suggestion?: string): Parsed<never> =>
  suggestion ? { ok: false, code, message, suggestion } : { ok: false, code, message };

/** Longest text any cell may hold (Excel allows 32,767; nothing in a schedule needs that much). */
export const MAX_TEXT = 1000;
/** Longest ID. */
export const MAX_ID = 255;

/** The parts of Settings every slot/day/period parser needs. */
export interface DayContext {
  days: string[];
  periodsPerDay: number;
  /** Token → day index, or undefined. */
  dayOf(token: string): number | undefined;
}

/** Matches day names case-insensitively, then by their first three letters when those are unambiguous. */
export function makeDayContext(days: string[], periodsPerDay: number): DayContext {
  const exact = new Map<string, number>();
  const byPrefix = new Map<string, number>();
  const prefixCount = new Map<string, number>();
  days.forEach((d, i) => {
    const k = d.toLowerCase().replace(/\s+/g, ' ');
    if (!exact.has(k)) exact.set(k, i);
    const p = k.slice(0, 3);
    prefixCount.set(p, (prefixCount.get(p) ?? 0) + 1);
    if (!byPrefix.has(p)) byPrefix.set(p, i);
  });
  const dayOf = (token: string): number | undefined => {
    const t = token.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
    const hit = exact.get(t);
    if (hit !== undefined) return hit;
    // Abbreviations are single words: 'Mon 5' is a slot and 'Tue-Thu' a range, not spellings of a day.
    if (t.length < 3 || !/^\p{L}+$/u.test(t)) return undefined;
    const p = t.slice(0, 3);
    if (prefixCount.get(p) !== 1) return undefined;
    const i = byPrefix.get(p)!;
    const full = days[i].toLowerCase();
    // 'Monday' = 'mon' = 'Mon.' = 'Mond' (one name a prefix of the other, agreeing on three letters).
    return full.startsWith(t) || t.startsWith(full) ? i : undefined;
  };
  return { days, periodsPerDay, dayOf };
}

function wrongType(label: string, expected: string, c: Cell, suggestion: string, code = 'wrong-type'): Parsed<never> {
  return fail(code, `${label} must be ${expected}; found ${describeCell(c)}`, suggestion);
}

/** Plain text (numbers become their text). */
export function parseText(c: Cell, label: string, max = MAX_TEXT): Parsed<string> {
  if (c.kind === 'number' && Number.isFinite(c.n)) return ok(String(c.n));
  if (c.kind !== 'text') return wrongType(label, 'text', c, `Type ${label} as plain text.`);
  if (c.text.length > max)
    return fail('too-long', `${label} is ${c.text.length.toLocaleString('en-US')} characters long; at most ${max.toLocaleString('en-US')} are allowed`, `Shorten ${label}.`);
  return ok(c.text);
}

/** An ID: trimmed, inner white space collapsed, user's case kept. */
export function parseId(c: Cell, label: string): Parsed<string> {
  const t = parseText(c, label, MAX_ID);
  return t.ok ? ok(cleanId(t.value)) : t;
}

/** Items of a `,`/`;` list, trimmed and collapsed; empty items dropped. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[,;]/)) {
    const v = cleanId(part);
    if (v) out.push(v);
  }
  return out;
}

export function parseList(c: Cell, label: string): Parsed<string[]> {
  const t = parseText(c, label);
  return t.ok ? ok(splitList(t.value)) : t;
}

const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

function numberOf(c: Cell): number | undefined {
  if (c.kind === 'number') return c.n;
  if (c.kind === 'text' && NUMERIC.test(c.text)) return Number(c.text);
  return undefined;
}

function rangeText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return min === max ? ` equal to ${min}` : ` from ${min} to ${max}`;
  if (min !== undefined) return ` ≥ ${min}`;
  if (max !== undefined) return ` ≤ ${max}`;
  return '';
}

function example(min: number | undefined, max: number | undefined): number {
  if (min !== undefined && max !== undefined) return Math.min(max, Math.max(min, 3));
  if (min !== undefined) return Math.max(min, 3);
  if (max !== undefined) return Math.min(max, 3);
  return 3;
}

/** A whole number, as an Excel number or numeric text, within [min, max]. */
export function parseInteger(c: Cell, label: string, min?: number, max?: number): Parsed<number> {
  const expected = `a whole number${rangeText(min, max)}`;
  const hint = `Type a whole number such as ${example(min, max)}.`;
  const n = numberOf(c);
  if (n === undefined || !Number.isFinite(n)) return wrongType(label, expected, c, hint, 'not-integer');
  if (!Number.isInteger(n) || !Number.isSafeInteger(n)) return wrongType(label, expected, c, hint, 'not-integer');
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) return wrongType(label, expected, c, hint, 'out-of-range');
  return ok(n);
}

/** Any number, as an Excel number or numeric text, within [min, max]. */
export function parseNumber(c: Cell, label: string, min?: number, max?: number): Parsed<number> {
  const expected = `a number${rangeText(min, max)}`;
  const hint = `Type a number such as ${example(min, max)}.`;
  const n = numberOf(c);
  if (n === undefined || !Number.isFinite(n)) return wrongType(label, expected, c, hint, 'not-number');
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) return wrongType(label, expected, c, hint, 'out-of-range');
  return ok(n);
}

const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0']);

/** yes/no, y/n, true/false, 1/0, x = yes; Excel booleans; the numbers 1 and 0. */
export function parseYesNo(c: Cell, label: string): Parsed<boolean> {
  if (c.kind === 'bool') return ok(c.b);
  if (c.kind === 'number' && (c.n === 1 || c.n === 0)) return ok(c.n === 1);
  if (c.kind === 'text') {
    const t = c.text.toLowerCase();
    if (YES.has(t)) return ok(true);
    if (NO.has(t)) return ok(false);
  }
  return wrongType(label, 'yes or no', c, `Type yes or no (y/n, true/false, 1/0 and x also work).`, 'not-yes-no');
}

/** One of a fixed set of words, case-insensitively; returns the canonical word. */
export function parseEnum<T extends string>(c: Cell, label: string, values: readonly T[]): Parsed<T> {
  if (c.kind === 'text') {
    const t = c.text.toLowerCase();
    const hit = values.find((v) => v.toLowerCase() === t);
    if (hit) return ok(hit);
    const near = nearest(c.text, values, 1);
    const list = values.join(', ');
    return fail('not-allowed', `${label} must be one of ${list}; found ${describeCell(c)}`, near.length ? `Did you mean '${near[0]}'? Allowed: ${list}.` : `Type one of ${list}.`);
  }
  return wrongType(label, `one of ${values.join(', ')}`, c, `Type one of ${values.join(', ')}.`, 'not-allowed');
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The day nearest a mistyped one; 'Mnday' finds 'Mon' through 'Monday'. */
function nearestDay(token: string, days: string[]): string | undefined {
  const names: string[] = [];
  const owner: string[] = [];
  for (const d of days) {
    names.push(d);
    owner.push(d);
    const long = WEEKDAYS.find((w) => w.startsWith(d.toLowerCase().slice(0, 3)));
    if (long && d.length < long.length) {
      names.push(long);
      owner.push(d);
    }
  }
  const near = nearest(token, names, 1);
  return near.length ? owner[names.indexOf(near[0])] : undefined;
}

function unknownDay(label: string, token: string, ctx: DayContext): Parsed<never> {
  const nd = nearestDay(token, ctx.days);
  const near = nd === undefined ? [] : [nd];
  const list = ctx.days.join(', ');
  return fail(
    'unknown-day',
    `${label}: ${quote(token)} is not a day of Settings › Days (${list})`,
    near.length ? `Did you mean '${near[0]}'?` : `Use one of ${list} (or their first three letters).`,
  );
}

/** One day name → its index. */
export function parseDay(c: Cell, label: string, ctx: DayContext): Parsed<number> {
  const t = parseText(c, label);
  if (!t.ok) return t;
  const d = ctx.dayOf(t.value);
  return d === undefined ? unknownDay(label, t.value, ctx) : ok(d);
}

/** A list of day names → sorted, distinct day indexes. `allowed`: only these days may be named. */
export function parseDayList(c: Cell, label: string, ctx: DayContext, allowed?: { days: number[]; what: string }): Parsed<number[]> {
  const t = parseText(c, label);
  if (!t.ok) return t;
  const seen = new Set<number>();
  for (const item of splitList(t.value)) {
    let d = ctx.dayOf(item);
    if (d === undefined) {
      // 'Tue-Thu': the days from one to the other (only the allowed ones among them).
      const range = /^(.+?)\s*[-–]\s*(.+)$/.exec(item);
      const from = range ? ctx.dayOf(range[1]) : undefined;
      const to = range ? ctx.dayOf(range[2]) : undefined;
      if (range && from !== undefined && to !== undefined && from <= to) {
        for (let i = from; i <= to; i++) if (!allowed || allowed.days.includes(i) || i === from || i === to) seen.add(i);
        d = allowed && !allowed.days.includes(from) ? from : allowed && !allowed.days.includes(to) ? to : from;
      } else return unknownDay(label, range && from !== undefined && to === undefined ? range[2] : item, ctx);
    }
    if (allowed && !allowed.days.includes(d)) {
      const names = allowed.days.map((i) => ctx.days[i]).join(', ');
      return fail('not-club-day', `${label}: ${ctx.days[d]} is not one of ${allowed.what} (${names || 'none'})`, `Use only ${names || 'days listed in ' + allowed.what}, or add ${ctx.days[d]} to ${allowed.what}.`);
    }
    seen.add(d);
  }
  return ok([...seen].sort((a, b) => a - b));
}

function periodRangeFail(label: string, item: string, p: number, ctx: DayContext): Parsed<never> {
  return fail(
    'period-out-of-range',
    `${label}: period ${p} in ${quote(item)} is outside 1–${ctx.periodsPerDay} (Settings › Periods per day)`,
    `Use periods 1 to ${ctx.periodsPerDay}.`,
  );
}

const SLOT = /^(.*?)\s*(\d+)(?:\s*[-–]\s*(\d+))?$/;

/** 'Mon 3' | 'Mon 3-5' | 'Mon' → the slots (0-based). */
export function parseSlot(item: string, label: string, ctx: DayContext): Parsed<Slot[]> {
  const whole = ctx.dayOf(item);
  const all = (day: number): Slot[] => Array.from({ length: ctx.periodsPerDay }, (_, period) => ({ day, period }));
  if (whole !== undefined) return ok(all(whole));
  const m = SLOT.exec(item);
  // A word with no period number was meant as a day.
  if (!m && /^\p{L}[\p{L}.]*$/u.test(item)) return unknownDay(label, item, ctx);
  if (!m || !m[1])
    return fail('bad-slot', `${label} must be a list of slots like 'Mon 3', 'Mon 3-5' or 'Mon'; found ${quote(item)}`, `Write a day name, optionally followed by a period or a range of periods, e.g. '${ctx.days[0] ?? 'Mon'} 3-4'.`);
  const day = ctx.dayOf(m[1]);
  if (day === undefined) return unknownDay(label, m[1], ctx);
  const from = Number(m[2]);
  const to = m[3] === undefined ? from : Number(m[3]);
  if (from < 1 || from > ctx.periodsPerDay) return periodRangeFail(label, item, from, ctx);
  if (to < 1 || to > ctx.periodsPerDay) return periodRangeFail(label, item, to, ctx);
  if (to < from) return fail('bad-slot', `${label}: the range ${quote(item)} ends before it starts`, `Write the earlier period first, e.g. '${ctx.days[day]} ${to}-${from}'.`);
  const out: Slot[] = [];
  for (let p = from; p <= to; p++) out.push({ day, period: p - 1 });
  return ok(out);
}

/** A slot list 'Mon 1, Tue 3-4, Fri' → distinct slots, sorted by day then period. */
export function parseSlotList(c: Cell, label: string, ctx: DayContext): Parsed<Slot[]> {
  const t = parseText(c, label);
  if (!t.ok) return t;
  const seen = new Set<number>();
  const out: Slot[] = [];
  for (const item of splitList(t.value)) {
    const r = parseSlot(item, label, ctx);
    if (!r.ok) return r;
    for (const s of r.value) {
      const k = s.day * ctx.periodsPerDay + s.period;
      if (!seen.has(k)) {
        seen.add(k);
        out.push(s);
      }
    }
  }
  out.sort((a, b) => a.day - b.day || a.period - b.period);
  return ok(out);
}

/** A period number 1 … Periods per day → 0-based index. */
export function parsePeriod(c: Cell, label: string, ctx: DayContext): Parsed<number> {
  const r = parseInteger(c, label, 1, ctx.periodsPerDay);
  if (!r.ok)
    return { ...r, message: r.message.replace(/^(.*?) must be a whole number/, `$1 must be a period number`), suggestion: `Type a period number from 1 to ${ctx.periodsPerDay} (Settings › Periods per day).` };
  return ok(r.value - 1);
}

const GRADE_WORD = /^(?:grade|gr|year|yr|y|class)\.?\s*(?=\d)/i;

/** '09' → '9', 'Grade 9' → '9', 'K' → 'K'. */
export function normalizeGrade(label: string): string {
  const t = cleanId(label).replace(GRADE_WORD, '');
  return /^\d+$/.test(t) ? String(Number(t)) : t;
}

export function parseGrade(c: Cell, label: string): Parsed<string> {
  const t = parseText(c, label, MAX_ID);
  if (!t.ok) return t;
  return ok(normalizeGrade(t.value));
}

/** A grade list with ranges: '9-10, 12' → ['9', '10', '12']. */
export function parseGradeList(c: Cell, label: string): Parsed<string[]> {
  const t = parseText(c, label);
  if (!t.ok) return t;
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (g: string): void => {
    if (!seen.has(g)) {
      seen.add(g);
      out.push(g);
    }
  };
  for (const item of splitList(t.value)) {
    const m = /^(?:grade|gr|year|yr|y)?\.?\s*(\d+)\s*[-–]\s*(?:grade|gr|year|yr|y)?\.?\s*(\d+)$/i.exec(item);
    if (m) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (b < a || b - a > 50)
        return fail('bad-grade-range', `${label}: the range ${quote(item)} must go from a lower to a higher grade`, `Write the lower grade first, e.g. '${Math.min(a, b)}-${Math.max(a, b)}'.`);
      for (let g = a; g <= b; g++) push(String(g));
    } else push(normalizeGrade(item));
  }
  return ok(out);
}
