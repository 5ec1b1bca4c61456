import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { progressBar, progressLine } from '../../src/cli/progress';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { loadModules } from '../../src/app';

jest.setTimeout(60_000);

describe('progressLine', () => {
  it('shows the phase, the best cost and the time used of the limit, within the width', () => {
    const line = progressLine('Timetable', { phase: 'anneal', bestCost: 1234.5, step: 10, elapsedMs: 15_000 }, 30_000, 80);
    expect(line).toMatch(/^Timetable \[#+-+\] anneal {2}best 1,234\.5 {2}15\.0\/30 s$/);
    const bar = /\[(#*)(-*)\]/.exec(line)!;
    expect(bar[1].length).toBe(bar[2].length); // half-way
    expect(progressLine('Clubs', { phase: 'assign', bestCost: -5, step: 1, elapsedMs: 99_000 }, 30_000, 40).length).toBeLessThan(40);
  });
});

describe('progressBar', () => {
  it('draws nothing when stderr is not a terminal', () => {
    const status = jest.fn();
    const bar = progressBar({ out: jest.fn(), err: jest.fn(), isTTY: false, status }, 'Timetable', 1000);
    bar.update({ phase: 'x', bestCost: 1, step: 1, elapsedMs: 1 });
    bar.done();
    expect(status).not.toHaveBeenCalled();
  });

  it('draws on a terminal during solve, then clears its line, and prints only the result to stdout', async () => {
    if (!(await loadModules()).modules.some((m) => m.kind === 'timetable')) return;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'periodic-progress-'));
    try {
      const file = path.join(dir, 's.xlsx');
      const quiet: CliIo = { out: () => {}, err: () => {}, isTTY: false };
      expect(await main(['example', file, '--size', 'small'], quiet)).toBe(0);
      const lines: string[] = [];
      let out = '';
      const io: CliIo = { out: (t) => (out += t), err: () => {}, isTTY: true, columns: 100, status: (l) => lines.push(l) };
      // A wall-clock run long enough for at least one redraw (progress is reported every 250 ms at most).
      expect(await main(['solve', file, '--only', 'timetable', '--time-limit', '1'], io)).toBe(0);
      expect(lines.some((l) => /^Timetable \[[#-]+\] \S+ {2}best [\d,.-]+ {2}\d+\.\d\/1 s$/.test(l))).toBe(true);
      expect(lines[lines.length - 1]).toBe('');
      expect(out).not.toContain('[#');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
