// What ExcelJS cannot carry over when it rewrites a workbook. It keeps values, styles, notes,
// images, data validation and conditional formats, but drops charts, pivot tables, slicers,
// threaded comments and macros. We look at the names inside the .xlsx (a zip) to warn before
// writing, and to refuse rewriting such a file in place.

const LOSSY: Array<{ prefix: string; what: string }> = [
  { prefix: 'xl/charts/', what: 'charts' },
  { prefix: 'xl/pivotTables/', what: 'pivot tables' },
  { prefix: 'xl/slicers/', what: 'slicers' },
  { prefix: 'xl/timelines/', what: 'timelines' },
  { prefix: 'xl/threadedComments/', what: 'threaded comments' },
  { prefix: 'xl/vbaProject.bin', what: 'macros' },
];

/** Offsets of a zip's central-directory entries, in order (none when it is not a readable zip). */
function* centralEntries(buf: Uint8Array, view: DataView): Generator<number> {
  // End of central directory: 22 bytes plus a comment of up to 65,535, at the very end.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let n = 0; n < count && p + 46 <= buf.length; n++) {
    if (view.getUint32(p, true) !== 0x02014b50) return;
    yield p;
    // Name, extra field and comment lengths.
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
}

/** File names in a zip's central directory ([] when it is not a readable zip). */
export function zipEntryNames(buf: Uint8Array): string[] {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const decoder = new TextDecoder();
  const names: string[] = [];
  for (const p of centralEntries(buf, view)) names.push(decoder.decode(buf.subarray(p + 46, p + 46 + view.getUint16(p + 28, true))));
  return names;
}

/**
 * Set every entry's modification time in a zip to 1 January 1980 (the DOS epoch), in place, so
 * the same workbook written twice gives the same bytes (generated files in git stay unchanged).
 * Only timestamps are touched; checksums cover the data alone.
 */
export function fixZipTimestamps(buf: Uint8Array): void {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const DOS_TIME = 0;
  const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
  for (const p of centralEntries(buf, view)) {
    view.setUint16(p + 12, DOS_TIME, true);
    view.setUint16(p + 14, DOS_DATE, true);
    const local = view.getUint32(p + 42, true);
    if (local + 30 <= buf.length && view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, DOS_TIME, true);
      view.setUint16(local + 12, DOS_DATE, true);
    }
  }
}

/** Kinds of content in this .xlsx that a rewrite by ExcelJS would lose, e.g. ['charts', 'macros']. */
export function lossyParts(buf: Uint8Array): string[] {
  const names = zipEntryNames(buf);
  return LOSSY.filter(({ prefix }) => names.some((n) => n.startsWith(prefix))).map(({ what }) => what);
}
