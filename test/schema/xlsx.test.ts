// The reader on values that came through a real .xlsx file (ExcelJS adapter): an Excel table,
// formulas with cached results, rich text, error cells, dates and times.
import ExcelJS from 'exceljs';
import { XlsxHost } from '../../src/host/xlsx';
import { readWorkbook } from '../../src/schema';

async function roundTrip(build: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const buffer = await wb.xlsx.writeBuffer();
  const host = await XlsxHost.fromBuffer(buffer as ArrayBuffer);
  return readWorkbook(await host.readSheets());
}

test('an .xlsx with an Excel table, formulas, rich text, an error cell and a date reads as expected', async () => {
  const { records, issues } = await roundTrip((wb) => {
    const settings = wb.addWorksheet('Settings');
    settings.addRows([
      ['Setting', 'Value'],
      ['Periods per day', { formula: '3+4', result: 7 }],
      ['Period names', new Date(Date.UTC(1899, 11, 30, 8, 30))],
    ]);
    const courses = wb.addWorksheet('courses');
    courses.addTable({
      name: 'CourseTable',
      ref: 'B3',
      headerRow: true,
      columns: [{ name: 'ID' }, { name: 'Subject' }, { name: 'Teacher' }, { name: 'Class size' }, { name: 'Lessons per week' }, { name: 'Fixed times' }],
      rows: [
        ['Math', 'Mathematics', 'T1', 25, 4, 'Mon 7'],
        ['Art', 'Art', 'T2', 20, new Date(Date.UTC(2024, 2, 3)), null],
      ],
    });
    courses.getCell('C6').value = { richText: [{ text: 'Bio' }, { font: { bold: true }, text: 'logy' }] };
    courses.getCell('B6').value = 'Bio';
    courses.getCell('D6').value = 'T3';
    courses.getCell('E6').value = 18;
    courses.getCell('F6').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
  });
  expect(records.settings.periodsPerDay).toBe(7);
  expect(records.courses.map((c) => [c.id, c.subject, c.lessonsPerWeek, c.fixedTimes])).toEqual([['Math', 'Mathematics', 4, [{ day: 0, period: 6 }]]]);
  expect(records.headerCells.courses).toBe('B3');
  expect(issues.map((i) => [i.sheet, i.cell, i.severity, i.message])).toEqual([
    ['Settings', 'B3', 'warning', 'Period names lists 1 name but Periods per day is 7'],
    ['courses', 'F5', 'error', 'Lessons per week must be a whole number ≥ 1; found a date (2024-03-03)'],
    ['courses', 'F6', 'error', 'Lessons per week holds the Excel error #DIV/0!'],
  ]);
  expect(records.settings.periodNames).toEqual(['08:30']);
});
