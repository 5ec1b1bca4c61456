// periodic validate <in.xlsx> [--json] [--mark <out.xlsx>]
import { hasErrors } from '../../schema/issue';
import { loadModules, validateSheets } from '../../app';
import { parse } from '../args';
import { EXIT, type CliIo } from '../io';
import { issueCounts, issueJson, issueLine } from '../format';
import { checkLossyWrite, openWorkbook, saveWorkbook } from '../workbook';

export const VALIDATE_HELP = `Usage: periodic validate <in.xlsx> [--json] [--mark <out.xlsx>]

Read every input sheet and check it: each cell's type and range, references between sheets,
duplicates, and whether the timetable and the clubs can be solved at all. Prints each issue as
'Sheet!A1 error: message' (with how to fix it on the next line).

  --json          print {"issues":[{severity, sheet, cell, code, message, suggestion}]} instead
  --mark <file>   also write a copy of the workbook with each issue's cell highlighted (errors
                  light red, warnings amber) and a note; the input file is not changed

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 the file could not be read.`;

export async function validateCommand(argv: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parse('validate', argv, { json: { type: 'boolean' }, mark: { type: 'string' } }, ['<in.xlsx>']);
  const file = positionals[0];
  const { host, values: sheets } = await openWorkbook(file);
  const { modules } = await loadModules();
  const { issues } = validateSheets(sheets, modules);

  if (typeof values.mark === 'string') {
    checkLossyWrite('validate', host, file, values.mark, io);
    await host.clearMarks();
    await host.markIssues(issues);
    await saveWorkbook(host, values.mark);
  }
  if (values.json) {
    io.out(JSON.stringify({ issues: issues.map(issueJson) }, null, 2));
  } else {
    for (const issue of issues) io.out(issueLine(issue));
    const marked = typeof values.mark === 'string' ? ` Highlighted copy: ${values.mark}.` : '';
    io.out(issues.length === 0 ? `${file}: no problems found.${marked}` : `${file}: ${issueCounts(issues)}.${marked}`);
  }
  return hasErrors(issues) ? EXIT.errors : EXIT.ok;
}
