import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { XlsxHost } from '../../src/host/xlsx';
import { makeExample } from '../../src/examples';
import { loadModules } from '../../src/app';
import { run } from './helpers';

jest.setTimeout(120_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'periodic-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (name: string): string => path.join(dir, name);

const small = at('small.xlsx');
const broken = at('broken.xlsx');

beforeAll(async () => {
  expect((await run('example', small, '--size', 'small')).code).toBe(0);
  expect((await run('example', broken, '--size', 'small', '--broken')).code).toBe(0);
});

describe('periodic (no command, help, usage mistakes)', () => {
  it('prints help and exits 0 for --help, 2 with no command', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Usage: periodic <command>/);
    expect(help.out).toMatch(/validate <in.xlsx>/);
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/Usage/);
    const sub = await run('solve', '--help');
    expect(sub.code).toBe(0);
    expect(sub.out).toMatch(/--time-limit S/);
  });

  it('rejects unknown commands, unknown options, bad numbers and missing files with one line and exit 2', async () => {
    for (const argv of [
      ['frobnicate'],
      ['validate', small, '--colour'],
      ['validate'],
      ['solve', small, '--seed', 'abc'],
      ['solve', small, '--time-limit', '-3'],
      ['solve', small, '--only', 'lunch'],
      ['example', at('x.xlsx'), '--size', 'huge'],
    ]) {
      const r = await run(...argv);
      expect({ argv, code: r.code }).toEqual({ argv, code: 2 });
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.out).toBe('');
    }
  });
});

describe('periodic example', () => {
  it('writes a workbook whose sheets are exactly the generated example', async () => {
    const host = await XlsxHost.load(small);
    const values = await host.readSheets();
    const expected = makeExample('small').sheets;
    expect(Object.keys(values)).toEqual(Object.keys(expected));
    for (const [name, rows] of Object.entries(expected)) expect({ name, rows: values[name] }).toEqual({ name, rows });
  });

  it('never replaces an existing file unless --force is given', async () => {
    const before = fs.readFileSync(broken);
    const r = await run('example', broken, '--size', 'small');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/already exists; choose another name, or add --force/);
    expect(fs.readFileSync(broken).equals(before)).toBe(true);
    expect((await run('example', broken, '--size', 'small', '--broken', '--force')).code).toBe(0);
  });

  it('lists the planted mistakes with --broken', async () => {
    const r = await run('example', at('b2.xlsx'), '--size', 'small', '--broken');
    expect(r.out).toMatch(/Planted \d+ mistakes/);
    for (const b of makeExample('small', { broken: true }).broken) expect(r.out).toContain(`${b.sheet}!${b.cell} = '${b.value}'`);
  });
});

describe('periodic validate', () => {
  it('exits 0 on the example and says so', async () => {
    const r = await run('validate', small);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/no problems found/);
  });

  it("prints 'Sheet!A1 error: message' for each planted mistake and exits 1", async () => {
    const r = await run('validate', broken);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    for (const b of makeExample('small', { broken: true }).broken) {
      expect(lines.some((l) => l.startsWith(`${b.sheet}!${b.cell} error: `))).toBe(true);
    }
    expect(r.out).toContain("Courses › Teacher: 'Jon Smith' is not a teacher");
    expect(r.out).toMatch(/Did you mean 'John Smith'\?/);
    expect(r.out).toMatch(/\d+ errors?(, \d+ warnings?)?\.\n$/);
  });

  it('prints the issues as JSON with --json', async () => {
    const r = await run('validate', broken, '--json');
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.out) as { issues: Array<Record<string, unknown>> };
    expect(parsed.issues.length).toBeGreaterThanOrEqual(6);
    for (const i of parsed.issues) expect(Object.keys(i).sort()).toEqual(['cell', 'code', 'message', 'severity', 'sheet', 'suggestion']);
    const robotic = parsed.issues.find((i) => String(i.message).includes("'Robotic'"));
    expect(robotic).toMatchObject({ severity: 'error', sheet: 'Votes', code: 'unknown-reference' });
    expect(String(robotic!.suggestion)).toContain('Robotics');
    const clean = JSON.parse((await run('validate', small, '--json')).out);
    expect(clean).toEqual({ issues: [] });
  });

  it('exits 2 with one clear line for a file that is not a workbook, or is missing', async () => {
    const text = at('notes.xlsx');
    fs.writeFileSync(text, 'Dear colleagues, the timetable is attached.');
    for (const file of [text, at('missing.xlsx')]) {
      const r = await run('validate', file);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^Cannot read .*: (it is not an Excel \.xlsx workbook|no such file)/);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
    }
  });

  it('writes a highlighted copy with --mark and leaves the input file alone', async () => {
    const before = fs.readFileSync(broken);
    const marked = at('marked.xlsx');
    expect((await run('validate', broken, '--mark', marked)).code).toBe(1);
    expect(fs.readFileSync(broken).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(marked);
    for (const b of makeExample('small', { broken: true }).broken) {
      const cell = wb.getWorksheet(b.sheet)!.getCell(b.cell);
      expect({ at: `${b.sheet}!${b.cell}`, fill: (cell.fill as ExcelJS.FillPattern)?.fgColor?.argb }).toEqual({ at: `${b.sheet}!${b.cell}`, fill: 'FFFFC7CE' });
      expect(JSON.stringify(cell.note)).toMatch(/Error/);
    }
  });
});

