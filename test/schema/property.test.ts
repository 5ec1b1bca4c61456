// No grid of random cell values makes readWorkbook throw, and every issue points at a real cell.
import fc from 'fast-check';
import { OUTPUT_SHEET_DEFS, SETTING_NAMES, SHEET_DEFS, parseA1, readWorkbook, type ColumnDef } from '../../src/schema';

const DEFS = [...SHEET_DEFS, ...OUTPUT_SHEET_DEFS];
const SHEET_NAMES = [...DEFS.map((d) => d.name), 'student_bodies', 'CLUB RULES', 'Notes'];
const HEADERS = [...new Set([...DEFS.flatMap((d) => d.columns.map((c) => c.header)), 'Choice 6', '1', '2', 'Notes', 'Setting', 'Value', 'Criterion', 'Weight'])];
const WORDS = [
  ...SETTING_NAMES.map((s) => s.header),
  'Student gap', 'Choice 1', 'Choice 99', 'Mon 3', 'Mon 3-5', 'Tue', 'mon, wed', 'Fri 0', 'Mon 9-1', 'yes', 'no', 'x', 'all',
  '9-10', '10-9', 'start', 'preselect', 'exclude', 'hard', 'soft', 'Mon, Tue, Wed', ' ; , ', '3', '-1', '1e309', '0.5',
];
const ERRORS = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#SPILL!', '#GETTING_DATA'];
const HUGE = 'w'.repeat(100_000);

const cellValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 60 }) },
  { weight: 1, arbitrary: fc.double() }, // NaN, ±Infinity, -0 included
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date() }, // invalid dates included
  { weight: 2, arbitrary: fc.constantFrom(null, undefined, '', '   ') },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS) },
  { weight: 1, arbitrary: fc.constant(HUGE) },
  { weight: 1, arbitrary: fc.constantFrom({ richText: [{ text: 'Lab' }] }, { formula: 'A1', result: 3 }, { error: '#N/A' }, { foo: 1 }, [1, 2]) },
);

const headerCell = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...HEADERS) }, { weight: 1, arbitrary: cellValue });
const row = (cell: fc.Arbitrary<unknown>) => fc.array(cell, { maxLength: 9 });
const grid = fc
  .tuple(fc.nat({ max: 2 }), row(headerCell), fc.array(row(cellValue), { maxLength: 12 }))
  .map(([blankRows, header, rows]) => [...Array.from({ length: blankRows }, () => [] as unknown[]), header, ...rows]);
const workbook = fc.dictionary(fc.constantFrom(...SHEET_NAMES), grid, { maxKeys: 6 });

/** The issue's cell lies inside the sheet's grid, or is A1 of a sheet with no cells at all. */
function insideGrid(g: unknown[][], cell: string): boolean {
  const a = parseA1(cell);
  if (!a) return false;
  const width = Math.max(0, ...g.map((r) => (Array.isArray(r) ? r.length : 0)));
  if (a.row < g.length && a.col < width) return true;
  return cell === 'A1';
}

describe('readWorkbook on random grids', () => {
  test('never throws; every issue is well-formed and points inside its sheet', () => {
    fc.assert(
      fc.property(workbook, (book) => {
        const { records, issues } = readWorkbook(book);
        expect(records.settings.days.length).toBeGreaterThan(0);
        for (const i of issues) {
          expect(i.code).not.toBe('internal-error');
          expect(['error', 'warning', 'info']).toContain(i.severity);
          expect(Object.keys(book)).toContain(i.sheet);
          expect(insideGrid(book[i.sheet], i.cell)).toBe(true);
          expect(i.message.length).toBeLessThan(400);
          if (i.suggestion !== undefined) expect(i.suggestion.length).toBeLessThan(400);
        }
        // Every record's origin points inside its sheet too.
        const lists = [records.teachers, records.locations, records.studentBodies, records.courses, records.groups, records.clubs, records.students, records.votes, records.clubRules, records.timetable, records.clubAssignments];
        for (const list of lists)
          for (const r of list as Array<{ origin: { sheet: string; cells: Record<string, string> } }>)
            for (const cell of Object.values(r.origin.cells)) expect(insideGrid(book[r.origin.sheet], cell)).toBe(true);
      }),
      { numRuns: 400, seed: 20261121 },
    );
  });

  test('a sheet that is not a list of rows does not throw either', () => {
    const odd = { Teachers: 'nonsense', Courses: [null, 5, ['ID']], Settings: [[{}], [undefined, Symbol('s')]] } as unknown as Record<string, unknown[][]>;
    expect(() => readWorkbook(odd)).not.toThrow();
    expect(() => readWorkbook(null as unknown as Record<string, unknown[][]>)).not.toThrow();
  });
});

