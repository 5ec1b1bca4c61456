// `npm run bench -- timetable [--limits 10,60,300] [--instances comp01,school,small,...] [--seed 1]`
// Runs the timetable solver on the shared ITC2007 instances (../shared/bench/ctt/*.xlsx) and on
// the example workbooks (examples/*.xlsx; generated in memory when that folder has none), one
// instance after another in this process, at each time limit. Cost, unbooked lessons and hard
// violations come from the verifier, not from the solver.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XlsxHost } from '../src/host/xlsx';
import { readWorkbook } from '../src/schema';
import type { SheetValues } from '../src/schema/records';
import { buildTimetableProblem, solveTimetable, verifyTimetable } from '../src/timetable';
import { makeExample } from '../src/examples';
import { printTable, writeResults } from './results';

const CTT_DIR = path.join(__dirname, '..', '..', 'shared', 'bench', 'ctt');
const EXAMPLES_DIR = path.join(__dirname, '..', 'examples');

/** From the instances' README: best known cost and the 5-minute average of a top 2012 solver. */
const REFERENCE: Record<string, { best: number; fiveMin: number }> = {
  comp01: { best: 5, fiveMin: 5.0 },
  comp02: { best: 24, fiveMin: 53.0 },
  comp04: { best: 35, fiveMin: 38.3 },
  comp05: { best: 284, fiveMin: 365.2 },
};

interface Instance {
  name: string;
  kind: 'ctt' | 'example';
  load: () => Promise<SheetValues>;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : undefined;
}

async function xlsxValues(file: string): Promise<SheetValues> {
  const host = await XlsxHost.load(file);
  return host.readSheets();
}

function instances(notes: string[]): Instance[] {
  const out: Instance[] = [];
  if (fs.existsSync(CTT_DIR)) {
    for (const f of fs.readdirSync(CTT_DIR).filter((x) => x.endsWith('.xlsx')).sort()) {
      out.push({ name: f.replace(/\.xlsx$/, ''), kind: 'ctt', load: () => xlsxValues(path.join(CTT_DIR, f)) });
    }
  } else notes.push(`No ITC2007 instances: ${CTT_DIR} is missing (clone ../shared beside this repository).`);
  // Solved copies are outputs, not instances.
  const files = fs.existsSync(EXAMPLES_DIR) ? fs.readdirSync(EXAMPLES_DIR).filter((x) => x.endsWith('.xlsx') && !x.endsWith('.solved.xlsx')).sort() : [];
  if (files.length > 0) {
    for (const f of files) out.push({ name: f.replace(/\.xlsx$/, ''), kind: 'example', load: () => xlsxValues(path.join(EXAMPLES_DIR, f)) });
  } else {
    notes.push('examples/*.xlsx not generated yet: the example school (medium) and the large one are generated in memory by src/examples.');
    out.push({ name: 'school (medium, generated)', kind: 'example', load: async () => makeExample('medium').sheets });
    out.push({ name: 'large (generated)', kind: 'example', load: async () => makeExample('large').sheets });
  }
  return out;
}

export default async function timetableBench(args: string[]): Promise<void> {
  const limits = (option(args, 'limits') ?? '10,60,300').split(',').map(Number).filter((x) => x > 0);
  const wanted = option(args, 'instances')?.split(',').map((s) => s.trim().toLowerCase());
  const seed = Number(option(args, 'seed') ?? 1);
  const notes: string[] = [];
  // By default: every ITC2007 instance, the example school and the large one.
  const byDefault = (i: Instance) => i.kind === 'ctt' || /^(school|large)\b/.test(i.name);
  const chosen = instances(notes).filter((i) => (wanted ? wanted.some((w) => i.name.toLowerCase().startsWith(w)) : byDefault(i)));
  for (const n of notes) console.log(`note: ${n}`);
  const rows: Array<Record<string, string | number>> = [];
  for (const inst of chosen) {
    const { records, issues } = readWorkbook(await inst.load());
    const errors = issues.filter((i) => i.severity === 'error');
    if (errors.length > 0) {
      console.log(`${inst.name}: ${errors.length} errors in the workbook (first: ${errors[0].message}); skipped.`);
      continue;
    }
    const { problem } = buildTimetableProblem(records);
    for (const limit of limits) {
      const started = Date.now();
      const solution = await solveTimetable(problem, { seed, timeLimitMs: limit * 1000 });
      const seconds = (Date.now() - started) / 1000;
      const v = verifyTimetable(problem, solution);
      const ref = REFERENCE[inst.name];
      const feasible = v.hardViolations.length === 0 && v.booked === v.required;
      // The first trace point where the solution was complete: the time to feasibility.
      const unschedW = problem.weights['Unscheduled lesson'];
      const firstFeasible = solution.history.trace.find((t) => t.cost < unschedW);
      const row = {
        instance: inst.name,
        limit_s: limit,
        cost: v.total,
        solver_cost: solution.cost,
        unbooked: v.required - v.booked,
        hard: v.hardViolations.length,
        feasible: feasible ? 'yes' : 'no',
        feasible_at_s: feasible && firstFeasible ? Math.round(firstFeasible.elapsedMs / 100) / 10 : '',
        best_known: ref ? ref.best : '',
        ref_5min: ref ? ref.fiveMin : '',
        steps: solution.history.steps,
        seconds: Math.round(seconds * 10) / 10,
      };
      rows.push(row);
      console.log(Object.entries(row).map(([k, x]) => `${k}=${x}`).join(' '));
    }
  }
  console.log('');
  printTable(rows);
  const summary: Record<string, unknown> = {};
  for (const limit of limits) {
    const ctt = rows.filter((r) => r.limit_s === limit && REFERENCE[String(r.instance)]);
    if (ctt.length === 0) continue;
    const sum = ctt.reduce((a, r) => a + Number(r.cost), 0);
    const ref = ctt.reduce((a, r) => a + REFERENCE[String(r.instance)].fiveMin, 0);
    const allFeasible = ctt.every((r) => r.feasible === 'yes');
    summary[`${limit}s`] = { sumCost: sum, sumFiveMinAverage: Math.round(ref * 10) / 10, allFeasible };
    console.log(`${limit} s: ITC2007 sum of costs ${sum} (5-min reference sum ${ref.toFixed(1)}), all feasible: ${allFeasible ? 'yes' : 'no'}`);
  }
  const file = writeResults('timetable', rows, { limits, seed, notes, summary });
  console.log(`results: ${file}`);
}
