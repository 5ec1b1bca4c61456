// The example workbooks must validate without errors; the --broken one is reported where it is broken.
import { makeExample } from '../../src/examples';
import { readWorkbook } from '../../src/schema';
import { validateWorkbook } from '../../src/validate';

describe.each(['small', 'medium', 'large'] as const)('the %s example', (size) => {
  test('gives zero validation errors (and no warnings: the examples show a clean workbook)', () => {
    const { records, issues } = readWorkbook(makeExample(size).sheets);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const found = validateWorkbook(records);
    expect(found.filter((i) => i.severity === 'error')).toEqual([]);
    expect(found).toEqual([]);
  });
});

test('the broken example: the misspelt teacher and club are reported at their cells with the right suggestion', () => {
  const ex = makeExample('small', { broken: true });
  const issues = validateWorkbook(readWorkbook(ex.sheets).records);
  for (const b of ex.broken.filter((x) => x.value === 'Jon Smith' || x.value === 'Robotic')) {
    const at = issues.filter((i) => i.sheet === b.sheet && i.cell === b.cell);
    expect(at).toEqual([expect.objectContaining({ severity: 'error', code: 'unknown-reference' })]);
    expect(at[0].suggestion).toContain(b.value === 'Jon Smith' ? "'John Smith'" : "'Robotics'");
  }
});
