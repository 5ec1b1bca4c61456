// The views on a real workbook: solve examples/small.xlsx with a step budget, write the views
// into an .xlsx through the ExcelJS host, read the Timetable sheet back, and get the same lessons.
import * as path from 'node:path';
import { XlsxHost } from '../../src/host/xlsx';
import { readWorkbook } from '../../src/schema/read';
import { buildTimetableProblem } from '../../src/timetable/build';
import { solveTimetable } from '../../src/timetable/solve';
import { verifyTimetable } from '../../src/timetable/verify';
import { timetableViews } from '../../src/timetable/views';
import { timetableFromRecords } from '../../src/timetable/fromSheet';
import type { Lesson } from '../../src/timetable/model';

const key = (l: Lesson) => `${l.course}@${l.slot}:${l.teacher}:${l.room}`;

test('small.xlsx: solve → views → xlsx → read back → same lessons, same cost, grids show every lesson', async () => {
  const host = await XlsxHost.load(path.join(__dirname, '../../examples/small.xlsx'));
  const { records } = readWorkbook(await host.readSheets());
  const { problem } = buildTimetableProblem(records);
  const solution = await solveTimetable(problem, { seed: 1, timeLimitMs: 60_000, maxSteps: 2000 });
  const v = verifyTimetable(problem, solution);
  expect(solution.cost).toBe(v.total);

  const sheets = timetableViews(problem, solution);
  await host.writeSheets(sheets);
  const again = await XlsxHost.fromBuffer(await host.toBuffer());
  const back = readWorkbook(await again.readSheets()).records;
  const { solution: read, issues } = timetableFromRecords(problem, back);
  // Exactly the rules the timetable itself breaks (none, from a sound solver) are reported.
  expect(new Set(issues.filter((i) => i.severity === 'error').map((i) => i.code))).toEqual(new Set(v.hardViolations.map((h) => h.rule)));
  expect(read.lessons.map(key).sort()).toEqual(solution.lessons.map(key).sort());
  expect(read.cost).toBe(v.total);

  // Every booked lesson appears in its class grid: count non-empty cells that name a subject.
  const byClass = sheets.find((s) => s.name === 'Timetable by Class');
  const filled = (byClass?.values ?? []).flatMap((row) => row.slice(1)).filter((c) => typeof c === 'string' && c.includes(' · ')).length;
  const bodyLessons = solution.lessons.filter((l) => l.slot !== null).reduce((n, l) => n + problem.courses[l.course].bodies.length, 0);
  expect(filled).toBe(bodyLessons);
}, 60_000);
