// One raw host value → a small tagged union the parsers can switch on. Hosts hand over strings,
// numbers, booleans, Dates, null — and sometimes ExcelJS-style objects (rich text, formulas,
// hyperlinks, errors), which are flattened here so nothing above has to know about them.

export type Cell =
  | { kind: 'blank' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; n: number }
  | { kind: 'bool'; b: boolean }
  | { kind: 'date'; d: Date }
  | { kind: 'error'; code: string }
  | { kind: 'other' };

const BLANK: Cell = { kind: 'blank' };
const OTHER: Cell = { kind: 'other' };

/** Excel's error values as text ('#N/A', '#REF!', '#DIV/0!', '#SPILL!', '#GETTING_DATA', …). */
const EXCEL_ERROR = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!|EXTERNAL!|GETTING_DATA)$/i;

export function isExcelError(text: string): boolean {
  return text.length <= 14 && EXCEL_ERROR.test(text.trim());
}

export function toCell(v: unknown, depth = 0): Cell {
  if (v === null || v === undefined) return BLANK;
  switch (typeof v) {
    case 'string': {
      const t = v.trim();
      if (t === '') return BLANK;
      if (t.charCodeAt(0) === 35 /* # */ && isExcelError(t)) return { kind: 'error', code: t.toUpperCase() };
      return { kind: 'text', text: t };
    }
    case 'number':
      return { kind: 'number', n: v };
    case 'boolean':
      return { kind: 'bool', b: v };
    case 'bigint':
      return { kind: 'number', n: Number(v) };
    case 'object':
      break;
    default:
      return OTHER;
  }
  if (v instanceof Date) return { kind: 'date', d: v };
  if (depth > 2 || Array.isArray(v)) return OTHER;
  const o = v as Record<string, unknown>;
  if (typeof o.error === 'string') return { kind: 'error', code: o.error };
  if ('result' in o) return toCell(o.result, depth + 1);
  if (Array.isArray(o.richText)) {
    const parts = o.richText as Array<{ text?: unknown }>;
    return toCell(parts.map((p) => (typeof p?.text === 'string' ? p.text : '')).join(''), depth + 1);
  }
  if (typeof o.text === 'string') return toCell(o.text, depth + 1);
  return OTHER;
}

const MAX_SHOWN = 40;

/** How a value is quoted in a message: "'three'", "a date (2024-05-01)", "the Excel error #N/A". */
export function describeCell(c: Cell): string {
  switch (c.kind) {
    case 'blank':
      return 'a blank cell';
    case 'text':
      if (c.text.length > 200) return `a text of ${c.text.length.toLocaleString('en-US')} characters`;
      return `'${c.text.length > MAX_SHOWN ? c.text.slice(0, MAX_SHOWN) + '…' : c.text}'`;
    case 'number':
      return Number.isFinite(c.n) ? String(c.n) : `the number ${String(c.n)}`;
    case 'bool':
      return c.b ? 'TRUE' : 'FALSE';
    case 'date':
      return Number.isNaN(c.d.getTime()) ? 'an invalid date' : `a date (${c.d.toISOString().slice(0, 10)})`;
    case 'error':
      return `the Excel error ${c.code}`;
    case 'other':
      return 'a value that is not text or a number';
  }
}

/** Quote a piece of text for a message, shortened. */
export function quote(text: string): string {
  return `'${text.length > MAX_SHOWN ? text.slice(0, MAX_SHOWN) + '…' : text}'`;
}
