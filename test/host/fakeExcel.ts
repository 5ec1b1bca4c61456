// A typed fake of the slice of Office.js the add-in uses (src/host/office-api.ts), for tests of the
// Office adapter and of anything built on it (the task pane may reuse it). It keeps Office.js's
// proxy model — actions queue up and run at context.sync(); loaded values appear only after the
// sync — and it records every request: how many syncs, each request's size in bytes (rejecting
// any over Excel on the web's 5 MB), and which actions it carried.
//
//   const book = new FakeWorkbook({ apiVersion: 1.18 });
//   book.addSheet('Teachers', [['ID'], ['Ann']]);
//   const host = new OfficeHost({ api: book.api() });
import type {
  ExcelApi, XlChangedArgs, XlComment, XlContext, XlEventResult, XlLoadable, XlNote, XlRange, XlTable, XlWorkbook, XlWorksheet,
} from '../../src/host/office-api';
import { CommentProxy, Loaded, NoteProxy, RangeProxy, WHOLE_SHEET, props } from './fakeExcelRange';
import { FakeError, FakeSheet, FakeWorkbookState, PAYLOAD_LIMIT, parseAddress, type Bounds } from './fakeExcelState';

export * from './fakeExcelState';

interface Action {
  label: string;
  bytes: number;
  run: () => void;
}

/** Bytes an action adds to a request: its arguments as JSON plus ~300 bytes of action and object-path envelope. */
const actionBytes = (args: unknown) => 300 + Buffer.byteLength(JSON.stringify(args ?? null) ?? 'null', 'utf8');

export class FakeContext implements XlContext {
  private readonly queue: Action[] = [];
  private changed: FakeSheet[] = [];
  readonly workbook: XlWorkbook;
  readonly runtime: { enableEvents: boolean };
  readonly application: { suspendApiCalculationUntilNextSync(): void; suspendScreenUpdatingUntilNextSync(): void };

