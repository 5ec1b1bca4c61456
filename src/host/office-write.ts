// Writing output sheets through Office.js. Each sheet is built on a temporary sheet — values
// first, in row blocks sized under the request limit, then formats — and only when every sheet
// is complete are the old sheets deleted and the temporary ones renamed into their places.
// A failure before that point deletes the temporary sheets and leaves the workbook as it was.
import type { OutputSheet } from '../core/output';
import type { XlContext, XlWorksheet } from './office-api';
import { WriteBatch, type BatchOptions } from './office-batch';
import {
  TEMP_PREFIX, errorText, excelRow, isPeriodicSheet, jsonBytes, sheetKey, sheetNameProblem, widthPoints,
} from './office-cells';
import { columnLetter, parseRange } from '../schema/a1';

interface Plan {
  sheet: OutputSheet;
  temp: string;
  width: number;
  rows: Array<Array<string | number | boolean>>;
}

/** Refuse bad output before touching the workbook: a clear message, nothing written. */
function checkSheets(sheets: OutputSheet[]): void {
  const seen = new Set<string>();
  for (const s of sheets) {
    const problem = sheetNameProblem(s.name);
    if (problem) throw new Error(`Cannot write output sheet: ${problem}.`);
    if (isPeriodicSheet(s.name)) throw new Error(`Cannot write output sheet "${s.name}": the name is reserved by Periodic.`);
    if (seen.has(sheetKey(s.name))) throw new Error(`Cannot write output sheet "${s.name}" twice in one go.`);
    seen.add(sheetKey(s.name));
    const ranges = [...(s.fills ?? []).map((f) => f.range), ...(s.bold ?? []), ...(s.numberFormats ?? []).map((f) => f.range)];
    for (const r of ranges) if (!parseRange(r)) throw new Error(`Cannot write output sheet "${s.name}": "${r}" is not a cell range.`);
  }
}

/** Values of one block of rows, starting at `from`, fitting the batch's current room. */
function rowsThatFit(rows: unknown[][], sizes: number[], from: number, room: number): number {
  let bytes = 2;
  let n = 0;
  while (from + n < rows.length && bytes + sizes[from + n] + 1 <= room) {
    bytes += sizes[from + n] + 1;
    n++;
  }
  return n;
}

/**
 * Write `rows` (already Excel values, all `width` wide) from row `top` down, in row blocks cut to
 * the room left in the batch's current request: one action per block, one sync per full request.
 */
export async function writeRows(batch: WriteBatch, ws: XlWorksheet, rows: Array<Array<string | number | boolean>>, width: number, what: string, top = 0): Promise<void> {
  if (rows.length === 0 || width === 0) return;
  const sizes = rows.map((r) => jsonBytes(r));
  let r = 0;
  while (r < rows.length) {
    let n = rowsThatFit(rows, sizes, r, batch.room());
    if (n === 0) {
      await batch.flush();
      n = rowsThatFit(rows, sizes, r, batch.room());
      if (n === 0) throw new Error(`Row ${top + r + 1} of "${what}" is too large to send to Excel in one request.`);
    }
    const block = rows.slice(r, r + n);
    await batch.add(jsonBytes(block));
    ws.getRangeByIndexes(top + r, 0, n, width).values = block;
    r += n;
  }
}

async function writeFormats(batch: WriteBatch, ws: XlWorksheet, plan: Plan): Promise<void> {
  const { sheet, width } = plan;
  const height = plan.rows.length;
  const headerRows = Math.min(sheet.headerRows ?? 1, height);
  if (headerRows > 0 && width > 0) {
    await batch.add(40);
    ws.getRangeByIndexes(0, 0, headerRows, width).format.font.bold = true;
  }
  for (const { range, color } of sheet.fills ?? []) {
    await batch.add(range.length + color.length + 40);
    ws.getRange(range).format.fill.color = color;
  }
  for (const range of sheet.bold ?? []) {
    await batch.add(range.length + 40);
    ws.getRange(range).format.font.bold = true;
  }
  for (const { range, format } of sheet.numberFormats ?? []) {
    const b = parseRange(range)!;
    const grid = Array.from({ length: b.bottom - b.top + 1 }, () => new Array<string>(b.right - b.left + 1).fill(format));
    await batch.add(jsonBytes(grid));
    ws.getRange(range).numberFormat = grid;
  }
  const freezeRows = sheet.headerRows ?? 1;
  const freezeCols = sheet.freezeColumns ?? 0;
  await batch.add(40);
  if (freezeRows > 0 && freezeCols > 0) ws.freezePanes.freezeAt(`A1:${columnLetter(freezeCols - 1)}${freezeRows}`);
  else if (freezeRows > 0) ws.freezePanes.freezeRows(freezeRows);
  else if (freezeCols > 0) ws.freezePanes.freezeColumns(freezeCols);
  // Given widths are set; runs of columns without one are fitted to their content.
  let c = 0;
  while (c < width) {
    const given = sheet.columnWidths?.[c];
    if (given !== undefined) {
      await batch.add(40);
      ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = widthPoints(given);
      c++;
      continue;
    }
    let end = c;
    while (end + 1 < width && sheet.columnWidths?.[end + 1] === undefined) end++;
    if (height > 0) {
      await batch.add(40);
      ws.getRangeByIndexes(0, c, height, end - c + 1).format.autofitColumns();
    }
    c = end + 1;
  }
}