// Random VALID values, written the many ways the rules allow, read without a single issue.
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];
const FULL = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const caseOf = (s: string) => fc.constantFrom(s, s.toLowerCase(), s.toUpperCase());
const dayWord = fc.integer({ min: 0, max: 4 }).chain((d) => fc.oneof(caseOf(DAYS[d]), caseOf(FULL[d]), fc.constant(FULL[d].slice(0, 4))));
const sep = fc.constantFrom(', ', ';', ' ; ', ',');
const joined = (items: fc.Arbitrary<string>) => fc.tuple(fc.array(items, { minLength: 1, maxLength: 4 }), sep).map(([xs, s]) => xs.join(s));
const slot = fc.oneof(
  dayWord,
  fc.tuple(dayWord, fc.integer({ min: 1, max: 6 })).map(([d, p]) => `${d} ${p}`),
  fc.tuple(dayWord, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 5 })).map(([d, p, n]) => `${d} ${p}-${Math.min(6, p + n)}`),
);
const int = (min: number, max: number) => fc.integer({ min, max }).chain((n) => fc.constantFrom<unknown>(n, String(n), ` ${n} `));
const validFor = (c: ColumnDef): fc.Arbitrary<unknown> => {
  switch (c.type) {
    case 'id':
    case 'text':
    case 'lower':
    case 'grade':
      return fc.oneof(fc.constantFrom('Ann  Lee', ' R1 ', 'x'), fc.integer({ min: 1, max: 999 }));
    case 'idList':
    case 'list':
    case 'lowerList':
      return joined(fc.constantFrom('a', 'B c', 'd'));
    case 'integer': {
      const max = c.maxOf === 'periods' ? 6 : c.maxOf === 'days' ? 5 : c.max ?? 40;
      return int(c.min ?? 0, max);
    }
    case 'number':
      return fc.double({ min: 0, max: 1000, noNaN: true });
    case 'yesNo':
      return fc.constantFrom<unknown>('yes', 'No', 'Y', 'n', 'TRUE', 'false', '1', '0', 'x', true, false, 1, 0);
    case 'enum':
      return fc.constantFrom(...c.values!).chain(caseOf);
    case 'day':
      return dayWord;
    case 'dayList':
      return joined(dayWord);
    case 'slotList':
      return joined(slot);
    case 'period':
      return int(1, 6);
    case 'gradeList':
      return joined(fc.oneof(fc.constantFrom('9', 'K', 'Grade 7'), fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 3 })).map(([a, n]) => `${a}-${a + n}`)));
    case 'daysPerGroup':
      return fc.oneof(fc.constant<unknown>('all'), int(1, 5));
  }
};

describe.each([...SHEET_DEFS, ...OUTPUT_SHEET_DEFS].filter((d) => !d.keyValue).map((d) => [d.name, d] as const))('valid values in %s', (_n, def) => {
  const rowArb = fc.tuple(...def.columns.map((c) => validFor(c)));
  test('read without issues, one record per row', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 5 }), (rows) => {
        const fixed = rows.map((r) => {
          const row = [...r];
          if (def.key === 'clubRules') {
            row[def.columns.findIndex((c) => c.field === 'rule')] = 'preselect';
          }
          return row;
        });
        const { records, issues } = readWorkbook({ [def.name]: [def.columns.map((c) => c.header), ...fixed] });
        expect(issues).toEqual([]);
        expect((records as unknown as Record<string, unknown[]>)[def.key]).toHaveLength(rows.length);
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
