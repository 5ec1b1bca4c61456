// Cell-level helpers for the ExcelJS adapter: turning ExcelJS cell values into the plain
// CellValue every layer above the port sees. A1 arithmetic is src/schema/a1.ts.
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

/** '#RRGGBB' (or 'RRGGBB') → ExcelJS ARGB 'FFRRGGBB'. */
export function argb(color: string): string {
  const hex = color.replace(/^#/, '').toUpperCase();
  return /^[0-9A-F]{6}$/.test(hex) ? `FF${hex}` : /^[0-9A-F]{8}$/.test(hex) ? hex : 'FFFFFFFF';
}

/** Sheet names compare the way Excel does: case-insensitively. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
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
