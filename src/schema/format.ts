// The way back: typed values → the text an administrator would type (for messages and views).
import type { Slot } from './records';

/**
 * Slots → 'Mon 1-2, Tue, Fri 6' (whole days as the day name, runs of periods as ranges, day order).
 * The inverse of parseSlotList for the same days and periods.
 */
export function formatSlots(slots: readonly Slot[], days: readonly string[], periodsPerDay: number): string {
  const byDay = new Map<number, Set<number>>();
  for (const s of slots) {
    if (!byDay.has(s.day)) byDay.set(s.day, new Set());
    byDay.get(s.day)!.add(s.period);
  }
  const parts: string[] = [];
  for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
    const name = days[day] ?? `Day ${day + 1}`;
    const periods = [...byDay.get(day)!].sort((a, b) => a - b);
    if (periods.length === periodsPerDay && periods[0] === 0 && periods[periods.length - 1] === periodsPerDay - 1) {
      parts.push(name);
      continue;
    }
    for (let i = 0; i < periods.length; ) {
      let j = i;
      while (j + 1 < periods.length && periods[j + 1] === periods[j] + 1) j++;
      parts.push(i === j ? `${name} ${periods[i] + 1}` : `${name} ${periods[i] + 1}-${periods[j] + 1}`);
      i = j + 1;
    }
  }
  return parts.join(', ');
}

/** Day indexes → 'Mon, Wed'. */
export function formatDays(dayIndexes: readonly number[], days: readonly string[]): string {
  return dayIndexes.map((d) => days[d] ?? `Day ${d + 1}`).join(', ');
}
