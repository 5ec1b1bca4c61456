import type { OutputSheet } from '../../src/core/output';
import { OfficeHost, createOfficeHost } from '../../src/host/office';
import { TEMP_PREFIX } from '../../src/host/office-cells';
import { FakeWorkbook, PAYLOAD_LIMIT } from './fakeExcel';

const ticks = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
};

function setup(apiVersion = '1.18') {
  const book = new FakeWorkbook({ apiVersion });
  const host = new OfficeHost({ api: book.api() });
  return { book, host };
}

describe('OfficeHost.readSheets', () => {
  it('anchors values at A1 even when the used range starts further in', async () => {
    const { book, host } = setup();
    book.addSheet('Courses', [['ID', 'Lessons'], ['Maths', 4], ['Art', '#N/A']], 'C3');
    book.addSheet('Empty');
    const before = book.syncCount;
    const out = await host.readSheets();
    expect(book.syncCount - before).toBe(3); // names, used ranges, one block of values
    expect(out.Courses).toHaveLength(5);
    expect(out.Courses[0]).toEqual([null, null, null, null]);
    expect(out.Courses[2]).toEqual([null, null, 'ID', 'Lessons']);
    expect(out.Courses[3]).toEqual([null, null, 'Maths', 4]);
    expect(out.Courses[4][3]).toBe('#N/A');
    expect(out.Empty).toEqual([]);
  });

  it('reads only the named sheets, matching names case-insensitively', async () => {
    const { book, host } = setup();
    book.addSheet('Teachers', [['ID'], ['Ann']]);
    book.addSheet('Rooms', [['ID'], ['R1']]);
    const out = await host.readSheets(['teachers', 'Nope']);
    expect(Object.keys(out)).toEqual(['Teachers']);
    expect(out.Teachers).toEqual([['ID'], ['Ann']]);
  });

  it('splits big sheets into requests of at most maxReadCells cells and reassembles them exactly', async () => {
    const book = new FakeWorkbook();
    const grid = Array.from({ length: 300 }, (_, r) => Array.from({ length: 10 }, (_, c) => `r${r}c${c}`));
    book.addSheet('Votes', grid, 'B2');
    book.addSheet('Students', grid.slice(0, 50));
    const host = new OfficeHost({ api: book.api(), maxReadCells: 1000 });
    const before = book.syncCount;
    const out = await host.readSheets();
    // 3000 + 500 cells in blocks of ≤ 1000 cells: 4 value requests after the 2 setup syncs.
    expect(book.syncCount - before).toBe(2 + 4);
    expect(out.Votes[1].slice(1)).toEqual(grid[0]);
    expect(out.Votes[300].slice(1)).toEqual(grid[299]);
    expect(out.Students).toEqual(grid.slice(0, 50));
  });

  it('hides its own bookkeeping sheets from sheetNames and readSheets', async () => {
    const { book, host } = setup();
    book.addSheet('Settings', [['Setting', 'Value']]);
    book.addSheet('_PeriodicMarks', [['Sheet', 'Cell', 'PreviousFill', 'Note']]).visibility = 'VeryHidden';
    book.addSheet(`${TEMP_PREFIX}1`, [['half']]);
    expect(await host.sheetNames()).toEqual(['Settings']);
    expect(Object.keys(await host.readSheets())).toEqual(['Settings']);
  });
});

const timetable = (rows: number): OutputSheet => ({
  name: 'Timetable',
  values: [['Day', 'Period', 'Course', 'Grades'], ...Array.from({ length: rows }, (_, i) => ['Mon', i + 1, `C${i}`, '9-10'])],
  headerRows: 1,
  freezeColumns: 2,
  columnWidths: [10, undefined as unknown as number, 20],
  fills: [{ range: 'C2:C3', color: '#DDEEFF' }],
  bold: ['A2'],
  numberFormats: [{ range: 'B2:B3', format: '0' }],
});

