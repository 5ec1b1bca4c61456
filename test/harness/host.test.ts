// The harness adapter must behave like the real adapters wherever the pane or the browser tests
// can tell; these pin that behaviour down.
import { createHarnessHost, MARK_COLORS } from '../../src/harness/host';
import { HarnessWorkbook, cellsOf } from '../../src/harness/workbook';
import type { Issue } from '../../src/schema/issue';

function book() {
  const wb = HarnessWorkbook.fromJson({ sheets: [
    { name: 'Courses', cells: [['A1', { v: 'ID' }], ['B1', { v: 'Lessons per week' }], ['A2', { v: 'MA' }], ['B2', { v: 'three', fill: '#00B050' }], ['B3', { v: 4, note: 'mine' }]] },
    { name: 'Settings', cells: [['A1', { v: 'Setting' }], ['B1', { v: 'Value' }], ['A2', { v: 'Start' }], ['B2', { v: { date: '2026-09-01T00:00:00.000Z' } }]] },
  ] });
  return { wb, host: createHarnessHost(wb) };
}

const issue = (cell: string, severity: Issue['severity'], message: string): Issue => ({ severity, sheet: 'courses', cell, code: 'x', message });

describe('harness host', () => {
  it('reads values anchored at A1, dates as dates', async () => {
    const { host } = book();
    const values = await host.readSheets(['SETTINGS']);
    expect(Object.keys(values)).toEqual(['Settings']);
    expect(values.Settings[1][1]).toEqual(new Date('2026-09-01T00:00:00.000Z'));
  });

  it('marks the worst severity per cell, keeps the user’s own note, and clears back exactly', async () => {
    const { wb, host } = book();
    await host.markIssues([issue('B2', 'warning', 'odd'), issue('B2', 'error', 'not a number'), issue('B3', 'warning', 'big'), issue('Z', 'error', 'bad address')]);
    expect(wb.cell('Courses', 'B2')).toMatchObject({ fill: MARK_COLORS.error, note: 'Warning: odd\n\nError: not a number' });
    expect(wb.cell('Courses', 'B3')).toMatchObject({ fill: MARK_COLORS.warning, note: 'mine' });
    // Marking again (re-validation) must not forget the original fill.
    await host.markIssues([issue('B2', 'error', 'still not a number')]);
    await host.clearMarks();
    expect(wb.cell('Courses', 'B2')).toMatchObject({ fill: '#00B050', note: null, value: 'three' });
    expect(wb.cell('Courses', 'B3')).toMatchObject({ fill: null, note: 'mine' });
    // What was changed lives in the workbook (its settings), not in the adapter.
    const again = createHarnessHost(wb);
    await host.markIssues([issue('A2', 'info', 'fyi')]);
    // Like the real adapters: an info issue adds a note but keeps the cell's fill.
    expect(wb.cell('Courses', 'A2')).toMatchObject({ fill: null, note: 'Note: fyi' });
    await again.clearMarks();
    expect(wb.cell('Courses', 'A2')).toMatchObject({ fill: null, note: null });
  });

  it('writes output sheets whole: a bad one leaves the workbook as it was', async () => {
    const { wb, host } = book();
    await expect(host.writeSheets([{ name: 'Timetable', values: [['Day']] }, { name: 'Bad/name', values: [] }])).rejects.toThrow(/can't be a sheet name/);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Courses', 'Settings']);
    await expect(host.writeSheets([{ name: 'Timetable', values: [['Day']], fills: [{ range: 'nonsense', color: '#FFFFFF' }] }])).rejects.toThrow(/not a range/);
    expect(wb.sheet('Timetable')).toBeUndefined();
    await host.writeSheets([{ name: 'Timetable', values: [['Day', 'Period'], ['Mon', 1]], fills: [{ range: 'A2:B2', color: '#e2efda' }], freezeColumns: 1 }]);
    expect(wb.values('Timetable')).toEqual([['Day', 'Period'], ['Mon', 1]]);
    expect(wb.cell('Timetable', 'B2')?.fill).toBe('#E2EFDA');
    expect(wb.cell('Timetable', 'A1')?.bold).toBe(true);
  });

  it('raises change events for user edits only, not for its own writes', async () => {
    const { host } = book();
    const seen: string[] = [];
    const stop = host.onSheetChanged((s) => seen.push(s));
    await host.writeCells('Settings', [{ cell: 'B3', value: 5 }]);
    await host.writeSheets([{ name: 'Timetable', values: [['Day']] }]);
    await host.markIssues([issue('B2', 'error', 'x')]);
    expect(seen).toEqual([]);
    host.userEdit('courses', 'B2', 3);
    expect(seen).toEqual(['Courses']);
    stop();
    host.userEdit('Courses', 'B2', 4);
    expect(seen).toEqual(['Courses']);
  });

  it('inserts only missing template sheets with styled headers, prompts and dropdowns', async () => {
    const { wb, host } = book();
    const created = await host.insertTemplateSheets([
      { name: 'COURSES', columns: [{ header: 'ID', width: 10, prompt: 'p' }] },
      { name: 'Teachers', columns: [{ header: 'ID', width: 16, prompt: 'A unique name' }, { header: 'Home room', width: 12, prompt: 'room', dropdown: { sheet: 'Locations', column: 'ID' } }], rows: [['T1', null]] },
    ]);
    expect(created).toEqual(['Teachers']);
    expect(wb.values('Courses')[0]).toEqual(['ID', 'Lessons per week']);
    const teachers = wb.sheet('Teachers')!;
    expect(wb.values('Teachers')).toEqual([['ID', 'Home room'], ['T1', null]]);
    expect(teachers.validation.get(1)).toEqual({ prompt: 'room', dropdown: '=Locations!ID' });
    expect(teachers.frozenRows).toBe(1);
  });

  it('select needs an existing sheet', async () => {
    const { wb, host } = book();
    await host.select('settings', '$B$2');
    expect([wb.activeSheet, wb.selection]).toEqual(['Settings', 'B2']);
    await expect(host.select('Nope', 'A1')).rejects.toThrow("There is no sheet named 'Nope'.");
  });

  it('expands ranges', () => {
    expect(cellsOf('B2:C3')).toEqual(['B2', 'C2', 'B3', 'C3']);
    expect(cellsOf('Sheet!D4')).toEqual(['D4']);
  });
});
