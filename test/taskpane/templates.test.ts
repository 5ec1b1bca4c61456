import { SHEET_DEFS } from '../../src/schema';
import { exampleTemplates, inputTemplates } from '../../src/taskpane/templates';
import { settingWrite } from '../../src/taskpane/settingsCells';

describe('template sheets from SHEET_DEFS', () => {
  const templates = inputTemplates();
  const byName = (name: string) => templates.find((t) => t.name === name)!;

  it('has one template per input sheet, each column with its header, a width and a prompt', () => {
    expect(templates.map((t) => t.name)).toEqual(SHEET_DEFS.map((d) => d.name));
    for (const t of templates) {
      for (const c of t.columns) {
        expect(c.width).toBeGreaterThanOrEqual(c.header.length);
        expect(c.prompt.length).toBeGreaterThan(10);
      }
    }
    expect(byName('Courses').columns.find((c) => c.header === 'Lessons per week')!.prompt).toMatch(/^Required\. /);
  });

  it('gives single-ID references a dropdown of the other sheet’s ID column, and yes/no columns yes/no', () => {
    const courses = byName('Courses').columns;
    const teachers = byName('Teachers').columns;
    expect(teachers.find((c) => c.header === 'Home room')!.dropdown).toEqual({ sheet: 'Locations', column: 'ID' });
    expect(courses.find((c) => c.header === 'Optional')!.dropdown).toEqual({ values: ['yes', 'no'] });
    // A list of candidates can't be one dropdown choice.
    expect(courses.find((c) => c.header === 'Teacher')!.dropdown).toBeUndefined();
    expect(byName('Votes').columns.find((c) => c.header === 'Choice 1')!.dropdown).toEqual({ sheet: 'Clubs', column: 'Club' });
    expect(byName('Votes').columns.find((c) => c.header === 'Student')!.dropdown).toEqual({ sheet: 'Students', column: 'Student' });
  });

  it('pre-fills Settings and Weights with every name and its default', () => {
    const settings = byName('Settings').rows!;
    expect(settings).toContainEqual(['Time limit', '30']);
    expect(settings).toContainEqual(['Periods per day', '6']);
    expect(byName('Weights').rows).toContainEqual(['Unscheduled lesson', 1000]);
  });

  it('turns example sheets into templates that keep the example’s own columns and rows', () => {
    const [courses] = exampleTemplates({ Courses: [['ID', 'Subject', 'My notes'], ['C1', 'Art', 'keep'], [null, null, null]] });
    expect(courses.columns.map((c) => c.header)).toEqual(['ID', 'Subject', 'My notes']);
    expect(courses.columns[2].prompt).toBe('');
    expect(courses.rows).toEqual([['C1', 'Art', 'keep']]);
  });
});

describe('writing a setting back to Settings', () => {
  it('writes the value cell of the setting’s existing row, matching names loosely', () => {
    const values = { settings: [['Setting', 'Value'], ['Days', 'Mon'], ['time-limit', 30]] };
    expect(settingWrite(values, 'Time limit', 45)).toEqual({ sheet: 'settings', cells: [{ cell: 'B3', value: 45 }] });
  });

  it('follows the header when the table starts further in', () => {
    const values = { Settings: [[], [null, 'Value', 'Setting'], [null, 7, 'Seed']] };
    expect(settingWrite(values, 'Seed', 9)).toEqual({ sheet: 'Settings', cells: [{ cell: 'B3', value: 9 }] });
  });

  it('adds a row below the last one when the setting is missing', () => {
    const values = { Settings: [['Setting', 'Value'], ['Days', 'Mon'], [null, null], ['Seed', 1]] };
    expect(settingWrite(values, 'Time limit', 12).cells).toEqual([{ cell: 'A5', value: 'Time limit' }, { cell: 'B5', value: 12 }]);
  });

  it('creates Settings when the workbook has none', () => {
    expect(settingWrite({ Courses: [['ID']] }, 'Seed', 3)).toEqual({ sheet: 'Settings', cells: [
      { cell: 'A1', value: 'Setting' }, { cell: 'B1', value: 'Value' }, { cell: 'A2', value: 'Seed' }, { cell: 'B2', value: 3 },
    ] });
  });
});

describe('settingWrite on a Settings sheet without a header row', () => {
  it('writes the value where the reader reads it, not as a new row', () => {
    const values = { Settings: [['Time limit', 30], ['Seed', 4]] };
    expect(settingWrite(values, 'Time limit', 45)).toEqual({ sheet: 'Settings', cells: [{ cell: 'B1', value: 45 }] });
    expect(settingWrite(values, 'Seed', 9)).toEqual({ sheet: 'Settings', cells: [{ cell: 'B2', value: 9 }] });
  });
});
