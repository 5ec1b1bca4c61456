import type { Issue } from '../../src/schema/issue';
import { OfficeHost } from '../../src/host/office';
import { FakeWorkbook } from './fakeExcel';

const issue = (severity: Issue['severity'], cell: string, message: string, suggestion?: string, sheet = 'Courses'): Issue =>
  ({ severity, sheet, cell, code: 'test', message, suggestion });

/** A Courses sheet with a user fill at B2, nothing at C3, a hatch at D4 and a user note at E5. */
function workbook(apiVersion = '1.18') {
  const book = new FakeWorkbook({ apiVersion });
  const courses = book.addSheet('Courses', [['ID', 'Teacher', 'Lessons', 'Room', 'Note'], ['Maths', 'Ann', 4, 'R1', 'x'], ['Art', 'Bob', 'three', 'R2', 'y'], ['PE', 'Cy', 2, 'Gym', 'z'], ['Music', 'Di', 1, 'R3', 'w']]);
  courses.setFill('B2', '#00FF00');
  courses.setFill('D4', { pattern: 'Gray25', color: '#FFFF00', patternColor: '#0000FF' });
  courses.notes.set('E5', 'Ask Di about the piano');
  book.addSheet('Teachers', [['ID'], ['Ann']]);
  return { book, courses };
}

const issues: Issue[] = [
  issue('error', 'B2', "Unknown teacher 'Ann'", 'Did you mean "Anne"?'),
  issue('warning', 'C3', "Lessons per week must be a whole number ≥ 1; found 'three'"),
  issue('error', 'C3', 'Art needs a room with an easel'),
  issue('info', 'D4', 'PE has no fixed times'),
  issue('warning', 'E5', 'Music has one lesson'),
  issue('error', 'A1', 'Ignored: no such sheet', undefined, 'Nowhere'),
  issue('error', 'not-a-cell', 'Ignored: no address'),
];

describe('markIssues / clearMarks with notes (ExcelApi 1.18)', () => {
  it('fills errors light red and warnings amber, leaves info unfilled, and notes message + suggestion', async () => {
    const { book, courses } = workbook();
    const host = new OfficeHost({ api: book.api() });
    await host.markIssues(issues);
    expect(courses.fill('B2')).toBe('#FFC7CE');
    expect(courses.fill('C3')).toBe('#FFC7CE'); // the worst issue of the cell wins
    expect(courses.fill('D4')).toBe('Gray25 #FFFF00/#0000FF');
    expect(courses.fill('E5')).toBe('#FFEB9C');
    expect(courses.notes.get('B2')).toBe('Error: Unknown teacher \'Ann\'\nDid you mean "Anne"?');
    expect(courses.notes.get('C3')).toBe("Warning: Lessons per week must be a whole number ≥ 1; found 'three'\n\nError: Art needs a room with an easel");
    expect(courses.notes.get('D4')).toBe('Note: PE has no fixed times');
    expect(courses.notes.get('E5')).toBe('Ask Di about the piano'); // the user's note is never replaced
    const marks = book.sheet('_PeriodicMarks');
    expect(marks.visibility).toBe('VeryHidden');
    expect(marks.grid()[0]).toEqual(['Sheet', 'Cell', 'PreviousFill', 'Note']);
    expect(marks.grid().slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['Courses', 'B2', '#00FF00'], ['Courses', 'C3', ''],
      ['Courses', 'D4', 'json:{"type":"pattern","pattern":"lightGray","fgColor":{"argb":"FF0000FF"},"bgColor":{"argb":"FFFFFF00"}}'],
      ['Courses', 'E5', ''],
    ]);
    expect(marks.value('D5')).toBe(''); // we added no note at E5
    expect(await host.sheetNames()).toEqual(['Courses', 'Teachers']);
  });

  it('clear restores every fill exactly, removes only our notes, and empties the record', async () => {
    const { book, courses } = workbook();
    const host = new OfficeHost({ api: book.api() });
    await host.markIssues(issues);
    await host.clearMarks();
    expect(courses.fill('B2')).toBe('#00FF00');
    expect(courses.fill('C3')).toBeNull();
    expect(courses.fill('D4')).toBe('Gray25 #FFFF00/#0000FF');
    expect(courses.fill('E5')).toBeNull();
    expect([...courses.notes]).toEqual([['E5', 'Ask Di about the piano']]);
    expect(book.sheet('_PeriodicMarks').grid()).toEqual([]);
    expect(courses.grid()[2]).toEqual(['Art', 'Bob', 'three', 'R2', 'y']); // values untouched
  });

  it('marking twice keeps the original fill, so clear still restores it', async () => {
    const { book, courses } = workbook();
    const host = new OfficeHost({ api: book.api() });
    await host.markIssues(issues);
    await host.markIssues([issue('warning', 'B2', 'Now only a warning')]);
    expect(courses.fill('B2')).toBe('#FFEB9C');
    expect(courses.notes.get('B2')).toBe('Warning: Now only a warning');
    expect(book.sheet('_PeriodicMarks').grid().filter((r) => r[1] === 'B2')).toHaveLength(1);
    await host.clearMarks();
    expect(courses.fill('B2')).toBe('#00FF00');
    expect(courses.notes.has('B2')).toBe(false);
  });

  it('clear works after "reopening": a new host over the same workbook restores the fills', async () => {
    const { book, courses } = workbook();
    await new OfficeHost({ api: book.api() }).markIssues(issues);
    const reopened = new OfficeHost({ api: book.api() });
    await reopened.clearMarks();
    expect(courses.fill('B2')).toBe('#00FF00');
    expect(courses.fill('C3')).toBeNull();
    expect(courses.notes.size).toBe(1);
  });

  it('leaves alone a fill or note the user changed after marking', async () => {
    const { book, courses } = workbook();
    const host = new OfficeHost({ api: book.api() });
    await host.markIssues(issues);
    courses.setFill('C3', '#0000FF');
    courses.notes.set('B2', 'My own words now');
    await host.clearMarks();
    expect(courses.fill('C3')).toBe('#0000FF');
    expect(courses.notes.get('B2')).toBe('My own words now');
    expect(courses.fill('B2')).toBe('#00FF00');
  });

  it('uses a fixed number of syncs however many issues there are', async () => {
    const syncsFor = async (n: number) => {
      const book = new FakeWorkbook();
      book.addSheet('Votes', Array.from({ length: n + 1 }, (_, r) => [`S${r}`, 'Chess']));
      const host = new OfficeHost({ api: book.api() });
      const list = Array.from({ length: n }, (_, r) => issue('warning', `B${r + 2}`, `Vote ${r}`, undefined, 'Votes'));
      const before = book.syncCount;
      await host.markIssues(list);
      const mark = book.syncCount - before;
      await host.clearMarks();
      return [mark, book.syncCount - before - mark];
    };
    const few = await syncsFor(5);
    const many = await syncsFor(800);
    expect(many).toEqual(few);
    expect(few[0]).toBeLessThanOrEqual(3);
    expect(few[1]).toBeLessThanOrEqual(4);
  });
});