describe('periodic solve', () => {
  it('refuses a workbook with errors, writing nothing', async () => {
    const r = await run('solve', broken, '--steps', '1000');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/fix them before solving \(nothing written\)/);
    expect(fs.existsSync(at('broken.solved.xlsx'))).toBe(false);
  });

  it('writes <name>.solved.xlsx with the output sheets, the input sheets unchanged and the input file untouched', async () => {
    const { modules } = await loadModules();
    if (!modules.some((m) => m.kind === 'timetable')) return; // solver not in this build yet
    const before = fs.readFileSync(small);
    const r = await run('solve', small, '--steps', '20000', '--time-limit', '60', '--only', 'timetable');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Timetable: .*lessons booked/m);
    expect(r.out).toContain(`Wrote ${at('small.solved.xlsx')}: Timetable, `);
    expect(fs.readFileSync(small).equals(before)).toBe(true);
    const input = await (await XlsxHost.load(small)).readSheets();
    const solved = await (await XlsxHost.load(at('small.solved.xlsx'))).readSheets();
    for (const name of Object.keys(input)) expect({ name, rows: solved[name] }).toEqual({ name, rows: input[name] });
    expect(solved.Timetable[0].slice(0, 4)).toEqual(['Day', 'Period', 'Course', 'Subject']);
    expect(solved.Timetable.length).toBeGreaterThan(75);
    expect(Object.keys(solved)).toEqual(expect.arrayContaining(['Timetable by Class', 'Timetable by Teacher', 'Timetable by Room', 'Timetable Report']));
  });

  it('is deterministic for a seed and step budget, and prints a JSON summary with --json', async () => {
    const { modules } = await loadModules();
    if (!modules.some((m) => m.kind === 'timetable')) return;
    const a = await run('solve', small, '--only', 'timetable', '--steps', '5000', '--seed', '7', '--out', at('a.xlsx'), '--json');
    const b = await run('solve', small, '--only', 'timetable', '--steps', '5000', '--seed', '7', '--out', at('b.xlsx'), '--json');
    expect(a.code).toBe(0);
    const summary = JSON.parse(a.out);
    expect(summary).toMatchObject({ input: small, output: at('a.xlsx'), seed: 7, steps: 5000 });
    expect(summary.solved[0]).toMatchObject({ kind: 'timetable', sheets: expect.arrayContaining(['Timetable']) });
    expect(typeof summary.solved[0].cost).toBe('number');
    const ta = (await (await XlsxHost.load(at('a.xlsx'))).readSheets(['Timetable'])).Timetable;
    const tb = (await (await XlsxHost.load(at('b.xlsx'))).readSheets(['Timetable'])).Timetable;
    expect(ta).toEqual(tb);
    expect(JSON.parse(b.out).solved[0].cost).toBe(summary.solved[0].cost);
  });
});

describe('periodic views', () => {
  it('re-derives the views from an edited Timetable and reports a broken rule at its row', async () => {
    const { modules } = await loadModules();
    if (!modules.some((m) => m.kind === 'timetable')) return;
    const solved = at('v.xlsx');
    expect((await run('solve', small, '--only', 'timetable', '--steps', '20000', '--out', solved)).code).toBe(0);

    // Untouched: views rewritten, nothing broken.
    const clean = await run('views', solved, '--out', at('v2.xlsx'));
    expect(clean.err).toBe(clean.err.includes('Skipping') ? clean.err : '');
    expect(clean.code).toBe(0);
    expect(clean.out).toMatch(/Wrote .*v2\.xlsx: Timetable by Class/);

    // Move the second lesson of a course onto the first one's slot: its teacher is double-booked.
    const host = await XlsxHost.load(solved);
    const ws = host.workbook.getWorksheet('Timetable')!;
    const rows = (await host.readSheets(['Timetable'])).Timetable;
    const course = rows[1][2];
    const second = rows.findIndex((r, i) => i > 1 && r[2] === course);
    ws.getCell(second + 1, 1).value = rows[1][0] as string;
    ws.getCell(second + 1, 2).value = rows[1][1] as number;
    await host.save(solved);
    const before = (await (await XlsxHost.load(solved)).readSheets(['Timetable'])).Timetable;

    const r = await run('views', solved);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n').filter((l) => /^Timetable!/.test(l));
    expect(lines.some((l) => new RegExp(`^Timetable![A-Z]+(${second + 1}|2) error: `).test(l))).toBe(true);
    expect(r.out).toMatch(/Updated .*v\.xlsx/);
    // The edited sheet is kept exactly as the user left it.
    expect((await (await XlsxHost.load(solved)).readSheets(['Timetable'])).Timetable).toEqual(before);
  });

  it('says so when there is nothing to re-derive from', async () => {
    const r = await run('views', small);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no Timetable or Club Assignments sheet/);
  });
});

describe('bin/periodic.js', () => {
  it('runs as a real process after npm ci (npx periodic example x.xlsx && npx periodic validate x.xlsx), with exit codes', () => {
    const root = path.join(__dirname, '..', '..');
    const bin = path.join(root, 'bin', 'periodic.js');
    const x = at('x.xlsx');
    // --no: never fetch anything; the package's own "bin" entry must be what runs.
    const npx = (...args: string[]) => spawnSync('npx', ['--no', '--', 'periodic', ...args], { cwd: root, encoding: 'utf8' });
    const made = npx('example', x, '--size', 'small');
    expect(made.status).toBe(0);
    const ok = npx('validate', x);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/no problems found/);
    const bad = spawnSync(process.execPath, [bin, 'validate', path.join(dir, 'nope.xlsx')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toMatch(/^Cannot read .*nope\.xlsx: no such file\.$/);
  });
});
