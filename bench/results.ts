// Shared by the bench suites: the machine they ran on, and where their JSON goes.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function machine(): { cpus: number; cpuModel: string; memGiB: number; node: string; load: number[] } {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    load: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/** Writes bench/results/<suite>-<ISO time>.json and returns its path. */
export function writeResults(suite: string, rows: unknown[], extra: Record<string, unknown> = {}): string {
  const dir = path.join(__dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(dir, `${suite}-${stamp}.json`);
  fs.writeFileSync(file, JSON.stringify({ suite, at: new Date().toISOString(), machine: machine(), ...extra, rows }, null, 2));
  return file;
}

/** Prints rows as an aligned text table. */
export function printTable(rows: Array<Record<string, string | number>>): void {
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0]);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i])).join('  ');
  console.log(line(cols));
  console.log(line(width.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(cols.map((c) => String(r[c] ?? ''))));
}
