// periodic solve <in.xlsx> [--out <file>] [--seed N] [--time-limit S] [--steps N] [--json] [--only timetable|clubs]
import type { SolveControl } from '../../core/solver';
import { hasErrors } from '../../schema/issue';
import { PROBLEM_KINDS, PROBLEM_LABELS, loadModules, solveOne, validateSheets, type SolveResult } from '../../app';
import { choiceOption, intOption, parse, secondsOption } from '../args';
import { CliError, EXIT, type CliIo } from '../io';
import { issueCounts, issueJson, issueLine, summaryLines } from '../format';
import { progressBar } from '../progress';
import { checkLossyWrite, defaultOutput, openWorkbook, samePath, saveWorkbook } from '../workbook';

export const SOLVE_HELP = `Usage: periodic solve <in.xlsx> [--out <file>] [--seed N] [--time-limit S] [--steps N]
                     [--json] [--only timetable|clubs]

Solve every problem the workbook defines — the school timetable when it has Courses, the club
schedule when it has Clubs and Votes — and write the input sheets unchanged plus the output
sheets (Timetable, Timetable by Class/Teacher/Room, Timetable Report; Club Assignments, Clubs
by Student/Club/Teacher/Day, Club Votes, Clubs Report) to a new workbook.

  --out <file>      where to write (default <name>.solved.xlsx next to the input); the input
                    is only overwritten when --out names it
  --seed N          overrides Settings › Seed (same workbook + seed + steps = same result)
  --time-limit S    seconds per problem; overrides Settings › Time limit
  --steps N         stop after N search steps instead of at the time limit (deterministic)
  --only KIND       solve only 'timetable' or 'clubs'
  --json            print a summary object instead of text

A progress bar shows on a terminal. Ctrl-C stops the search and keeps the best found so far.
Exit status: 0 solved and written, 1 errors in the workbook (nothing written), 2 unreadable.`;

export async function solveCommand(argv: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parse(
    'solve',
    argv,
    { out: { type: 'string' }, seed: { type: 'string' }, 'time-limit': { type: 'string' }, steps: { type: 'string' }, json: { type: 'boolean' }, only: { type: 'string' } },
    ['<in.xlsx>'],
  );
  const file = positionals[0];
  const only = choiceOption('solve', 'only', values.only, PROBLEM_KINDS);
  const seedFlag = intOption('solve', 'seed', values.seed, 0);
  const limitFlag = secondsOption('solve', 'time-limit', values['time-limit']);
  const steps = intOption('solve', 'steps', values.steps, 1);
  const out = typeof values.out === 'string' ? values.out : defaultOutput(file, 'solved');
  if (typeof values.out !== 'string' && samePath(out, file)) throw new CliError(`periodic solve: refusing to overwrite ${file}; name it with --out.`, EXIT.errors);

  const { host, values: sheets } = await openWorkbook(file);
  checkLossyWrite('solve', host, file, out, io);
  const { modules, missing } = await loadModules(only ? [only] : PROBLEM_KINDS);
  const { records, issues } = validateSheets(sheets, modules);
  if (hasErrors(issues)) {
    const errors = issues.filter((i) => i.severity === 'error');
    if (values.json) io.out(JSON.stringify({ input: file, output: null, solved: [], errors: errors.length, issues: errors.map(issueJson) }, null, 2));
    else {
      for (const i of errors) io.err(issueLine(i));
      io.err(`${file}: ${issueCounts(errors)}; fix them before solving (nothing written). 'periodic validate ${file}' lists every issue.`);
    }
    return EXIT.errors;
  }

  // What the workbook defines, and what this build can solve.
  const wanted = (only ? [only] : PROBLEM_KINDS).filter((kind) => {
    const m = modules.find((x) => x.kind === kind);
    return m ? m.defined(records) : kind === 'timetable' ? records.courses.length > 0 : records.clubs.length > 0 && records.votes.length > 0;
  });
  const skipped = missing.filter((m) => wanted.includes(m.kind));
  for (const s of skipped) io.err(`Skipping the ${PROBLEM_LABELS[s.kind].noun}: ${s.reason}.`);
  const runnable = modules.filter((m) => wanted.includes(m.kind));
  if (runnable.length === 0) {
    const why = wanted.length === 0 ? 'the workbook defines no problem to solve (a timetable needs Courses; clubs need Clubs and Votes)' : 'no solver for it is available in this build';
    throw new CliError(`periodic solve: nothing solved: ${why}.`, EXIT.errors);
  }

  const seed = seedFlag ?? records.settings.seed;
  const timeLimitMs = (limitFlag ?? records.settings.timeLimit) * 1000;
  const results: SolveResult[] = [];
  const failed: Array<{ kind: SolveResult['kind']; message: string }> = [];
  const abort = { aborted: false };
  const unlisten = io.onInterrupt?.(() => {
    if (abort.aborted) process.exit(130);
    abort.aborted = true;
    io.err('\nStopping: keeping the best found so far (Ctrl-C again to quit at once).');
  });
  try {
    for (const m of runnable) {
      if (abort.aborted) break;
      const bar = progressBar(io, m.kind === 'timetable' ? 'Timetable' : 'Clubs', timeLimitMs);
      const control: SolveControl = { seed, timeLimitMs, maxSteps: steps, signal: abort, onProgress: (p) => bar.update(p) };
      try {
        results.push(await solveOne(m, records, control));
      } catch (err) {
        // One problem failing must not cost the other its result.
        failed.push({ kind: m.kind, message: (err as Error)?.message ?? String(err) });
      } finally {
        bar.done();
      }
    }
  } finally {
    unlisten?.();
  }
  for (const f of failed) io.err(`The ${PROBLEM_LABELS[f.kind].solver} failed: ${f.message}`);
  if (results.length === 0) throw new CliError(`periodic solve: nothing solved, nothing written.`, EXIT.errors);

  await host.writeSheets(results.flatMap((r) => r.sheets));
  await saveWorkbook(host, out);

  if (values.json) {
    io.out(
      JSON.stringify(
        {
          input: file,
          output: out,
          seed,
          timeLimitS: timeLimitMs / 1000,
          steps: steps ?? null,
          stoppedEarly: abort.aborted,
          solved: results.map((r) => ({ ...r.summary, elapsedMs: r.elapsedMs })),
          skipped: skipped.map((s) => ({ kind: s.kind, reason: s.reason })),
          failed,
          warnings: issues.filter((i) => i.severity === 'warning').length,
        },
        null,
        2,
      ),
    );
  } else {
    for (const r of results) for (const line of summaryLines(r.summary, r.elapsedMs)) io.out(line);
    if (abort.aborted) io.out('(Stopped early with Ctrl-C: the best found by then.)');
    const warnings = issues.filter((i) => i.severity === 'warning').length;
    if (warnings > 0) io.out(`(${issueCounts(issues)} in the workbook; 'periodic validate ${file}' lists them.)`);
    io.out(`Wrote ${out}: ${results.flatMap((r) => r.summary.sheets).join(', ')}.`);
  }
  return failed.length > 0 ? EXIT.errors : EXIT.ok;
}

