// Turn a per-cell colour layer into a few rectangular fill ranges: writing one format call per
// cell is slow in Excel, so adjacent cells of the same colour share a range.
import { toA1 } from '../schema/a1';

/** colours[r][c] = '#RRGGBB' or undefined; rowOffset/colOffset place the layer on the sheet (0-based). */
export function mergeFills(
  colours: Array<Array<string | undefined>>,
  rowOffset = 0,
  colOffset = 0,
): Array<{ range: string; color: string }> {
  // 1. vertical runs per column; 2. join runs with the same rows and colour in adjacent columns.
  type Run = { top: number; bottom: number; left: number; right: number; color: string };
  const open = new Map<string, Run>(); // key top:bottom:color → run still reaching the previous column
  const done: Run[] = [];
  const width = Math.max(0, ...colours.map((row) => row.length));
  for (let c = 0; c < width; c++) {
    const runs: Run[] = [];
    for (let r = 0; r < colours.length; r++) {
      const color = colours[r][c];
      if (!color) continue;
      const last = runs[runs.length - 1];
      if (last && last.bottom === r - 1 && last.color === color) last.bottom = r;
      else runs.push({ top: r, bottom: r, left: c, right: c, color });
    }
    const next = new Map<string, Run>();
    for (const run of runs) {
      const key = `${run.top}:${run.bottom}:${run.color}`;
      const prev = open.get(key);
      if (prev && prev.right === c - 1) {
        prev.right = c;
        next.set(key, prev);
        open.delete(key);
      } else next.set(key, run);
    }
    for (const run of open.values()) done.push(run);
    open.clear();
    for (const [k, v] of next) open.set(k, v);
  }
  done.push(...open.values());
  done.sort((a, b) => a.top - b.top || a.left - b.left);
  return done.map((run) => {
    const first = toA1(run.top + rowOffset, run.left + colOffset);
    const last = toA1(run.bottom + rowOffset, run.right + colOffset);
    return { range: first === last ? first : `${first}:${last}`, color: run.color };
  });
}
