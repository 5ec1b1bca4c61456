// A1 addresses: 0-based row/column indexes in, spreadsheet addresses out (and back).

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

/** 'B3' → { row: 2, col: 1 }; accepts '$B$3' and 'Sheet!B3'; undefined when not an address. */
export function parseA1(a1: string): { row: number; col: number } | undefined {
  const bang = a1.lastIndexOf('!');
  const ref = (bang >= 0 ? a1.slice(bang + 1) : a1).trim();
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return undefined;
  const row = Number(m[2]) - 1;
  if (row < 0) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row, col: col - 1 };
}
