// window.periodicHarness: what browser tests read back from the in-memory workbook.
import type { HarnessHost } from './host';
import type { HarnessWorkbook } from './workbook';

export interface PeriodicHarness {
  sheetNames(): string[];
  values(sheet: string): unknown[][];
  fill(sheet: string, address: string): string | null;
  note(sheet: string, address: string): string | null;
  /** Beyond the required API: the active sheet and selected cell, and a user edit. */
  selection(): { sheet: string; cell: string };
  edit(sheet: string, address: string, value: string | number | boolean | null): void;
}

export function harnessApi(wb: HarnessWorkbook, host: HarnessHost): PeriodicHarness {
  const need = (sheet: string) => {
    if (!wb.sheet(sheet)) throw new Error(`There is no sheet named '${sheet}'.`);
  };
  return {
    sheetNames: () => wb.sheets.map((s) => s.name),
    values: (sheet) => {
      need(sheet);
      return wb.values(sheet).map((row) => row.map((v) => (v instanceof Date ? v.toISOString() : v)));
    },
    fill: (sheet, address) => {
      need(sheet);
      return wb.cell(sheet, address)?.fill ?? null;
    },
    note: (sheet, address) => {
      need(sheet);
      return wb.cell(sheet, address)?.note ?? null;
    },
    selection: () => ({ sheet: wb.activeSheet, cell: wb.selection }),
    edit: (sheet, address, value) => host.userEdit(sheet, address, value),
  };
}
