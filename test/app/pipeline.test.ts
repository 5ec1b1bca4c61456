import { dedupeIssues, loadModules, onPrimarySheet, refreshViews, solveAll, solveOne, sortIssues, validateSheets, PROBLEM_KINDS } from '../../src/app';
import type { ProblemModule } from '../../src/app';
import type { Issue } from '../../src/schema/issue';
import type { WorkbookRecords } from '../../src/schema/records';
import { makeExample } from '../../src/examples';

const issue = (sheet: string, cell: string, code = 'x', message = `${code} at ${cell}`): Issue => ({ severity: 'error', sheet, cell, code, message });

/** A made-up problem: solves by counting courses, so tests can see what the pipeline passes along. */
function fakeModule(over: Partial<ProblemModule> = {}): ProblemModule {
  return {
    kind: 'timetable',
    defined: (r: WorkbookRecords) => r.courses.length > 0,
    build: (r: WorkbookRecords) => ({ problem: { courses: r.courses.length }, issues: [issue('Courses', 'B2', 'model-only', 'Only the model sees this')] }),
    solve: async (p: unknown, control) => ({ booked: (p as { courses: number }).courses, seed: control.seed }),
    views: (_p, s) => [{ name: 'Timetable', values: [['Booked'], [(s as { booked: number }).booked]] }],
    fromRecords: () => ({ solution: { booked: 0, seed: 0 }, issues: [issue('Timetable', 'A3', 'clash', 'Clash')] }),
    summary: (_p, s) => ({ kind: 'timetable', headline: `${(s as { booked: number }).booked} booked`, cost: 0, figures: [], sheets: ['Timetable'] }),
    ...over,
  };
}

describe('sortIssues', () => {
  it('orders by sheet tab order, then row, then column (B10 after B9, AA1 after Z1)', () => {
    const sorted = sortIssues([issue('Votes', 'A1'), issue('Courses', 'B10'), issue('Courses', 'AA1'), issue('Courses', 'B9'), issue('Courses', 'Z1'), issue('Zzz', 'A1')], ['Courses', 'Votes']);
    expect(sorted.map((i) => `${i.sheet}!${i.cell}`)).toEqual(['Courses!Z1', 'Courses!AA1', 'Courses!B9', 'Courses!B10', 'Votes!A1', 'Zzz!A1']);
  });
});

describe('dedupeIssues', () => {
  it('drops the same message at the same cell, whoever reported it, and keeps distinct ones', () => {
    const out = dedupeIssues([issue('A', 'B2', 'p', 'Bad'), issue('a', 'b2', 'q', 'Bad'), issue('A', 'B2', 'p', 'Other'), issue('A', 'B3', 'p', 'Bad')]);
    expect(out.map((i) => `${i.cell} ${i.message}`)).toEqual(['B2 Bad', 'B2 Other', 'B3 Bad']);
  });

  it('drops a warning at a cell where an error already gives the same fix, and keeps one with another fix', () => {
    const err = { ...issue('Votes', 'C3', 'unknown-reference', "'Robotic' is not a club"), suggestion: "Did you mean 'Robotics'?" };
    const same = { ...err, severity: 'warning' as const, code: 'unknown-choice', message: "Choice 2 is 'Robotic', not a club" };
    const other = { ...same, suggestion: 'Ask the student.' };
    expect(dedupeIssues([same, err, other])).toEqual([err, other]);
  });
});

describe('validateSheets', () => {
  it('reports reader, validator and model-build issues together, sorted, without duplicates', () => {
    const { sheets, broken } = makeExample('small', { broken: true });
    const m = fakeModule();
    const { records, issues } = validateSheets(sheets, [m, m]);
    expect(records.courses.length).toBeGreaterThan(20);
    for (const b of broken) expect(issues.some((i) => i.sheet === b.sheet && i.cell === b.cell)).toBe(true);
    expect(issues.filter((i) => i.code === 'model-only')).toHaveLength(1);
    expect(sortIssues(issues, Object.keys(sheets))).toEqual(issues);
  });

  it('turns a model build that throws into an issue instead of a crash', () => {
    const m = fakeModule({
      build: () => {
        throw new Error('boom');
      },
    });
    const { issues } = validateSheets(makeExample('small').sheets, [m]);
    expect(issues).toEqual([expect.objectContaining({ code: 'model-build-failed', message: expect.stringContaining('boom') })]);
  });

  it('skips modules the workbook does not define', () => {
    const m = fakeModule({ defined: () => false });
    expect(validateSheets(makeExample('small').sheets, [m]).issues).toEqual([]);
  });
});

describe('solveOne / solveAll / refreshViews', () => {
  it('builds, solves with the given control, and returns views and summary', async () => {
    const { records } = validateSheets(makeExample('small').sheets);
    const r = await solveOne(fakeModule(), records, { seed: 9, timeLimitMs: 1000 });
    expect(r.solution).toEqual({ booked: 25, seed: 9 });
    expect(r.sheets[0].values[1]).toEqual([25]);
    expect(r.summary.headline).toBe('25 booked');
    const all = await solveAll([fakeModule(), fakeModule({ kind: 'clubs', defined: () => false })], records, (kind) => ({ seed: kind === 'timetable' ? 3 : 4, timeLimitMs: 1 }));
    expect(all.map((x) => x.kind)).toEqual(['timetable']);
    expect(all[0].solution).toEqual({ booked: 25, seed: 3 });
  });

  it('re-derives views from the edited sheet with its issues', () => {
    const { records } = validateSheets(makeExample('small').sheets);
    const v = refreshViews(fakeModule(), records);
    expect(v.issues).toEqual([expect.objectContaining({ sheet: 'Timetable', cell: 'A3', code: 'clash' })]);
    expect(v.sheets[0].values[1]).toEqual([0]);
  });
});

describe('loadModules', () => {
  it('accounts for every problem kind: loaded, or missing with a reason', async () => {
    const { modules, missing } = await loadModules();
    for (const kind of PROBLEM_KINDS) {
      const loaded = modules.some((m) => m.kind === kind);
      const gone = missing.find((m) => m.kind === kind);
      expect(loaded !== !!gone).toBe(true);
      if (gone) expect(gone.reason).toMatch(/not available in this build yet/);
    }
  });
});

describe('onPrimarySheet', () => {
  it('finds issues on the edited output sheets under the names the workbook uses, for the kinds asked', () => {
    const { records } = validateSheets(makeExample('small').sheets);
    const named = { ...records, sheetNames: { ...records.sheetNames, timetable: 'My Timetable', clubAssignments: 'Club assignment' } };
    const at = (sheet: string) => issue(sheet, 'A2');
    expect(onPrimarySheet(named)(at('club ASSIGNMENT'))).toBe(true);
    expect(onPrimarySheet(named)(at('my timetable'))).toBe(true);
    expect(onPrimarySheet(named)(at('Timetable'))).toBe(false);
    expect(onPrimarySheet(named)(at('Courses'))).toBe(false);
    expect(onPrimarySheet(named, ['timetable'])(at('Club assignment'))).toBe(false);
    // A workbook without the sheet yet: its canonical name.
    expect(onPrimarySheet(records, ['clubs'])(at('Club Assignments'))).toBe(true);
  });
});
