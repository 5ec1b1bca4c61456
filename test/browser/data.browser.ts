// Data and re-validation in the browser: template sheets and the example into a new workbook,
// and an edit re-checked after the debounce (issue 3 item 7, issue 5 item 1).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeExample } from '../../src/examples';
import { MARK_COLORS } from '../../src/harness/host';
import { SHEET_DEFS } from '../../src/schema';
import { button, harness, openHarness, sharedSession } from './browser';

const session = sharedSession();

describe('harness: data and re-validation', () => {
  it('Insert template sheets adds every input sheet to a new workbook, once', async () => {
    const page = await openHarness(session(), 'new');
    await button(page, 'Insert template sheets').click();
    await page.getByText(`Created ${SHEET_DEFS.length} sheets`).waitFor();
    const names = await harness<string[]>(page, 'sheetNames');
    assert.deepEqual(names, ['Sheet1', ...SHEET_DEFS.map((d) => d.name)]);
    assert.deepEqual((await harness<unknown[][]>(page, 'values', 'Courses'))[0].slice(0, 3), ['ID', 'Subject', 'Teacher']);
    assert.equal(await harness(page, 'fill', 'Courses', 'A1'), '#DDEBF7'); // styled header
    await button(page, 'Insert template sheets').click();
    await page.getByText('Nothing to insert').waitFor();
    await page.close();
  });

  it('Load example asks first, then fills a new workbook that validates and can be solved', async () => {
    const page = await openHarness(session(), 'new');
    await button(page, 'Load example').click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText(/No existing sheet is changed/).waitFor();
    await dialog.getByRole('button', { name: 'Load example sheets' }).click();
    await page.getByText('Example loaded').waitFor({ timeout: 20_000 });
    const courses = makeExample('medium').sheets.Courses;
    assert.deepEqual(await harness(page, 'values', 'Courses'), courses.map((row) => row.map((v) => (v === '' ? null : v))));
    await button(page, 'Validate').click();
    await page.getByRole('group', { name: 'Issue counts' }).getByText('0 errors').waitFor({ timeout: 20_000 });
    assert.equal(await button(page, 'Solve timetable').isEnabled(), true);
    assert.equal(await button(page, 'Solve clubs').isEnabled(), true);
    await page.close();
  });

  it('fixing the bad cell by hand re-validates after the debounce and lifts its highlight', async () => {
    const bad = makeExample('medium', { broken: true }).broken[0];
    const original = makeExample('medium').sheets[bad.sheet];
    const page = await openHarness(session(), 'broken.xlsx');
    await button(page, 'Validate').click();
    await page.getByText(/\d+ errors?, \d+ warnings?/).first().waitFor({ timeout: 20_000 });
    assert.equal(await harness(page, 'fill', bad.sheet, bad.cell), MARK_COLORS.error);
    const errorsBefore = await page.getByRole('button', { name: / error: / }).count();
    // The good value from the unbroken example, typed in as a user would.
    const header = original[0];
    const at = /^([A-Z]+)(\d+)$/.exec(bad.cell)!;
    const col = [...at[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const good = original[Number(at[2]) - 1][col];
    assert.ok(header[col] !== undefined, 'the bad cell lies in a known column');
    await harness(page, 'edit', bad.sheet, bad.cell, good as string | number);
    await page.waitForFunction(([s, c]) => {
      const api = (window as unknown as { periodicHarness: { fill(s: string, c: string): string | null } }).periodicHarness;
      return api.fill(s, c) === null;
    }, [bad.sheet, bad.cell] as const, { timeout: 10_000 });
    await page.waitForFunction((n) => document.querySelectorAll('button[aria-label*=" error: "]').length < n, errorsBefore);
    assert.equal(await harness(page, 'note', bad.sheet, bad.cell), null);
    await page.close();
  });
});
