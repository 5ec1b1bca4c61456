// The harness adapter of the host port, over the in-memory HarnessWorkbook. It behaves like the
// real adapters where the pane can tell: output sheets are built aside and swapped in whole,
// marks remember each cell's previous fill and note in the workbook (its settings), and our own
// writes never raise a change event — only userEdit() does, as a person typing in Excel would.
import type { OutputSheet } from '../core/output';
import type { HostPort, SheetTemplate } from '../host/port';
import type { Issue } from '../schema/issue';
import { MARK_COLORS, noteFor, worstSeverity } from '../host/marks-format';
import { sheetNameProblem } from '../host/office-cells';
import { normName, toA1 } from '../schema';
import type { CellValue, SheetValues } from '../schema/records';
import { cellsOf, emptySheet, normalizeAddress, type HarnessSheet, type HarnessWorkbook } from './workbook';

// The real adapters' mark colours and note text (info issues get a note but keep their fill).
export { MARK_COLORS };
export const HEADER_FILL = '#DDEBF7';
const MARKS_KEY = 'periodic.marks';

interface MarkEntry {
  sheet: string;
  cell: string;
  previousFill: string | null;
  /** The note we added; null when the cell had a note of the user's own (left alone). */
  note: string | null;
}

export interface HarnessHost extends HostPort {
  /** A person typing into a cell: sets the value and raises the change event. */
  userEdit(sheet: string, address: string, value: CellValue): void;
}

export function createHarnessHost(wb: HarnessWorkbook): HarnessHost {
  const handlers = new Set<(sheet: string) => void>();
  const done = <T>(value: T): Promise<T> => {
    wb.changed();
    return Promise.resolve(value);
  };
  const readMarks = (): MarkEntry[] => JSON.parse(wb.settings.get(MARKS_KEY) ?? '[]') as MarkEntry[];
  const writeMarks = (entries: MarkEntry[]) => wb.settings.set(MARKS_KEY, JSON.stringify(entries));

  return {
    async sheetNames() {
      return wb.sheets.map((s) => s.name);
    },

    async readSheets(names?: string[]): Promise<SheetValues> {
      const out: SheetValues = {};
      for (const sheet of wb.sheets) {
        if (names && !names.some((n) => n.toLowerCase() === sheet.name.toLowerCase())) continue;
        out[sheet.name] = wb.values(sheet.name);
      }
      return out;
    },

    async writeSheets(sheets: OutputSheet[]) {
      // Build every sheet aside first: a bad range in any of them leaves the workbook untouched.
      const built = sheets.map(buildSheet);
      for (const sheet of built) {
        const at = wb.sheets.findIndex((s) => s.name.toLowerCase() === sheet.name.toLowerCase());
        if (at >= 0) wb.sheets[at] = sheet;
        else wb.sheets.push(sheet);
      }
      return done(undefined);
    },

    async writeCells(name: string, cells: Array<{ cell: string; value: CellValue }>) {
      const addresses = cells.map((c) => normalizeAddress(c.cell));
      let sheet = wb.sheet(name);
      if (!sheet) {
        sheet = emptySheet(name);
        wb.sheets.push(sheet);
      }
      cells.forEach((c, i) => wb.put(sheet!, addresses[i], { value: c.value }));
      return done(undefined);
    },

    async markIssues(issues: Issue[]) {
      const entries = readMarks();
      const byKey = new Map(entries.map((e) => [`${e.sheet.toLowerCase()}!${e.cell}`, e]));
      const grouped = new Map<string, { sheet: HarnessSheet; cell: string; issues: Issue[] }>();
      for (const issue of issues) {
        const sheet = wb.sheet(issue.sheet);
        let cell: string;
        try {
          cell = normalizeAddress(issue.cell);
        } catch {
          continue;
        }
        if (!sheet) continue;
        const key = `${sheet.name.toLowerCase()}!${cell}`;
        const g = grouped.get(key) ?? { sheet, cell, issues: [] };
        g.issues.push(issue);
        grouped.set(key, g);
      }
      for (const [key, g] of grouped) {
        const current = g.sheet.cells.get(g.cell);
        const color = MARK_COLORS[worstSeverity(g.issues)];
        const note = noteFor(g.issues);
        let entry = byKey.get(key);
        if (!entry) {
          entry = { sheet: g.sheet.name, cell: g.cell, previousFill: current?.fill ?? null, note: current?.note ? null : note };
          entries.push(entry);
          byKey.set(key, entry);
        } else if (entry.note !== null) {
          entry.note = note;
        }
        wb.put(g.sheet, g.cell, { ...(color ? { fill: color } : {}), ...(entry.note !== null ? { note: entry.note } : {}) });
      }
      writeMarks(entries);
      return done(undefined);
    },

    async clearMarks() {
      for (const e of readMarks()) {
        const sheet = wb.sheet(e.sheet);
        const cell = sheet?.cells.get(e.cell);
        if (!sheet || !cell) continue;
        // Remove our note only if nobody rewrote it since.
        wb.put(sheet, e.cell, { fill: e.previousFill, ...(e.note !== null && cell.note === e.note ? { note: null } : {}) });
      }
      writeMarks([]);
      return done(undefined);
    },

    async select(name: string, cell: string) {
      const sheet = wb.sheet(name);
      if (!sheet) throw new Error(`There is no sheet named '${name}'.`);
      wb.activeSheet = sheet.name;
      wb.selection = normalizeAddress(cell);
      return done(undefined);
    },

    async insertTemplateSheets(templates: SheetTemplate[]) {
      const created: string[] = [];
      for (const t of templates) {
        if (wb.sheets.some((s) => normName(s.name) === normName(t.name))) continue;
        const sheet = emptySheet(t.name);
        t.columns.forEach((c, col) => {
          wb.put(sheet, toA1(0, col), { value: c.header, bold: true, fill: HEADER_FILL });
          sheet.widths[col] = c.width;
          const dropdown = c.dropdown && ('values' in c.dropdown ? c.dropdown.values : `=${c.dropdown.sheet}!${c.dropdown.column}`);
          sheet.validation.set(col, { prompt: c.prompt, ...(dropdown ? { dropdown } : {}) });
        });
        (t.rows ?? []).forEach((row, r) => row.forEach((value, col) => {
          if (value !== null && value !== '') wb.put(sheet, toA1(r + 1, col), { value });
        }));
        sheet.frozenRows = 1;
        wb.sheets.push(sheet);
        created.push(t.name);
      }
      return done(created);
    },

    onSheetChanged(handler: (sheet: string) => void) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },

    userEdit(name: string, address: string, value: CellValue) {
      const sheet = wb.sheet(name);
      if (!sheet) throw new Error(`There is no sheet named '${name}'.`);
      wb.put(sheet, address, { value });
      wb.changed();
      handlers.forEach((h) => h(sheet.name));
    },
  };
}

