// `npm run bench -- validate [--runs N] [--size small|medium|large]`: the example workbooks read
// (readWorkbook) and validated (validateWorkbook), timed separately. Target (issue 3): the large
// example (1,200 students, 120 clubs, ~500 courses) read + validated in ≤ 300 ms median in Node.
import { makeExample, EXAMPLE_SIZES, type ExampleSize } from '../src/examples';
import { readWorkbook } from '../src/schema';
import { validateWorkbook } from '../src/validate';
import { printTable, writeResults } from './results';

const TARGET_MS = 300;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
const ms = (x: number) => Math.round(x * 10) / 10;

export default async function run(args: string[]): Promise<void> {
  const r = args.indexOf('--runs');
  const runs = r >= 0 ? Math.max(1, Number(args[r + 1]) || 25) : 25;
  const s = args.indexOf('--size');
  const sizes: ExampleSize[] = s >= 0 ? [args[s + 1] as ExampleSize] : [...EXAMPLE_SIZES];
  const rows: Array<Record<string, string | number>> = [];
  let largeOk: boolean | undefined;
  for (const size of sizes) {
    if (!EXAMPLE_SIZES.includes(size)) throw new Error(`Unknown size '${size}'. Sizes: ${EXAMPLE_SIZES.join(', ')}`);
    const { sheets } = makeExample(size);
    for (let w = 0; w < 3; w++) validateWorkbook(readWorkbook(sheets).records); // warm up the JIT
    const read: number[] = [];
    const validate: number[] = [];
    const total: number[] = [];
    let counts = { students: 0, clubs: 0, courses: 0, votes: 0, schemaIssues: 0, issues: 0, errors: 0 };
    for (let k = 0; k < runs; k++) {
      const t0 = performance.now();
      const { records, issues: schemaIssues } = readWorkbook(sheets);
      const t1 = performance.now();
      const issues = validateWorkbook(records);
      const t2 = performance.now();
      read.push(t1 - t0);
      validate.push(t2 - t1);
      total.push(t2 - t0);
      counts = {
        students: records.students.length,
        clubs: records.clubs.length,
        courses: records.courses.length,
        votes: records.votes.length,
        schemaIssues: schemaIssues.length,
        issues: issues.length,
        errors: issues.filter((i) => i.severity === 'error').length,
      };
    }
    for (const xs of [read, validate, total]) xs.sort((a, b) => a - b);
    const median = quantile(total, 0.5);
    if (size === 'large') largeOk = median <= TARGET_MS;
    rows.push({
      size,
      ...counts,
      runs,
      readMedianMs: ms(quantile(read, 0.5)),
      readP90Ms: ms(quantile(read, 0.9)),
      validateMedianMs: ms(quantile(validate, 0.5)),
      validateP90Ms: ms(quantile(validate, 0.9)),
      totalMedianMs: ms(median),
      totalP90Ms: ms(quantile(total, 0.9)),
    });
  }
  printTable(rows);
  if (largeOk !== undefined) console.log(`large: read + validate median ${largeOk ? '≤' : '>'} ${TARGET_MS} ms target (${largeOk ? 'met' : 'MISSED'}). Shared machine: timings are noisy.`);
  const file = writeResults('validate', rows, { targetMs: TARGET_MS, largeTargetMet: largeOk });
  console.log(`results: ${file}`);
}
