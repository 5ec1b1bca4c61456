// The Office.js adapter of the host port: the add-in's view of the open workbook. Follows the
// eslint-plugin-office-addins practice: load before read, no sync in a loop (one sync per write
// block), null objects tested with isNullObject. Importing this file never touches the `Excel` or
// `Office` globals; they are looked up when the host is first used.
import type { HostPort, SheetTemplate } from './port';
import type { Issue } from '../schema/issue';
import type { CellValue, SheetValues } from '../schema/records';
import type { OutputSheet } from '../core/output';
import { officeExcelApi, type ExcelApi, type XlChangedArgs, type XlContext, type XlEventResult, type XlRange } from './office-api';
import { parseCell, parseRange } from '../schema/a1';
import { errorText, fromExcelValue, isPeriodicSheet, sheetKey, sheetNameProblem, toExcelValue } from './office-cells';
import { WriteFailure, failedWriteMessage, removeTemps, writeOutputSheets } from './office-write';
import { clearMarksIn, markIssuesIn, type NoteKind } from './office-marks';
import { insertTemplatesIn } from './office-templates';

/** The output sheets of SCHEMA.md: edits there are not input edits, so onSheetChanged skips them. */
export const OUTPUT_SHEETS = [
  'Timetable', 'Timetable by Class', 'Timetable by Teacher', 'Timetable by Room', 'Timetable Report',
  'Club Assignments', 'Clubs by Student', 'Clubs by Club', 'Clubs by Teacher', 'Clubs by Day', 'Club Votes', 'Clubs Report',
];

export interface OfficeHostOptions {
  /** How to reach Excel (default: the real `Excel.run` and `Office.context.requirements`). */
  api?: ExcelApi;
  /** Request size budget for writes, bytes (default 4 MB; Excel on the web's limit is 5 MB). */
  maxRequestBytes?: number;
  /** Cells read per request (default 150,000: about 4 MB of typical values). */
  maxReadCells?: number;
  /** Sheets whose edits onSheetChanged ignores (default OUTPUT_SHEETS; sheets we write are added). */
  ignoreSheets?: string[];
  /** Change events on a sheet whose values we just wrote are ignored for this long after (default 500 ms). */
  quietMs?: number;
  now?: () => number;
}

export class OfficeHost implements HostPort {
  private apiCache?: ExcelApi;
  private writing = 0;
  private readonly quiet = new Map<string, number>();
  private readonly ignored: Set<string>;
  /** Syncs made by the last call (for tests and diagnostics). */
  lastSyncs = 0;

  constructor(private readonly options: OfficeHostOptions = {}) {
    this.apiCache = options.api;
    this.ignored = new Set((options.ignoreSheets ?? OUTPUT_SHEETS).map(sheetKey));
  }

  private get api(): ExcelApi {
    return (this.apiCache ??= officeExcelApi());
  }

  private supports(version: string): boolean {
    try {
      return this.api.isSetSupported('ExcelApi', version);
    } catch {
      return false;
    }
  }

  private batchOptions() {
    return { maxBytes: this.options.maxRequestBytes, screenUpdating: this.supports('1.9') };
  }

  /** Run `body` as one of our own writes: change events are ignored while it runs and just after. */
  private async ourWrite<T>(touched: (result: T | undefined) => string[], body: (ctx: XlContext) => Promise<T>): Promise<T> {
    this.writing++;
    let result: T | undefined;
    try {
      result = await this.api.run(body);
      return result;
    } finally {
      this.writing--;
      const until = (this.options.now ?? Date.now)() + (this.options.quietMs ?? 500);
      for (const name of touched(result)) this.quiet.set(sheetKey(name), until);
    }
  }

  /** After a failed write: make sure our events are back on. */
  private async eventsBackOn(): Promise<void> {
    try {
      await this.api.run(async (ctx) => {
        ctx.runtime.enableEvents = true;
        await ctx.sync();
      });
    } catch {
      // Excel is unreachable: nothing more we can do here.
    }
  }

  async sheetNames(): Promise<string[]> {
    return this.api.run(async (ctx) => {
      const worksheets = ctx.workbook.worksheets;
      worksheets.load('name');
      await ctx.sync();
      this.lastSyncs = 1;
      return worksheets.items.map((ws) => ws.name).filter((n) => !isPeriodicSheet(n));
    });
  }

