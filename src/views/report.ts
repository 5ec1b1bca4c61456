// Rows of a report sheet (Timetable Report, Clubs Report): sections with bold titles separated by a
// blank row, bold header rows, plain rows, collected as values plus the bold ranges to format.
import type { CellValue } from '../schema/records';
import { columnLetter } from '../schema/a1';

export class ReportRows {
  readonly rows: CellValue[][] = [];
  readonly bold: string[] = [];

  /** A section title in bold, after a blank row unless it is the first row. */
  title(text: string): void {
    if (this.rows.length > 0) this.rows.push([]);
    this.bold.push(`A${this.rows.length + 1}`);
    this.rows.push([text]);
  }

  /** A row written in bold across its cells. */
  header(...cells: CellValue[]): void {
    const r = this.rows.length + 1;
    this.bold.push(`A${r}:${columnLetter(Math.max(0, cells.length - 1))}${r}`);
    this.rows.push(cells);
  }

  row(...cells: CellValue[]): void {
    this.rows.push(cells);
  }
}
