import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lossyParts, zipEntryNames } from '../../src/host/xlsx-parts';
import { makeExample } from '../../src/examples';
import { XlsxHost } from '../../src/host/xlsx';
import { run } from '../cli/helpers';

/** A real workbook with parts ExcelJS cannot keep added to its zip. */
async function workbookWith(parts: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Teachers').addRow(['ID']);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  for (const p of parts) zip.file(p, '<x/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('lossyParts', () => {
  it('lists the kinds of content a rewrite would lose, and nothing for a plain workbook', async () => {
    expect(lossyParts(await workbookWith([]))).toEqual([]);
    expect(lossyParts(await workbookWith(['xl/charts/chart1.xml', 'xl/vbaProject.bin', 'xl/pivotTables/pivotTable1.xml']))).toEqual(['charts', 'pivot tables', 'macros']);
    expect(zipEntryNames(await workbookWith([]))).toEqual(expect.arrayContaining(['xl/workbook.xml', '[Content_Types].xml']));
    expect(lossyParts(Buffer.from('not a zip at all'))).toEqual([]);
  });

  it('is known to the host after loading', async () => {
    const host = await XlsxHost.fromBuffer(await workbookWith(['xl/charts/chart1.xml']));
    expect(host.lossy).toEqual(['charts']);
    expect(await host.readSheets()).toEqual({ Teachers: [['ID']] });
  });
});

describe('reproducible writes', () => {
  it('gives the same bytes for the same workbook written at different times, still readable', async () => {
    const write = async (): Promise<Buffer> => {
      const host = XlsxHost.create();
      host.workbook.created = host.workbook.modified = new Date(Date.UTC(2025, 0, 1));
      await host.writeSheets(Object.entries(makeExample('small').sheets).map(([name, values]) => ({ name, values: values as never })));
      return host.toBuffer({ reproducible: true });
    };
    const a = await write();
    await new Promise((r) => setTimeout(r, 2100)); // zip times have 2-second resolution
    const b = await write();
    expect(a.equals(b)).toBe(true);
    const back = await (await XlsxHost.fromBuffer(a)).readSheets(['Courses']);
    expect(back.Courses).toEqual(makeExample('small').sheets.Courses);
  });
});

describe('the command line with such a workbook', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'periodic-lossy-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses to rewrite it in place, and warns when writing a copy', async () => {
    const file = path.join(dir, 'charts.xlsx');
    fs.writeFileSync(file, await workbookWith(['xl/charts/chart1.xml']));
    const before = fs.readFileSync(file);
    const inPlace = await run('validate', file, '--mark', file);
    expect(inPlace.code).toBe(1);
    expect(inPlace.err).toMatch(/has charts, which rewriting it here would lose; write to another file with --out/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const copy = await run('validate', file, '--mark', path.join(dir, 'marked.xlsx'));
    expect(copy.err).toMatch(/^Note: .*charts\.xlsx has charts; .*marked\.xlsx will not have them/);
    expect(fs.existsSync(path.join(dir, 'marked.xlsx'))).toBe(true);
  });
});
