// periodic example <out.xlsx> [--size small|medium|large] [--broken] [--seed N]
import { EXAMPLE_SIZES, SIZES, makeExample, type Example, type ExampleOptions, type ExampleSize } from '../../examples';
import { XlsxHost } from '../../host/xlsx';
import { choiceOption, intOption, parse } from '../args';
import * as fs from 'node:fs';
import { CliError, EXIT, type CliIo } from '../io';
import { plural } from '../format';
import { inputSheets, saveWorkbook } from '../workbook';

export const EXAMPLE_HELP = `Usage: periodic example <out.xlsx> [--size small|medium|large] [--broken] [--seed N] [--force]

Write a realistic example workbook with every input sheet filled: a school (teachers, rooms,
student bodies, courses, groups) and its clubs (students, votes, rules).

  --size     small (for tests), medium (default: ~30 teachers, 150 courses, 400 students,
             50 clubs) or large (80 teachers, 500 courses, 1,200 students, 120 clubs)
  --broken   plant a handful of typical mistakes, listed after writing, for trying 'validate'
  --seed N   a different (equally valid) school of the same size
  --force    replace <out.xlsx> if it exists (otherwise an existing file is never touched)`;

/** Generate an example and save it as an .xlsx file (also used by `npm run examples`). */
export async function writeExampleWorkbook(file: string, size: ExampleSize, options: ExampleOptions = {}): Promise<Example> {
  const example = makeExample(size, options);
  const host = XlsxHost.create();
  // A fixed creation date keeps regenerated example files as alike as the zip format allows.
  host.workbook.created = host.workbook.modified = new Date(Date.UTC(2025, 0, 1));
  host.workbook.creator = 'Periodic (periodic example)';
  await host.writeSheets(inputSheets(example.sheets));
  await saveWorkbook(host, file, { reproducible: true });
  return example;
}

export async function exampleCommand(argv: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parse('example', argv, { size: { type: 'string' }, broken: { type: 'boolean' }, seed: { type: 'string' }, force: { type: 'boolean' } }, ['<out.xlsx>']);
  const size: ExampleSize = choiceOption('example', 'size', values.size, EXAMPLE_SIZES) ?? 'medium';
  const seed = intOption('example', 'seed', values.seed, 0);
  const out = positionals[0];
  // Guard against `periodic example school.xlsx` wiping the school's real workbook.
  if (!values.force && fs.existsSync(out)) throw new CliError(`periodic example: ${out} already exists; choose another name, or add --force to replace it.`, EXIT.errors);
  const example = await writeExampleWorkbook(out, size, { broken: !!values.broken, seed });
  const rows = (sheet: string): number => Math.max(0, (example.sheets[sheet]?.length ?? 1) - 1);
  const spec = SIZES[size];
  io.out(
    `Wrote ${out}: a ${size} school (${plural(rows('Teachers'), 'teacher')}, ${plural(rows('Locations'), 'room')}, ` +
      `${plural(rows('StudentBodies'), 'student body').replace('bodys', 'bodies')}, ${plural(rows('Courses'), 'course')}) and its clubs ` +
      `(${plural(rows('Students'), 'student')}, ${plural(rows('Clubs'), 'club')}, ${spec.clubDays.length} club days, ${spec.choices} choices).`,
  );
  if (example.broken.length > 0) {
    io.out(`Planted ${example.broken.length} mistakes for 'periodic validate' to find:`);
    for (const b of example.broken) io.out(`  ${b.sheet}!${b.cell} = '${b.value}': ${b.what}`);
  }
  return EXIT.ok;
}
