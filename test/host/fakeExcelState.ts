// The in-memory workbook behind the typed Excel fake (fakeExcel.ts): sheets of cells with values,
// fills, bold, number formats, notes; comments, tables, data validation; and the record of every
// request the add-in sent (its size and actions). Behaves like Excel where the adapter relies on it:
// text written through `values` is parsed as if typed, unless quote-prefixed; null leaves a cell
// alone; names compare case-insensitively; the last visible sheet cannot be deleted.

export type FakeValue = string | number | boolean;
export interface FakeFill {
  pattern: string;
  color: string;
  patternColor: string;
}
export interface FakeCell {
  value?: FakeValue;
  fill?: FakeFill;
  bold?: boolean;
  numberFormat?: string;
}
export interface FakeValidation {
  address: string;
  rule?: { list?: { inCellDropDown: boolean; source: unknown } };
  prompt?: { message: string; showPrompt: boolean; title: string };
  errorAlert?: { message: string; showAlert: boolean; style: string; title: string };
}
export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
export interface FakeRequest {
  /** Size of the request as Office.js would serialise it (JSON of every action's arguments + envelope). */
  bytes: number;
  actions: string[];
  /** Rejected for exceeding 5 MB: nothing in it ran. */
  rejected?: boolean;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
/** Excel on the web's request limit. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export class FakeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

const letters = (col: number): string => {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};
const colIndex = (l: string): number => [...l.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** 'B7', 'A1:C4', 'C:C', 'C:E', '2:2' → 0-based bounds. */
export function parseAddress(address: string): Bounds {
  const a = address.replace(/\$/g, '').replace(/^.*!/, '').toUpperCase();
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(a);
  if (m) {
    const [r1, c1] = [Number(m[2]) - 1, colIndex(m[1])];
    const [r2, c2] = m[3] ? [Number(m[4]) - 1, colIndex(m[3])] : [r1, c1];
    return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(a);
  if (m) return { top: 0, bottom: MAX_ROWS - 1, left: colIndex(m[1]), right: colIndex(m[2]) };
  m = /^(\d+):(\d+)$/.exec(a);
  if (m) return { top: Number(m[1]) - 1, bottom: Number(m[2]) - 1, left: 0, right: MAX_COLS - 1 };
  throw new FakeError('InvalidArgument', `The address "${address}" is not valid.`);
}

export const formatAddress = (b: Bounds): string =>
  b.top === b.bottom && b.left === b.right ? `${letters(b.left)}${b.top + 1}` : `${letters(b.left)}${b.top + 1}:${letters(b.right)}${b.bottom + 1}`;

/** What Excel stores when `v` is written through range.values (typed-input parsing). */
export function coerce(v: unknown): FakeValue | undefined {
  if (v === null || v === undefined) return undefined; // null = leave the cell as it is
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const s = String(v);
  if (s.startsWith("'")) return s.slice(1);
  if (s.startsWith('=')) return '#NAME?';
  if (/^[-+]?\d+(\.\d+)?$/.test(s.trim())) return Number(s);
  if (/^(true|false)$/i.test(s.trim())) return /^true$/i.test(s.trim());
  if (/^\d{1,2}[-/]\d{1,2}([-/]\d{2,4})?$/.test(s.trim())) return 45000; // a date serial
  return s;
}

let nextId = 1;

export class FakeSheet {
  readonly id = `{fake-sheet-${nextId++}}`;
  visibility = 'Visible';
  readonly cells = new Map<number, FakeCell>();
  readonly columnWidths = new Map<number, number>();
  readonly autofitted = new Set<number>();
  frozen = { rows: 0, columns: 0 };
  readonly notes = new Map<string, string>();
  readonly tables: Array<{ name: string; address: string }> = [];
  readonly validations: FakeValidation[] = [];

  constructor(public name: string) {}

  at(row: number, col: number, create: true): FakeCell;
  at(row: number, col: number, create?: false): FakeCell | undefined;
  at(row: number, col: number, create = false): FakeCell | undefined {
    const key = row * MAX_COLS + col;
    let cell = this.cells.get(key);
    if (!cell && create) this.cells.set(key, (cell = {}));
    return cell;
  }

  /** Cells of `b` that exist (sparse walk, so whole columns stay cheap). */
  *within(b: Bounds): Generator<[number, number, FakeCell]> {
    for (const [key, cell] of this.cells) {
      const row = Math.floor(key / MAX_COLS);
      const col = key % MAX_COLS;
      if (row >= b.top && row <= b.bottom && col >= b.left && col <= b.right) yield [row, col, cell];
    }
  }

  /** Smallest range holding every value (valuesOnly) or every value or format. */
  usedBounds(valuesOnly: boolean): Bounds | undefined {
    let b: Bounds | undefined;
    for (const [key, cell] of this.cells) {
      const has = (cell.value !== undefined && cell.value !== '') || (!valuesOnly && (cell.fill || cell.bold || cell.numberFormat));
      if (!has) continue;
      const row = Math.floor(key / MAX_COLS);
      const col = key % MAX_COLS;
      b = b
        ? { top: Math.min(b.top, row), left: Math.min(b.left, col), bottom: Math.max(b.bottom, row), right: Math.max(b.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return b;
  }

  // --- test helpers -------------------------------------------------------------------------
  value(address: string): FakeValue | null {
    const b = parseAddress(address);
    return this.at(b.top, b.left)?.value ?? null;
  }

  /** '#RRGGBB' of a solid fill, the pattern name of a hatch, or null for no fill. */
  fill(address: string): string | null {
    const b = parseAddress(address);
    const f = this.at(b.top, b.left)?.fill;
    if (!f || f.pattern === 'None') return null;
    return f.pattern === 'Solid' ? f.color.toUpperCase() : `${f.pattern} ${f.color.toUpperCase()}/${f.patternColor.toUpperCase()}`;
  }

  setFill(address: string, fill: FakeFill | string | null): void {
    const b = parseAddress(address);
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) {
      const cell = this.at(r, c, true);
      if (fill === null) delete cell.fill;
      else cell.fill = typeof fill === 'string' ? { pattern: 'Solid', color: fill, patternColor: '#000000' } : fill;
    }
  }

  bold(address: string): boolean {
    const b = parseAddress(address);
    return this.at(b.top, b.left)?.bold ?? false;
  }

  /** Values anchored at A1, up to the last used cell ('' for blanks). */
  grid(): FakeValue[][] {
    const b = this.usedBounds(true);
    if (!b) return [];
    return Array.from({ length: b.bottom + 1 }, (_, r) => Array.from({ length: b.right + 1 }, (_, c) => this.at(r, c)?.value ?? ''));
  }

  /** Put values at `origin` (default A1) as a user would type them. */
  put(values: unknown[][], origin = 'A1'): this {
    const o = parseAddress(origin);
    values.forEach((row, r) => row.forEach((v, c) => {
      const value = coerce(v);
      if (value !== undefined) this.at(o.top + r, o.left + c, true).value = value;
    }));
    return this;
  }
}

export class FakeWorkbookState {
  readonly sheets: FakeSheet[] = [];
  readonly comments: Array<{ id: string; sheet: FakeSheet; address: string; content: string }> = [];
  readonly requests: FakeRequest[] = [];
  /** Highest ExcelApi requirement set the fake host supports, as text ('1.10' > '1.9'). */
  apiVersion: string;
  /** runtime.enableEvents as the add-in last set it. */
  eventsEnabled = true;
  /** Simulate a host that raises change events even while enableEvents is false. */
  ignoresEnableEvents = false;
  active?: FakeSheet;
  selection?: string;
  /** Make an action fail when it runs: return true for the one that should throw. */
  failWhen?: (action: string, sheet: string | undefined) => boolean;
  readonly handlers = new Set<(args: { worksheetId: string; triggerSource: string }) => Promise<unknown>>();
  /** Calls to suspendApiCalculationUntilNextSync / suspendScreenUpdatingUntilNextSync. */
  suspends = { calculation: 0, screen: 0 };

  constructor(options: { apiVersion?: string } = {}) {
    this.apiVersion = options.apiVersion ?? '1.18';
  }

  get syncCount(): number {
    return this.requests.length;
  }

  /** Supported requirement set, compared as Office does ('1.9' < '1.10'). */
  supports(version: string): boolean {
    const [maj, min] = String(version).split('.').map(Number);
    const [hm, hn] = this.apiVersion.split('.').map(Number);
    return maj < hm || (maj === hm && (min ?? 0) <= (hn ?? 0));
  }

  find(nameOrId: string): FakeSheet | undefined {
    const key = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key || s.id === nameOrId);
  }

  sheet(name: string): FakeSheet {
    const s = this.find(name);
    if (!s) throw new Error(`test: no sheet ${name} (have ${this.sheets.map((x) => x.name).join(', ')})`);
    return s;
  }

  /** Test setup: a sheet with values typed in from `origin`. */
  addSheet(name: string, values: unknown[][] = [], origin = 'A1'): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    return s.put(values, origin);
  }

  visibleNames(): string[] {
    return this.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name);
  }

  comment(sheet: string, address: string): string | null {
    return this.comments.find((c) => c.sheet === this.sheet(sheet) && c.address === address)?.content ?? null;
  }

  /** A user types into a cell: raises a change event when the add-in has events on. */
  userEdit(sheet: string, address: string, value: unknown): void {
    const s = this.sheet(sheet);
    s.put([[value]], address);
    this.raise([s]);
  }

  /** Change events reach the add-in only while its events are on (Excel's runtime.enableEvents). */
  raise(sheets: FakeSheet[]): void {
    if (this.eventsEnabled || this.ignoresEnableEvents) this.dispatch(sheets);
  }

  dispatch(sheets: FakeSheet[]): void {
    for (const s of new Set(sheets)) {
      for (const h of [...this.handlers]) setTimeout(() => void h({ worksheetId: s.id, triggerSource: 'Unknown' }), 0);
    }
  }
}
