// The example workbooks as plain sheet values (no host): `periodic example`, `npm run examples`
// and the tests all come through here. Deterministic: a size (and seed) always gives the same cells.
import type { SheetValues } from '../schema/records';
import { TIMETABLE_CRITERIA } from '../schema/criteria';
import { DEFAULT_CHOICE_WEIGHTS, DEFAULT_CLUB_WEIGHTS, DEFAULT_FURTHER_CHOICE_WEIGHT } from '../clubs/model';
import { Random } from './random';
import { SIZES, type ExampleSize } from './sizes';
import { makeSchool } from './school';
import { makeClubs } from './clubs';
import { injectBroken, type BrokenCell } from './broken';

export { EXAMPLE_SIZES, SIZES } from './sizes';
export type { ExampleSize, SizeSpec } from './sizes';
export type { BrokenCell } from './broken';

export interface ExampleOptions {
  /** Overrides the size's own seed (a different, equally valid school). */
  seed?: number;
  /** Inject a handful of bad cells (listed in `broken`). */
  broken?: boolean;
}

export interface Example {
  /** Sheet name → rows, in tab order. */
  sheets: SheetValues;
  /** The bad cells injected by `broken` (empty otherwise). */
  broken: BrokenCell[];
}

export function makeExample(size: ExampleSize = 'medium', options: ExampleOptions = {}): Example {
  const spec = SIZES[size];
  const rng = new Random(options.seed ?? spec.seed);
  const school = makeSchool(spec, rng);
  const clubs = makeClubs(spec, rng, school);

  // Max club days lives on the Teachers sheet.
  const teachers = school.sheets.Teachers;
  const col = teachers[0].indexOf('Max club days');
  for (const row of teachers.slice(1)) row[col] = clubs.maxClubDays.get(String(row[0])) ?? null;

  const Settings = [
    ['Setting', 'Value'],
    ['Days', spec.days.join(', ')],
    ['Periods per day', spec.periodsPerDay],
    ['Period names', spec.periodNames.join(', ')],
    ['Club days', spec.clubDays.join(', ')],
    ['Study hall name', 'Study Hall'],
    ['Seed', 1],
    ['Time limit', 30],
    ['Room capacity', 'hard'],
    ['Options to keep', 3],
    ['Start from previous', 'no'],
  ];
  const Weights: Array<[string, number | string]> = [['Criterion', 'Weight']];
  for (const [name, w] of Object.entries(TIMETABLE_CRITERIA)) Weights.push([name, w]);
  for (let k = 1; k <= spec.choices; k++) Weights.push([`Choice ${k}`, DEFAULT_CHOICE_WEIGHTS[k - 1] ?? DEFAULT_FURTHER_CHOICE_WEIGHT]);
  for (const [name, w] of Object.entries(DEFAULT_CLUB_WEIGHTS)) Weights.push([name, w]);

  const sheets: SheetValues = { Settings, Weights, ...school.sheets, ...clubs.sheets };
  const broken = options.broken ? injectBroken(sheets) : [];
  return { sheets, broken };
}
