// "Insert template sheets" through Office.js: each missing input sheet gets a styled header, column
// widths, an Excel table, an input prompt per column and list dropdowns (the referenced sheet's ID
// column, or fixed values such as yes/no). Sheets that exist under any SCHEMA.md spelling are
// never touched.
import type { CellValue } from '../schema/records';
import type { SheetTemplate } from './port';
import type { XlContext, XlRange, XlWorksheet } from './office-api';
import { WriteBatch, type BatchOptions } from './office-batch';
import { writeRows } from './office-write';
import { columnLetter, quoteSheet } from '../schema/a1';
import { normName } from '../schema/names';
import { excelRow, jsonBytes, widthPoints } from './office-cells';

export const HEADER_FILL = '#D9E1F2';
/** Rows below the header that get prompts and dropdowns, and the length of a dropdown's source. */
export const TEMPLATE_ROWS = 2000;
/** How much of an existing sheet is searched for its header row. */
const HEADER_SCAN = { rows: 5, cols: 60 };

function tableName(sheet: string, taken: Set<string>): string {
  const base = `Periodic${sheet.replace(/[^A-Za-z0-9]/g, '')}`;
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Column letter of `header` in the first non-empty row of a scanned block, if present. */
function findHeader(values: unknown[][], header: string): string | undefined {
  const row = values.find((r) => r.some((v) => v !== '' && v !== null));
  const at = row?.findIndex((v) => typeof v === 'string' && normName(v) === normName(header)) ?? -1;
  return at >= 0 ? columnLetter(at) : undefined;
}

/** Names are checked by the caller (OfficeHost.insertTemplateSheets) before any request is made. */
export async function insertTemplatesIn(ctx: XlContext, templates: SheetTemplate[], options: BatchOptions = {}): Promise<string[]> {
  ctx.runtime.enableEvents = false;
  const worksheets = ctx.workbook.worksheets;
  worksheets.load('name');
  ctx.workbook.tables.load('name');
  await ctx.sync();
  const existing = new Map(worksheets.items.map((ws) => [normName(ws.name), ws]));
  const missing: SheetTemplate[] = [];
  for (const t of templates) {
    const key = normName(t.name);
    if (!existing.has(key) && !missing.some((m) => normName(m.name) === key)) missing.push(t);
  }
  // Header rows of existing sheets that new dropdowns point at.
  const scans = new Map<string, { ws: XlWorksheet; range: XlRange }>();
  for (const t of missing) for (const col of t.columns) {
    const dd = col.dropdown;
    if (!dd || !('sheet' in dd)) continue;
    const key = normName(dd.sheet);
    const ws = existing.get(key);
    if (ws && !scans.has(key)) {
      const range = ws.getRangeByIndexes(0, 0, HEADER_SCAN.rows, HEADER_SCAN.cols);
      range.load('values');
      scans.set(key, { ws, range });
    }
  }
  if (scans.size > 0) await ctx.sync();

  const taken = new Set(ctx.workbook.tables.items.map((t) => t.name.toLowerCase()));
  const batch = new WriteBatch(ctx, options);
  const created = new Map<string, XlWorksheet>();
  for (const t of missing) {
    const width = t.columns.length;
    await batch.add(t.name.length + 40);
    const ws = worksheets.add(t.name);
    created.set(normName(t.name), ws);
    const rows: CellValue[][] = [t.columns.map((c) => c.header), ...(t.rows ?? [])];
    await writeRows(batch, ws, rows.map((row) => excelRow(row, width)), width, t.name);
    await batch.add(100 + 20 * width, 6 + width); // header bold + fill, freeze, widths, table + name
    const header = ws.getRangeByIndexes(0, 0, 1, width);
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    ws.freezePanes.freezeRows(1);
    t.columns.forEach((col, i) => {
      const letter = columnLetter(i);
      ws.getRange(`${letter}:${letter}`).format.columnWidth = widthPoints(col.width);
    });
    const table = ws.tables.add(`A1:${columnLetter(width - 1)}${Math.max(1, t.rows?.length ?? 0) + 1}`, true);
    table.name = tableName(t.name, taken);
  }
  // Dropdowns once every new sheet exists, so a template may point at one created alongside it.
  for (const t of missing) {
    const ws = created.get(normName(t.name))!;
    for (let i = 0; i < t.columns.length; i++) {
      const col = t.columns[i];
      const letter = columnLetter(i);
      const range = ws.getRange(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`);
      await batch.add(2 * jsonBytes(col.prompt) + 300, 3); // prompt, rule, error alert
      range.dataValidation.prompt = { title: col.header.slice(0, 32), message: col.prompt.slice(0, 255), showPrompt: true };
      const source = dropdownSource(col.dropdown, missing, scans, existing);
      if (source) {
        range.dataValidation.rule = { list: { inCellDropDown: true, source } };
        // Warn rather than stop: SCHEMA.md accepts other spellings (y, x, 1) and IDs added later.
        range.dataValidation.errorAlert = { showAlert: true, style: 'Warning', title: col.header.slice(0, 32), message: `Not in the list for ${col.header}. Keep it anyway?` };
      }
    }
  }
  await batch.add(20);
  ctx.runtime.enableEvents = true;
  await batch.flush();
  return missing.map((t) => t.name);
}

function dropdownSource(
  dd: SheetTemplate['columns'][number]['dropdown'],
  missing: SheetTemplate[],
  scans: Map<string, { ws: XlWorksheet; range: XlRange }>,
  existing: Map<string, XlWorksheet>,
): string | undefined {
  if (!dd) return undefined;
  if ('values' in dd) return dd.values.length > 0 ? dd.values.join(',') : undefined;
  const key = normName(dd.sheet);
  const fresh = missing.find((m) => normName(m.name) === key);
  let sheetName: string | undefined;
  let letter: string | undefined;
  if (fresh) {
    const at = fresh.columns.findIndex((c) => normName(c.header) === normName(dd.column));
    if (at >= 0) [sheetName, letter] = [fresh.name, columnLetter(at)];
  } else {
    const scan = scans.get(key);
    letter = scan ? findHeader(scan.range.values, dd.column) : undefined;
    sheetName = existing.get(key)?.name;
  }
  return sheetName && letter ? `=${quoteSheet(sheetName)}!$${letter}$2:$${letter}$${TEMPLATE_ROWS + 1}` : undefined;
}
