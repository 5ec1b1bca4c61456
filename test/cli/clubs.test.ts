import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { XlsxHost } from '../../src/host/xlsx';
import { loadModules } from '../../src/app';
import { run } from './helpers';

jest.setTimeout(120_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'periodic-cli-clubs-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('periodic solve / views with clubs', () => {
  it('writes the club sheets, and views re-derives them from an edited Club Assignments sheet', async () => {
    if (!(await loadModules()).modules.some((m) => m.kind === 'clubs')) return; // scheduler not in this build yet
    const file = path.join(dir, 'small.xlsx');
    const out = path.join(dir, 'small.solved.xlsx');
    expect((await run('example', file, '--size', 'small')).code).toBe(0);
    const r = await run('solve', file, '--only', 'clubs', '--steps', '2', '--time-limit', '20');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Clubs: /m);
    const solved = await (await XlsxHost.load(out)).readSheets();
    expect(Object.keys(solved)).toEqual(expect.arrayContaining(['Club Assignments', 'Clubs by Student', 'Clubs by Club', 'Clubs by Teacher', 'Clubs by Day', 'Club Votes', 'Clubs Report']));
    expect(Object.keys(solved)).not.toContain('Timetable');
    // One row per active student per club day (60 students, 2 club days, a few inactive).
    const rows = solved['Club Assignments'].length - 1;
    expect(rows).toBeGreaterThan(100);
    expect(rows).toBeLessThanOrEqual(120);

    // Blank the Clubs by Club sheet's source: views must rebuild it from Club Assignments.
    const host = await XlsxHost.load(out);
    await host.writeSheets([{ name: 'Clubs by Club', values: [['stale']] }]);
    await host.save(out);
    const before = (await (await XlsxHost.load(out)).readSheets(['Club Assignments']))['Club Assignments'];
    const v = await run('views', out);
    expect([0, 1]).toContain(v.code);
    expect(v.out).toMatch(/Updated .*small\.solved\.xlsx: .*Clubs by Club/);
    const after = await (await XlsxHost.load(out)).readSheets(['Club Assignments', 'Clubs by Club']);
    expect(after['Club Assignments']).toEqual(before);
    expect(after['Clubs by Club']).toEqual(solved['Clubs by Club']);
  });
});
