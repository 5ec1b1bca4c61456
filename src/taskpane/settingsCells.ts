// Where to write a setting the pane changed (Time limit, Seed) so a colleague opening the
// workbook sees it: its row's Value cell if the Settings sheet has it, else a new row below the
// last one, else a new Settings sheet.
import { normName, readWorkbook, toA1 } from '../schema';
import type { CellValue, SheetValues } from '../schema/records';

export interface SettingWrite {
  sheet: string;
  cells: Array<{ cell: string; value: CellValue }>;
}

const blank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

export function settingWrite(values: SheetValues, setting: string, value: CellValue): SettingWrite {
  // Where the reader found the setting is where it must go (also in a Settings sheet without a header row).
  const settingsOnly = Object.fromEntries(Object.entries(values).filter(([name]) => normName(name) === 'settings'));
  const { records } = readWorkbook(settingsOnly);
  const field = setting === 'Time limit' ? 'timeLimit' : normName(setting);
  const known = records.settings.sheet ? records.settings.cells[field] : undefined;
  if (records.settings.sheet && known) return { sheet: records.settings.sheet, cells: [{ cell: known, value }] };
  // A missing or empty Settings sheet gets a header and this one row.
  const fresh = (sheet: string): SettingWrite => ({ sheet, cells: [
    { cell: 'A1', value: 'Setting' }, { cell: 'B1', value: 'Value' },
    { cell: 'A2', value: setting }, { cell: 'B2', value },
  ] });
  const sheet = Object.keys(values).find((name) => normName(name) === 'settings');
  if (!sheet) return fresh('Settings');
  const grid = (values[sheet] ?? []).map((row) => (Array.isArray(row) ? row : []));
  const headerRow = grid.findIndex((row) => row.some((v) => !blank(v)));
  if (headerRow < 0) return fresh(sheet);
  const header = grid[headerRow];
  const find = (name: string) => header.findIndex((v) => typeof v === 'string' && normName(v) === name);
  const nameCol = find('setting') >= 0 ? find('setting') : header.findIndex((v) => !blank(v));
  const valueCol = find('value') >= 0 ? find('value') : nameCol + 1;
  for (let r = headerRow + 1; r < grid.length; r++) {
    const name = grid[r][nameCol];
    if (typeof name === 'string' && normName(name) === normName(setting)) {
      return { sheet, cells: [{ cell: toA1(r, valueCol), value }] };
    }
  }
  let last = headerRow;
  for (let r = headerRow + 1; r < grid.length; r++) if (grid[r].some((v) => !blank(v))) last = r;
  return { sheet, cells: [{ cell: toA1(last + 1, nameCol), value: setting }, { cell: toA1(last + 1, valueCol), value }] };
}
