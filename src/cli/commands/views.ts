// periodic views <in.xlsx> [--out <file>]
import { hasErrors, type Issue } from '../../schema/issue';
import { PRIMARY_SHEETS, dedupeIssues, loadModules, onPrimarySheet, refreshViews, sortIssues, validateSheets, type ViewsResult } from '../../app';
import { parse } from '../args';
import { CliError, EXIT, type CliIo } from '../io';
import { issueCounts, issueLine, summaryLines } from '../format';
import { checkLossyWrite, openWorkbook, saveWorkbook } from '../workbook';

export const VIEWS_HELP = `Usage: periodic views <in.xlsx> [--out <file>]

After editing the Timetable or Club Assignments sheet by hand (moving a lesson, swapping two
students), re-derive every other view from it — Timetable by Class/Teacher/Room and the report;
Clubs by Student/Club/Teacher/Day, Club Votes and the report — and report each rule the edit
breaks, at its row. The edited sheet itself and the input sheets are left as they are.

  --out <file>   write the result there instead of updating <in.xlsx> in place

Exit status: 0 views written and no rule broken, 1 errors (views still written when the sheet
could be read), 2 the file could not be read.`;

export async function viewsCommand(argv: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parse('views', argv, { out: { type: 'string' } }, ['<in.xlsx>']);
  const file = positionals[0];
  const out = typeof values.out === 'string' ? values.out : file;
  const { host, values: sheets } = await openWorkbook(file);
  checkLossyWrite('views', host, file, out, io);
  const { modules, missing } = await loadModules();
  const { records, issues } = validateSheets(sheets, modules);
  // Errors in the input sheets make the model unreliable: stop before re-deriving anything.
  // Errors in the edited sheets themselves are what this command reports, so they go on.
  const onEdited = onPrimarySheet(records);
  const inputErrors = issues.filter((i) => i.severity === 'error' && !onEdited(i));
  if (inputErrors.length > 0) {
    for (const i of inputErrors) io.err(issueLine(i));
    io.err(`${file}: ${issueCounts(inputErrors)}; fix them first (nothing written).`);
    return EXIT.errors;
  }

  const results: ViewsResult[] = [];
  const found: string[] = [];
  let failures = 0;
  for (const kind of Object.keys(PRIMARY_SHEETS) as Array<keyof typeof PRIMARY_SHEETS>) {
    const primary = PRIMARY_SHEETS[kind];
    if (!records.sheetNames[primary.key]) continue;
    found.push(primary.name);
    const m = modules.find((x) => x.kind === kind);
    if (!m) {
      io.err(`Skipping ${primary.name}: ${missing.find((x) => x.kind === kind)?.reason ?? 'no module for it'}.`);
      continue;
    }
    if (!m.defined(records)) {
      io.err(`Skipping ${primary.name}: the workbook lacks the input sheets it refers to.`);
      continue;
    }
    try {
      results.push(refreshViews(m, records));
    } catch (err) {
      failures++;
      io.err(`Could not re-derive the views from ${primary.name}: ${(err as Error)?.message ?? String(err)}`);
    }
  }
  if (found.length === 0) {
    throw new CliError(`periodic views: ${file} has no Timetable or Club Assignments sheet to re-derive views from; run 'periodic solve' first.`, EXIT.errors);
  }
  if (results.length === 0) return EXIT.errors;

  // The edited sheets stay exactly as the user left them; every other view is replaced.
  const edited = new Set(found.map((n) => n.toLowerCase()));
  await host.writeSheets(results.flatMap((r) => r.sheets).filter((s) => !edited.has(s.name.toLowerCase())));
  await saveWorkbook(host, out);

  const broken: Issue[] = sortIssues(dedupeIssues([...issues.filter(onEdited), ...results.flatMap((r) => r.issues)]), Object.keys(sheets));
  for (const i of broken) io.out(issueLine(i));
  for (const r of results) for (const line of summaryLines(r.summary)) io.out(line);
  io.out(
    `${out === file ? 'Updated' : 'Wrote'} ${out}: ${results
      .flatMap((r) => r.sheets.map((s) => s.name))
      .filter((n) => !edited.has(n.toLowerCase()))
      .join(', ')}${broken.length ? `; ${issueCounts(broken)} in the edited sheets` : ''}.`,
  );
  return hasErrors(broken) || failures > 0 ? EXIT.errors : EXIT.ok;
}
