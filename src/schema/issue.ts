// The one issue type every layer reports (SCHEMA.md › General rules).
export type Severity = 'error' | 'warning' | 'info';

export interface Issue {
  severity: Severity;
  /** Sheet name as it appears in the workbook. */
  sheet: string;
  /** A1 address of the offending cell (the header cell for whole-row or whole-sheet issues). */
  cell: string;
  /** Stable machine code, e.g. 'not-integer', 'unknown-reference', 'student-body-overbooked'. */
  code: string;
  /** What is wrong, with the clashing numbers. */
  message: string;
  /** How to fix it. */
  suggestion?: string;
}

export const hasErrors = (issues: readonly Issue[]): boolean => issues.some((i) => i.severity === 'error');
