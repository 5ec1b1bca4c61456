// The fake must behave like Office.js where the adapter (and the task pane's tests) rely on it,
// or the adapter's tests prove nothing.
import { FakeWorkbook, PAYLOAD_LIMIT } from './fakeExcel';

describe('the Excel fake', () => {
  it('queues actions until sync, and refuses reads of properties that were not loaded', async () => {
    const book = new FakeWorkbook();
    book.addSheet('Courses', [['ID'], ['Maths']]);
    await book.api().run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('courses');
      const range = ws.getRange('A2');
      range.values = [['Art']];
      expect(book.sheet('Courses').value('A2')).toBe('Maths'); // not yet
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await ctx.sync();
      expect(range.values).toEqual([['Art']]);
      expect(() => ws.name).toThrow(/not available/);
    });
    expect(book.syncCount).toBe(1);
  });

  it('rejects a request over 5 MB without running any of it', async () => {
    const book = new FakeWorkbook();
    book.addSheet('Big');
    const big = Array.from({ length: 6000 }, () => ['y'.repeat(1000)]);
    await expect(book.api().run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Big').getRange('A1:A6000').values = big;
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(book.requests[0].bytes).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(book.sheet('Big').grid()).toEqual([]);
  });

  it('runs actions in order and stops at the first failure, keeping what ran before it', async () => {
    const book = new FakeWorkbook();
    book.addSheet('A', [['1']]);
    await expect(book.api().run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('A');
      ws.getRange('B1').values = [['done']];
      ws.getRange('A1:B1').values = [['wrong shape']];
      ws.getRange('C1').values = [['never']];
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(book.sheet('A').grid()).toEqual([[1, 'done']]);
  });

  it('gives null objects for missing items and gates APIs by requirement set', async () => {
    const book = new FakeWorkbook({ apiVersion: '1.9' });
    book.addSheet('A', [['x']]);
    await book.api().run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      ws.load('name');
      await ctx.sync();
      expect(ws.isNullObject).toBe(true);
    });
    await expect(book.api().run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').notes.add('A1', 'hi');
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(book.api().isSetSupported('ExcelApi', '1.10')).toBe(false);
    expect(book.api().isSetSupported('ExcelApi', '1.9')).toBe(true);
  });

  it('parses typed text like Excel unless quote-prefixed, and never deletes the last visible sheet', async () => {
    const book = new FakeWorkbook();
    book.addSheet('Only');
    await book.api().run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Only').getRange('A1:D1').values = [['9-10', "'9-10", '42', null]];
      await ctx.sync();
    });
    expect(book.sheet('Only').grid()).toEqual([[45000, '9-10', 42]]);
    await expect(book.api().run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Only').delete();
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'InvalidOperation' });
  });
});
