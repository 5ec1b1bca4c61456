import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { UnreadableWorkbookError, XlsxHost } from '../../src/host/xlsx';
import { MARKS_SHEET } from '../../src/host/xlsx-marks';
import type { Issue } from '../../src/schema/issue';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'periodic-xlsx-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A saved-and-reopened host, as the CLI sees a file. */
async function reopen(host: XlsxHost): Promise<XlsxHost> {
  return XlsxHost.fromBuffer(await host.toBuffer());
}

/** Every cell's value and style, for "byte-for-byte equal" comparisons. */
function snapshot(ws: ExcelJS.Worksheet): unknown {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = { value: cell.value, style: cell.style, note: cell.note ?? null };
    }),
  );
  const cols = ws.columns?.map((c) => c.width) ?? [];
  return { cells, cols, views: ws.views, merges: (ws.model as { merges?: string[] }).merges ?? [] };
}

function inputWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const t = wb.addWorksheet('Teachers');
  t.addRow(['ID', 'Name', 'Max lessons per week']);
  t.addRow(['JS', 'John Smith', 20]);
  t.addRow(['AB', 'Ann Berg', 18]);
  t.getCell('A1').font = { bold: true, color: { argb: 'FF112233' } };
  t.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
  t.getCell('C3').numFmt = '0.00';
  t.getColumn(2).width = 31;
  wb.addWorksheet('Timetable').addRow(['old', 'output']);
  wb.addWorksheet('Courses').addRow(['ID', 'Subject']);
  return wb;
}

describe('XlsxHost.readSheets', () => {
  it('anchors values at A1 and turns every kind of cell into a plain value', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Odd');
    ws.getCell('C3').value = { richText: [{ text: 'Rich ' }, { font: { bold: true }, text: 'text' }] };
    ws.getCell('D3').value = { formula: 'A1+1', result: 42 };
    ws.getCell('E3').value = { text: 'a link', hyperlink: 'https://example.org' };
    ws.getCell('C4').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('D4').value = new Date(Date.UTC(2024, 0, 15));
    ws.getCell('E4').value = true;
    ws.getCell('F5').value = { formula: '1/0', result: { error: '#DIV/0!' } } as unknown as ExcelJS.CellValue;
    const host = await reopen(new XlsxHost(wb));
    const { Odd } = await host.readSheets();
    expect(Odd).toHaveLength(5);
    expect(Odd[0]).toEqual([null, null, null, null, null, null]);
    expect(Odd[2]).toEqual([null, null, 'Rich text', 42, 'a link', null]);
    expect(Odd[3].slice(2, 5)).toEqual(['#N/A', new Date(Date.UTC(2024, 0, 15)), true]);
    expect(Odd[4][5]).toBe('#DIV/0!');
  });

  it('reads only the named sheets, matching names case-insensitively', async () => {
    const host = new XlsxHost(inputWorkbook());
    const values = await host.readSheets(['teachers', 'Missing']);
    expect(Object.keys(values)).toEqual(['Teachers']);
    expect(values.Teachers[1]).toEqual(['JS', 'John Smith', 20]);
  });

  it('reads an empty sheet as no rows', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Empty');
    expect(await new XlsxHost(wb).readSheets()).toEqual({ Empty: [] });
  });
});

describe('XlsxHost.load', () => {
  it('reports a missing file and a non-workbook in one clear line', async () => {
    const bogus = path.join(tmp, 'notes.xlsx');
    fs.writeFileSync(bogus, 'this is not a zip file');
    await expect(XlsxHost.load(path.join(tmp, 'nope.xlsx'))).rejects.toThrow(/^Cannot read .*nope\.xlsx: no such file\.$/);
    const err = await XlsxHost.load(bogus).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnreadableWorkbookError);
    expect((err as Error).message).toMatch(/notes\.xlsx: it is not an Excel \.xlsx workbook/);
    expect((err as Error).message).not.toContain('\n');
  });

  it('saves and loads a file', async () => {
    const file = path.join(tmp, 'saved.xlsx');
    await new XlsxHost(inputWorkbook()).save(file);
    const host = await XlsxHost.load(file);
    expect(await host.sheetNames()).toEqual(['Teachers', 'Timetable', 'Courses']);
  });
});

