// A sheet as a table: the first non-empty row is the header, every later row with a value in a
// known column is a record. Unknown columns are ignored; each known cell is parsed by its column
// type, and every cell that cannot be read becomes an issue at exactly that cell.
import type { Issue } from './issue';
import type { Origin } from './records';
import type { ColumnDef, SheetDef } from './sheets';
import { type Cell, quote, toCell } from './cell';
import { type ColumnContext, parseColumn } from './columns';
import { misspelling, normName } from './names';
import { columnLetter, toA1 } from './a1';

export interface Mapped {
  def: ColumnDef;
  col0: number;
}

export interface TableRow {
  /** Parsed values by field; defaults filled in. */
  values: Record<string, unknown>;
  origin: Origin;
}

export interface Table {
  headerRow0: number;
  headerCell: string;
  columns: Mapped[];
  rows: TableRow[];
}

export function issueAt(sheet: string, cell: string, severity: Issue['severity'], code: string, message: string, suggestion?: string): Issue {
  return suggestion ? { severity, sheet, cell, code, message, suggestion } : { severity, sheet, cell, code, message };
}

export function rowOf(grid: unknown, r: number): unknown[] {
  const row = (grid as unknown[])[r];
  return Array.isArray(row) ? row : [];
}

export function gridRows(grid: unknown): number {
  return Array.isArray(grid) ? grid.length : 0;
}

/** The first row with any non-blank cell, and that row's first non-blank column. */
export function findHeader(grid: unknown): { row0: number; col0: number } | undefined {
  const n = gridRows(grid);
  for (let r = 0; r < n; r++) {
    const row = rowOf(grid, r);
    for (let c = 0; c < row.length; c++) if (toCell(row[c]).kind !== 'blank') return { row0: r, col0: c };
  }
  return undefined;
}

/** A header cell's text (numbers count: Votes may be headed 1, 2, 3). */
export function headerText(v: unknown): string | undefined {
  const c = toCell(v);
  if (c.kind === 'text') return c.text;
  if (c.kind === 'number' && Number.isFinite(c.n)) return String(c.n);
  return undefined;
}

export type ExtraColumn = (normHeader: string) => ColumnDef | undefined;

/**
 * Read a table sheet. Returns undefined for a sheet with no non-empty row (after a warning).
 * `extra` recognises further columns from their header (Votes' Choice N).
 */
