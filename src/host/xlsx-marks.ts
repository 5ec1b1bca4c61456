// Validation highlights for the ExcelJS adapter. What we changed is remembered in the workbook
// itself, in a very hidden sheet `_PeriodicMarks` (Sheet | Cell | PreviousFill | Note), so the
// highlights can be removed exactly later, on any machine, by this adapter or the Office one.
//
// PreviousFill: '' = the cell had no fill; '#RRGGBB' = a solid fill of that colour;
// 'json:{…}' = any other ExcelJS fill (patterns, theme colours), restored as it was.
// Note: the note text we added ('' when the cell already had a note of its own, left alone).
import type ExcelJS from 'exceljs';
import type { Issue } from '../schema/issue';
import { parseCell } from '../schema/a1';
import { sameSheetName } from './xlsx-cells';
import { MARKS_HEADER as HEADER, MARKS_SHEET, MARK_COLORS, noteFor, worstSeverity, type MarkEntry } from './marks-format';

export { MARKS_SHEET };

export function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => sameSheetName(ws.name, name));
}

/** The fill of a cell as PreviousFill text. */
export function encodeFill(fill: ExcelJS.Fill | undefined): string {
  if (!fill || (fill.type === 'pattern' && fill.pattern === 'none')) return '';
  if (fill.type === 'pattern' && fill.pattern === 'solid') {
    const color = fill.fgColor as { argb?: string } | undefined;
    const keys = color ? Object.keys(color) : [];
    if (color?.argb && keys.length === 1 && /^[0-9A-F]{8}$/i.test(color.argb)) {
      const bg = fill.bgColor as Record<string, unknown> | undefined;
      if (!bg || Object.keys(bg).length === 0) return `#${color.argb.slice(2).toUpperCase()}`;
    }
  }
  return `json:${JSON.stringify(fill)}`;
}

/** PreviousFill text → the fill to restore (undefined = no fill). */
export function decodeFill(text: string): ExcelJS.Fill | undefined {
  const t = text.trim();
  if (!t) return undefined;
  if (t.startsWith('json:')) {
    try {
      return JSON.parse(t.slice(5)) as ExcelJS.Fill;
    } catch {
      return undefined;
    }
  }
  const hex = t.replace(/^#/, '').toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(hex)) return undefined;
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${hex}` } };
}

/** The text of a cell's note, whatever shape ExcelJS gives it. */
export function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note as unknown;
  if (!note) return '';
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: Array<{ text?: string }> }).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') : '';
}

/**
 * exceljs has no public way to delete a note, and a loaded cell keeps a second copy of it in its
 * value model, which the writer also reads: drop both.
 */
function removeNote(cell: ExcelJS.Cell): void {
  const internals = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  internals._comment = undefined;
  if (internals._value?.model) delete internals._value.model.comment;
}

function readEntries(workbook: ExcelJS.Workbook): MarkEntry[] {
  const ws = findSheet(workbook, MARKS_SHEET);
  if (!ws) return [];
  const entries: MarkEntry[] = [];
  ws.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const text = (c: number): string => {
      const v = row.getCell(c).value;
      return v === null || v === undefined ? '' : String(v);
    };
    if (text(1) && text(2)) entries.push({ sheet: text(1), cell: text(2), previousFill: text(3), note: text(4) });
  });
  return entries;
}

function writeEntries(workbook: ExcelJS.Workbook, entries: MarkEntry[]): void {
  const old = findSheet(workbook, MARKS_SHEET);
  if (old) workbook.removeWorksheet(old.id);
  if (entries.length === 0) return;
  const ws = workbook.addWorksheet(MARKS_SHEET, { state: 'veryHidden' });
  ws.addRow(HEADER);
  for (const e of entries) ws.addRow([e.sheet, e.cell, e.previousFill, e.note]);
}

/** Set a cell's fill without touching the style object other cells may share with it. */
export function setFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | undefined): void {
  const style = { ...cell.style };
  if (fill) style.fill = fill;
  else delete style.fill;
  cell.style = style as ExcelJS.Style;
}

export function markIssues(workbook: ExcelJS.Workbook, issues: Issue[]): void {
  const entries = readEntries(workbook);
  const byKey = new Map(entries.map((e) => [`${e.sheet.toLowerCase()}!${e.cell.toUpperCase()}`, e]));
  // One mark per cell: the worst severity colours it, the note lists every issue there.
  const grouped = new Map<string, { ws: ExcelJS.Worksheet; cell: string; issues: Issue[] }>();
  for (const issue of issues) {
    const ws = findSheet(workbook, issue.sheet);
    const at = parseCell(issue.cell);
    if (!ws || !at || ws.name === MARKS_SHEET) continue;
    const cell = issue.cell.replace(/\$/g, '').toUpperCase();
    const key = `${ws.name.toLowerCase()}!${cell}`;
    const g = grouped.get(key) ?? { ws, cell, issues: [] };
    g.issues.push(issue);
    grouped.set(key, g);
  }
  for (const [key, g] of grouped) {
    const cell = g.ws.getCell(g.cell);
    const worst = worstSeverity(g.issues);
    const note = noteFor(g.issues);
    let entry = byKey.get(key);
    if (!entry) {
      // First mark on this cell: remember its fill; never overwrite a note of the user's own.
      const ownsNote = noteText(cell) === '';
      entry = { sheet: g.ws.name, cell: g.cell, previousFill: encodeFill(cell.fill), note: ownsNote ? note : '' };
      entries.push(entry);
      byKey.set(key, entry);
    } else if (entry.note !== '') {
      entry.note = note;
    }
    const color = MARK_COLORS[worst];
    if (color) setFill(cell, { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${color.slice(1)}` } });
    if (entry.note !== '') cell.note = entry.note;
  }
  writeEntries(workbook, entries);
}

export function clearMarks(workbook: ExcelJS.Workbook): void {
  for (const e of readEntries(workbook)) {
    const ws = findSheet(workbook, e.sheet);
    if (!ws || !parseCell(e.cell)) continue;
    const cell = ws.getCell(e.cell);
    setFill(cell, decodeFill(e.previousFill));
    // Remove our note only if nobody has rewritten it since.
    if (e.note && noteText(cell) === e.note) {
      removeNote(cell);
    }
  }
  writeEntries(workbook, []);
}
