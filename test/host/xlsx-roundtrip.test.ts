import fc from 'fast-check';
import { XlsxHost } from '../../src/host/xlsx';
import type { CellValue } from '../../src/schema/records';

jest.setTimeout(60_000);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 30 }).filter((s) => s !== ''),
  fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => s !== ''),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
  fc.boolean(),
  // Whole minutes: Excel keeps dates as fractions of a day.
  fc.integer({ min: 0, max: 60 * 24 * 365 * 100 }).map((m) => new Date(Date.UTC(1950, 0, 1) + m * 60_000)),
);

/** What a reader sees: trailing blank rows and columns trimmed, rows padded to one width. */
function trimmed(grid: CellValue[][]): CellValue[][] {
  let rows = grid.length;
  while (rows > 0 && grid[rows - 1].every((v) => v === null)) rows--;
  const width = grid.slice(0, rows).reduce((w, row) => {
    let n = row.length;
    while (n > 0 && row[n - 1] === null) n--;
    return Math.max(w, n);
  }, 0);
  return grid.slice(0, rows).map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
}

describe('XlsxHost round trip', () => {
  it('reads back exactly what was written, anchored at A1, for any grid of values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }), async (grid) => {
        const host = XlsxHost.create();
        await host.writeSheets([{ name: 'Data', values: grid, headerRows: 0 }]);
        const back = (await (await XlsxHost.fromBuffer(await host.toBuffer())).readSheets()).Data;
        expect(back).toEqual(trimmed(grid));
      }),
      { numRuns: 60 },
    );
  });
});