export function readTable(sheet: string, grid: unknown, def: SheetDef, ctx: ColumnContext, issues: Issue[], extra?: ExtraColumn): Table | undefined {
  const head = findHeader(grid);
  if (!head) {
    issues.push(issueAt(sheet, 'A1', 'warning', 'empty-sheet', `${sheet} is empty; it is ignored`, `Type the header row (${def.columns.map((c) => c.header).join(', ')}) and one row per record, or delete the sheet.`));
    return undefined;
  }
  const headerCell = toA1(head.row0, head.col0);
  const byName = new Map<string, ColumnDef>();
  for (const c of def.columns) {
    byName.set(normName(c.header), c);
    for (const a of c.aliases ?? []) if (!byName.has(normName(a))) byName.set(normName(a), c);
  }
  const headerRow = rowOf(grid, head.row0);
  const unknown: Array<{ text: string; col0: number; like: ColumnDef }> = [];
  // Per field, the header cells naming it; the canonical header wins over an alias ('Student'
  // over 'Name'), so a user's own 'Name' column beside 'Student' is simply not read.
  const matches = new Map<string, Array<{ cd: ColumnDef; col0: number; key: string; canonical: boolean }>>();
  for (let c = 0; c < headerRow.length; c++) {
    const text = headerText(headerRow[c]);
    if (text === undefined) continue;
    const key = normName(text);
    const known = byName.get(key);
    const cd = known ?? extra?.(key);
    if (!cd) {
      const like = misspelling(text, knownHeaders(def, byName));
      if (like) unknown.push({ text, col0: c, like: byName.get(normName(like))! });
      continue;
    }
    const list = matches.get(cd.field) ?? [];
    list.push({ cd, col0: c, key, canonical: !known || normName(cd.header) === key });
    matches.set(cd.field, list);
  }
  const columns: Mapped[] = [];
  const used = new Map<string, number>();
  for (const list of matches.values()) {
    const chosen = list.find((m) => m.canonical) ?? list[0];
    used.set(chosen.cd.field, chosen.col0);
    columns.push({ def: chosen.cd, col0: chosen.col0 });
    for (const m of list) {
      if (m === chosen || !((m.canonical && chosen.canonical) || m.key === chosen.key)) continue;
      issues.push(issueAt(sheet, toA1(head.row0, m.col0), 'warning', 'duplicate-column', `${sheet} has a second '${m.cd.header}' column; only the first (${toA1(head.row0, chosen.col0)}) is read`, `Rename or delete one of the two columns.`));
    }
  }
  columns.sort((a, b) => a.col0 - b.col0);
  let missingRequired = false;
  for (const c of def.columns) {
    if (c.required && !used.has(c.field)) {
      missingRequired = true;
      const near = unknown.find((u) => u.like === c);
      issues.push(
        issueAt(sheet, headerCell, 'error', 'missing-column', `${sheet} has no '${c.header}' column; it is required`,
          near ? `Did you mean '${near.text}' (${toA1(head.row0, near.col0)})? Rename it to '${c.header}'.` : `Add a column headed '${c.header}' to the header row (row ${head.row0 + 1}).`),
      );
    }
  }
  // A misspelt optional column would silently lose its data: say so.
  for (const u of unknown) {
    if (used.has(u.like.field) || u.like.required) continue;
    issues.push(issueAt(sheet, toA1(head.row0, u.col0), 'warning', 'unknown-column', `The column ${quote(u.text)} is not read; it looks like '${u.like.header}'`, `Rename it to '${u.like.header}' if that is what it holds, or ignore this if it is your own column.`));
  }
  const table: Table = { headerRow0: head.row0, headerCell, columns, rows: [] };
  if (missingRequired || columns.length === 0) return table;

  const firstLetter = columnLetter(head.col0);
  const letters = columns.map((m) => columnLetter(m.col0));
  const n = gridRows(grid);
  const cells: Cell[] = new Array(columns.length);
  for (let r = head.row0 + 1; r < n; r++) {
    const row = rowOf(grid, r);
    let any = false;
    for (let i = 0; i < columns.length; i++) {
      cells[i] = toCell(row[columns[i].col0]);
      if (cells[i].kind !== 'blank') any = true;
    }
    if (!any) continue;
    const rowNo = String(r + 1);
    const origin: Origin = { sheet, row: r + 1, cells: {}, rowCell: firstLetter + rowNo };
    const values: Record<string, unknown> = {};
    let usable = true;
    for (let i = 0; i < columns.length; i++) {
      const cd = columns[i].def;
      const a1 = letters[i] + rowNo;
      origin.cells[cd.field] = a1;
      const cell = cells[i];
      if (cell.kind === 'blank') {
        if (cd.required) {
          usable = false;
          issues.push(issueAt(sheet, a1, 'error', 'missing-value', `${cd.header} is required; this row is skipped`, `Fill in ${cd.header}, or clear the row.`));
        }
        continue;
      }
      if (cell.kind === 'error') {
        if (cd.required) usable = false;
        issues.push(issueAt(sheet, a1, 'error', 'excel-error', `${cd.header} holds the Excel error ${cell.code}`, `Fix the formula that produces it, or type the value directly.`));
        continue;
      }
      const p = parseColumn(cell, cd, ctx);
      if (!p.ok) {
        if (cd.required) usable = false;
        const skipped = cd.required ? ' Until then this row is left out.' : '';
        issues.push(issueAt(sheet, a1, 'error', p.code, p.message, (p.suggestion ?? '') + skipped || undefined));
        continue;
      }
      if (cd.required && Array.isArray(p.value) && p.value.length === 0) {
        usable = false;
        issues.push(issueAt(sheet, a1, 'error', 'missing-value', `${cd.header} is required; this row is skipped`, `Fill in ${cd.header}, or clear the row.`));
        continue;
      }
      values[cd.field] = p.value;
    }
    if (!usable) continue;
    // Defaults for blank cells, bad values and missing optional columns.
    for (const c of def.columns) if (!(c.field in values) && c.default !== undefined) values[c.field] = cloneDefault(c.default);
    table.rows.push({ values, origin });
  }
  return table;
}

const knownCache = new WeakMap<SheetDef, Map<string, string>>();
/** Normalised header → canonical header, for the misspelling check. */
function knownHeaders(def: SheetDef, byName: Map<string, ColumnDef>): Map<string, string> {
  let m = knownCache.get(def);
  if (!m) {
    m = new Map([...byName].map(([k, c]) => [k, c.header]));
    knownCache.set(def, m);
  }
  return m;
}

function cloneDefault(v: unknown): unknown {
  return Array.isArray(v) ? [...v] : v;
}
