// Shared view machinery: merged fills, colours per name, fitted widths, stacked grids.
import { mergeFills } from '../../src/views/fills';
import { colourMap, colourOf, PALETTE } from '../../src/views/color';
import { fitWidths } from '../../src/views/sheet';
import { stackedGrids } from '../../src/views/grid';

describe('mergeFills', () => {
  test('a block of one colour is one range; different colours stay apart', () => {
    const R = '#FF0000';
    const G = '#00FF00';
    const layer = [
      [R, R, G],
      [R, R, undefined],
      [undefined, G, G],
    ];
    expect(mergeFills(layer)).toEqual([
      { range: 'A1:B2', color: R },
      { range: 'C1', color: G },
      { range: 'B3:C3', color: G },
    ]);
  });

  test('offsets place the layer on the sheet', () => {
    expect(mergeFills([[undefined, '#000000']], 4, 2)).toEqual([{ range: 'D5', color: '#000000' }]);
  });

  test('a checkerboard cannot merge: one range per cell, none lost', () => {
    const layer = Array.from({ length: 4 }, (_, r) => Array.from({ length: 4 }, (_, c) => ((r + c) % 2 ? '#111111' : '#222222')));
    expect(mergeFills(layer)).toHaveLength(16);
  });
});

describe('colourMap', () => {
  test('the same subject has the same colour however it is spelled; different subjects differ', () => {
    const m = colourMap(['Maths', 'Science', ' maths ']);
    expect(m.size).toBe(2);
    expect(colourOf(m, 'MATHS')).toBe(colourOf(m, 'Maths'));
    expect(colourOf(m, 'Maths')).not.toBe(colourOf(m, 'Science'));
    expect(PALETTE).toContain(colourOf(m, 'Science'));
  });

  test('colours do not depend on the order subjects first appear', () => {
    expect([...colourMap(['b', 'a'])]).toEqual([...colourMap(['a', 'b'])]);
  });
});

describe('fitWidths and stackedGrids', () => {
  test('widths fit the longest line of each column, within bounds', () => {
    expect(fitWidths([['ab', 'x'.repeat(100)], ['abcdef\nab']])).toEqual([8, 60]);
  });

  test('grids are stacked with a title, a header and a row per label', () => {
    const { sheet, layout } = stackedGrids('G', 'Period', ['1', '2'], ['Mon', 'Tue'], [
      { title: 'A', cells: [[{ text: 'x', colour: '#ABCDEF' }]] },
      { title: 'B', cells: [[], [undefined, { text: 'y' }]] },
    ]);
    expect(sheet.values).toEqual([['A'], ['Period', 'Mon', 'Tue'], ['1', 'x', null], ['2', null, null], [], ['B'], ['Period', 'Mon', 'Tue'], ['1', null, null], ['2', null, 'y']]);
    expect(layout).toEqual({ titleRows: [0, 5], firstRows: [2, 7] });
    expect(sheet.fills).toEqual([{ range: 'B3', color: '#ABCDEF' }]);
  });
});