describe('OfficeHost.writeSheets', () => {
  it('writes values in one block, then formats, then swaps the sheet in: three syncs in all', async () => {
    const { book, host } = setup();
    book.addSheet('Courses', [['ID'], ['Maths']]);
    const before = book.syncCount;
    await host.writeSheets([timetable(3)]);
    const requests = book.since(before);
    expect(requests).toHaveLength(3);
    const block = requests[1].actions;
    // The block starts by suspending calculation and screen updating, and values precede formats.
    expect(block.slice(0, 2)).toEqual(['application.suspendApiCalculationUntilNextSync', 'application.suspendScreenUpdatingUntilNextSync']);
    expect(block.lastIndexOf('range.values')).toBeLessThan(block.indexOf('font.bold'));
    expect(block.lastIndexOf('range.values')).toBeLessThan(block.indexOf('fill.color'));
    expect(requests[2].actions).toEqual(expect.arrayContaining(['worksheet.name', 'runtime.enableEvents']));

    const ws = book.sheet('Timetable');
    expect(ws.grid()[1]).toEqual(['Mon', 1, 'C0', '9-10']); // '9-10' stays text, not a date
    expect(ws.bold('A1') && ws.bold('D1') && ws.bold('A2')).toBe(true);
    expect(ws.bold('A3')).toBe(false);
    expect(ws.fill('C2')).toBe('#DDEEFF');
    expect(ws.fill('D2')).toBeNull();
    expect(ws.at(1, 1)?.numberFormat).toBe('0');
    expect(ws.frozen).toEqual({ rows: 1, columns: 2 });
    expect(ws.columnWidths.get(0)).toBeCloseTo(56.25); // 10 characters
    expect([...ws.autofitted].sort()).toEqual([1, 3]);
    expect(book.sheets.map((s) => s.name)).toEqual(['Courses', 'Timetable']);
    expect(book.eventsEnabled).toBe(true);
  });

  it('replaces an existing output sheet in its tab position and leaves other sheets alone', async () => {
    const { book, host } = setup();
    book.addSheet('Settings', [['Setting', 'Value']]);
    book.addSheet('Timetable', [['old'], ['stale row'], ['another']]);
    book.addSheet('Courses', [['ID'], ['Maths']]);
    await host.writeSheets([timetable(1)]);
    expect(book.sheets.map((s) => s.name)).toEqual(['Settings', 'Timetable', 'Courses']);
    expect(book.sheet('Timetable').grid()).toEqual([['Day', 'Period', 'Course', 'Grades'], ['Mon', 1, 'C0', '9-10']]);
    expect(book.sheet('Courses').grid()).toEqual([['ID'], ['Maths']]);
  });

  it('keeps text that Excel would parse as text: formulas, numbers-as-text, booleans-as-text', async () => {
    const { book, host } = setup();
    await host.writeSheets([{ name: 'Club Votes', values: [['=SUM(A1)', '007', 'TRUE', "'quoted", null, 12.5, false]] }]);
    expect(book.sheet('Club Votes').grid()[0]).toEqual(['=SUM(A1)', '007', 'TRUE', "'quoted", '', 12.5, false]);
  });

  it('writes the large example’s views (7,000 × 8 plus 20 grid sheets) with no request over 5 MB', async () => {
    const { book, host } = setup();
    const long = 'x'.repeat(200);
    const assignments: OutputSheet = {
      name: 'Club Assignments',
      values: [['Student', 'Day', 'Club', 'Group', 'Choice', 'Locked', 'Note', 'Teacher'],
        ...Array.from({ length: 7000 }, (_, i) => [`Student ${i} ${long}`, 'Mon', `Club ${i % 120} ${long}`, 1, (i % 5) + 1, 'no', long, `Teacher ${i % 80} ${long}`])],
    };
    const grids: OutputSheet[] = Array.from({ length: 20 }, (_, g) => ({
      name: `Grid ${g + 1}`,
      values: Array.from({ length: 9 }, (_, r) => Array.from({ length: 6 }, (_, c) => (r === 0 || c === 0 ? `H${r}${c}` : `Maths · T${g} · R${r}${c}`))),
      freezeColumns: 1,
      fills: Array.from({ length: 40 }, (_, k) => ({ range: `B${2 + (k % 8)}:F${2 + (k % 8)}`, color: '#E2EFDA' })),
    }));
    const valueBytes = JSON.stringify(assignments.values).length;
    expect(valueBytes).toBeGreaterThan(PAYLOAD_LIMIT); // too big for one request
    const before = book.syncCount;
    await host.writeSheets([assignments, ...grids]);
    const requests = book.since(before);
    expect(requests.every((r) => !r.rejected && r.bytes <= 4 * 1024 * 1024)).toBe(true);
    // ~6.1 MB of values need two ≤ 4 MB blocks; the grids' values and every format fit in the
    // second block's room; plus the setup sync and the swap: 4 syncs.
    expect(requests).toHaveLength(4);
    expect(requests.filter((r) => r.actions[0] === 'application.suspendApiCalculationUntilNextSync')).toHaveLength(2);
    expect(book.sheet('Club Assignments').grid()).toHaveLength(7001);
    expect(book.sheet('Club Assignments').value('H7001')).toBe(`Teacher ${6999 % 80} ${long}`);
    expect(book.sheet('Grid 20').fill('B9')).toBe('#E2EFDA');
  });

  it('with a small request budget, splits into many blocks: each one sync, all values before any format', async () => {
    const book = new FakeWorkbook();
    const host = new OfficeHost({ api: book.api(), maxRequestBytes: 16 * 1024 });
    const sheet = timetable(2000);
    const before = book.syncCount;
    await host.writeSheets([sheet, { ...timetable(10), name: 'Timetable Report' }]);
    const requests = book.since(before);
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.every((r) => r.bytes <= 16 * 1024)).toBe(true);
    const flat = requests.flatMap((r) => r.actions);
    expect(flat.lastIndexOf('range.values')).toBeLessThan(flat.indexOf('font.bold'));
    const blocks = requests.slice(1, -1);
    expect(blocks.every((r) => r.actions[0] === 'application.suspendApiCalculationUntilNextSync')).toBe(true);
    expect(book.sheet('Timetable').grid()).toEqual(sheet.values.map((r) => r.map((v) => v)));
  });

  it('a failure mid-way leaves the old sheet intact and no temporary sheet behind', async () => {
    const book = new FakeWorkbook();
    const host = new OfficeHost({ api: book.api(), maxRequestBytes: 16 * 1024 });
    book.addSheet('Timetable', [['old'], ['kept']]);
    book.sheet('Timetable').setFill('A1', '#123456');
    let writes = 0;
    book.failWhen = (action, sheet) => action === 'range.values' && !!sheet?.startsWith(TEMP_PREFIX) && ++writes === 3;
    await expect(host.writeSheets([timetable(2000)])).rejects.toThrow(/Could not write "Timetable": Injected failure.*Nothing was changed/);
    expect(book.sheets.map((s) => s.name)).toEqual(['Timetable']);
    expect(book.sheet('Timetable').grid()).toEqual([['old'], ['kept']]);
    expect(book.sheet('Timetable').fill('A1')).toBe('#123456');
    expect(book.eventsEnabled).toBe(true);

    book.failWhen = (action) => action === 'fill.color';
    await expect(host.writeSheets([timetable(5)])).rejects.toThrow(/Nothing was changed/);
    expect(book.sheets.map((s) => s.name)).toEqual(['Timetable']);
    expect(book.sheet('Timetable').grid()).toEqual([['old'], ['kept']]);

    book.failWhen = undefined;
    await host.writeSheets([timetable(5)]);
    expect(book.sheet('Timetable').grid()).toHaveLength(6);
  });

  it('refuses bad output with a clear message before touching the workbook', async () => {
    const { book, host } = setup();
    const before = book.syncCount;
    await expect(host.writeSheets([{ name: 'Bad/Name', values: [] }])).rejects.toThrow(/contains one of/);
    await expect(host.writeSheets([{ name: 'Timetable', values: [['a']], fills: [{ range: 'nonsense', color: '#FFFFFF' }] }])).rejects.toThrow(/"nonsense" is not a cell range/);
    expect(book.syncCount).toBe(before);
  });
});

