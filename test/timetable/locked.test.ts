// Locked rows of an existing Timetable sheet survive a re-solve, end to end through the
// workbook reader and the build: the user locks rows of the sheet the add-in wrote, and the
// next solve (another seed, so it would otherwise move things) keeps them exactly.
import { makeExample } from '../../src/examples';
import { readWorkbook } from '../../src/schema';
import type { SheetValues } from '../../src/schema/records';
import { buildTimetableProblem } from '../../src/timetable/build';
import { solveTimetable } from '../../src/timetable/solve';
import { verifyTimetable } from '../../src/timetable/verify';
import { timetableViews } from '../../src/timetable/views';

describe('Locked rows', () => {
  test('stay where they are in the next solve', async () => {
    const sheets = makeExample('small').sheets;
    const first = buildTimetableProblem(readWorkbook(sheets).records).problem;
    const solved = await solveTimetable(first, { seed: 1, timeLimitMs: 60_000, maxSteps: 20_000 });
    const table = timetableViews(first, solved).find((s) => s.name === 'Timetable')!;
    const header = table.values[0].map(String);
    const lockedCol = header.indexOf('Locked');
    const values = table.values.map((r) => r.slice());
    // Lock every fifth booked row.
    const lockedRows = values.slice(1).filter((r, i) => r[0] !== null && i % 5 === 0);
    for (const r of lockedRows) r[lockedCol] = 'yes';
    const withSheet: SheetValues = { ...sheets, Timetable: values };

    const { records, issues } = readWorkbook(withSheet);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const { problem } = buildTimetableProblem(records);
    expect(problem.locked).toHaveLength(lockedRows.length);
    const again = await solveTimetable(problem, { seed: 99, timeLimitMs: 60_000, maxSteps: 20_000 });
    const v = verifyTimetable(problem, again);
    expect(v.hardViolations).toEqual([]);
    expect(v.booked).toBe(v.required);
    const again2 = timetableViews(problem, again).find((s) => s.name === 'Timetable')!;
    const key = (r: unknown[]) => [r[0], r[1], r[2], r[4], r[5]].join('|');
    const rowsAfter = again2.values.slice(1).filter((r) => r[lockedCol] === 'yes').map(key).sort();
    expect(rowsAfter).toEqual(lockedRows.map(key).sort());
  });

  test('with Start from previous, unlocked rows are the starting point and locked ones stay', async () => {
    const sheets = makeExample('small').sheets;
    const first = buildTimetableProblem(readWorkbook(sheets).records).problem;
    const solved = await solveTimetable(first, { seed: 1, timeLimitMs: 60_000, maxSteps: 20_000 });
    const values = timetableViews(first, solved).find((s) => s.name === 'Timetable')!.values.map((r) => r.slice());
    values[1][values[0].indexOf('Locked')] = 'yes';
    const settings = (sheets.Settings as unknown[][]).map((r) => (String(r[0]) === 'Start from previous' ? [r[0], 'yes'] : r));
    const { records } = readWorkbook({ ...sheets, Settings: settings, Timetable: values });
    const { problem } = buildTimetableProblem(records);
    expect(problem.locked).toHaveLength(1);
    expect(problem.previous.length).toBe(values.length - 2);
    // No steps: the result is the previous timetable itself.
    const again = await solveTimetable(problem, { seed: 5, timeLimitMs: 60_000, maxSteps: 0 });
    const slots = (s: typeof solved) => s.lessons.map((l) => `${l.course}@${l.slot}`).sort();
    expect(slots(again)).toEqual(slots(solved));
  });
});
