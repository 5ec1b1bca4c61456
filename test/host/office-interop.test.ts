// Highlights are remembered in the workbook in one layout both adapters share: a workbook marked
// by `periodic validate` (ExcelJS) can be cleared in Excel (Office.js), and the other way round.
// The bridge below copies cells, fills, notes and sheet visibility between the two models.
import ExcelJS from 'exceljs';
import { XlsxHost } from '../../src/host/xlsx';
import { OfficeHost } from '../../src/host/office';
import { decodeFill, encodeFill } from '../../src/host/office-cells';
import type { Issue } from '../../src/schema/issue';
import { FakeWorkbook } from './fakeExcel';

const issues: Issue[] = [
  { severity: 'error', sheet: 'Courses', cell: 'B2', code: 'x', message: 'Unknown teacher', suggestion: 'Did you mean Ann?' },
  { severity: 'warning', sheet: 'Courses', cell: 'C3', code: 'y', message: 'Odd number' },
  { severity: 'error', sheet: 'Courses', cell: 'A3', code: 'z', message: 'Duplicate ID' },
];

function original(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Courses');
  ws.addRow(['ID', 'Teacher', 'Lessons']);
  ws.addRow(['Maths', 'Anne', 4]);
  ws.addRow(['Maths', 'Bob', 3]);
  ws.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
  ws.getCell('C3').fill = { type: 'pattern', pattern: 'lightGray', fgColor: { argb: 'FF0000FF' }, bgColor: { argb: 'FFFFFF00' } };
  return wb;
}

function toFake(wb: ExcelJS.Workbook): FakeWorkbook {
  const book = new FakeWorkbook();
  wb.eachSheet((ws) => {
    const sheet = book.addSheet(ws.name);
    if (ws.state === 'veryHidden') sheet.visibility = 'VeryHidden';
    ws.eachRow((row) => row.eachCell((cell) => {
      const v = cell.value;
      sheet.put([[typeof v === 'number' || typeof v === 'boolean' || v === null ? v : `'${String(v)}`]], cell.address);
      const fill = cell.fill && cell.fill.type === 'pattern' && cell.fill.pattern !== 'none' ? decodeFill(`json:${JSON.stringify(cell.fill)}`) : undefined;
      if (fill) sheet.setFill(cell.address, fill);
      const note = cell.note as unknown;
      if (note) sheet.notes.set(cell.address, typeof note === 'string' ? note : ((note as { texts: Array<{ text: string }> }).texts.map((t) => t.text).join('')));
    }));
  });
  return book;
}

function toExcelJs(book: FakeWorkbook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.visibility === 'VeryHidden' ? 'veryHidden' : 'visible' });
    for (const [key, cell] of s.cells) {
      const target = ws.getCell(Math.floor(key / 16384) + 1, (key % 16384) + 1);
      if (cell.value !== undefined && cell.value !== '') target.value = cell.value;
      const text = cell.fill ? encodeFill(cell.fill) : '';
      if (text) target.fill = text.startsWith('json:') ? JSON.parse(text.slice(5)) : { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${text.slice(1)}` } };
    }
    for (const [address, content] of s.notes) ws.getCell(address).note = content;
  }
  return wb;
}

const fillOf = (wb: ExcelJS.Workbook, address: string) => JSON.stringify(wb.getWorksheet('Courses')!.getCell(address).fill ?? null);

describe('highlights across adapters', () => {
  it('marked by the command line (ExcelJS), cleared in Excel (Office.js)', async () => {
    const xlsx = new XlsxHost(original());
    await xlsx.markIssues(issues);
    const book = toFake(xlsx.workbook);
    expect(book.sheet('Courses').fill('B2')).toBe('#FFC7CE');
    await new OfficeHost({ api: book.api() }).clearMarks();
    const courses = book.sheet('Courses');
    expect(courses.fill('B2')).toBe('#00FF00');
    expect(courses.fill('C3')).toBe('Gray25 #FFFF00/#0000FF');
    expect(courses.fill('A3')).toBeNull();
    expect(courses.notes.size).toBe(0);
  });

  it('marked in Excel (Office.js), cleared by the command line (ExcelJS)', async () => {
    const book = toFake(original());
    await new OfficeHost({ api: book.api() }).markIssues(issues);
    expect(book.sheet('Courses').notes.get('B2')).toBe('Error: Unknown teacher\nDid you mean Ann?');
    const wb = toExcelJs(book);
    const xlsx = new XlsxHost(wb);
    await xlsx.clearMarks();
    const before = original();
    for (const address of ['B2', 'C3', 'A3']) expect(fillOf(wb, address)).toBe(fillOf(before, address));
    expect(wb.getWorksheet('Courses')!.getCell('B2').note).toBeFalsy();
  });
});