describe('markIssues at scale', () => {
  it('marks and clears 5,000 cells in blocks, no request near the 5 MB limit, fills restored', async () => {
    const book = new FakeWorkbook();
    const votes = book.addSheet('Votes', Array.from({ length: 5001 }, (_, r) => [`S${r}`, 'Chess', 'Choir']));
    votes.setFill('C2:C5001', '#DDDDDD');
    const host = new OfficeHost({ api: book.api() });
    const list = Array.from({ length: 5000 }, (_, r) => issue(r % 2 ? 'warning' : 'error', `C${r + 2}`, `Student S${r + 1} may not join Choir`, 'Pick another club', 'Votes'));
    const before = book.syncCount;
    await host.markIssues(list);
    const marking = book.since(before);
    // setup, 3 load blocks of ≤ 2,000 cells, then the writes
    expect(marking.slice(0, 4).map((r) => r.actions.length)).toEqual([3, 4000, 4000, 2000]);
    expect(marking.every((r) => r.bytes < 4 * 1024 * 1024)).toBe(true);
    expect(votes.fill('C2')).toBe('#FFC7CE');
    expect(votes.fill('C5001')).toBe('#FFEB9C');
    await host.clearMarks();
    expect(book.requests.every((r) => !r.rejected)).toBe(true);
    expect(votes.fill('C2')).toBe('#DDDDDD');
    expect(votes.fill('C5001')).toBe('#DDDDDD');
    expect(votes.notes.size).toBe(0);
  });
});

describe('markIssues by requirement set', () => {
  it('ExcelApi 1.10: a threaded comment instead of a note; clear deletes only our comments', async () => {
    const { book, courses } = workbook('1.10');
    book.comments.push({ id: 'mine', sheet: courses, address: 'A5', content: 'User comment' });
    const host = new OfficeHost({ api: book.api() });
    await host.markIssues(issues);
    expect(courses.fill('B2')).toBe('#FFC7CE');
    expect(book.comment('Courses', 'B2')).toBe('Error: Unknown teacher \'Ann\'\nDid you mean "Anne"?');
    expect(courses.notes.size).toBe(1); // only the user's note
    await host.clearMarks();
    expect(courses.fill('B2')).toBe('#00FF00');
    expect(book.comments.map((c) => c.content)).toEqual(['User comment']);
  });

  it('ExcelApi 1.9: fill only, still restored exactly', async () => {
    const { book, courses } = workbook('1.9');
    const host = new OfficeHost({ api: book.api() });
    await host.markIssues(issues);
    expect(courses.fill('C3')).toBe('#FFC7CE');
    expect(book.comments).toHaveLength(0);
    expect(courses.notes.size).toBe(1);
    await host.clearMarks();
    expect(courses.fill('B2')).toBe('#00FF00');
    expect(courses.fill('C3')).toBeNull();
  });

  it('a workbook marked where notes exist is cleared on a comments-only Excel, and vice versa', async () => {
    const { book, courses } = workbook('1.10');
    await new OfficeHost({ api: book.api() }).markIssues(issues);
    book.apiVersion = '1.18'; // a colleague with a newer Excel clears them
    await new OfficeHost({ api: book.api() }).clearMarks();
    expect(book.comments).toHaveLength(0);
    expect(courses.fill('B2')).toBe('#00FF00');
  });
});
