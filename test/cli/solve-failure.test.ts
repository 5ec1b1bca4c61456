// One solver failing must not cost the other its result: the registry is replaced by one whose
// club scheduler throws, next to the real timetable solver.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ProblemModule } from '../../src/app/problem';
import { XlsxHost } from '../../src/host/xlsx';
import { run } from './helpers';

jest.setTimeout(60_000);

jest.mock('../../src/app/registry', () => {
  const actual = jest.requireActual('../../src/app/registry');
  return {
    ...actual,
    loadModules: async () => {
      const real = await actual.loadModules(['timetable']);
      const broken: ProblemModule = {
        kind: 'clubs',
        defined: () => true,
        build: () => ({ problem: {}, issues: [] }),
        solve: async () => {
          throw new Error('out of memory (simulated)');
        },
        views: () => [],
        fromRecords: () => ({ solution: {}, issues: [] }),
        summary: () => ({ kind: 'clubs', headline: '', cost: 0, figures: [], sheets: [] }),
      };
      return { modules: [...real.modules, broken], missing: real.missing };
    },
  };
});

it('writes the timetable when the club scheduler fails, and exits 1 saying why', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'periodic-fail-'));
  try {
    const file = path.join(dir, 's.xlsx');
    expect((await run('example', file, '--size', 'small')).code).toBe(0);
    const r = await run('solve', file, '--steps', '5000');
    if (/timetable solver is not available/.test(r.err)) return; // not in this build yet
    expect(r.code).toBe(1);
    expect(r.err).toContain('The club scheduler failed: out of memory (simulated)');
    expect(r.out).toMatch(/^Timetable: /m);
    const solved = await (await XlsxHost.load(path.join(dir, 's.solved.xlsx'))).readSheets();
    expect(Object.keys(solved)).toContain('Timetable');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
