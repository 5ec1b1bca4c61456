// Writing whole sheets with ExcelJS: output sheets (replacing only themselves) and input-sheet
// templates (created only when missing).
import type ExcelJS from 'exceljs';
import type { CellValue } from '../schema/records';
import type { OutputSheet } from '../core/output';
import type { SheetTemplate } from './port';
import { columnLetter, parseRange, quoteSheet } from '../schema/a1';
import { normName } from '../schema/names';
import { argb, displayLength } from './xlsx-cells';
import { findSheet, setFill } from './xlsx-marks';

const HEADER_FILL = '#D9E1F2';
/** Rows below the header that get a template's prompts and dropdowns. */
const TEMPLATE_ROWS = 500;

/** Parts of exceljs's worksheet its type declarations leave out. */
type WorksheetInternals = ExcelJS.Worksheet & {
  orderNo: number;
  dataValidations: { add(range: string, validation: Record<string, unknown>): void };
};
const internals = (ws: ExcelJS.Worksheet): WorksheetInternals => ws as WorksheetInternals;

function eachCell(ws: ExcelJS.Worksheet, range: string, fn: (cell: ExcelJS.Cell) => void): void {
  const r = parseRange(range);
  if (!r) return;
  // parseRange is 0-based; ExcelJS counts from 1.
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) fn(ws.getCell(row + 1, col + 1));
  }
}

function setStyle(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...patch } as ExcelJS.Style;
}

function cellValue(v: CellValue | undefined): ExcelJS.CellValue {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return v;
}

/** Width in characters: as given, else fitted to the content (within reason). */
function fittedWidths(sheet: OutputSheet, columns: number): number[] {
  const widths: number[] = [];
  for (let c = 0; c < columns; c++) {
    const given = sheet.columnWidths?.[c];
    if (given !== undefined) {
      widths.push(given);
      continue;
    }
    let max = 0;
    for (const row of sheet.values) max = Math.max(max, displayLength(row[c] ?? null));
    widths.push(Math.min(60, Math.max(6, max + 2)));
  }
  return widths;
}

/**
 * Create or replace one output sheet. A sheet of that name (any case) is removed first and the new
 * one takes its place in the tab order; every other sheet is left alone.
 */
export function writeOutputSheet(workbook: ExcelJS.Workbook, sheet: OutputSheet): void {
  const old = findSheet(workbook, sheet.name);
  const orderNo = old ? internals(old).orderNo : undefined;
  if (old) workbook.removeWorksheet(old.id);
  const headerRows = sheet.headerRows ?? 1;
  const freezeColumns = sheet.freezeColumns ?? 0;
  const ws = workbook.addWorksheet(sheet.name, {
    views: headerRows > 0 || freezeColumns > 0 ? [{ state: 'frozen', xSplit: freezeColumns, ySplit: headerRows }] : [],
  });
  if (orderNo !== undefined) internals(ws).orderNo = orderNo;

  const columns = sheet.values.reduce((m, row) => Math.max(m, row.length), 0);
  sheet.values.forEach((row, r) => {
    const target = ws.getRow(r + 1);
    row.forEach((v, c) => {
      const value = cellValue(v);
      if (value !== null) target.getCell(c + 1).value = value;
    });
  });
  fittedWidths(sheet, columns).forEach((w, c) => {
    ws.getColumn(c + 1).width = w;
  });
  if (headerRows > 0 && columns > 0) {
    eachCell(ws, `A1:${columnLetter(columns - 1)}${headerRows}`, (cell) => setStyle(cell, { font: { bold: true } }));
  }
  for (const range of sheet.bold ?? []) eachCell(ws, range, (cell) => setStyle(cell, { font: { bold: true } }));
  for (const { range, color } of sheet.fills ?? []) {
    eachCell(ws, range, (cell) => setFill(cell, { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(color) } }));
  }
  for (const { range, format } of sheet.numberFormats ?? []) eachCell(ws, range, (cell) => setStyle(cell, { numFmt: format }));
}

/** Does the workbook already have this input sheet, under any spelling SCHEMA.md accepts? */
function hasSchemaSheet(workbook: ExcelJS.Workbook, name: string): boolean {
  const key = normName(name);
  return workbook.worksheets.some((ws) => normName(ws.name) === key);
}

/** Column letter of `header` in the first row of a sheet (by SCHEMA.md name matching), if present. */
function headerColumn(ws: ExcelJS.Worksheet, header: string): string | undefined {
  const key = normName(header);
  const row = ws.getRow(1);
  for (let c = 1; c <= Math.max(row.cellCount, 1); c++) {
    const v = row.getCell(c).value;
    if (typeof v === 'string' && normName(v) === key) return columnLetter(c - 1);
  }
  return undefined;
}

/** Create each missing template sheet; returns the names created. */
export function insertTemplates(workbook: ExcelJS.Workbook, templates: SheetTemplate[]): string[] {
  const created: string[] = [];
  for (const t of templates) {
    if (hasSchemaSheet(workbook, t.name)) continue;
    const ws = workbook.addWorksheet(t.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    ws.addRow(t.columns.map((c) => c.header));
    for (const row of t.rows ?? []) ws.addRow(row.map((v) => cellValue(v)));
    t.columns.forEach((col, i) => {
      ws.getColumn(i + 1).width = col.width;
      const head = ws.getCell(1, i + 1);
      setStyle(head, { font: { bold: true } });
      setFill(head, { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(HEADER_FILL) } });
    });
    created.push(t.name);
  }
  // Dropdowns after every sheet exists, so a template may refer to one created alongside it.
  for (const t of templates) {
    if (!created.includes(t.name)) continue;
    const ws = findSheet(workbook, t.name)!;
    t.columns.forEach((col, i) => {
      const letter = columnLetter(i);
      const range = `${letter}2:${letter}${TEMPLATE_ROWS + 1}`;
      const prompt = { showInputMessage: true, promptTitle: col.header.slice(0, 32), prompt: col.prompt.slice(0, 255) };
      let validation: Record<string, unknown> = { type: 'any', ...prompt };
      const dd = col.dropdown;
      if (dd && 'values' in dd && dd.values.length > 0) {
        validation = { type: 'list', allowBlank: true, formulae: [`"${dd.values.join(',')}"`], ...prompt };
      } else if (dd && 'sheet' in dd) {
        const target = findSheet(workbook, dd.sheet);
        const column = target && headerColumn(target, dd.column);
        if (target && column) {
          const ref = `${quoteSheet(target.name)}!$${column}$2:$${column}$${TEMPLATE_ROWS + 1}`;
          // A list from another sheet warns rather than stops: IDs may be added there later.
          validation = { type: 'list', allowBlank: true, formulae: [ref], showErrorMessage: true, errorStyle: 'warning', ...prompt };
        }
      }
      internals(ws).dataValidations.add(range, validation);
    });
  }
  return created;
}