  constructor(readonly book: FakeWorkbook) {
    const ctx = this;
    this.workbook = new WorkbookProxy(this);
    this.runtime = {
      get enableEvents() { return book.eventsEnabled; },
      set enableEvents(v: boolean) { ctx.enqueue('runtime.enableEvents', v, () => void (book.eventsEnabled = v)); },
    };
    this.application = {
      suspendApiCalculationUntilNextSync: () => this.enqueue('application.suspendApiCalculationUntilNextSync', null, () => void book.suspends.calculation++),
      suspendScreenUpdatingUntilNextSync: () =>
        this.enqueue('application.suspendScreenUpdatingUntilNextSync', null, () => void book.suspends.screen++, undefined, '1.9'),
    };
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Queue an action; it runs at the next sync (failing there if the host lacks `needs`). */
  enqueue(label: string, args: unknown, run: () => void, ws?: WorksheetProxy, needs?: string): void {
    this.queue.push({
      label,
      bytes: actionBytes(args),
      run: () => {
        if (needs && !this.book.supports(needs)) throw new FakeError('ApiNotFound', `${label} needs ExcelApi ${needs}`);
        const sheet = ws ? ws.peek() : undefined;
        if (this.book.failWhen?.(label, sheet)) throw new FakeError('GeneralException', `Injected failure at ${label}${sheet ? ` on ${sheet}` : ''}`);
        run();
      },
    });
  }

  /** A values write landed on `sheet`: Excel raises a change event if events are on. */
  touched(sheet: FakeSheet): void {
    if (this.book.eventsEnabled || this.book.ignoresEnableEvents) this.changed.push(sheet);
  }

  sheetProxy(resolve: () => FakeSheet | undefined, orNull = false): WorksheetProxy {
    return new WorksheetProxy(this, resolve, orNull);
  }

  async sync(): Promise<void> {
    const actions = this.queue.splice(0);
    const request = { bytes: 100 + actions.reduce((s, a) => s + a.bytes, 0), actions: actions.map((a) => a.label) };
    this.book.requests.push(request);
    await Promise.resolve();
    if (request.bytes > PAYLOAD_LIMIT) {
      Object.assign(request, { rejected: true });
      throw new FakeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${request.bytes} bytes).`);
    }
    this.changed = [];
    try {
      for (const a of actions) a.run(); // like Excel: actions before a failing one stay done
    } finally {
      this.book.dispatch(this.changed);
    }
  }
}

export class WorksheetProxy extends Loaded implements XlWorksheet {
  private memo?: FakeSheet | null;
  readonly freezePanes: XlWorksheet['freezePanes'];
  readonly tables: XlWorksheet['tables'];
  readonly notes: XlWorksheet['notes'];

  constructor(private readonly ctx: FakeContext, private readonly finder: () => FakeSheet | undefined, private readonly orNull = false) {
    super();
    const freeze = (label: string, rows: number, columns: number) =>
      ctx.enqueue(label, [rows, columns], () => void (this.resolve().frozen = { rows, columns }), this);
    this.freezePanes = {
      freezeRows: (n = 1) => freeze('freezePanes.freezeRows', n, 0),
      freezeColumns: (n = 1) => freeze('freezePanes.freezeColumns', 0, n),
      freezeAt: (address: string) => {
        const b = parseAddress(address);
        freeze('freezePanes.freezeAt', b.bottom + 1, b.right + 1);
      },
    };
    this.tables = {
      add: (address: string, hasHeaders: boolean): XlTable => {
        let table: { name: string; address: string } | undefined;
        ctx.enqueue('tables.add', [address, hasHeaders], () => {
          const n = ctx.book.sheets.reduce((s, x) => s + x.tables.length, 0) + 1;
          table = { name: `Table${n}`, address };
          this.resolve().tables.push(table);
        }, this);
        return {
          get name(): string { throw new FakeError('PropertyNotLoaded', 'table.name is write-only in this fake'); },
          set name(v: string) {
            ctx.enqueue('table.name', v, () => {
              if (ctx.book.sheets.some((s) => s.tables.some((t) => t !== table && t.name.toLowerCase() === v.toLowerCase()))) throw new FakeError('InvalidArgument', `A table named ${v} already exists.`);
              if (/^[A-Za-z]{1,3}\d+$/.test(v) || !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(v)) throw new FakeError('InvalidArgument', `${v} is not a valid table name.`);
              table!.name = v;
            });
          },
        };
      },
    };
    this.notes = {
      add: (cell: string, content: string) => {
        ctx.enqueue('notes.add', [cell, content], () => {
          const key = parseAddress(cell);
          if (key.top !== key.bottom || key.left !== key.right) throw new FakeError('InvalidCellAddress', 'one cell only');
          const notes = this.resolve().notes;
          const at = cell.replace(/\$/g, '').toUpperCase();
          if (notes.has(at)) throw new FakeError('InvalidArgument', `${at} already has a note`);
          notes.set(at, content);
        }, this, '1.18');
        return undefined;
      },
      getItemOrNullObject: (key: string): XlNote => new NoteProxy(ctx, this, key),
    };
  }

  /** The sheet, found when first needed (a proxy keeps pointing at it through renames). */
  resolve(): FakeSheet {
    if (this.memo === undefined || this.memo === null) this.memo = this.finder() ?? null;
    if (!this.memo) throw new FakeError('ItemNotFound', 'The requested resource does not exist.');
    return this.memo;
  }

  /** Name for failure injection, without throwing. */
  peek(): string | undefined {
    return (this.memo ?? this.finder())?.name;
  }

  load(names: string): this {
    this.ctx.enqueue('worksheet.load', names, () => {
      const s = this.memo ?? this.finder();
      this.loaded.set('isNullObject', !s);
      if (!s) {
        if (!this.orNull) throw new FakeError('ItemNotFound', 'The requested resource does not exist.');
        return;
      }
      this.memo = s;
      this.snapshot(s, props(names));
    });
    return this;
  }

  snapshot(s: FakeSheet, names: string[]): void {
    for (const p of names) {
      if (p === 'name') this.loaded.set(p, s.name);
      else if (p === 'id') this.loaded.set(p, s.id);
      else if (p === 'visibility') this.loaded.set(p, s.visibility);
      else if (p === 'position') this.loaded.set(p, this.ctx.book.sheets.indexOf(s));
      else throw new FakeError('InvalidArgument', `fake worksheet cannot load ${p}`);
    }
    this.loaded.set('isNullObject', false);
  }

  get id(): string { return this.got('id'); }
  get name(): string { return this.got('name'); }
  get position(): number { return this.got('position'); }
  get visibility(): string { return this.got('visibility'); }
  get isNullObject(): boolean { return this.got('isNullObject'); }

  set name(v: string) {
    this.ctx.enqueue('worksheet.name', v, () => {
      const s = this.resolve();
      const clash = this.ctx.book.find(v);
      if (clash && clash !== s) throw new FakeError('ItemAlreadyExists', `A sheet named ${v} already exists.`);
      s.name = v;
    }, this);
  }
  set position(v: number) {
    this.ctx.enqueue('worksheet.position', v, () => {
      const list = this.ctx.book.sheets;
      const s = this.resolve();
      list.splice(list.indexOf(s), 1);
      list.splice(Math.min(v, list.length), 0, s);
    }, this);
  }
  set visibility(v: string) {
    this.ctx.enqueue('worksheet.visibility', v, () => void (this.resolve().visibility = v), this);
  }

  getRange(address?: string): XlRange {
    return new RangeProxy(this.ctx, this, () => (address ? parseAddress(address) : WHOLE_SHEET));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): XlRange {
    return new RangeProxy(this.ctx, this, () => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }));
  }
  getUsedRangeOrNullObject(valuesOnly = false): XlRange {
    return new RangeProxy(this.ctx, this, (): Bounds | undefined => this.resolve().usedBounds(valuesOnly), true);
  }
  activate(): void {
    this.ctx.enqueue('worksheet.activate', null, () => void (this.ctx.book.active = this.resolve()), this);
  }
  delete(): void {
    this.ctx.enqueue('worksheet.delete', null, () => {
      const s = this.resolve();
      const book = this.ctx.book;
      if (s.visibility === 'Visible' && book.visibleNames().length === 1) throw new FakeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      book.sheets.splice(book.sheets.indexOf(s), 1);
      book.comments.splice(0, book.comments.length, ...book.comments.filter((c) => c.sheet !== s));
      if (book.active === s) book.active = book.sheets.find((x) => x.visibility === 'Visible');
    }, this);
  }
}

class WorkbookProxy implements XlWorkbook {
  readonly worksheets: XlWorkbook['worksheets'];
  readonly tables: XlWorkbook['tables'];
  readonly comments: XlWorkbook['comments'];

  constructor(ctx: FakeContext) {
    const book = ctx.book;
    let sheetItems: WorksheetProxy[] | undefined;
    let tableItems: Array<{ name: string }> | undefined;
    let commentItems: XlComment[] | undefined;
    const need = <T>(items: T | undefined, what: string): T => {
      if (!items) throw new FakeError('PropertyNotLoaded', `${what}.items is not loaded`);
      return items;
    };
    const loadable = (label: string, run: (names: string) => void, needs?: string): XlLoadable => ({
      load: (names: string) => ctx.enqueue(label, names, () => run(names), undefined, needs),
    });
    this.worksheets = {
      ...loadable('worksheets.load', (names) => {
        sheetItems = book.sheets.map((s) => {
          const p = new WorksheetProxy(ctx, () => s);
          p.snapshot(s, props(names));
          return p;
        });
      }),
      get items() { return need(sheetItems, 'worksheets'); },
      getItem: (key: string) => new WorksheetProxy(ctx, () => book.find(key)),
      getItemOrNullObject: (key: string) => new WorksheetProxy(ctx, () => book.find(key), true),
      add: (name?: string): XlWorksheet => {
        let created: FakeSheet | undefined;
        ctx.enqueue('worksheets.add', name ?? null, () => {
          const n = name ?? `Sheet${book.sheets.length + 1}`;
          if (book.find(n)) throw new FakeError('ItemAlreadyExists', `A sheet named ${n} already exists.`);
          if (n.length > 31 || /[\\/?*[\]:]/.test(n)) throw new FakeError('InvalidArgument', `${n} is not a valid sheet name.`);
          created = new FakeSheet(n);
          book.sheets.push(created);
        });
        return new WorksheetProxy(ctx, () => created);
      },
      onChanged: {
        add: (handler: (args: XlChangedArgs) => Promise<unknown>): XlEventResult => {
          ctx.enqueue('worksheets.onChanged.add', null, () => void book.handlers.add(handler));
          const result = { ctx, remove: () => ctx.enqueue('worksheets.onChanged.remove', null, () => void book.handlers.delete(handler)) };
          return result;
        },
      },
    };
    this.tables = {
      ...loadable('tables.load', () => {
        tableItems = book.sheets.flatMap((s) => s.tables.map((t) => ({ name: t.name })));
      }),
      get items() { return need(tableItems, 'tables'); },
    };
    this.comments = {
      ...loadable('comments.load', () => {
        commentItems = book.comments.map((c) => new CommentProxy(ctx, c, c.content));
      }, '1.10'),
      get items() { return need(commentItems, 'comments'); },
      add: (cellAddress: string, content: string) => {
        ctx.enqueue('comments.add', [cellAddress, content], () => {
          const bang = cellAddress.lastIndexOf('!');
          if (bang < 0) throw new FakeError('InvalidArgument', 'a comment address must include the sheet');
          const sheet = book.sheet(cellAddress.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'"));
          const address = cellAddress.slice(bang + 1).replace(/\$/g, '').toUpperCase();
          if (book.comments.some((c) => c.sheet === sheet && c.address === address)) throw new FakeError('InvalidArgument', `${address} already has a comment`);
          book.comments.push({ id: `c${book.comments.length + 1}-${Date.now()}`, sheet, address, content });
        }, undefined, '1.10');
        return undefined;
      },
    };
  }
}

export class FakeWorkbook extends FakeWorkbookState {
  /** The ExcelApi port over this workbook: what OfficeHost takes as `api`. */
  api(): ExcelApi {
    return {
      run: async (batch) => {
        const ctx = new FakeContext(this);
        const result = await batch(ctx);
        if (ctx.pending > 0) await ctx.sync(); // Excel.run syncs what is left
        return result;
      },
      runWith: async (registration, batch) => {
        const ctx = (registration as unknown as { ctx: FakeContext }).ctx;
        const result = await batch(ctx);
        if (ctx.pending > 0) await ctx.sync();
        return result;
      },
      isSetSupported: (name, version) => name === 'ExcelApi' && this.supports(version),
    };
  }

  /** Requests made since `from` (an earlier syncCount). */
  since(from: number) {
    return this.requests.slice(from);
  }
}

export type { Bounds };
