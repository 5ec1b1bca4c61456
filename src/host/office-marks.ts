// Validation highlights through Office.js. What we change is remembered in the workbook itself,
// in the very hidden sheet _PeriodicMarks (Sheet | Cell | PreviousFill | Note — the same layout
// the ExcelJS adapter uses), so "Clear highlights" restores every fill exactly, also after the
// pane was closed or the workbook was opened on another machine.
// Notes: ExcelApi 1.18 notes where supported, else threaded comments (1.10), else fill only.
import type { Issue } from '../schema/issue';
import type { XlComment, XlContext, XlNote, XlRange, XlWorksheet } from './office-api';
import { WriteBatch, type BatchOptions } from './office-batch';
import { writeRows } from './office-write';
import { parseCell, quoteSheet } from '../schema/a1';
import { decodeFill, encodeFill, excelRow, jsonBytes, sheetKey, type OfficeFill } from './office-cells';

import { MARKS_HEADER as HEADER, MARKS_SHEET, MARK_COLORS, noteFor, worstSeverity, type MarkEntry } from './marks-format';

/** Fills that are ours when found on a marked cell (earlier ExcelJS adapters also painted info light blue). */
const OUR_FILLS = new Set([...Object.values(MARK_COLORS), '#DDEBF7']);
/** Cells whose fill (and note) are loaded per request. */
const LOAD_BLOCK = 2000;

export type NoteKind = 'note' | 'comment' | 'none';

const entryKey = (sheet: string, cell: string) => `${sheetKey(sheet)}!${cell.toUpperCase()}`;
const sameText = (a: string, b: string) => a.replace(/\r\n?/g, '\n').trim() === b.replace(/\r\n?/g, '\n').trim();

interface State {
  sheets: Map<string, XlWorksheet>;
  marks: XlWorksheet;
  entries: MarkEntry[];
}

/** Sync 1–2: the workbook's sheets and the entries recorded in _PeriodicMarks. */
async function readState(ctx: XlContext): Promise<State> {
  const worksheets = ctx.workbook.worksheets;
  worksheets.load('name');
  const marks = worksheets.getItemOrNullObject(MARKS_SHEET);
  marks.load('name');
  await ctx.sync();
  const sheets = new Map(worksheets.items.map((ws) => [sheetKey(ws.name), ws]));
  const entries: MarkEntry[] = [];
  if (!marks.isNullObject) {
    const used = marks.getUsedRangeOrNullObject(true);
    used.load('values,rowIndex,columnIndex');
    await ctx.sync();
    if (!used.isNullObject && used.rowIndex === 0 && used.columnIndex === 0) {
      used.values.slice(1).forEach((row) => {
        const text = (c: number) => (row[c] === null || row[c] === undefined ? '' : String(row[c]));
        if (text(0) && parseCell(text(1))) entries.push({ sheet: text(0), cell: text(1).replace(/\$/g, '').toUpperCase(), previousFill: text(2), note: text(3) });
      });
    }
  }
  return { sheets, marks, entries };
}

interface CellView {
  range: XlRange;
  note?: XlNote;
}

/** Load each cell's fill (and note), plus the workbook's comments and their cells: one sync per 2,000 cells, one more for comment locations. */
async function loadCells(ctx: XlContext, want: { notes: boolean; comments: boolean }, cells: Array<{ ws: XlWorksheet; cell: string }>): Promise<{ views: CellView[]; comments: Map<string, XlComment> }> {
  const all = ctx.workbook.comments;
  if (want.comments) all.load('content');
  // Loads go in blocks of LOAD_BLOCK cells, one sync each, so no request grows past Excel's limit.
  const views: CellView[] = [];
  for (let from = 0; from === 0 || from < cells.length; from += LOAD_BLOCK) {
    for (const { ws, cell } of cells.slice(from, from + LOAD_BLOCK)) {
      const range = ws.getRange(cell);
      range.format.fill.load('color,pattern,patternColor');
      const note = want.notes ? ws.notes.getItemOrNullObject(cell) : undefined;
      note?.load('content');
      views.push({ range, note });
    }
    await ctx.sync();
  }
  const comments = new Map<string, XlComment>();
  if (want.comments && all.items.length > 0) {
    const locations = all.items.map((c) => {
      const loc = c.getLocation();
      loc.load('address');
      return loc;
    });
    await ctx.sync();
    all.items.forEach((c, i) => {
      const address = locations[i].address;
      const bang = address.lastIndexOf('!');
      const sheet = address.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
      comments.set(entryKey(sheet, address.slice(bang + 1).replace(/\$/g, '')), c);
    });
  }
  return { views, comments };
}

function setFill(range: XlRange, fill: OfficeFill | undefined): void {
  range.format.fill.clear();
  if (!fill) return;
  range.format.fill.color = fill.color;
  if (fill.pattern !== 'Solid') {
    range.format.fill.pattern = fill.pattern;
    range.format.fill.patternColor = fill.patternColor;
  }
}

