// The club views on a real workbook: solve examples/small.xlsx with a small step budget, write the
// views into an .xlsx through the ExcelJS host, read Club Assignments back: same assignment, same score.
import * as path from 'node:path';
import { XlsxHost } from '../../src/host/xlsx';
import { readWorkbook } from '../../src/schema/read';
import { buildClubsProblem } from '../../src/clubs/build';
import { solveClubs } from '../../src/clubs/solve';
import { verifyClubs } from '../../src/clubs/verify';
import { clubsViews } from '../../src/clubs/views';
import { clubsFromRecords } from '../../src/clubs/fromSheet';

test('small.xlsx: solve → views → xlsx → read back → same assignment and score', async () => {
  const host = await XlsxHost.load(path.join(__dirname, '../../examples/small.xlsx'));
  const { records } = readWorkbook(await host.readSheets());
  const { problem } = buildClubsProblem(records);
  const solution = await solveClubs(problem, { seed: 1, timeLimitMs: 60_000, maxSteps: 2 });
  const best = solution.options[0];
  const v = verifyClubs(problem, best);
  // (Whether the solver honours every rule is its own tests' business; here: the views carry the schedule.)
  expect(best.score).toBeCloseTo(v.score, 6);

  await host.writeSheets(clubsViews(problem, solution));
  const again = await XlsxHost.fromBuffer(await host.toBuffer());
  const back = readWorkbook(await again.readSheets()).records;
  expect(back.clubAssignments).toHaveLength(problem.students.length * problem.days.length);
  const { solution: read, issues } = clubsFromRecords(problem, back);
  // Exactly the rules the schedule itself breaks are reported, nothing from the round trip.
  expect(new Set(issues.map((i) => i.code))).toEqual(new Set(v.hardViolations.map((h) => h.rule)));
  const o = read.options[0];
  // Group indexes may differ: compare who is in which club's group on each day.
  const label = (opt: typeof best, s: number, d: number) => (opt.assignment[s][d] >= 0 ? `${opt.groups[opt.assignment[s][d]].club}.${opt.groups[opt.assignment[s][d]].number}` : '-');
  problem.students.forEach((_, s) => problem.days.forEach((_, d) => expect(label(o, s, d)).toBe(label(best, s, d))));
  expect(o.score).toBeCloseTo(v.score, 6);
}, 120_000);
