// A1 addresses: 0-based row/column indexes in, spreadsheet addresses out (and back). Pure, so the
// host adapters use these too rather than keeping their own copies.

/** Excel's grid: rows and columns past these do not exist. */
const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

/** 0 → 'A', 25 → 'Z', 26 → 'AA'. */
export function columnLetter(col0: number): string {
  let n = Math.floor(col0) + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s || 'A';
}

/** (0, 0) → 'A1'. */
export function toA1(row0: number, col0: number): string {
  return columnLetter(col0) + String(Math.floor(row0) + 1);
}

/** 'B3' or '$B$3' → { row: 2, col: 1 }, with no bounds beyond row ≥ 1. */
function cellOf(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return undefined;
  const row = Number(m[2]) - 1;
  if (row < 0) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row, col: col - 1 };
}

/** 'B3' → { row: 2, col: 1 }; accepts '$B$3' and 'Sheet!B3'; undefined when not an address. */
export function parseA1(a1: string): { row: number; col: number } | undefined {
  const bang = a1.lastIndexOf('!');
  return cellOf(bang >= 0 ? a1.slice(bang + 1) : a1);
}

/**
 * One cell as a host writes to it: 'B3' or '$B$3', no sheet, inside Excel's grid → 0-based
 * { row, col }; undefined for anything Excel would refuse.
 */
export function parseCell(address: string): { row: number; col: number } | undefined {
  const at = cellOf(address);
  return at && at.row < MAX_ROWS && at.col < MAX_COLUMNS ? at : undefined;
}

/** 0-based inclusive bounds of a block of cells. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 'A1:C4', 'C4:A1' or 'B2' (cells as parseCell reads them) → normalised bounds; undefined when malformed. */
export function parseRange(range: string): CellRange | undefined {
  const [from, to = from, extra] = range.split(':');
  if (extra !== undefined) return undefined;
  const a = parseCell(from);
  const b = parseCell(to);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** A sheet name as it must appear in a formula or reference: 'Student Bodies' → "'Student Bodies'". */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;
