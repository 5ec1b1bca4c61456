// Generated from SHEET_DEFS: for every column of every sheet, a wrong value yields an error at
// exactly that cell, and a valid row yields no issue at all.
import { OUTPUT_SHEET_DEFS, SETTING_NAMES, SHEET_DEFS, readWorkbook, type ColumnDef, type SheetDef } from '../../src/schema';

const SETTINGS = [
  ['Setting', 'Value'],
  ['Days', 'Mon, Tue, Wed, Thu, Fri'],
  ['Periods per day', 6],
  ['Club days', 'Mon, Wed, Fri'],
];

/** A value every column of this type accepts. */
function validValue(c: ColumnDef): unknown {
  switch (c.type) {
    case 'id':
      return 'Id 1';
    case 'idList':
      return 'Id 1, Id 2';
    case 'text':
      return 'Some text';
    case 'list':
      return 'a, b';
    case 'lower':
      return 'F';
    case 'lowerList':
      return 'f, m';
    case 'integer':
      return Math.max(c.min ?? 0, 1);
    case 'number':
      return 2;
    case 'yesNo':
      return 'yes';
    case 'enum':
      return c.values![0];
    case 'day':
      return 'Mon';
    case 'dayList':
      return 'Mon, Wed';
    case 'slotList':
      return 'Mon 1, Tue 2-3';
    case 'period':
      return 2;
    case 'grade':
      return '9';
    case 'gradeList':
      return '9-10';
    case 'daysPerGroup':
      return 2;
  }
}

/** Values no column of this type accepts (each one is tried). */
function wrongValues(c: ColumnDef): unknown[] {
  const always = ['#N/A', new Date(Date.UTC(2024, 0, 1))];
  switch (c.type) {
    case 'id':
    case 'idList':
    case 'text':
    case 'list':
    case 'lower':
    case 'lowerList':
    case 'grade':
      return [...always, 'z'.repeat(100_000)];
    case 'integer': {
      const tooBig = c.maxOf === 'periods' ? 7 : c.maxOf === 'days' ? 6 : c.max !== undefined ? c.max + 1 : undefined;
      return [...always, 'three', 1.5, Number.NaN, true, (c.min ?? 0) - 1, ...(tooBig === undefined ? [] : [tooBig])];
    }
    case 'number':
      return [...always, 'heavy', Number.POSITIVE_INFINITY, -1];
    case 'yesNo':
      return [...always, 'maybe', 2];
    case 'enum':
      return [...always, 'sometimes', 3];
    case 'day':
      return [...always, 'Funday', 3];
    case 'dayList':
      // Clubs › Days may only name club days.
      return [...always, 'Mon, Funday', ...(c.clubDaysOnly ? ['Tue'] : [])];
    case 'slotList':
      return [...always, 'Mon 7', 'Mon 3-2', 'Mon, Sun 1'];
    case 'period':
      return [...always, 0, 7, 'third'];
    case 'gradeList':
      return [...always, '10-9'];
    case 'daysPerGroup':
      return [...always, 'some', 0, 4];
  }
}

/** A header row and one valid row of a table sheet, with rule-specific needs met. */
function validTable(def: SheetDef): { header: string[]; row: unknown[] } {
  const header = def.columns.map((c) => c.header);
  const row = def.columns.map(validValue);
  if (def.key === 'clubRules') row[def.columns.findIndex((c) => c.field === 'rule')] = 'preselect';
  return { header, row };
}

const TABLES = [...SHEET_DEFS, ...OUTPUT_SHEET_DEFS].filter((d) => !d.keyValue);

describe.each(TABLES.map((d) => [d.name, d] as const))('%s', (_name, def) => {
  // Offset by one row and one column so a wrong address cannot pass by accident.
  const book = (row: unknown[]) => {
    const { header, row: _ } = validTable(def);
    return readWorkbook({ Settings: SETTINGS, [def.name]: [[], [null, ...header], [null, ...validTable(def).row], [null, ...row]] });
  };

  test('a valid row reads without issues', () => {
    const { records, issues } = book(validTable(def).row);
    expect(issues).toEqual([]);
    const list = (records as unknown as Record<string, unknown[]>)[def.key];
    expect(list).toHaveLength(2);
  });

  const cases = def.columns.flatMap((c, i) => wrongValues(c).map((v) => [c.header, i, v] as const));
  test.each(cases)('%s = %p is an error at exactly that cell', (header, i, value) => {
    const row = [...validTable(def).row];
    row[i] = value;
    const { issues } = book(row);
    const cell = String.fromCharCode(66 + i) + '4';
    const errors = issues.filter((x) => x.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ sheet: def.name, cell });
    expect(errors[0].message).toContain(header);
    expect(errors[0].suggestion).toBeTruthy();
    expect(errors[0].message.length).toBeLessThan(300);
  });
});

