import type { SheetTemplate } from '../../src/host/port';
import { OfficeHost } from '../../src/host/office';
import { HEADER_FILL, TEMPLATE_ROWS } from '../../src/host/office-templates';
import { FakeWorkbook } from './fakeExcel';

const templates: SheetTemplate[] = [
  {
    name: 'Teachers',
    columns: [{ header: 'ID', width: 14, prompt: 'A short unique name for the teacher' }],
  },
  {
    name: 'Courses',
    columns: [
      { header: 'ID', width: 16, prompt: 'A unique course name, e.g. "Maths 9A"' },
      { header: 'Teacher', width: 14, prompt: 'Who teaches it (an ID from Teachers)', dropdown: { sheet: 'Teachers', column: 'ID' } },
      { header: 'Room', width: 12, prompt: 'Where (an ID from Locations)', dropdown: { sheet: 'Locations', column: 'ID' } },
      { header: 'Double lessons', width: 10, prompt: 'yes or no', dropdown: { values: ['yes', 'no'] } },
    ],
    rows: [['Maths 9A', 'Ann', 'R1', 'no'], ['Art 9A', 'Bob', 'R2', 'yes']],
  },
  {
    name: 'Locations',
    columns: [{ header: 'Notes', width: 30, prompt: 'Anything' }, { header: 'ID', width: 10, prompt: 'The room name' }],
  },
];

describe('OfficeHost.insertTemplateSheets', () => {
  it('creates only the missing sheets, styled, with a table, prompts and dropdowns', async () => {
    const book = new FakeWorkbook();
    // Teachers exists under another spelling, with its ID column second.
    const teachers = book.addSheet('teachers ', [['Name', 'ID'], ['Ann Smith', 'Ann']]);
    book.addSheet('Other', []).tables.push({ name: 'PeriodicCourses', address: 'A1:B2' });
    const host = new OfficeHost({ api: book.api() });
    const before = book.syncCount;
    const created = await host.insertTemplateSheets(templates);
    expect(created).toEqual(['Courses', 'Locations']);
    expect(book.syncCount - before).toBe(3); // names + tables, the Teachers header scan, one write block
    expect(teachers.grid()).toEqual([['Name', 'ID'], ['Ann Smith', 'Ann']]);
    expect(teachers.validations).toEqual([]);

    const courses = book.sheet('Courses');
    expect(courses.grid()).toEqual([['ID', 'Teacher', 'Room', 'Double lessons'], ['Maths 9A', 'Ann', 'R1', 'no'], ['Art 9A', 'Bob', 'R2', 'yes']]);
    expect(courses.bold('A1') && courses.bold('D1')).toBe(true);
    expect(courses.fill('D1')).toBe(HEADER_FILL);
    expect(courses.fill('A2')).toBeNull();
    expect(courses.frozen).toEqual({ rows: 1, columns: 0 });
    expect(courses.columnWidths.get(0)).toBeCloseTo(87.75); // 16 characters
    expect(courses.tables).toEqual([{ name: 'PeriodicCourses2', address: 'A1:D3' }]);

    const v = (address: string) => courses.validations.find((x) => x.address === address);
    const last = TEMPLATE_ROWS + 1;
    expect(v(`A2:A${last}`)?.prompt).toEqual({ title: 'ID', message: 'A unique course name, e.g. "Maths 9A"', showPrompt: true });
    expect(v(`A2:A${last}`)?.rule).toBeUndefined();
    expect(v(`B2:B${last}`)?.rule).toEqual({ list: { inCellDropDown: true, source: `='teachers '!$B$2:$B$${last}` } });
    expect(v(`C2:C${last}`)?.rule).toEqual({ list: { inCellDropDown: true, source: `='Locations'!$B$2:$B$${last}` } });
    expect(v(`D2:D${last}`)?.rule).toEqual({ list: { inCellDropDown: true, source: 'yes,no' } });
    expect(v(`D2:D${last}`)?.errorAlert?.style).toBe('Warning');

    const locations = book.sheet('Locations');
    expect(locations.grid()).toEqual([['Notes', 'ID']]);
    expect(locations.tables).toEqual([{ name: 'PeriodicLocations', address: 'A1:B2' }]);
    expect(book.eventsEnabled).toBe(true);
  });

  it('touches nothing when every sheet exists', async () => {
    const book = new FakeWorkbook();
    for (const t of templates) book.addSheet(t.name.toUpperCase(), [['x']]);
    const host = new OfficeHost({ api: book.api() });
    expect(await host.insertTemplateSheets(templates)).toEqual([]);
    expect(book.sheets.every((s) => s.grid().length === 1 && s.tables.length === 0 && s.validations.length === 0)).toBe(true);
  });

  it('refuses a template with an impossible sheet name before touching the workbook', async () => {
    const book = new FakeWorkbook();
    const host = new OfficeHost({ api: book.api() });
    await expect(host.insertTemplateSheets([{ name: 'A:B', columns: [] }])).rejects.toThrow(/contains one of/);
    expect(book.syncCount).toBe(0);
  });
});
