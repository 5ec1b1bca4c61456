import fc from 'fast-check';
import {
  decodeFill, encodeFill, jsonBytes, sheetNameProblem, toExcelValue, widthPoints,
} from '../../src/host/office-cells';
import { coerce } from './fakeExcelState';

describe('toExcelValue', () => {
  it('quote-prefixes text Excel would otherwise parse, and nothing else', () => {
    expect(toExcelValue('9-10')).toBe("'9-10");
    expect(toExcelValue('007')).toBe("'007");
    expect(toExcelValue('=A1')).toBe("'=A1");
    expect(toExcelValue('true')).toBe("'true");
    expect(toExcelValue("'a")).toBe("''a");
    expect(toExcelValue('Mon 3-5')).toBe('Mon 3-5');
    expect(toExcelValue('Maths · Ann · R1')).toBe('Maths · Ann · R1');
    expect(toExcelValue(null)).toBe('');
    expect(toExcelValue(3)).toBe(3);
    expect(toExcelValue(Number.NaN)).toBe('NaN');
    expect(toExcelValue(new Date(Date.UTC(2026, 0, 5)))).toBe('2026-01-05');
  });

  it('round-trips any text through the fake’s typed-input parsing unchanged', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const stored = coerce(toExcelValue(s));
      expect(stored).toBe(s);
    }));
  });
});

describe('fills remembered as text (shared with the ExcelJS adapter)', () => {
  it('encodes no fill, solid fills and hatches, and decodes them back exactly', () => {
    expect(encodeFill({ pattern: 'None', color: '#FFFFFF', patternColor: '#000000' })).toBe('');
    expect(encodeFill({ pattern: 'Solid', color: '#00ff00', patternColor: '#000000' })).toBe('#00FF00');
    for (const fill of [
      { pattern: 'Solid', color: '#ABCDEF', patternColor: '#000000' },
      { pattern: 'Gray25', color: '#FFFF00', patternColor: '#0000FF' },
      { pattern: 'CrissCross', color: '#FFFFFF', patternColor: '#FF0000' },
    ]) expect(decodeFill(encodeFill(fill))).toEqual(fill);
    expect(decodeFill('')).toBeUndefined();
  });

  it('reads fills the ExcelJS adapter wrote', () => {
    expect(decodeFill('#FFC000')).toEqual({ pattern: 'Solid', color: '#FFC000', patternColor: '#000000' });
    expect(decodeFill('json:{"type":"pattern","pattern":"solid","fgColor":{"argb":"FF112233"}}')).toEqual({ pattern: 'Solid', color: '#112233', patternColor: '#000000' });
    expect(decodeFill('json:{"type":"pattern","pattern":"darkDown","fgColor":{"argb":"FF112233"},"bgColor":{"argb":"FF445566"}}'))
      .toEqual({ pattern: 'Down', color: '#445566', patternColor: '#112233' });
    expect(decodeFill('json:{"type":"gradient"}')).toBeUndefined();
    expect(decodeFill('json:{not json')).toBeUndefined();
  });
});

describe('sheet names and sizes', () => {
  it('explains bad sheet names', () => {
    expect(sheetNameProblem('Timetable by Teacher')).toBeUndefined();
    expect(sheetNameProblem('x'.repeat(32))).toMatch(/31/);
    expect(sheetNameProblem("'quoted'")).toMatch(/apostrophe/);
  });

  it('estimates JSON size from above', () => {
    fc.assert(fc.property(fc.array(fc.array(fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean()))), (grid) => {
      expect(jsonBytes(grid)).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify(grid)));
    }));
  });

  it('converts character widths to points like Excel (8.43 characters = 48 pt)', () => {
    expect(widthPoints(8.43)).toBeCloseTo(48, 0);
  });
});