describe('OfficeHost cells and selection', () => {
  it('writeCells creates the sheet when missing and keeps text as text', async () => {
    const { book, host } = setup();
    await host.writeCells('Settings', [{ cell: 'A1', value: 'Time limit' }, { cell: 'B1', value: 30 }, { cell: 'B2', value: '1-2' }]);
    expect(book.sheet('Settings').grid()).toEqual([['Time limit', 30], ['', '1-2']]);
    await expect(host.writeCells('Settings', [{ cell: 'B', value: 1 }])).rejects.toThrow(/"B" is not a cell address/);
  });

  it('select activates the sheet and selects the cell; a missing sheet is a clear error', async () => {
    const { book, host } = setup();
    book.addSheet('Courses', [['ID']]);
    book.addSheet('Teachers', [['ID']]);
    await host.select('courses', 'B7');
    expect(book.active?.name).toBe('Courses');
    expect(book.selection).toBe('Courses!B7');
    await expect(host.select('Rooms', 'A1')).rejects.toThrow('There is no sheet "Rooms" in this workbook any more.');
  });
});

describe('OfficeHost.onSheetChanged', () => {
  it('reports user edits of input sheets, but not our own writes, output sheets or _PeriodicMarks', async () => {
    const book = new FakeWorkbook();
    let now = 0;
    const host = new OfficeHost({ api: book.api(), now: () => now });
    book.addSheet('Courses', [['ID'], ['Maths']]);
    book.addSheet('Settings', [['Setting', 'Value']]);
    book.addSheet('Timetable', [['Day']]);
    const seen: string[] = [];
    const stop = host.onSheetChanged((s) => seen.push(s));
    await ticks();

    book.userEdit('Courses', 'A3', 'Art');
    await ticks();
    expect(seen).toEqual(['Courses']);

    // Our writes: events are off while we write, so nothing arrives.
    await host.writeCells('Settings', [{ cell: 'B2', value: 5 }]);
    await host.writeSheets([timetable(3)]);
    await ticks();
    expect(seen).toEqual(['Courses']);

    // A host that raises events anyway (enableEvents ignored): the in-process flag still filters them.
    book.ignoresEnableEvents = true;
    await host.writeCells('Settings', [{ cell: 'B3', value: 6 }]);
    await host.markIssues([{ severity: 'error', sheet: 'Courses', cell: 'A2', code: 'x', message: 'bad' }]);
    await ticks();
    expect(seen).toEqual(['Courses']);
    book.ignoresEnableEvents = false;

    book.userEdit('Timetable', 'A2', 'Mon'); // an output sheet
    await ticks();
    expect(seen).toEqual(['Courses']);

    now += 2000; // well after our write
    book.userEdit('Settings', 'B2', 7);
    await ticks();
    expect(seen).toEqual(['Courses', 'Settings']);

    stop();
    await ticks();
    book.userEdit('Courses', 'A4', 'PE');
    await ticks();
    expect(seen).toEqual(['Courses', 'Settings']);
    expect(book.handlers.size).toBe(0);
  });
});

describe('OfficeHost.onSheetChanged after highlighting', () => {
  it('still reports the user’s next edit straight after Validate marked the sheet', async () => {
    const book = new FakeWorkbook();
    const host = new OfficeHost({ api: book.api(), now: () => 0 });
    book.addSheet('Courses', [['ID', 'Lessons'], ['Maths', 'three']]);
    const seen: string[] = [];
    host.onSheetChanged((s) => seen.push(s));
    await ticks();
    await host.clearMarks();
    await host.markIssues([{ severity: 'error', sheet: 'Courses', cell: 'B2', code: 'x', message: 'not a number' }]);
    book.userEdit('Courses', 'B2', 3);
    await ticks();
    expect(seen).toEqual(['Courses']);
  });
});

describe('createOfficeHost', () => {
  it('can be imported and constructed without Office present', () => {
    expect((globalThis as { Excel?: unknown }).Excel).toBeUndefined();
    const host = createOfficeHost();
    expect(typeof host.readSheets).toBe('function');
  });
});