describe('XlsxHost.writeSheets', () => {
  it('replaces the output sheet in place and leaves input sheets equal in values and styles', async () => {
    const original = await reopen(new XlsxHost(inputWorkbook()));
    const before = snapshot(original.workbook.getWorksheet('Teachers')!);
    await original.writeSheets([
      {
        name: 'TIMETABLE',
        values: [
          ['Day', 'Period', 'Course'],
          ['Mon', 1, 'Maths 9A'],
          ['Tue', 2],
        ],
        freezeColumns: 1,
        columnWidths: [12],
        fills: [{ range: 'C2:C2', color: '#AABBCC' }],
        numberFormats: [{ range: 'B2:B3', format: '0' }],
      },
      { name: 'Timetable Report', values: [['Total', 3]], headerRows: 0 },
    ]);
    const after = await reopen(original);
    expect(await after.sheetNames()).toEqual(['Teachers', 'TIMETABLE', 'Courses', 'Timetable Report']);
    expect(snapshot(after.workbook.getWorksheet('Teachers')!)).toEqual(before);
    const tt = after.workbook.getWorksheet('TIMETABLE')!;
    expect((await after.readSheets(['Timetable'])).TIMETABLE).toEqual([
      ['Day', 'Period', 'Course'],
      ['Mon', 1, 'Maths 9A'],
      ['Tue', 2, null],
    ]);
    expect(tt.getCell('A1').font?.bold).toBe(true);
    expect(tt.getCell('C1').font?.bold).toBe(true);
    expect(tt.getCell('D1').font?.bold).toBeFalsy();
    expect(tt.getCell('A2').font?.bold).toBeFalsy();
    expect(tt.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(tt.getColumn(1).width).toBe(12);
    expect(tt.getColumn(3).width).toBeGreaterThanOrEqual('Maths 9A'.length);
    expect(tt.getCell('C2').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFAABBCC' } });
    expect(tt.getCell('D3').fill).toBeUndefined();
    expect(tt.getCell('B2').numFmt).toBe('0');
    expect(after.workbook.getWorksheet('Timetable Report')!.getCell('A1').font?.bold).toBeFalsy();
  });
});

describe('XlsxHost.writeCells', () => {
  it('sets single cells, creating the sheet when missing', async () => {
    const host = new XlsxHost(inputWorkbook());
    await host.writeCells('Settings', [
      { cell: 'A1', value: 'Time limit' },
      { cell: 'B1', value: 60 },
    ]);
    await host.writeCells('teachers', [{ cell: 'C2', value: 22 }]);
    const values = await (await reopen(host)).readSheets(['Settings', 'Teachers']);
    expect(values.Settings).toEqual([['Time limit', 60]]);
    expect(values.Teachers[1][2]).toBe(22);
    await expect(host.writeCells('Settings', [{ cell: 'nonsense', value: 1 }])).rejects.toThrow(/not a cell address/);
  });
});

describe('XlsxHost marks', () => {
  const issues: Issue[] = [
    { severity: 'error', sheet: 'Teachers', cell: 'B2', code: 'x', message: 'Bad name', suggestion: 'Fix it' },
    { severity: 'warning', sheet: 'teachers', cell: 'C3', code: 'y', message: 'Odd number' },
    { severity: 'warning', sheet: 'Teachers', cell: 'B2', code: 'z', message: 'Also odd' },
    { severity: 'error', sheet: 'No such sheet', cell: 'A1', code: 'z', message: 'ignored' },
    { severity: 'info', sheet: 'Teachers', cell: 'A1', code: 'i', message: 'Just so you know' },
  ];

  it('highlights, notes and then restores every cell exactly, across a save and reopen', async () => {
    const host = await reopen(new XlsxHost(inputWorkbook()));
    const before = snapshot(host.workbook.getWorksheet('Teachers')!);
    await host.markIssues(issues);
    const marked = await reopen(host);
    const ws = marked.workbook.getWorksheet('Teachers')!;
    expect(ws.getCell('B2').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(ws.getCell('C3').fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
    expect(JSON.stringify(ws.getCell('B2').note)).toMatch(/Bad name.*Fix it.*Also odd/);
    // Info: a note, but the cell keeps its own look.
    expect(ws.getCell('A1').note).toBe('Note: Just so you know');
    expect((ws.getCell('A1').fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none').toBe('none');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true });
    // Neighbours sharing a style with a marked cell keep theirs.
    expect(ws.getCell('A2').fill).toBeUndefined();
    const marks = marked.workbook.getWorksheet(MARKS_SHEET)!;
    expect(marks.state).toBe('veryHidden');
    expect(marks.getRow(1).values).toEqual([undefined, 'Sheet', 'Cell', 'PreviousFill', 'Note']);
    expect(marks.getRow(2).getCell(3).value).toBe('#00FF00');
    expect(await marked.sheetNames()).not.toContain(MARKS_SHEET);

    await marked.clearMarks();
    const cleared = await reopen(marked);
    expect(snapshot(cleared.workbook.getWorksheet('Teachers')!)).toEqual(before);
    expect(cleared.workbook.getWorksheet(MARKS_SHEET)).toBeUndefined();
  });

  it('keeps the first remembered fill when marked twice, and never replaces a note of the user', async () => {
    const wb = inputWorkbook();
    wb.getWorksheet('Teachers')!.getCell('A3').note = 'my own note';
    const host = await reopen(new XlsxHost(wb));
    const before = snapshot(host.workbook.getWorksheet('Teachers')!);
    await host.markIssues(issues.slice(0, 1));
    await host.markIssues([...issues.slice(0, 1), { severity: 'error', sheet: 'Teachers', cell: 'A3', code: 'q', message: 'Bad ID' }]);
    const ws = host.workbook.getWorksheet('Teachers')!;
    expect(ws.getCell('A3').note).toBe('my own note');
    expect(ws.getCell('A3').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    await host.clearMarks();
    expect(snapshot((await reopen(host)).workbook.getWorksheet('Teachers')!)).toEqual(before);
  });
});

describe('XlsxHost.insertTemplateSheets', () => {
  it('creates only missing sheets, with headers, widths, prompts and dropdowns', async () => {
    const host = new XlsxHost(inputWorkbook());
    const created = await host.insertTemplateSheets([
      { name: 'teachers', columns: [{ header: 'ID', width: 10, prompt: 'x' }] },
      {
        name: 'Courses',
        columns: [{ header: 'ID', width: 10, prompt: 'x' }],
      },
      {
        name: 'Student Bodies',
        columns: [
          { header: 'ID', width: 14, prompt: 'A class or form' },
          { header: 'Tutor', width: 20, prompt: 'Teacher ID', dropdown: { sheet: 'Teachers', column: 'ID' } },
          { header: 'Optional', width: 9, prompt: 'yes or no', dropdown: { values: ['yes', 'no'] } },
        ],
        rows: [['9A', 'JS', 'no']],
      },
    ]);
    expect(created).toEqual(['Student Bodies']);
    const after = await reopen(host);
    const ws = after.workbook.getWorksheet('Student Bodies')!;
    expect((await after.readSheets(['Student Bodies']))['Student Bodies']).toEqual([
      ['ID', 'Tutor', 'Optional'],
      ['9A', 'JS', 'no'],
    ]);
    expect(ws.getCell('B1').font?.bold).toBe(true);
    expect(ws.getColumn(2).width).toBe(20);
    const dv = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae?: string[]; prompt?: string }> } }).dataValidations.model;
    expect(dv.B5).toMatchObject({ type: 'list', formulae: ["'Teachers'!$A$2:$A$501"], prompt: 'Teacher ID' });
    expect(dv.C2).toMatchObject({ type: 'list', formulae: ['"yes,no"'] });
    expect(dv.A3).toMatchObject({ prompt: 'A class or form' });
    // The existing Teachers sheet is untouched.
    expect((await after.readSheets(['Teachers'])).Teachers).toHaveLength(3);
  });
});
