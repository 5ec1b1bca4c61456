// A sheet of stacked grids, one per resource (class, teacher, room): a title row, a header row of
// column labels (days), then one row per row label (periods). Cells carry text and a fill colour.
import type { CellValue } from '../schema/records';
import type { OutputSheet } from '../core/output';
import { toA1 } from '../schema/a1';
import { mergeFills } from './fills';
import { fitWidths } from './sheet';

export interface GridCell {
  text: string;
  colour?: string;
}

export interface Grid {
  title: string;
  /** cells[row][col]; undefined = empty. */
  cells: Array<Array<GridCell | undefined>>;
}

/** Where each grid landed (0-based sheet rows), so callers and tests can find a cell. */
export interface GridLayout {
  /** Row of each grid's title. */
  titleRows: number[];
  /** First data row of each grid (the row of row label 0). */
  firstRows: number[];
}

/** Stack the grids top to bottom with a blank row between them. Column 0 holds the row labels. */
export function stackedGrids(
  name: string,
  corner: string,
  rowLabels: string[],
  colLabels: string[],
  grids: Grid[],
): { sheet: OutputSheet; layout: GridLayout } {
  const values: CellValue[][] = [];
  const colours: Array<Array<string | undefined>> = [];
  const bold: string[] = [];
  const layout: GridLayout = { titleRows: [], firstRows: [] };
  const lastCol = toA1(0, colLabels.length).replace(/\d+$/, '');
  for (const grid of grids) {
    if (values.length > 0) {
      values.push([]);
      colours.push([]);
    }
    layout.titleRows.push(values.length);
    bold.push(toA1(values.length, 0));
    values.push([grid.title]);
    colours.push([]);
    bold.push(`A${values.length + 1}:${lastCol}${values.length + 1}`);
    values.push([corner, ...colLabels]);
    colours.push([]);
    layout.firstRows.push(values.length);
    rowLabels.forEach((label, r) => {
      const row: CellValue[] = [label];
      const fill: Array<string | undefined> = [undefined];
      colLabels.forEach((_, c) => {
        const cell = grid.cells[r]?.[c];
        row.push(cell ? cell.text : null);
        fill.push(cell?.colour);
      });
      values.push(row);
      colours.push(fill);
    });
  }
  if (values.length === 0) values.push(['Nothing to show']);
  const widths = fitWidths(values, 4, 40);
  // Titles span the grid: do not let a long title widen the label column.
  widths[0] = Math.min(widths[0] ?? 10, Math.max(8, ...rowLabels.map((l) => l.length + 2), corner.length + 2));
  const sheet: OutputSheet = {
    name,
    values,
    headerRows: 0,
    freezeColumns: 1,
    columnWidths: widths,
    fills: mergeFills(colours),
    bold,
  };
  return { sheet, layout };
}