async function saveEntries(ctx: XlContext, batch: WriteBatch, state: State, entries: MarkEntry[]): Promise<void> {
  let marks = state.marks;
  if (marks.isNullObject) {
    if (entries.length === 0) return;
    marks = ctx.workbook.worksheets.add(MARKS_SHEET);
    marks.visibility = 'VeryHidden';
  }
  await batch.add(40);
  marks.getRange().clear();
  if (entries.length === 0) return;
  const rows = [HEADER, ...entries.map((e) => [e.sheet, e.cell, e.previousFill, e.note])].map((r) => excelRow(r, 4));
  await writeRows(batch, marks, rows, 4, MARKS_SHEET);
}

export async function markIssuesIn(ctx: XlContext, issues: Issue[], kind: NoteKind, options: BatchOptions = {}): Promise<string[]> {
  ctx.runtime.enableEvents = false;
  const state = await readState(ctx);
  // One mark per cell: the worst severity colours it, the note lists every issue there.
  const groups = new Map<string, { ws: XlWorksheet; cell: string; issues: Issue[] }>();
  for (const issue of issues) {
    const ws = state.sheets.get(sheetKey(issue.sheet));
    const at = parseCell(issue.cell);
    if (!ws || !at || sheetKey(ws.name) === sheetKey(MARKS_SHEET)) continue;
    const cell = issue.cell.replace(/\$/g, '').toUpperCase();
    const key = entryKey(ws.name, cell);
    const g = groups.get(key) ?? { ws, cell, issues: [] };
    g.issues.push(issue);
    groups.set(key, g);
  }
  const list = [...groups.values()];
  const { views, comments } = await loadCells(ctx, { notes: kind === 'note', comments: kind === 'comment' }, list);
  const byKey = new Map(state.entries.map((e) => [entryKey(e.sheet, e.cell), e]));
  const batch = new WriteBatch(ctx, options);
  for (let i = 0; i < list.length; i++) {
    const { ws, cell, issues: here } = list[i];
    const { range, note } = views[i];
    const key = entryKey(ws.name, cell);
    const text = noteFor(here);
    let entry = byKey.get(key);
    if (!entry) {
      // First mark on this cell: remember its fill as it is now (a later mark keeps this one).
      const f = range.format.fill;
      entry = { sheet: ws.name, cell, previousFill: encodeFill({ pattern: f.pattern, color: f.color, patternColor: f.patternColor }), note: '' };
      state.entries.push(entry);
      byKey.set(key, entry);
    }
    const worst = worstSeverity(here);
    const color = MARK_COLORS[worst];
    await batch.add(2 * jsonBytes(text) + 40, 3); // fill clear + colour, note or comment
    if (color) setFill(range, { pattern: 'Solid', color, patternColor: '#000000' });
    if (kind === 'note' && note) {
      if (note.isNullObject) {
        ws.notes.add(cell, text);
        entry.note = text;
      } else if (entry.note && sameText(note.content, entry.note)) {
        note.content = text;
        entry.note = text;
      } // else: the user's own note stays as it is
    } else if (kind === 'comment') {
      const existing = comments.get(key);
      if (!existing) {
        ctx.workbook.comments.add(`${quoteSheet(ws.name)}!${cell}`, text);
        entry.note = text;
      } else if (entry.note && sameText(existing.content, entry.note)) {
        existing.content = text;
        entry.note = text;
      }
    }
  }
  await saveEntries(ctx, batch, state, state.entries);
  await batch.add(20);
  ctx.runtime.enableEvents = true;
  await batch.flush();
  return [...new Set(list.map((g) => g.ws.name))];
}

export async function clearMarksIn(ctx: XlContext, kinds: NoteKind[], options: BatchOptions = {}): Promise<string[]> {
  ctx.runtime.enableEvents = false;
  const state = await readState(ctx);
  const live = state.entries
    .map((e) => ({ e, ws: state.sheets.get(sheetKey(e.sheet)) }))
    .filter((x): x is { e: MarkEntry; ws: XlWorksheet } => x.ws !== undefined);
  // Comments are cleared wherever the host has them: a colleague on an older Excel may have left them.
  const { views, comments } = await loadCells(ctx, { notes: kinds.includes('note'), comments: kinds.includes('comment') }, live.map(({ ws, e }) => ({ ws, cell: e.cell })));
  const batch = new WriteBatch(ctx, options);
  for (let i = 0; i < live.length; i++) {
    const { e, ws } = live[i];
    const { range, note } = views[i];
    const f = range.format.fill;
    await batch.add(jsonBytes(e.previousFill) + 40, 6); // up to 4 fill actions, note and comment deletes
    // Put the old fill back only where our highlight is still there: a fill the user chose since wins.
    if (f.pattern === 'Solid' && OUR_FILLS.has(f.color.toUpperCase())) setFill(range, decodeFill(e.previousFill));
    if (!e.note) continue;
    if (note && !note.isNullObject && sameText(note.content, e.note)) note.delete();
    const comment = comments.get(entryKey(ws.name, e.cell));
    if (comment && sameText(comment.content, e.note)) comment.delete();
  }
  await saveEntries(ctx, batch, state, []);
  await batch.add(20);
  ctx.runtime.enableEvents = true;
  await batch.flush();
  return [...new Set(live.map((x) => x.ws.name))];
}
