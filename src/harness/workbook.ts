// The harness's model of a workbook: sheets of cells with a value, a fill and a note, plus
// workbook-level settings (where, like the real adapters, marks remember previous fills).
// It is our model of Excel, not Excel: enough to drive the real pane and worker in a browser.
import { parseA1, parseRange, toA1 } from '../schema';
import type { CellValue } from '../schema/records';

export interface HarnessCell {
  value: CellValue;
  fill: string | null;
  note: string | null;
  bold?: boolean;
}

export interface HarnessSheet {
  name: string;
  cells: Map<string, HarnessCell>;
  /** Column widths in characters, by 0-based column. */
  widths: number[];
  frozenRows: number;
  frozenColumns: number;
  /** Per column header: input prompt and dropdown, as "Insert template sheets" set them. */
  validation: Map<number, { prompt: string; dropdown?: string[] | string }>;
}

/** The JSON the harness server sends for an .xlsx (dates as {date: ISO}). */
export interface WorkbookJson {
  sheets: Array<{ name: string; cells: Array<[string, { v: unknown; fill?: string; note?: string }]> }>;
}

export const emptySheet = (name: string): HarnessSheet => ({
  name,
  cells: new Map(),
  widths: [],
  frozenRows: 0,
  frozenColumns: 0,
  validation: new Map(),
});

export function decodeValue(v: unknown): CellValue {
  if (v && typeof v === 'object' && 'date' in v) return new Date(String((v as { date: unknown }).date));
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return null;
}

export class HarnessWorkbook {
  sheets: HarnessSheet[] = [];
  /** Workbook settings (Office.context.document.settings stand-in). */
  settings = new Map<string, string>();
  activeSheet = '';
  selection = 'A1';
  private listeners = new Set<() => void>();

  static fromJson(json: WorkbookJson): HarnessWorkbook {
    const wb = new HarnessWorkbook();
    for (const s of json.sheets) {
      const sheet = emptySheet(s.name);
      for (const [address, c] of s.cells) {
        sheet.cells.set(address.toUpperCase(), { value: decodeValue(c.v), fill: c.fill ?? null, note: c.note ?? null });
      }
      wb.sheets.push(sheet);
    }
    wb.activeSheet = wb.sheets[0]?.name ?? '';
    return wb;
  }

  /** Tell the views (grid, tabs) that something changed. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  changed(): void {
    this.listeners.forEach((l) => l());
  }

  /** Excel matches sheet names case-insensitively. */
  sheet(name: string): HarnessSheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  cell(sheet: string, address: string): HarnessCell | undefined {
    return this.sheet(sheet)?.cells.get(normalizeAddress(address));
  }

  /** Values anchored at A1, up to the last non-blank cell (like the port's readSheets). */
  values(name: string): CellValue[][] {
    const sheet = this.sheet(name);
    if (!sheet) return [];
    let rows = 0;
    let cols = 0;
    for (const [address, c] of sheet.cells) {
      if (c.value === null || c.value === '') continue;
      const at = parseA1(address)!;
      rows = Math.max(rows, at.row + 1);
      cols = Math.max(cols, at.col + 1);
    }
    const out: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(null));
    for (const [address, c] of sheet.cells) {
      const at = parseA1(address)!;
      if (at.row < rows && at.col < cols) out[at.row][at.col] = c.value === '' ? null : c.value;
    }
    return out;
  }

  /** Extent of everything shown (values, fills, notes), for the grid. */
  extent(name: string): { rows: number; cols: number } {
    const sheet = this.sheet(name);
    let rows = 0;
    let cols = 0;
    for (const address of sheet?.cells.keys() ?? []) {
      const at = parseA1(address)!;
      rows = Math.max(rows, at.row + 1);
      cols = Math.max(cols, at.col + 1);
    }
    return { rows, cols };
  }

  /** Set or create a cell, keeping its other properties. */
  put(sheet: HarnessSheet, address: string, patch: Partial<HarnessCell>): void {
    const key = normalizeAddress(address);
    const before = sheet.cells.get(key) ?? { value: null, fill: null, note: null };
    sheet.cells.set(key, { ...before, ...patch });
  }
}

export function normalizeAddress(address: string): string {
  const at = parseA1(address);
  if (!at) throw new Error(`'${address}' is not a cell address like B3.`);
  return toA1(at.row, at.col);
}

/** 'B2:D4' (or a single cell) → every cell address in it. */
export function cellsOf(range: string): string[] {
  const bounds = parseRange(range.replace(/^.*!/, ''));
  if (!bounds) throw new Error(`'${range}' is not a range like B2:D4.`);
  const out: string[] = [];
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    for (let c = bounds.left; c <= bounds.right; c++) out.push(toA1(r, c));
  }
  return out;
}