  async readSheets(names?: string[]): Promise<SheetValues> {
    return this.api.run(async (ctx) => {
      const worksheets = ctx.workbook.worksheets;
      worksheets.load('name');
      await ctx.sync();
      const wanted = names ? new Set(names.map(sheetKey)) : undefined;
      const sheets = worksheets.items.filter((ws) =>
        wanted ? wanted.has(sheetKey(ws.name)) : !isPeriodicSheet(ws.name));
      const used = sheets.map((ws) => {
        const range = ws.getUsedRangeOrNullObject(true);
        range.load('rowIndex,columnIndex,rowCount,columnCount');
        return range;
      });
      await ctx.sync();
      let syncs = 2;
      // Values in row blocks, several sheets per request, each request under maxReadCells.
      const limit = this.options.maxReadCells ?? 150_000;
      const parts: Array<{ sheet: number; row: number; range: XlRange }> = [];
      let pending = 0;
      for (let s = 0; s < sheets.length; s++) {
        const u = used[s];
        if (u.isNullObject) continue;
        const perBlock = Math.max(1, Math.floor(limit / u.columnCount));
        for (let r = 0; r < u.rowCount; r += perBlock) {
          const n = Math.min(perBlock, u.rowCount - r);
          if (pending > 0 && pending + n * u.columnCount > limit) {
            await ctx.sync();
            syncs++;
            pending = 0;
          }
          const range = sheets[s].getRangeByIndexes(u.rowIndex + r, u.columnIndex, n, u.columnCount);
          range.load('values');
          parts.push({ sheet: s, row: u.rowIndex + r, range });
          pending += n * u.columnCount;
        }
      }
      if (pending > 0) {
        await ctx.sync();
        syncs++;
      }
      this.lastSyncs = syncs;
      const out: SheetValues = {};
      sheets.forEach((ws, s) => {
        const u = used[s];
        if (u.isNullObject) {
          out[ws.name] = [];
          return;
        }
        // Anchor at A1: row 0 = worksheet row 1 even when the used range starts further in.
        const width = u.columnIndex + u.columnCount;
        out[ws.name] = Array.from({ length: u.rowIndex + u.rowCount }, () => new Array<unknown>(width).fill(null));
      });
      for (const p of parts) {
        const grid = out[sheets[p.sheet].name];
        const left = used[p.sheet].columnIndex;
        p.range.values.forEach((row, i) => row.forEach((v, c) => (grid[p.row + i][left + c] = fromExcelValue(v))));
      }
      return out;
    });
  }

  async writeSheets(sheets: OutputSheet[]): Promise<void> {
    if (sheets.length === 0) return;
    for (const s of sheets) this.ignored.add(sheetKey(s.name));
    try {
      this.lastSyncs = await this.ourWrite(
        () => sheets.map((s) => s.name),
        (ctx) => writeOutputSheets(ctx, sheets, this.batchOptions()),
      );
    } catch (err) {
      if (!(err instanceof WriteFailure)) throw err; // bad input: nothing was sent
      if (err.phase === 'build') {
        try {
          await this.api.run(removeTemps);
        } catch {
          await this.eventsBackOn();
        }
      } else {
        await this.eventsBackOn();
      }
      throw new Error(failedWriteMessage(sheets, err));
    }
  }

  async writeCells(sheet: string, cells: Array<{ cell: string; value: CellValue }>): Promise<void> {
    const bad = cells.find((c) => !parseCell(c.cell));
    if (bad) throw new Error(`Cannot write to "${sheet}": "${bad.cell}" is not a cell address.`);
    const problem = sheetNameProblem(sheet);
    if (problem) throw new Error(`Cannot write to that sheet: ${problem}.`);
    try {
      await this.ourWrite(() => [sheet], async (ctx) => {
        ctx.runtime.enableEvents = false;
        let ws = ctx.workbook.worksheets.getItemOrNullObject(sheet);
        ws.load('name');
        await ctx.sync();
        if (ws.isNullObject) ws = ctx.workbook.worksheets.add(sheet);
        for (const { cell, value } of cells) ws.getRange(cell).values = [[toExcelValue(value)]];
        ctx.runtime.enableEvents = true;
        await ctx.sync();
        this.lastSyncs = 2;
      });
    } catch (err) {
      await this.eventsBackOn();
      throw new Error(`Could not write to "${sheet}": ${errorText(err)}`);
    }
  }

