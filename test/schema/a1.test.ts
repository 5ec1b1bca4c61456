import { columnLetter, parseA1, parseCell, parseRange, quoteSheet, toA1 } from '../../src/schema';

describe('A1 helpers', () => {
  test('column letters', () => {
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
    expect(columnLetter(51)).toBe('AZ');
    expect(columnLetter(52)).toBe('BA');
    expect(columnLetter(701)).toBe('ZZ');
    expect(columnLetter(702)).toBe('AAA');
    expect(columnLetter(16383)).toBe('XFD');
  });

  test('toA1 is 0-based in', () => {
    expect(toA1(0, 0)).toBe('A1');
    expect(toA1(9, 2)).toBe('C10');
  });

  test('parseA1 inverts toA1, accepts $ and a sheet prefix, rejects junk', () => {
    for (const [r, c] of [
      [0, 0],
      [41, 27],
      [1048575, 16383],
    ])
      expect(parseA1(toA1(r, c))).toEqual({ row: r, col: c });
    expect(parseA1('$B$3')).toEqual({ row: 2, col: 1 });
    expect(parseA1("'My Sheet'!C4")).toEqual({ row: 3, col: 2 });
    expect(parseA1('A0')).toBeUndefined();
    expect(parseA1('3B')).toBeUndefined();
    expect(parseA1('')).toBeUndefined();
  });

  test('parseCell and parseRange take what a host writes to, refusing what Excel would', () => {
    expect(parseCell('$B$7')).toEqual({ row: 6, col: 1 });
    expect(parseCell('XFD1048576')).toEqual({ row: 1048575, col: 16383 });
    expect(parseCell('XFE1')).toBeUndefined();
    expect(parseCell('A1048577')).toBeUndefined();
    expect(parseCell('A0')).toBeUndefined();
    expect(parseCell('Sheet1!B3')).toBeUndefined();
    expect(parseRange('C4:A1')).toEqual({ top: 0, left: 0, bottom: 3, right: 2 });
    expect(parseRange('B2')).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    expect(parseRange('A1:B2:C3')).toBeUndefined();
    expect(parseRange('A1:XFE1')).toBeUndefined();
  });

  test('quoteSheet doubles apostrophes', () => {
    expect(quoteSheet('Student Bodies')).toBe("'Student Bodies'");
    expect(quoteSheet("Ann's")).toBe("'Ann''s'");
  });
});