/** An output sheet as a fresh HarnessSheet: values, then header bold, fills and bold ranges. */
function buildSheet(out: OutputSheet): HarnessSheet {
  const problem = sheetNameProblem(out.name);
  if (problem) throw new Error(`'${out.name}' can't be a sheet name: ${problem}.`);
  const sheet = emptySheet(out.name);
  const width = Math.max(0, ...out.values.map((r) => r.length));
  out.values.forEach((row, r) => {
    for (let c = 0; c < width; c++) {
      const value = row[c] ?? null;
      if (value !== null && value !== '') sheet.cells.set(toA1(r, c), { value, fill: null, note: null });
    }
  });
  const headerRows = out.headerRows ?? 1;
  const set = (address: string, patch: { fill?: string; bold?: boolean }) => {
    const before = sheet.cells.get(address) ?? { value: null, fill: null, note: null };
    sheet.cells.set(address, { ...before, ...patch });
  };
  for (let r = 0; r < headerRows; r++) for (let c = 0; c < width; c++) if (sheet.cells.has(toA1(r, c))) set(toA1(r, c), { bold: true });
  for (const f of out.fills ?? []) for (const a of cellsOf(f.range)) set(a, { fill: f.color.toUpperCase() });
  for (const b of out.bold ?? []) for (const a of cellsOf(b)) set(a, { bold: true });
  sheet.frozenRows = headerRows;
  sheet.frozenColumns = out.freezeColumns ?? 0;
  sheet.widths = out.columnWidths ?? [];
  return sheet;
}