describe('Settings', () => {
  test.each(SETTING_NAMES.flatMap((s) => wrongValues(s).filter((v) => !(s.field === 'seed' && v === -1) && s.field !== 'optionsToKeep').map((v) => [s.header, v] as const)))(
    '%s = %p is an error at its value cell',
    (name, value) => {
      const { records, issues } = readWorkbook({ Settings: [['Setting', 'Value'], ['Options to keep', 5], [name, value]] });
      expect(issues.filter((x) => x.severity === 'error')).toEqual([expect.objectContaining({ sheet: 'Settings', cell: 'B3' })]);
      expect(records.settings.optionsToKeep).toBe(5); // the rest still reads
    },
  );

  test('Days lists each day once, as names', () => {
    for (const days of ['Mon, mon', '1, 2, 3', ' ; ']) {
      const { records, issues } = readWorkbook({ Settings: [['Setting', 'Value'], ['Days', days]] });
      expect(issues).toEqual([expect.objectContaining({ severity: 'error', cell: 'B2' })]);
      expect(records.settings.days).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
    }
  });
});

test('Options to keep = three is an error at its value cell', () => {
  const { records, issues } = readWorkbook({ Settings: [['Setting', 'Value'], ['Options to keep', 'three']] });
  expect(issues).toEqual([expect.objectContaining({ severity: 'error', cell: 'B2', message: "Options to keep must be a whole number from 1 to 20; found 'three'" })]);
  expect(records.settings.optionsToKeep).toBe(3);
});

describe('Weights', () => {
  test.each(['heavy', -1, '#REF!', true, new Date(0), Number.NaN])('weight %p is an error at its cell', (value) => {
    const { records, issues } = readWorkbook({ Weights: [['Criterion', 'Weight'], ['Student gap', 3], ['Teacher gap', value]] });
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', sheet: 'Weights', cell: 'B3' })]);
    expect(records.weights.values).toEqual({ 'Student gap': 3 });
  });
});

describe('Votes choice columns beyond the fifth', () => {
  test('a wrong value in Choice 7 is an error at that cell', () => {
    const { records, issues } = readWorkbook({ Votes: [['Student', '6', 'Choice 7'], ['Ann', 'Chess', new Date(0)]] });
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', cell: 'C2' })]);
    expect(records.votes[0].choices).toEqual([null, null, null, null, null, 'Chess', null]);
  });
});

describe('defaults as typed', () => {
  test("every setting's default, typed into Settings, reads as that default without issues", () => {
    const rows = SETTING_NAMES.map((s) => [s.header, s.defaultText ?? null]);
    const typed = readWorkbook({ Settings: [['Setting', 'Value'], ...rows] });
    const none = readWorkbook({});
    expect(typed.issues).toEqual([]);
    const { cells: _a, sheet: _b, ...typedSettings } = typed.records.settings;
    const { cells: _c, sheet: _d, ...defaults } = none.records.settings;
    expect(typedSettings).toEqual(defaults);
  });

  test.each(TABLES.flatMap((d) => d.columns.filter((c) => c.defaultText !== undefined).map((c) => [d.name, c.header, d, c] as const)))(
    '%s › %s: its default typed in reads as a blank would',
    (_s, _h, def, c) => {
      const { header, row } = validTable(def);
      const i = def.columns.indexOf(c);
      const typed = [...row];
      typed[i] = c.defaultText;
      const blank = [...row];
      blank[i] = null;
      const a = readWorkbook({ [def.name]: [header, typed] });
      const b = readWorkbook({ [def.name]: [header, blank] });
      expect(a.issues).toEqual([]);
      const strip = (r: typeof a.records) => JSON.stringify((r as unknown as Record<string, Array<{ origin: unknown }>>)[def.key].map(({ origin: _o, ...rest }) => rest));
      expect(strip(a.records)).toBe(strip(b.records));
    },
  );
});

test('every column and setting has a one-sentence description that fits an Excel input prompt (255 characters)', () => {
  for (const c of [...TABLES.flatMap((d) => d.columns), ...SETTING_NAMES]) {
    const prompt = `${c.required ? 'Required. ' : ''}${c.description}${c.defaultText ? ` Default: ${c.defaultText}.` : ''}`;
    expect(prompt.length).toBeLessThanOrEqual(255);
    expect(c.description).toMatch(/^[A-Z'a-z].*\.$/);
  }
});

test('ID-reference columns name a sheet that exists and has an ID column', () => {
  for (const c of TABLES.flatMap((d) => d.columns)) {
    if (!c.ref) continue;
    const target = SHEET_DEFS.find((d) => d.key === c.ref);
    expect(target).toBeDefined();
    expect(target!.columns[0].type).toBe('id');
    expect(target!.columns[0].required).toBe(true);
  }
});
