// Range-level proxies of the Excel fake: ranges, their format, fill, font and data validation,
// notes and comments. Like Office.js proxies, setters and methods only queue actions; loads fill in
// values at the next context.sync(); reading a property that was not loaded throws.
import type { XlComment, XlDataValidation, XlFill, XlNote, XlRange, XlRangeFormat } from '../../src/host/office-api';
import type { FakeContext, WorksheetProxy } from './fakeExcel';
import { FakeError, MAX_COLS, MAX_ROWS, coerce, formatAddress, parseAddress, type Bounds, type FakeSheet } from './fakeExcelState';

export class Loaded {
  protected readonly loaded = new Map<string, unknown>();
  protected got<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeError('PropertyNotLoaded', `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.loaded.get(prop) as T;
  }
}

export const props = (names: string): string[] => names.split(',').map((p) => p.trim().replace(/^items\//, '')).filter(Boolean);
const quoted = (name: string) => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);
const norm = (color: string) => (color.startsWith('#') ? color.toUpperCase() : `#${color.toUpperCase()}`);

export class RangeProxy extends Loaded implements XlRange {
  private memo?: Bounds | null;
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;

  constructor(readonly ctx: FakeContext, readonly ws: WorksheetProxy, private readonly bounds: () => Bounds | undefined, private readonly orNull = false) {
    super();
    this.format = new FormatProxy(this);
    this.dataValidation = new ValidationProxy(this);
  }

  sheet(): FakeSheet {
    return this.ws.resolve();
  }

  resolve(): Bounds {
    if (this.memo === undefined) this.memo = this.bounds() ?? null;
    if (!this.memo) throw new FakeError('ItemNotFound', 'The requested resource does not exist.');
    return this.memo;
  }

  /** Every cell position of the range (materialising cells): for small and medium ranges. */
  *positions(): Generator<[number, number]> {
    const b = this.resolve();
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) yield [r, c];
  }

  load(names: string): this {
    this.ctx.enqueue('range.load', names, () => {
      if (this.orNull && this.memo === undefined) this.memo = this.bounds() ?? null;
      const isNull = this.orNull && !this.memo;
      this.loaded.set('isNullObject', isNull);
      if (isNull) return;
      const b = this.resolve();
      const s = this.sheet();
      for (const p of props(names)) {
        if (p === 'values' || p === 'numberFormat') {
          if ((b.bottom - b.top + 1) * (b.right - b.left + 1) > 5_000_000) throw new FakeError('ResponsePayloadSizeLimitExceeded', 'too many cells');
          this.loaded.set(p, Array.from({ length: b.bottom - b.top + 1 }, (_, r) => Array.from({ length: b.right - b.left + 1 }, (_, c) => {
            const cell = s.at(b.top + r, b.left + c);
            return p === 'values' ? cell?.value ?? '' : cell?.numberFormat ?? 'General';
          })));
        } else if (p === 'address') this.loaded.set(p, `${quoted(s.name)}!${formatAddress(b)}`);
        else if (p === 'rowIndex') this.loaded.set(p, b.top);
        else if (p === 'columnIndex') this.loaded.set(p, b.left);
        else if (p === 'rowCount') this.loaded.set(p, b.bottom - b.top + 1);
        else if (p === 'columnCount') this.loaded.set(p, b.right - b.left + 1);
        else throw new FakeError('InvalidArgument', `fake range cannot load ${p}`);
      }
    }, this.ws);
    return this;
  }

  get isNullObject(): boolean { return this.got('isNullObject'); }
  get values(): unknown[][] { return this.got('values'); }
  get numberFormat(): unknown[][] { return this.got('numberFormat'); }
  get address(): string { return this.got('address'); }
  get rowIndex(): number { return this.got('rowIndex'); }
  get columnIndex(): number { return this.got('columnIndex'); }
  get rowCount(): number { return this.got('rowCount'); }
  get columnCount(): number { return this.got('columnCount'); }

  private checkShape(grid: unknown[][]): void {
    const b = this.resolve();
    if (!Array.isArray(grid) || grid.length !== b.bottom - b.top + 1 || grid.some((row) => !Array.isArray(row) || row.length !== b.right - b.left + 1)) {
      throw new FakeError('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    }
  }

  set values(grid: unknown[][]) {
    this.ctx.enqueue('range.values', grid, () => {
      this.checkShape(grid);
      const b = this.resolve();
      const s = this.sheet();
      grid.forEach((row, r) => row.forEach((v, c) => {
        const value = coerce(v);
        if (value !== undefined) s.at(b.top + r, b.left + c, true).value = value;
      }));
      this.ctx.touched(s);
    }, this.ws);
  }

  set numberFormat(grid: unknown[][]) {
    this.ctx.enqueue('range.numberFormat', grid, () => {
      this.checkShape(grid);
      const b = this.resolve();
      grid.forEach((row, r) => row.forEach((v, c) => (this.sheet().at(b.top + r, b.left + c, true).numberFormat = String(v))));
    }, this.ws);
  }

  select(): void {
    this.ctx.enqueue('range.select', null, () => {
      this.ctx.book.selection = `${this.sheet().name}!${formatAddress(this.resolve())}`;
      this.ctx.book.active = this.sheet();
    }, this.ws);
  }

  clear(): void {
    this.ctx.enqueue('range.clear', null, () => {
      const s = this.sheet();
      for (const [r, c] of [...s.within(this.resolve())].map(([r, c]) => [r, c])) s.cells.delete(r * MAX_COLS + c);
      this.ctx.touched(s);
    }, this.ws);
  }
}

class FillProxy extends Loaded implements XlFill {
  constructor(private readonly range: RangeProxy) {
    super();
  }
  private each(label: string, value: unknown, fn: (cell: ReturnType<FakeSheet['at']> & object) => void): void {
    this.range.ctx.enqueue(label, value, () => {
      const s = this.range.sheet();
      for (const [r, c] of this.range.positions()) fn(s.at(r, c, true));
    }, this.range.ws);
  }
  load(names: string): this {
    this.range.ctx.enqueue('fill.load', names, () => {
      const b = this.range.resolve();
      const f = this.range.sheet().at(b.top, b.left)?.fill;
      // Excel reports a cell without fill as white with pattern None.
      this.loaded.set('color', f ? f.color : '#FFFFFF');
      this.loaded.set('pattern', f ? f.pattern : 'None');
      this.loaded.set('patternColor', f ? f.patternColor : '#000000');
    }, this.range.ws);
    return this;
  }
  get color(): string { return this.got('color'); }
  get pattern(): string { return this.got('pattern'); }
  get patternColor(): string { return this.got('patternColor'); }
  set color(v: string) {
    this.each('fill.color', v, (cell) => {
      cell.fill = { pattern: cell.fill && cell.fill.pattern !== 'None' ? cell.fill.pattern : 'Solid', color: norm(v), patternColor: cell.fill?.patternColor ?? '#000000' };
    });
  }
  set pattern(v: string) {
    this.each('fill.pattern', v, (cell) => {
      cell.fill = { pattern: v, color: cell.fill?.color ?? '#FFFFFF', patternColor: cell.fill?.patternColor ?? '#000000' };
    });
  }
  set patternColor(v: string) {
    this.each('fill.patternColor', v, (cell) => {
      cell.fill = { pattern: cell.fill?.pattern ?? 'Solid', color: cell.fill?.color ?? '#FFFFFF', patternColor: norm(v) };
    });
  }
  clear(): void {
    this.each('fill.clear', null, (cell) => delete cell.fill);
  }
}

class FormatProxy implements XlRangeFormat {
  readonly fill: XlFill;
  readonly font: { bold: boolean; color: string };
  constructor(private readonly range: RangeProxy) {
    this.fill = new FillProxy(range);
    const ctx = range.ctx;
    this.font = {
      set bold(v: boolean) {
        ctx.enqueue('font.bold', v, () => {
          const s = range.sheet();
          for (const [r, c] of range.positions()) s.at(r, c, true).bold = v;
        }, range.ws);
      },
      get bold(): boolean { throw new FakeError('PropertyNotLoaded', 'font.bold is write-only in this fake'); },
      set color(_v: string) { ctx.enqueue('font.color', _v, () => undefined, range.ws); },
      get color(): string { throw new FakeError('PropertyNotLoaded', 'font.color is write-only in this fake'); },
    };
  }
  get columnWidth(): number { throw new FakeError('PropertyNotLoaded', 'columnWidth is write-only in this fake'); }
  set columnWidth(points: number) {
    this.range.ctx.enqueue('format.columnWidth', points, () => {
      const b = this.range.resolve();
      for (let c = b.left; c <= b.right; c++) this.range.sheet().columnWidths.set(c, points);
    }, this.range.ws);
  }
  autofitColumns(): void {
    this.range.ctx.enqueue('format.autofitColumns', null, () => {
      const b = this.range.resolve();
      for (let c = b.left; c <= b.right; c++) this.range.sheet().autofitted.add(c);
    }, this.range.ws);
  }
}

class ValidationProxy implements XlDataValidation {
  constructor(private readonly range: RangeProxy) {}
  private upsert(label: string, key: 'rule' | 'prompt' | 'errorAlert', value: unknown): void {
    this.range.ctx.enqueue(label, value, () => {
      const s = this.range.sheet();
      const address = formatAddress(this.range.resolve());
      let v = s.validations.find((x) => x.address === address);
      if (!v) s.validations.push((v = { address }));
      (v as unknown as Record<string, unknown>)[key] = value;
    }, this.range.ws);
  }
  get rule(): XlDataValidation['rule'] { throw new FakeError('PropertyNotLoaded', 'write-only in this fake'); }
  set rule(v) { this.upsert('dataValidation.rule', 'rule', v); }
  get prompt(): XlDataValidation['prompt'] { throw new FakeError('PropertyNotLoaded', 'write-only in this fake'); }
  set prompt(v) {
    if (v.title.length > 32 || v.message.length > 255) throw new FakeError('InvalidArgument', 'prompt title ≤ 32, message ≤ 255 characters');
    this.upsert('dataValidation.prompt', 'prompt', v);
  }
  get errorAlert(): XlDataValidation['errorAlert'] { throw new FakeError('PropertyNotLoaded', 'write-only in this fake'); }
  set errorAlert(v) { this.upsert('dataValidation.errorAlert', 'errorAlert', v); }
}

export class NoteProxy extends Loaded implements XlNote {
  constructor(private readonly ctx: FakeContext, private readonly ws: WorksheetProxy, private readonly key: string) {
    super();
  }
  private address(): string {
    return formatAddress(parseAddress(this.key));
  }
  load(names: string): this {
    this.ctx.enqueue('note.load', names, () => {
      const content = this.ws.resolve().notes.get(this.address());
      this.loaded.set('isNullObject', content === undefined);
      if (content !== undefined) this.loaded.set('content', content);
    }, this.ws, '1.18');
    return this;
  }
  get isNullObject(): boolean { return this.got('isNullObject'); }
  get content(): string { return this.got('content'); }
  set content(v: string) {
    this.ctx.enqueue('note.content', v, () => {
      if (!this.ws.resolve().notes.has(this.address())) throw new FakeError('ItemNotFound', 'no note there');
      this.ws.resolve().notes.set(this.address(), v);
    }, this.ws, '1.18');
  }
  delete(): void {
    this.ctx.enqueue('note.delete', null, () => {
      if (!this.ws.resolve().notes.delete(this.address())) throw new FakeError('ItemNotFound', 'no note there');
    }, this.ws, '1.18');
  }
}

export class CommentProxy extends Loaded implements XlComment {
  constructor(private readonly ctx: FakeContext, private readonly record: FakeContext['book']['comments'][number], content: string) {
    super();
    this.loaded.set('content', content);
  }
  load(): this { return this; }
  get content(): string { return this.got('content'); }
  set content(v: string) {
    this.ctx.enqueue('comment.content', v, () => void (this.record.content = v), undefined, '1.10');
  }
  delete(): void {
    this.ctx.enqueue('comment.delete', null, () => {
      const list = this.ctx.book.comments;
      const at = list.indexOf(this.record);
      if (at < 0) throw new FakeError('ItemNotFound', 'comment already deleted');
      list.splice(at, 1);
    }, undefined, '1.10');
  }
  getLocation(): XlRange {
    return new RangeProxy(this.ctx, this.ctx.sheetProxy(() => this.record.sheet), () => parseAddress(this.record.address));
  }
}

export const WHOLE_SHEET: Bounds = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };
