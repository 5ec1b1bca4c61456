// The slice of the Excel JavaScript API (Office.js) the Office adapter uses, as plain interfaces.
// The real `Excel.RequestContext` satisfies them (checked at compile time below), and so does the
// typed fake in test/host/fakeExcel.ts, which counts syncs and request sizes. Nothing here touches
// the `Excel` or `Office` globals at load time, so the adapter imports fine outside Office.

export interface XlLoadable {
  load(propertyNames: string): unknown;
}

export interface XlFill extends XlLoadable {
  color: string;
  /** ExcelApi 1.9: 'None' for no fill, 'Solid', or a hatch pattern. */
  pattern: string;
  patternColor: string;
  clear(): void;
}

export interface XlRangeFormat {
  fill: XlFill;
  font: { bold: boolean; color: string };
  /** Points. */
  columnWidth: number;
  autofitColumns(): void;
}

export interface XlDataValidation {
  rule: { list?: { inCellDropDown: boolean; source: unknown } };
  prompt: { message: string; showPrompt: boolean; title: string };
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
}

export interface XlRange extends XlLoadable {
  values: unknown[][];
  numberFormat: unknown[][];
  address: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  isNullObject: boolean;
  format: XlRangeFormat;
  dataValidation: XlDataValidation;
  select(): void;
  clear(): void;
}

export interface XlNote extends XlLoadable {
  content: string;
  isNullObject: boolean;
  delete(): void;
}

export interface XlComment extends XlLoadable {
  content: string;
  delete(): void;
  getLocation(): XlRange;
}

export interface XlTable {
  name: string;
}

export interface XlWorksheet extends XlLoadable {
  id: string;
  name: string;
  position: number;
  visibility: string;
  isNullObject: boolean;
  getRange(address?: string): XlRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  freezePanes: { freezeRows(count?: number): void; freezeColumns(count?: number): void; freezeAt(frozenRange: string): void };
  tables: { add(address: string, hasHeaders: boolean): XlTable };
  /** ExcelApi 1.18. */
  notes: { add(cellAddress: string, content: string): unknown; getItemOrNullObject(key: string): XlNote };
  activate(): void;
  delete(): void;
}

export interface XlChangedArgs {
  worksheetId: string;
  /** ExcelApi 1.14 hosts say 'ThisLocalAddin' for our own writes. */
  triggerSource?: string;
}

export interface XlEventResult {
  remove(): void;
}

export interface XlWorkbook {
  worksheets: XlLoadable & {
    items: XlWorksheet[];
    getItem(key: string): XlWorksheet;
    getItemOrNullObject(key: string): XlWorksheet;
    add(name?: string): XlWorksheet;
    onChanged: { add(handler: (args: XlChangedArgs) => Promise<unknown>): XlEventResult };
  };
  tables: XlLoadable & { items: Array<{ name: string }> };
  /** ExcelApi 1.10. `cellAddress` includes the sheet: "'Courses'!B7". */
  comments: XlLoadable & { items: XlComment[]; add(cellAddress: string, content: string): unknown };
}

export interface XlContext {
  workbook: XlWorkbook;
  runtime: { enableEvents: boolean };
  application: { suspendApiCalculationUntilNextSync(): void; suspendScreenUpdatingUntilNextSync(): void };
  sync(): Promise<unknown>;
}

/** How the adapter reaches Excel: `Excel.run`, a way back into an event's context, and requirement sets. */
export interface ExcelApi {
  run<T>(batch: (context: XlContext) => Promise<T>): Promise<T>;
  /** Runs a batch on the context an event handler was registered with (to remove it). */
  runWith<T>(result: XlEventResult, batch: (context: XlContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, minVersion: string): boolean;
}

// Compile-time proof that the real Office.js objects fit these interfaces (erased at run time).
export const realContextFits = (context: Excel.RequestContext): XlContext => context;

/** The real Excel, looked up only when first used. */
export function officeExcelApi(): ExcelApi {
  return {
    run: (batch) => Excel.run((context) => batch(context)),
    runWith: (result, batch) =>
      Excel.run((result as unknown as OfficeExtension.EventHandlerResult<unknown>).context, (context) => batch(context)),
    isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
  };
}

/** Resolves once Office.js is ready: true when the add-in runs inside Excel. */
export async function officeReadyInExcel(): Promise<boolean> {
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel;
}
