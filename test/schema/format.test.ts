import fc from 'fast-check';
import { formatDays, formatSlots, makeDayContext, parseSlotList, toCell } from '../../src/schema';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];

test('whole days by name, runs of periods as ranges', () => {
  const slots = [
    { day: 4, period: 5 },
    { day: 0, period: 0 },
    { day: 0, period: 1 },
    { day: 0, period: 3 },
    ...Array.from({ length: 6 }, (_, p) => ({ day: 1, period: p })),
  ];
  expect(formatSlots(slots, DAYS, 6)).toBe('Mon 1-2, Mon 4, Tue, Fri 6');
  expect(formatSlots([], DAYS, 6)).toBe('');
  expect(formatDays([0, 2], DAYS)).toBe('Mon, Wed');
});

test('parseSlotList(formatSlots(x)) gives x back', () => {
  const ctx = makeDayContext(DAYS, 6);
  const slotSet = fc.uniqueArray(fc.record({ day: fc.integer({ min: 0, max: 4 }), period: fc.integer({ min: 0, max: 5 }) }), { selector: (s) => s.day * 6 + s.period, maxLength: 30 });
  fc.assert(
    fc.property(slotSet, (slots) => {
      const text = formatSlots(slots, DAYS, 6);
      const back = text === '' ? { ok: true as const, value: [] } : parseSlotList(toCell(text), 'Unavailable', ctx);
      expect(back.ok).toBe(true);
      const sorted = [...slots].sort((a, b) => a.day - b.day || a.period - b.period);
      if (back.ok) expect(back.value).toEqual(sorted);
    }),
    { numRuns: 200, seed: 3 },
  );
});
