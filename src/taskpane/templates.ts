// "Insert template sheets" and "Load example" as plain data: SheetTemplate[] built from the
// schema's SHEET_DEFS, so a column's prompt and dropdown come from the one place it is described.
import type { SheetTemplate, TemplateColumn } from '../host/port';
import { SETTING_NAMES, SHEET_DEFS, TIMETABLE_CRITERIA, normName, sheetDefByName } from '../schema';
import type { ColumnDef, SheetDef } from '../schema';
import type { CellValue, SheetValues } from '../schema/records';

const WIDTH_BY_TYPE: Partial<Record<ColumnDef['type'], number>> = {
  idList: 22,
  list: 22,
  lowerList: 16,
  slotList: 24,
  dayList: 18,
  text: 18,
  id: 16,
  integer: 10,
  number: 10,
  yesNo: 9,
  period: 9,
};

function idHeaderOf(key: SheetDef['key']): { sheet: string; column: string } | undefined {
  const def = SHEET_DEFS.find((d) => d.key === key);
  const idColumn = def?.columns.find((c) => c.field === 'id');
  return def && idColumn ? { sheet: def.name, column: idColumn.header } : undefined;
}

export function templateColumn(c: ColumnDef): TemplateColumn {
  const width = Math.max(c.header.length + 2, WIDTH_BY_TYPE[c.type] ?? 14);
  const defaultText = c.defaultText ? ` Default: ${c.defaultText}.` : '';
  const prompt = `${c.required ? 'Required. ' : ''}${c.description}${defaultText}`;
  let dropdown: TemplateColumn['dropdown'];
  // Lists of IDs can't be a dropdown (Excel validation allows one item); single IDs can.
  if (c.ref && c.type === 'id') dropdown = idHeaderOf(c.ref);
  else if (c.yesNo || c.type === 'yesNo') dropdown = { values: ['yes', 'no'] };
  else if (c.type === 'enum' && c.values) dropdown = { values: [...c.values] };
  return { header: c.header, width, prompt, ...(dropdown ? { dropdown } : {}) };
}

/** Settings and Weights come pre-filled with every setting / criterion and its default. */
function defaultRows(def: SheetDef): CellValue[][] | undefined {
  if (def.key === 'settings') return SETTING_NAMES.map((s) => [s.header, s.defaultText ?? '']);
  if (def.key === 'weights') return Object.entries(TIMETABLE_CRITERIA).map(([name, weight]) => [name, weight]);
  return undefined;
}

/** One template per input sheet of SCHEMA.md, in its order. */
export function inputTemplates(): SheetTemplate[] {
  return SHEET_DEFS.map((def) => {
    const rows = defaultRows(def);
    return { name: def.name, columns: def.columns.map(templateColumn), ...(rows ? { rows } : {}) };
  });
}

/**
 * Example sheets (header row + data, as the example generator makes them) → templates carrying
 * those rows. Columns follow the example's own header; known columns get their prompt and dropdown.
 */
export function exampleTemplates(example: SheetValues): SheetTemplate[] {
  const out: SheetTemplate[] = [];
  for (const [name, grid] of Object.entries(example)) {
    const rows = (grid ?? []).filter((row) => Array.isArray(row) && row.some((v) => v !== null && v !== undefined && v !== ''));
    if (rows.length === 0) continue;
    const def = sheetDefByName(name);
    const [header, ...data] = rows;
    const columns = header.map((h): TemplateColumn => {
      const text = String(h ?? '');
      const known = def?.columns.find((c) => [c.header, ...(c.aliases ?? [])].some((a) => normName(a) === normName(text)));
      return known ? { ...templateColumn(known), header: text } : { header: text, width: Math.max(text.length + 2, 12), prompt: '' };
    });
    out.push({ name, columns, rows: data.map((row) => header.map((_, i) => toCellValue(row[i]))) });
  }
  return out;
}

function toCellValue(v: unknown): CellValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  return String(v);
}
