// `npm run harness`: serves dist/ (the built pane, worker and harness page) and the example
// workbooks. GET /workbooks/<file>.xlsx.json converts examples/<file>.xlsx to the harness's JSON
// (values, solid fills, notes) with ExcelJS here in Node, so the page stays free of ExcelJS.
import { createServer, type Server } from 'node:http';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { plainValue } from '../src/host/xlsx-cells';
import { noteText } from '../src/host/xlsx-marks';

const ROOT = path.resolve(__dirname, '..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

type Json = { sheets: Array<{ name: string; cells: Array<[string, { v: unknown; fill?: string; note?: string }]> }> };

/** A cell as the adapter reads it (src/host/xlsx-cells), with dates in the harness's JSON form. */
function cellValue(value: ExcelJS.CellValue): unknown {
  const v = plainValue(value);
  return v instanceof Date ? { date: v.toISOString() } : v;
}

function fillOf(fill: ExcelJS.Fill | undefined): string | undefined {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  const argb = fill.fgColor?.argb;
  return argb && argb.length === 8 ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

export async function xlsxToJson(file: string): Promise<Json> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets: Json['sheets'] = [];
  wb.eachSheet((ws) => {
    if (ws.state === 'veryHidden' || ws.state === 'hidden') return;
    const cells: Json['sheets'][number]['cells'] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cellValue(cell.value);
        const fill = fillOf(cell.fill);
        const note = noteText(cell) || undefined;
        if (v === null && !fill && !note) return;
        cells.push([cell.address, { v, ...(fill ? { fill } : {}), ...(note ? { note } : {}) }]);
      });
    });
    sheets.push({ name: ws.name, cells });
  });
  return { sheets };
}

/** Resolve a URL path inside a folder, refusing anything that climbs out of it. */
function inside(folder: string, urlPath: string): string | undefined {
  const file = path.resolve(folder, '.' + path.posix.normalize('/' + decodeURIComponent(urlPath)));
  return file.startsWith(folder + path.sep) ? file : undefined;
}

export interface HarnessServer {
  url: string;
  close(): Promise<void>;
}

export function startHarnessServer(port: number, root = ROOT): Promise<HarnessServer> {
  const dist = path.join(root, 'dist');
  const examples = path.join(root, 'examples');
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    try {
      if (url.pathname === '/') {
        res.writeHead(302, { Location: '/harness.html' });
        res.end();
        return;
      }
      const workbook = /^\/workbooks\/([^/]+\.xlsx)\.json$/.exec(url.pathname);
      if (workbook) {
        const file = inside(examples, workbook[1]);
        if (!file) return send(400, 'Bad workbook name.');
        try {
          await fs.access(file);
        } catch {
          return send(404, `There is no examples/${decodeURIComponent(workbook[1])}; run npm run examples first.`);
        }
        return send(200, JSON.stringify(await xlsxToJson(file)), TYPES['.json']);
      }
      const [folder, rest] = url.pathname.startsWith('/examples/') ? [examples, url.pathname.slice('/examples'.length)] : [dist, url.pathname];
      const file = inside(folder, rest);
      if (!file) return send(400, 'Bad path.');
      const body = await fs.readFile(file).catch(() => undefined);
      if (!body) return send(404, `Not found: ${url.pathname}${folder === dist ? ' (run npm run build first?)' : ''}`);
      send(200, body, TYPES[path.extname(file)] ?? 'application/octet-stream');
    } catch (error) {
      send(500, `The harness server failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ url: `http://127.0.0.1:${actual}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 3001);
  startHarnessServer(port)
    .then(async ({ url }) => {
      try {
        await fs.access(path.join(ROOT, 'dist', 'harness.html'));
      } catch {
        console.warn('dist/harness.html is missing: run `npm run build` first.');
      }
      console.log(`Periodic harness: ${url}/harness.html?workbook=school.xlsx`);
    })
    .catch((error: Error) => {
      console.error(`Could not start the harness server on port ${port}: ${error.message}`);
      process.exit(1);
    });
}
