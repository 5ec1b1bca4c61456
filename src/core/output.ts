// An output sheet as plain data: the views layer produces these, the host port writes them.
import type { CellValue } from '../schema/records';

export interface OutputSheet {
  name: string;
  /** Row 0 is worksheet row 1. Ragged rows are padded with blanks by the writer. */
  values: CellValue[][];
  /** Number of header rows to bold and freeze (default 1). */
  headerRows?: number;
  /** Columns to freeze at the left (default 0). */
  freezeColumns?: number;
  /** Width of each column in characters; undefined = fit to content. */
  columnWidths?: number[];
  /** Background fills, A1 cell or range → '#RRGGBB'. Keep these few: group adjacent cells into ranges. */
  fills?: Array<{ range: string; color: string }>;
  /** Bold ranges beyond the header rows. */
  bold?: string[];
  /** Number formats, A1 range → Excel number format. */
  numberFormats?: Array<{ range: string; format: string }>;
}
