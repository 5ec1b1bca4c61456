// Small helpers every view uses to turn rows into an OutputSheet.
import type { CellValue } from '../schema/records';
import type { OutputSheet } from '../core/output';

const MIN_WIDTH = 4;
const MAX_WIDTH = 60;

/** Widths in characters that fit each column's longest line, within sensible bounds. */
export function fitWidths(values: CellValue[][], min = MIN_WIDTH, max = MAX_WIDTH): number[] {
  const widths: number[] = [];
  for (const row of values) {
    row.forEach((v, c) => {
      const longest = Math.max(0, ...cellText(v).split('\n').map((line) => line.length));
      widths[c] = Math.max(widths[c] ?? min, Math.min(max, longest + 2));
    });
  }
  return widths;
}

/** How a cell value reads, for measuring. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/** A plain table sheet: one header row, frozen, columns fitted. */
export function tableSheet(name: string, header: CellValue[], rows: CellValue[][], extra: Partial<OutputSheet> = {}): OutputSheet {
  const values = [header, ...rows];
  return { name, values, headerRows: 1, columnWidths: fitWidths(values), ...extra };
}

/** 'yes' / 'no' as the workbook spells it. */
export const yesNo = (b: boolean): string => (b ? 'yes' : 'no');

/** Round to a few decimals for display (no float noise like 0.30000000000000004). */
export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** 0.9123 → 91.2 (a percentage with one decimal). */
export const percent = (part: number, whole: number): number => (whole > 0 ? round((100 * part) / whole, 1) : 0);
