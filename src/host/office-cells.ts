// Pure helpers for the Office adapter: how values cross into Excel, request-size estimates and
// how a cell's fill is remembered (A1 arithmetic is src/schema/a1.ts). No Office.js here, so all
// of it is unit-testable.
import type { CellValue } from '../schema/records';
import { MARKS_SHEET } from './marks-format';

/** Prefix of the temporary sheets an output sheet is written to before it is swapped in. */
export const TEMP_PREFIX = '~Periodic ';

/** Excel on the web rejects requests over 5 MB; stay well under it. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
/**
 * Per-action envelope of an Office.js request: the action itself plus the object paths it needs
 * (e.g. getRange → format → fill → color is four path entries of ~100 bytes): a generous guess.
 */
export const ACTION_OVERHEAD_BYTES = 600;

/** Excel compares sheet names case-insensitively. */
export const sheetKey = (name: string): string => name.toLowerCase();

/** Periodic's own bookkeeping sheets (the marks sheet, temporary output sheets): never the user's. */
export const isPeriodicSheet = (name: string): boolean => sheetKey(name) === sheetKey(MARKS_SHEET) || name.startsWith(TEMP_PREFIX);

/** Why Excel would refuse this sheet name, or undefined when it is fine. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'a sheet name cannot be blank';
  if (name.length > 31) return `"${name}" is longer than Excel's 31 characters`;
  if (/[\\/?*[\]:]/.test(name)) return `"${name}" contains one of \\ / ? * [ ] :`;
  if (name.startsWith("'") || name.endsWith("'")) return `"${name}" starts or ends with an apostrophe`;
  return undefined;
}

/** Text Excel reads as a date when typed: '5 Jan', 'Jan 2027', 'sep-10'. */
const LOOKS_LIKE_DATE = /^\s*(\d{1,4}[\s/-]*)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?([\s/-]*\d{1,4})?([\s/,-]*\d{1,4})?\s*$/i;

/**
 * A value as Excel should store it. Excel parses text written through `range.values` as if typed,
 * so '9-10' would become a date and '=x' a formula: such text gets Excel's quote prefix, which
 * keeps it text. Dates become ISO text; blanks become '' (null would mean "leave unchanged").
 */
export function toExcelValue(value: CellValue | undefined): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  const text = String(value);
  if (/^[=+\-@']/.test(text) || /^\s*[\d.,:/\s%$€£()-]+\s*$/.test(text) || /^\s*(true|false)\s*$/i.test(text) || /^\d+\s*[eE]\s*\d+$/.test(text) || LOOKS_LIKE_DATE.test(text)) {
    return `'${text}`;
  }
  return text;
}

/** A value read from Excel as the port hands it over: '' → null. */
export const fromExcelValue = (v: unknown): unknown => (v === '' || v === undefined ? null : v);

/** A row padded or cut to `width` Excel values. */
export function excelRow(row: readonly CellValue[] | undefined, width: number): Array<string | number | boolean> {
  const out = new Array<string | number | boolean>(width);
  for (let c = 0; c < width; c++) out[c] = toExcelValue(row?.[c]);
  return out;
}

/** Characters → Excel column width in points (Calibri 11: 8.43 characters = 64 px = 48 pt). */
export const widthPoints = (chars: number): number => Math.round((Math.max(0, chars) * 7 + 5) * 0.75 * 100) / 100;

/** Upper bound of the JSON length of a value (each char of a string may be escaped). */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'string') {
    let n = 2;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      n += code < 0x20 || code === 0x22 || code === 0x5c ? 6 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    }
    return n;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value).length;
  if (Array.isArray(value)) return value.reduce((s: number, v) => s + jsonBytes(v) + 1, 2);
  return new TextEncoder().encode(JSON.stringify(value) ?? 'null').length;
}

// --- remembering fills --------------------------------------------------------------------
// A cell's previous fill is kept as text in _PeriodicMarks, shared with the ExcelJS adapter:
// '' = no fill, '#RRGGBB' = a solid fill, 'json:{…}' = an ExcelJS-style pattern fill.

export interface OfficeFill {
  /** 'None', 'Solid' or a hatch pattern name (ExcelApi 1.9). */
  pattern: string;
  color: string;
  patternColor: string;
}

/** Office.js FillPattern ↔ OOXML / ExcelJS pattern names. */
const PATTERNS: Array<[string, string]> = [
  ['Gray50', 'mediumGray'], ['Gray75', 'darkGray'], ['Gray25', 'lightGray'], ['Gray16', 'gray125'], ['Gray8', 'gray0625'],
  ['Horizontal', 'darkHorizontal'], ['Vertical', 'darkVertical'], ['Down', 'darkDown'], ['Up', 'darkUp'],
  ['Checker', 'darkGrid'], ['SemiGray75', 'darkTrellis'], ['LightHorizontal', 'lightHorizontal'], ['LightVertical', 'lightVertical'],
  ['LightDown', 'lightDown'], ['LightUp', 'lightUp'], ['Grid', 'lightGrid'], ['CrissCross', 'lightTrellis'],
];

const hex6 = (color: string | undefined): string | undefined => {
  const h = (color ?? '').replace(/^#/, '').toUpperCase();
  return /^[0-9A-F]{6}$/.test(h) ? `#${h}` : /^[0-9A-F]{8}$/.test(h) ? `#${h.slice(2)}` : undefined;
};

export function encodeFill(fill: OfficeFill): string {
  if (!fill.pattern || fill.pattern === 'None') return '';
  const color = hex6(fill.color) ?? '#FFFFFF';
  if (fill.pattern === 'Solid') return color;
  const ooxml = PATTERNS.find(([office]) => office === fill.pattern)?.[1];
  if (!ooxml) return color; // gradients cannot be set through the API: keep the colour
  const pc = hex6(fill.patternColor) ?? '#000000';
  return `json:${JSON.stringify({ type: 'pattern', pattern: ooxml, fgColor: { argb: `FF${pc.slice(1)}` }, bgColor: { argb: `FF${color.slice(1)}` } })}`;
}

/** The fill to put back: undefined = no fill. Unreadable text also means no fill. */
export function decodeFill(text: string): OfficeFill | undefined {
  const t = text.trim();
  if (!t) return undefined;
  if (t.startsWith('json:')) {
    try {
      const f = JSON.parse(t.slice(5)) as { pattern?: string; fgColor?: { argb?: string }; bgColor?: { argb?: string } };
      const fg = hex6(f.fgColor?.argb);
      if (f.pattern === 'solid') return fg ? { pattern: 'Solid', color: fg, patternColor: '#000000' } : undefined;
      const office = PATTERNS.find(([, ooxml]) => ooxml === f.pattern)?.[0];
      if (!office) return undefined;
      return { pattern: office, color: hex6(f.bgColor?.argb) ?? '#FFFFFF', patternColor: fg ?? '#000000' };
    } catch {
      return undefined;
    }
  }
  const color = hex6(t);
  return color ? { pattern: 'Solid', color, patternColor: '#000000' } : undefined;
}

/** One line fit to show a user, from whatever Office.js threw. */
export function errorText(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: string }).code;
    return code && !err.message.includes(code) ? `${err.message} (${code})` : err.message;
  }
  return String(err);
}
