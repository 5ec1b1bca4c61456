import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkManifest } from '../../scripts/check-manifest';
import { crc32, encodePng, renderIcon } from '../../scripts/make-icons';

const root = join(__dirname, '..', '..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
const assetsDir = join(root, 'assets');
const check = (xml: string, dir = assetsDir) => checkManifest(xml, { assetsDir: dir });

describe('manifest.xml', () => {
  it('passes the offline check', () => {
    expect(check(manifest)).toEqual([]);
  });

  it('is a Workbook task pane asking for ExcelApi 1.9 and read/write access', () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.9"\/>/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifest).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/);
  });
});

describe('checkManifest fails on a broken copy', () => {
  it('reports malformed XML with its line', () => {
    const problems = check(manifest.replace('</Description>', '').replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteDocument'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/not well-formed XML.*line \d+/);
  });

  it('reports a missing required element', () => {
    const problems = check(manifest.replace(/\s*<ProviderName>.*<\/ProviderName>/, ''));
    expect(problems).toEqual(['missing required element <ProviderName>']);
  });

  it('reports a missing DefaultSettings (the task pane page)', () => {
    const problems = check(manifest.replace(/\s*<DefaultSettings>[\s\S]*?<\/DefaultSettings>/, ''));
    expect(problems).toContain('missing required element <DefaultSettings>');
  });

  it('reports two elements swapped', () => {
    const swapped = manifest.replace(
      /(<ProviderName>.*<\/ProviderName>)(\s*)(<DefaultLocale>.*<\/DefaultLocale>)/,
      '$3$2$1',
    );
    expect(swapped).not.toEqual(manifest);
    const problems = check(swapped);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/<ProviderName> must come before <DefaultLocale>/);
  });

  it('reports Permissions placed before Requirements', () => {
    const moved = manifest
      .replace(/\s*<Permissions>ReadWriteDocument<\/Permissions>/, '')
      .replace('<Requirements>', '<Permissions>ReadWriteDocument</Permissions>\n  <Requirements>');
    expect(check(moved).join('\n')).toMatch(/must come before <Permissions>/);
  });

  it('reports an http URL', () => {
    const problems = check(manifest.replace('https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', 'http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>'));
    expect(problems).toEqual(['OfficeApp/DefaultSettings/SourceLocation DefaultValue: URL must be https (found http://localhost:3000/taskpane.html)']);
  });

  it('reports an icon whose file is missing from assets/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'periodic-assets-'));
    try {
      for (const f of readdirSync(assetsDir)) if (f !== 'icon-80.png') copyFileSync(join(assetsDir, f), join(dir, f));
      const problems = check(manifest, dir);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/icon https:\/\/localhost:3000\/assets\/icon-80.png has no file .*icon-80.png/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports an icon of the wrong size and an undefined resid', () => {
    const problems = check(manifest.replace('assets/icon-32.png', 'assets/icon-16.png').replace('resid="Periodic.Button.Tooltip"', 'resid="Periodic.Nope"'));
    expect(problems.some((p) => /icon-16.png is 16×16, expected 32×32/.test(p))).toBe(true);
    expect(problems.some((p) => /resid "Periodic.Nope" is not defined/.test(p))).toBe(true);
  });

  it('reports a manifest for the wrong host', () => {
    expect(check(manifest.replace('<Host Name="Workbook"/>', '<Host Name="Document"/>'))).toContain('<Hosts> must contain <Host Name="Workbook"/>');
  });
});

describe('npm run check:manifest (the command)', () => {
  it('exits 0 on manifest.xml and 1 with a list of problems on a broken copy', () => {
    const tsx = join(root, 'node_modules', '.bin', 'tsx');
    const script = join(root, 'scripts', 'check-manifest.ts');
    expect(execFileSync(tsx, [script, join(root, 'manifest.xml')], { encoding: 'utf8' })).toMatch(/OK/);
    const dir = mkdtempSync(join(tmpdir(), 'periodic-manifest-'));
    try {
      writeFileSync(join(dir, 'manifest.xml'), manifest.replace(/\s*<Version>.*<\/Version>/, ''));
      let status = 0;
      let stderr = '';
      try {
        execFileSync(tsx, [script, join(dir, 'manifest.xml')], { encoding: 'utf8', stdio: 'pipe' });
      } catch (e) {
        status = (e as { status: number }).status;
        stderr = String((e as { stderr: string }).stderr);
      }
      expect(status).toBe(1);
      expect(stderr).toMatch(/missing required element <Version>/);
      // Icons are resolved beside the manifest: this copy has no assets/ folder.
      expect(stderr).toMatch(/icon-64.png has no file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('icons', () => {
  it('are the PNGs make-icons draws today (regenerate with npx tsx scripts/make-icons.ts)', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(readFileSync(join(assetsDir, `icon-${size}.png`))).toEqual(encodePng(size, size, renderIcon(size)));
    }
  });

  it('have a valid CRC on every chunk and show more than one colour', () => {
    expect(crc32(Buffer.from('IEND'))).toBe(0xae426082);
    const px = renderIcon(32);
    const colours = new Set<string>();
    for (let i = 0; i < px.length; i += 4) if (px[i + 3] === 255) colours.add(`${px[i]},${px[i + 1]},${px[i + 2]}`);
    expect(colours.size).toBeGreaterThanOrEqual(4);
  });
});
