// What every adapter agrees on about validation highlights, so marks made by one (the command
// line's ExcelJS, the add-in's Office.js) can be cleared by the other.
import type { Issue, Severity } from '../schema/issue';

/** The very hidden sheet remembering what we changed: one row per marked cell. */
export const MARKS_SHEET = '_PeriodicMarks';
export const MARKS_HEADER = ['Sheet', 'Cell', 'PreviousFill', 'Note'];

/** One row of _PeriodicMarks: a cell we marked and what to put back. */
export interface MarkEntry {
  sheet: string;
  cell: string;
  /** '' = no fill, '#RRGGBB' = solid, 'json:{…}' = any other fill. */
  previousFill: string;
  /** Text of the note we added; '' = we added none (e.g. the user already had one). */
  note: string;
}

/** Fills for marked cells; info issues get a note but keep their fill. */
export const MARK_COLORS: Partial<Record<Severity, string>> = {
  error: '#FFC7CE', // light red
  warning: '#FFEB9C', // amber
};

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The most severe of the issues at one cell: it decides the cell's fill. */
export function worstSeverity(issues: ReadonlyArray<{ severity: Severity }>): Severity {
  return issues.reduce<Severity>((worst, i) => (RANK[i.severity] > RANK[worst] ? i.severity : worst), 'info');
}

/** The note a marked cell gets: every issue there, worst first as given, each with its suggestion. */
export function noteFor(issues: readonly Issue[]): string {
  const label: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };
  return issues.map((i) => `${label[i.severity]}: ${i.message}${i.suggestion ? `\n${i.suggestion}` : ''}`).join('\n\n');
}
