// The built pane, the real worker and the harness adapter in headless chromium (issue 5 item 8).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeExample } from '../../src/examples';
import { MARK_COLORS } from '../../src/harness/host';
import { button, harness, openHarness, setTimeLimit, sharedSession } from './browser';

const session = sharedSession();

describe('harness: the pane in a browser', () => {
  it('the example workbook validates clean', async () => {
    const page = await openHarness(session(), 'school.xlsx');
    await button(page, 'Validate').click();
    await page.getByText('No problems found').waitFor({ timeout: 20_000 });
    assert.equal(await page.getByRole('group', { name: 'Issue counts' }).getByText('0 errors').count(), 1);
    assert.equal(await button(page, 'Solve timetable').isEnabled(), true);
    await page.close();
  });

  it('the broken example: bad cell filled with a note saying why, its issue selects it, Clear highlights restores the fill', async () => {
    const bad = makeExample('medium', { broken: true }).broken[0];
    assert.ok(bad, 'the broken example plants at least one bad cell');
    const page = await openHarness(session(), 'broken.xlsx');
    const before = await harness<string | null>(page, 'fill', bad.sheet, bad.cell);
    await button(page, 'Validate').click();
    await page.getByText(/\d+ errors?, \d+ warnings?/).first().waitFor({ timeout: 20_000 });
    assert.equal(await harness(page, 'fill', bad.sheet, bad.cell), MARK_COLORS.error);
    const note = await harness<string | null>(page, 'note', bad.sheet, bad.cell);
    assert.ok(note && /^Error: /.test(note), `a note at ${bad.sheet}!${bad.cell}, got ${note}`);
    assert.ok(note.includes(bad.value), `the note names the bad value '${bad.value}': ${note}`);
    assert.equal(await button(page, 'Solve timetable').isEnabled(), false);
    // Choose its issue in the pane: the harness activates the sheet and selects the cell.
    await page.getByRole('button', { name: new RegExp(`^${bad.sheet}!${bad.cell} error: `) }).first().click();
    await page.waitForFunction(([s, c]) => {
      const sel = (window as unknown as { periodicHarness: { selection(): { sheet: string; cell: string } } }).periodicHarness.selection();
      return sel.sheet === s && sel.cell === c;
    }, [bad.sheet, bad.cell] as const);
    assert.equal(await page.getByRole('tab', { name: bad.sheet, exact: true }).getAttribute('aria-selected'), 'true');
    await button(page, 'Clear highlights').click();
    await page.getByText('Highlights cleared').waitFor();
    assert.equal(await harness(page, 'fill', bad.sheet, bad.cell), before);
    assert.equal(await harness(page, 'note', bad.sheet, bad.cell), null);
    await page.close();
  });

  it('Solve timetable shows progress and writes Timetable and its views', async () => {
    const page = await openHarness(session(), 'school.xlsx');
    await setTimeLimit(page, 4);
    assert.deepEqual((await harness<unknown[][]>(page, 'values', 'Settings')).find((r) => r[0] === 'Time limit'), ['Time limit', 4]);
    await button(page, 'Solve timetable').click();
    await page.getByRole('progressbar').waitFor({ timeout: 10_000 });
    await page.getByText(/Best cost [\d,]+/).waitFor({ timeout: 10_000 });
    await page.getByText('Timetable written').waitFor({ timeout: 30_000 });
    const names = await harness<string[]>(page, 'sheetNames');
    for (const sheet of ['Timetable', 'Timetable by Class', 'Timetable by Teacher', 'Timetable by Room', 'Timetable Report']) {
      assert.ok(names.includes(sheet), `${sheet} written; sheets: ${names.join(', ')}`);
    }
    const timetable = await harness<unknown[][]>(page, 'values', 'Timetable');
    assert.deepEqual(timetable[0].slice(0, 3), ['Day', 'Period', 'Course']);
    assert.ok(timetable.length > 100, `a row per lesson (${timetable.length - 1} rows)`);
    await page.getByRole('list', { name: 'Output sheets' }).getByRole('button', { name: 'Timetable by Teacher' }).click();
    assert.equal(await page.getByRole('tab', { name: 'Timetable by Teacher', exact: true }).getAttribute('aria-selected'), 'true');
    await page.close();
  });

  it('Solve clubs writes Club Assignments and its views', async () => {
    const page = await openHarness(session(), 'school.xlsx');
    await setTimeLimit(page, 4);
    assert.equal(await button(page, 'Solve clubs').isEnabled(), true, 'Solve clubs is enabled for a workbook with Clubs and Votes (is the clubs solver in this build?)');
    await button(page, 'Solve clubs').click();
    await page.getByText('Clubs written').waitFor({ timeout: 60_000 });
    const names = await harness<string[]>(page, 'sheetNames');
    for (const sheet of ['Club Assignments', 'Clubs by Student', 'Clubs by Club', 'Clubs by Day', 'Clubs Report']) {
      assert.ok(names.includes(sheet), `${sheet} written; sheets: ${names.join(', ')}`);
    }
    const assignments = await harness<unknown[][]>(page, 'values', 'Club Assignments');
    assert.deepEqual(assignments[0].slice(0, 3), ['Student', 'Day', 'Club']);
    assert.ok(assignments.length > 400, `a row per active student per club day (${assignments.length - 1} rows)`);
    await page.close();
  });

  it('Cancel during a long solve returns within 1 s with the best so far', async (t) => {
    const page = await openHarness(session(), 'school.xlsx');
    await setTimeLimit(page, 120);
    await button(page, 'Solve timetable').click();
    await page.getByText(/Best cost [\d,]+/).waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1500); // well into the search
    const started = Date.now();
    await button(page, 'Cancel').click();
    await page.getByText('Solving stopped').waitFor({ timeout: 5_000 });
    const took = Date.now() - started;
    t.diagnostic(`Cancel → "Solving stopped" shown in ${took} ms`);
    assert.ok(took <= 1000, `Cancel returned in ${took} ms`);
    assert.ok((await harness<string[]>(page, 'sheetNames')).every((n) => n !== 'Timetable'), 'nothing written before asked');
    await button(page, 'Write best so far').click();
    await page.getByText('Timetable written').waitFor({ timeout: 20_000 });
    assert.ok((await harness<unknown[][]>(page, 'values', 'Timetable')).length > 1);
    await page.close();
  });

  it('Refresh views re-derives the views from the Timetable sheet, and refuses an edited row it cannot use', async () => {
    const page = await openHarness(session(), 'school.xlsx');
    await setTimeLimit(page, 3);
    await button(page, 'Solve timetable').click();
    await page.getByText('Timetable written').waitFor({ timeout: 30_000 });
    const byClass = await harness<unknown[][]>(page, 'values', 'Timetable by Class');
    const timetable = await harness<unknown[][]>(page, 'values', 'Timetable');
    // Unedited: the views come out the same.
    await page.getByRole('button', { name: 'Dismiss message' }).click();
    await button(page, 'Refresh views').click();
    await page.getByText('Timetable written').waitFor({ timeout: 20_000 });
    assert.deepEqual(await harness(page, 'values', 'Timetable by Class'), byClass);
    // A lesson moved to a course that does not exist: highlighted, nothing rewritten.
    const courseCol = timetable[0].indexOf('Course');
    const cell = `${String.fromCharCode(65 + courseCol)}2`;
    await harness(page, 'edit', 'Timetable', cell, 'No such course');
    await page.getByRole('button', { name: 'Dismiss message' }).click();
    await button(page, 'Refresh views').click();
    await page.getByText(/can't be used/).waitFor({ timeout: 20_000 });
    assert.equal(await harness(page, 'fill', 'Timetable', cell), MARK_COLORS.error);
    assert.deepEqual(await harness(page, 'values', 'Timetable by Class'), byClass);
    await page.close();
  });
});

