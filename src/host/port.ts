// The one port to the host (DESIGN.md). Adapters: office.ts (Office.js, the add-in), xlsx.ts
// (ExcelJS: command line and tests), and the browser harness. Nothing above this port imports
// Excel, Office or exceljs.
import type { Issue } from '../schema/issue';
import type { CellValue, SheetValues } from '../schema/records';
import type { OutputSheet } from '../core/output';

export interface HostPort {
  /** Names of all worksheets, in tab order. */
  sheetNames(): Promise<string[]>;
  /**
   * Values of the given sheets (all sheets when omitted), each anchored at A1: row 0 = row 1 and
   * column 0 = column A, even when the used range starts further in. Excel errors become strings ('#N/A').
   */
  readSheets(names?: string[]): Promise<SheetValues>;
  /** Create or replace each output sheet: values first, then formats; a sheet is never left half-written. */
  writeSheets(sheets: OutputSheet[]): Promise<void>;
  /** Set single cells of an existing sheet (e.g. Settings › Time limit), creating the sheet if needed. */
  writeCells(sheet: string, cells: Array<{ cell: string; value: CellValue }>): Promise<void>;
  /** Highlight each issue's cell (errors light red, warnings amber) with a note; remembers the previous fill in the workbook. */
  markIssues(issues: Issue[]): Promise<void>;
  /** Remove every highlight and note we added, restoring the previous fills exactly. */
  clearMarks(): Promise<void>;
  /** Activate the sheet and select the cell. */
  select(sheet: string, cell: string): Promise<void>;
  /**
   * Create each missing input sheet from its template (header row styled, column widths, an Excel
   * table, an input prompt per column, dropdowns for ID references and yes/no columns), filled
   * with `rows` when given. Never touches a sheet that already exists; returns the names created.
   */
  insertTemplateSheets(templates: SheetTemplate[]): Promise<string[]>;
  /** Call `handler(sheetName)` when the user edits a sheet (not for our own writes). Returns an unsubscribe function. */
  onSheetChanged(handler: (sheet: string) => void): () => void;
}

export interface TemplateColumn {
  header: string;
  /** Characters. */
  width: number;
  /** Input prompt shown when a cell of the column is selected. */
  prompt: string;
  /** Dropdown: the ID column of another sheet, or a fixed list (e.g. yes/no). */
  dropdown?: { sheet: string; column: string } | { values: string[] };
}

export interface SheetTemplate {
  name: string;
  columns: TemplateColumn[];
  /** Data rows below the header ("Load example"). */
  rows?: CellValue[][];
}
