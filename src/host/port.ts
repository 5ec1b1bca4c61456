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
}
