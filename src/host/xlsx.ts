// The ExcelJS adapter of the host port: an .xlsx file on disk, for the command line and tests.
// Input sheets are only ever touched by markIssues / clearMarks; writeSheets replaces the named
// output sheets and nothing else.
import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { HostPort, SheetTemplate } from './port';
import type { Issue } from '../schema/issue';
import type { CellValue, SheetValues } from '../schema/records';
import type { OutputSheet } from '../core/output';
import { parseCell } from '../schema/a1';
import { plainValue } from './xlsx-cells';
import { MARKS_SHEET, clearMarks, findSheet, markIssues } from './xlsx-marks';
import { insertTemplates, writeOutputSheet } from './xlsx-write';
import { fixZipTimestamps, lossyParts } from './xlsx-parts';

/** A file that cannot be opened as a workbook; `message` is one line fit to show a user. */
export class UnreadableWorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableWorkbookError';
  }
}

/** Values of one worksheet anchored at A1, with trailing blank rows and columns trimmed. */
export function sheetValues(ws: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Merged cells: only the top-left cell holds the value.
      if (cell.isMerged && cell.master !== cell) return;
      const v = plainValue(cell.value);
      if (v === null || v === '') return;
      values[colNumber - 1] = v;
    });
    if (values.length === 0) return;
    rows[rowNumber - 1] = values;
    width = Math.max(width, values.length);
  });
  // Dense rectangle: holes become null.
  const out: CellValue[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const src = rows[r] ?? [];
    const dense: CellValue[] = new Array(width);
    for (let c = 0; c < width; c++) dense[c] = src[c] ?? null;
    out.push(dense);
  }
  return out;
}

export class XlsxHost implements HostPort {
  /**
   * @param lossy kinds of content in the file this workbook was loaded from that saving would
   *   drop (charts, pivot tables, macros …): callers warn, and never save over such a file.
   */
  constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly lossy: readonly string[] = [],
  ) {}

  /** An empty workbook. */
  static create(): XlsxHost {
    return new XlsxHost(new ExcelJS.Workbook());
  }

  /** Open an .xlsx file; throws UnreadableWorkbookError with a one-line reason when it can't. */
  static async load(file: string): Promise<XlsxHost> {
    let buffer: Buffer;
    try {
      buffer = await fs.promises.readFile(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
      throw new UnreadableWorkbookError(`Cannot read ${file}: ${why}.`);
    }
    try {
      return await XlsxHost.fromBuffer(buffer);
    } catch (err) {
      const hint = err instanceof UnreadableWorkbookError ? err.message : 'it is not an Excel .xlsx workbook (or it is damaged).';
      throw new UnreadableWorkbookError(`Cannot read ${file}: ${hint}`);
    }
  }

  static async fromBuffer(buffer: Buffer | ArrayBuffer | Uint8Array): Promise<XlsxHost> {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch {
      throw new UnreadableWorkbookError('it is not an Excel .xlsx workbook (or it is damaged).');
    }
    return new XlsxHost(workbook, lossyParts(buffer instanceof ArrayBuffer ? new Uint8Array(buffer) : buffer));
  }

  /** Write the workbook to `file` (via a temporary file, so a failed write leaves no half file). */
  async save(file: string, options: { reproducible?: boolean } = {}): Promise<void> {
    const buffer = await this.toBuffer(options);
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    await fs.promises.writeFile(tmp, buffer);
    await fs.promises.rename(tmp, file);
  }

  /** The .xlsx bytes; `reproducible` fixes the zip's timestamps so equal workbooks give equal bytes. */
  async toBuffer(options: { reproducible?: boolean } = {}): Promise<Buffer> {
    const buffer = Buffer.from(await this.workbook.xlsx.writeBuffer());
    if (options.reproducible) fixZipTimestamps(buffer);
    return buffer;
  }

  private visibleSheets(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets.filter((ws) => ws.name !== MARKS_SHEET);
  }

  async sheetNames(): Promise<string[]> {
    return this.visibleSheets().map((ws) => ws.name);
  }

  async readSheets(names?: string[]): Promise<SheetValues> {
    const out: SheetValues = {};
    const sheets = names ? names.map((n) => findSheet(this.workbook, n)).filter((ws): ws is ExcelJS.Worksheet => !!ws) : this.visibleSheets();
    for (const ws of sheets) out[ws.name] = sheetValues(ws);
    return out;
  }

  async writeSheets(sheets: OutputSheet[]): Promise<void> {
    for (const sheet of sheets) writeOutputSheet(this.workbook, sheet);
  }

  async writeCells(sheet: string, cells: Array<{ cell: string; value: CellValue }>): Promise<void> {
    const ws = findSheet(this.workbook, sheet) ?? this.workbook.addWorksheet(sheet);
    for (const { cell, value } of cells) {
      if (!parseCell(cell)) throw new Error(`writeCells: '${cell}' is not a cell address`);
      ws.getCell(cell).value = value === '' ? null : value;
    }
  }

  async markIssues(issues: Issue[]): Promise<void> {
    markIssues(this.workbook, issues);
  }

  async clearMarks(): Promise<void> {
    clearMarks(this.workbook);
  }

  /** A file has no selection worth keeping: a no-op. */
  async select(): Promise<void> {}

  async insertTemplateSheets(templates: SheetTemplate[]): Promise<string[]> {
    return insertTemplates(this.workbook, templates);
  }

  /** Nobody edits a file while we hold it: never fires. */
  onSheetChanged(): () => void {
    return () => {};
  }
}
