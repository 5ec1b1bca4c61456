// Cell-level helpers for the ExcelJS adapter: turning ExcelJS cell values into the plain
// CellValue every layer above the port sees, and A1 address arithmetic.
import type { CellValue } from '../schema/records';

/** ExcelJS cell value shapes we read (exceljs types them loosely). */
type RawValue = unknown;

/**
 * One ExcelJS cell value → a plain CellValue: rich text → its text, formulas → their cached
 * result, hyperlinks → their text, errors → '#N/A'-style strings, dates stay Dates.
 */
export function plainValue(raw: RawValue): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' || typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : '#NUM!';
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? '#VALUE!' : raw;
  if (typeof raw !== 'object') return String(raw);
  const v = raw as Record<string, unknown>;
  if ('error' in v) return typeof v.error === 'string' ? v.error : '#N/A';
  if (Array.isArray(v.richText)) {
    return (v.richText as Array<{ text?: unknown }>).map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
  }
  if ('formula' in v || 'sharedFormula' in v) {
    // A formula never calculated by Excel has no cached result: read it as blank.
    return 'result' in v ? plainValue(v.result) : null;
  }
  if ('hyperlink' in v || 'text' in v) return plainValue(v.text ?? null);
  return null;
}

/** 1 → 'A', 27 → 'AA'. */
export function columnLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 1-based row and column → 'B3'. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** 'B3' (or '$B$3') → { row: 3, col: 2 }; undefined when it is not a cell address. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  return row >= 1 ? { row, col } : undefined;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 'A1:C4' or 'B2' → a normalised range; undefined when malformed. */
export function parseRange(range: string): CellRange | undefined {
  const [from, to = from] = range.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** '#RRGGBB' (or 'RRGGBB') → ExcelJS ARGB 'FFRRGGBB'. */
export function argb(color: string): string {
  const hex = color.replace(/^#/, '').toUpperCase();
  return /^[0-9A-F]{6}$/.test(hex) ? `FF${hex}` : /^[0-9A-F]{8}$/.test(hex) ? hex : 'FFFFFFFF';
}

/** Sheet names compare the way Excel does: case-insensitively. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** SCHEMA.md name matching: case-insensitive, ignoring spaces, hyphens and underscores. */
export function schemaNameKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** A rough display width of a value in characters, for fit-to-content column widths. */
export function displayLength(value: CellValue): number {
  if (value === null) return 0;
  if (value instanceof Date) return 10;
  if (typeof value === 'number') return String(Math.round(value * 100) / 100).length;
  const text = String(value);
  // A multi-line cell is as wide as its longest line.
  return text.split('\n').reduce((m, line) => Math.max(m, line.length), 0);
}
