// Text and JSON shapes the command line prints.
import type { Issue } from '../schema/issue';
import type { RunSummary } from '../app/problem';

/** `Sheet!A1 error: message`, and the suggestion indented on the next line. */
export function issueLine(issue: Issue): string {
  const head = `${issue.sheet}!${issue.cell} ${issue.severity}: ${issue.message}`;
  return issue.suggestion ? `${head}\n    ${issue.suggestion.replace(/\n/g, '\n    ')}` : head;
}

export function issueJson(issue: Issue): Record<string, string | null> {
  return {
    severity: issue.severity,
    sheet: issue.sheet,
    cell: issue.cell,
    code: issue.code,
    message: issue.message,
    suggestion: issue.suggestion ?? null,
  };
}

export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** '2 errors, 1 warning' (only the non-zero kinds). */
export function issueCounts(issues: readonly Issue[]): string {
  const n = (s: Issue['severity']): number => issues.filter((i) => i.severity === s).length;
  const parts = [n('error') && plural(n('error'), 'error'), n('warning') && plural(n('warning'), 'warning'), n('info') && plural(n('info'), 'note')].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no issues';
}

export function summaryLines(summary: RunSummary, elapsedMs?: number): string[] {
  const title = summary.kind === 'timetable' ? 'Timetable' : 'Clubs';
  const lines = [`${title}: ${summary.headline}${elapsedMs !== undefined ? ` (${(elapsedMs / 1000).toFixed(1)} s)` : ''}`];
  for (const f of summary.figures) lines.push(`  ${f.label}: ${typeof f.value === 'number' ? formatNumber(f.value) : f.value}`);
  return lines;
}

export function formatNumber(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