  private noteKind(): NoteKind {
    return this.supports('1.18') ? 'note' : this.supports('1.10') ? 'comment' : 'none';
  }

  async markIssues(issues: Issue[]): Promise<void> {
    const kind = this.noteKind();
    try {
      await this.ourWrite<string[]>(() => [], (ctx) => markIssuesIn(ctx, issues, kind, this.batchOptions()));
    } catch (err) {
      await this.eventsBackOn();
      throw new Error(`Could not highlight the issues: ${errorText(err)}`);
    }
  }

  async clearMarks(): Promise<void> {
    const kinds: NoteKind[] = [];
    if (this.supports('1.18')) kinds.push('note');
    if (this.supports('1.10')) kinds.push('comment');
    try {
      await this.ourWrite<string[]>(() => [], (ctx) => clearMarksIn(ctx, kinds, this.batchOptions()));
    } catch (err) {
      await this.eventsBackOn();
      throw new Error(`Could not clear the highlights: ${errorText(err)}`);
    }
  }

  async select(sheet: string, cell: string): Promise<void> {
    if (!parseRange(cell)) throw new Error(`Cannot select "${cell}": it is not a cell address.`);
    await this.api.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject(sheet);
      ws.load('name');
      await ctx.sync();
      if (ws.isNullObject) throw new Error(`There is no sheet "${sheet}" in this workbook any more.`);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
      this.lastSyncs = 2;
    });
  }

  async insertTemplateSheets(templates: SheetTemplate[]): Promise<string[]> {
    for (const t of templates) {
      const problem = sheetNameProblem(t.name);
      if (problem) throw new Error(`Cannot insert template sheet: ${problem}.`);
    }
    try {
      return await this.ourWrite<string[]>((names) => names ?? [], (ctx) => insertTemplatesIn(ctx, templates, this.batchOptions()));
    } catch (err) {
      await this.eventsBackOn();
      throw new Error(`Could not insert the template sheets: ${errorText(err)}`);
    }
  }

  /** Edits we should not report: our own writes, output sheets, our bookkeeping sheets. */
  private ignores(name: string): boolean {
    const key = sheetKey(name);
    if (this.writing > 0 || isPeriodicSheet(name) || this.ignored.has(key)) return true;
    const until = this.quiet.get(key);
    return until !== undefined && (this.options.now ?? Date.now)() < until;
  }

  onSheetChanged(handler: (sheet: string) => void): () => void {
    let registration: XlEventResult | undefined;
    let stopped = false;
    const listener = async (args: XlChangedArgs): Promise<void> => {
      if (stopped || this.writing > 0 || args.triggerSource === 'ThisLocalAddin') return;
      try {
        // Look the name up each time: sheets get renamed.
        const name = await this.api.run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItemOrNullObject(args.worksheetId);
          ws.load('name');
          await ctx.sync();
          return ws.isNullObject ? undefined : ws.name;
        });
        if (name !== undefined && !stopped && !this.ignores(name)) handler(name);
      } catch {
        // A change we cannot place is not worth a crash; the next edit will try again.
      }
    };
    const ready = this.api
      .run(async (ctx) => {
        registration = ctx.workbook.worksheets.onChanged.add(listener);
        await ctx.sync();
      })
      .catch(() => undefined);
    return () => {
      stopped = true;
      void ready.then(async () => {
        const reg = registration;
        if (!reg) return;
        try {
          await this.api.runWith(reg, async (ctx) => {
            reg.remove();
            await ctx.sync();
          });
        } catch {
          // Already gone with its context.
        }
      });
    };
  }
}

/** The add-in's host. Safe to import anywhere; Office is only needed once a method is called. */
export function createOfficeHost(options: OfficeHostOptions = {}): HostPort {
  return new OfficeHost(options);
}
