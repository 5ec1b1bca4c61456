// `npm run bench -- schema [--runs N]`: how long readWorkbook takes on the example workbooks of
// `periodic example --size small|medium|large` (large: 1,200 students, 120 clubs, ~500 courses,
// ~8,000 vote cells). Target: large well under 100 ms. The machine is shared: the fastest run
// (minMs) is the cost of the code; the median moves with everyone else's load.
import { readWorkbook } from '../src/schema';
import { EXAMPLE_SIZES, makeExample } from '../src/examples';
import type { SheetValues } from '../src/schema/records';
import { printTable, writeResults } from './results';

function cellCount(wb: SheetValues): number {
  return Object.values(wb).reduce((n, g) => n + g.reduce((m, row) => m + row.filter((v) => v !== null && v !== undefined && v !== '').length, 0), 0);
}

export default async function run(args: string[]): Promise<void> {
  const i = args.indexOf('--runs');
  const runs = i >= 0 ? Math.max(1, Number(args[i + 1]) || 30) : 30;
  const rows: Array<Record<string, string | number>> = [];
  for (const size of EXAMPLE_SIZES) {
    const wb = makeExample(size).sheets;
    for (let w = 0; w < 5; w++) readWorkbook(wb); // warm up the JIT
    const times: number[] = [];
    let last = readWorkbook(wb);
    for (let k = 0; k < runs; k++) {
      const t0 = performance.now();
      last = readWorkbook(wb);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const ms = (x: number) => Math.round(x * 100) / 100;
    const r = last.records;
    rows.push({
      size,
      cells: cellCount(wb),
      students: r.students.length,
      clubs: r.clubs.length,
      courses: r.courses.length,
      voteCells: r.votes.reduce((n, v) => n + v.choices.filter((c) => c !== null).length, 0),
      issues: last.issues.length,
      runs,
      minMs: ms(times[0]),
      medianMs: ms(times[Math.floor(runs / 2)]),
      maxMs: ms(times[runs - 1]),
    });
  }
  printTable(rows);
  const file = writeResults('schema', rows, { target: 'large: well under 100 ms', note: 'shared machine: minMs is the code, medians move with load' });
  console.log(`\nwritten ${file}`);
}
