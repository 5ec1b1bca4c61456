// `--broken`: the mistakes administrators really make, planted at known cells so tests (and
// people trying `periodic validate`) can see each one reported exactly where it is.
import type { SheetValues } from '../schema/records';
import { toA1 } from '../schema/a1';

export interface BrokenCell {
  sheet: string;
  /** A1 address. */
  cell: string;
  /** What the cell now holds. */
  value: string;
  /** What was wrong, for people reading the test or the README. */
  what: string;
}

function plant(sheets: SheetValues, sheet: string, header: string, pick: (row: unknown[], col: number) => boolean, value: string, what: string): BrokenCell {
  const rows = sheets[sheet];
  const col = rows[0].indexOf(header);
  if (col < 0) throw new Error(`broken example: ${sheet} has no ${header} column`);
  const r = rows.findIndex((row, i) => i > 0 && pick(row, col));
  if (r < 0) throw new Error(`broken example: no row of ${sheet} to break`);
  rows[r][col] = value;
  return { sheet, cell: toA1(r, col), value, what };
}

/** Break a handful of cells in place; returns where. */
export function injectBroken(sheets: SheetValues): BrokenCell[] {
  const out: BrokenCell[] = [];
  out.push(plant(sheets, 'Courses', 'Lessons per week', (row) => row[1] === 'English', 'three', 'a number written in words'));
  out.push(plant(sheets, 'Courses', 'Teacher', (row, c) => row[c] === 'John Smith', 'Jon Smith', "a misspelt teacher ID ('John Smith' exists)"));
  const votes = sheets.Votes;
  const r = votes.findIndex((row, i) => i > 0 && row.includes('Robotics'));
  if (r < 0) throw new Error('broken example: nobody voted for Robotics');
  const c = votes[r].findIndex((v, i) => i > 0 && v === 'Robotics');
  votes[r][c] = 'Robotic';
  out.push({ sheet: 'Votes', cell: toA1(r, c), value: 'Robotic', what: "a vote for a misspelt club ('Robotics' exists)" });
  // The last classroom: nothing refers to it, so only this cell is reported.
  const rooms = sheets.Locations.filter((row) => String(row[0]).startsWith('Room '));
  const lastRoom = rooms[rooms.length - 1][0];
  out.push(plant(sheets, 'Locations', 'Capacity', (row) => row[0] === lastRoom, 'big', 'a capacity that is not a number'));
  out.push(plant(sheets, 'Students', 'Active', () => true, 'maybe', 'neither yes nor no'));
  out.push(plant(sheets, 'Groups', 'Meeting times', () => true, 'Funday 3', 'a day that is not in Settings › Days'));
  return out;
}