export type WriteOptions = BatchOptions;

/** Where a failed write stopped: before the swap nothing visible changed. */
export class WriteFailure extends Error {
  constructor(readonly phase: 'build' | 'swap', override readonly cause: unknown) {
    super(errorText(cause));
    this.name = 'WriteFailure';
  }
}

/** Write `sheets` within one Excel.run on `ctx`; returns the number of syncs made. */
export async function writeOutputSheets(ctx: XlContext, sheets: OutputSheet[], options: WriteOptions = {}): Promise<number> {
  checkSheets(sheets);
  const worksheets = ctx.workbook.worksheets;
  const batch = new WriteBatch(ctx, options);
  let plans: Plan[];
  let created: XlWorksheet[];
  let existing: Map<string, XlWorksheet>;
  try {
    ctx.runtime.enableEvents = false;
    worksheets.load('name,position');
    await ctx.sync();
    existing = new Map(worksheets.items.map((ws) => [sheetKey(ws.name), ws]));
    // Leftovers of an interrupted earlier write are ours to remove.
    for (const ws of worksheets.items) {
      if (ws.name.startsWith(TEMP_PREFIX)) {
        await batch.add(40);
        ws.delete();
        existing.delete(sheetKey(ws.name));
      }
    }
    let n = 0;
    plans = sheets.map((sheet) => {
      let temp: string;
      do temp = `${TEMP_PREFIX}${++n}`;
      while (existing.has(sheetKey(temp)));
      const width = sheet.values.reduce((m, row) => Math.max(m, row.length), 0);
      return { sheet, temp, width, rows: sheet.values.map((row) => excelRow(row, width)) };
    });
    created = [];
    for (const plan of plans) {
      await batch.add(plan.temp.length + 40);
      const ws = worksheets.add(plan.temp);
      created.push(ws);
      await writeRows(batch, ws, plan.rows, plan.width, plan.sheet.name);
    }
    for (let i = 0; i < plans.length; i++) await writeFormats(batch, created[i], plans[i]);
    await batch.flush();
  } catch (err) {
    throw new WriteFailure('build', err);
  }
  try {
    await swapIn(ctx, plans, created, existing);
  } catch (err) {
    throw new WriteFailure('swap', err);
  }
  return 1 + batch.syncs + 1;
}

/** Delete each old sheet and give its name and tab position to the finished temporary sheet. */
async function swapIn(ctx: XlContext, plans: Plan[], created: XlWorksheet[], existing: Map<string, XlWorksheet>): Promise<void> {
  const moves: Array<{ ws: XlWorksheet; position: number }> = [];
  plans.forEach((plan, i) => {
    const old = existing.get(sheetKey(plan.sheet.name));
    if (old) {
      moves.push({ ws: created[i], position: old.position });
      old.delete();
    }
    created[i].name = plan.sheet.name;
  });
  // Ascending order, so each insertion lands where the old sheet was.
  for (const m of moves.sort((a, b) => a.position - b.position)) m.ws.position = m.position;
  ctx.runtime.enableEvents = true;
  await ctx.sync();
}

/** After a failed build (in a fresh context): delete our temporary sheets, switch events back on. */
export async function removeTemps(ctx: XlContext): Promise<void> {
  const worksheets = ctx.workbook.worksheets;
  worksheets.load('name');
  await ctx.sync();
  for (const ws of worksheets.items) if (ws.name.startsWith(TEMP_PREFIX)) ws.delete();
  ctx.runtime.enableEvents = true;
  await ctx.sync();
}

export function failedWriteMessage(sheets: OutputSheet[], failure: WriteFailure): string {
  const names = sheets.map((s) => `"${s.name}"`).join(', ');
  return failure.phase === 'build'
    ? `Could not write ${names}: ${failure.message}. Nothing was changed: your sheets are as they were.`
    : `Writing ${names} failed while swapping the new sheets in: ${failure.message}. Some output sheets may already be replaced; sheets named "${TEMP_PREFIX}…" hold the rest of the new results. Run again to finish.`;
}
