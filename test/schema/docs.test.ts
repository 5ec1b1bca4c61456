// docs/workbook-format.md stays in step with the sheet definitions: every sheet, column and
// setting is described, and every example row in it reads without a single issue.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OUTPUT_SHEET_DEFS, SETTING_NAMES, SHEET_DEFS, readWorkbook } from '../../src/schema';

const doc = fs.readFileSync(path.join(__dirname, '../../docs/workbook-format.md'), 'utf8');

/** '## Teachers' section → the markdown table after its 'Example:' line, as a grid. */
function exampleOf(section: string): unknown[][] | undefined {
  const start = doc.indexOf(`\n## ${section}\n`);
  if (start < 0) return undefined;
  const end = doc.indexOf('\n## ', start + 4);
  const body = doc.slice(start, end < 0 ? undefined : end);
  const ex = body.indexOf('Example:');
  if (ex < 0) return undefined;
  const lines = body.slice(ex).split('\n').filter((l) => l.startsWith('|'));
  return lines
    .filter((l) => !/^\|[-|\s]+\|$/.test(l))
    .map((l) => l.slice(1, -1).split('|').map((c) => (c.trim() === '' ? null : c.trim())));
}

describe('docs/workbook-format.md', () => {
  test.each(SHEET_DEFS.map((d) => [d.name, d] as const))('describes %s, every column, with an example that reads cleanly', (name, def) => {
    expect(doc).toContain(`\n## ${name}\n`);
    for (const c of def.key === 'votes' ? def.columns.slice(0, 1) : def.columns) if (!def.keyValue) expect(doc).toContain(`| ${c.header}`);
    const example = exampleOf(name);
    expect(example).toBeDefined();
    expect(example!.length).toBeGreaterThanOrEqual(2);
    // Read with the Settings example of the same page (7 periods, clubs on Tue and Thu).
    const { issues } = readWorkbook({ Settings: exampleOf('Settings')!, [name]: example! as unknown[][] });
    expect(issues).toEqual([]);
  });

  test('describes every setting', () => {
    for (const s of SETTING_NAMES) expect(doc).toContain(`| ${s.header} |`);
  });

  test('describes the editable output sheets and their columns', () => {
    for (const d of OUTPUT_SHEET_DEFS) for (const c of d.columns) expect(doc).toMatch(new RegExp(`\\*\\*${d.name}\\*\\*[^\\n]*\\n?[^\\n]*${c.header}`));
  });
});

test("the page's sample validate output is what the reader really says", () => {
  const block = /```\n(Courses!E7[\s\S]*?)```/.exec(doc)![1];
  const courses = [['ID', 'Subject', 'Teacher', 'Class size', 'Lessons per week'], ...Array.from({ length: 5 }, (_, i) => [`C${i}`, 'M', 'T', 20, 2]), ['C7', 'M', 'T', 20, 'three']];
  const teachers = [['ID', 'Name', 'Unavailable'], ['A', null, null], ['B', null, null], ['C', null, 'Mnday']];
  const settings = [['Setting', 'Value'], ...Array.from({ length: 6 }, () => [null, null]), ['Perods per day', 7]];
  const print = (i: { sheet: string; cell: string; severity: string; message: string; suggestion?: string }) => `${i.sheet}!${i.cell} ${i.severity}: ${i.message}\n    ${i.suggestion}\n`;
  const a = readWorkbook({ Courses: courses, Teachers: teachers, Settings: settings }).issues;
  const b = readWorkbook({ Courses: [['ID', 'Subject', 'Teacher', 'Class size'], ['C', 'M', 'T', 3]] }).issues;
  const order = ['Courses', 'Teachers', 'Settings'];
  const printed = [...a].sort((x, y) => order.indexOf(x.sheet) - order.indexOf(y.sheet)).map(print).join('') + b.map(print).join('');
  expect(printed).toBe(block);
});
