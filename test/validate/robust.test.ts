// Odd records never crash validation, and every issue points at a real sheet and an A1 cell.
import fc from 'fast-check';
import { makeExample } from '../../src/examples';
import { readWorkbook, parseA1 } from '../../src/schema';
import type { WorkbookRecords } from '../../src/schema/records';
import { validateWorkbook } from '../../src/validate';
import { school, read } from './fixtures';

const bases: WorkbookRecords[] = [read(school()), readWorkbook(makeExample('small').sheets).records];
const clone = (r: WorkbookRecords): WorkbookRecords => structuredClone(r);

const ids = ['', ' ', 'Ms Lee', 'ms lee', 'Robotics', '7A', 'R1', 'Nobody', 'Study Hall', 'Chess', 'John Smith'];
const numbers = [0, 1, 2, 3, 6, 7, 40, 1000];
const slot = fc.record({ day: fc.integer({ min: -1, max: 6 }), period: fc.integer({ min: -1, max: 9 }) });

/** One random edit: a field of one record of one list gets a random ID, number, list or slot list. */
const edit = fc.record({
  list: fc.constantFrom('teachers', 'locations', 'studentBodies', 'courses', 'groups', 'clubs', 'students', 'votes', 'clubRules'),
  index: fc.nat(),
  id: fc.constantFrom(...ids),
  n: fc.constantFrom(...numbers),
  many: fc.array(fc.constantFrom(...ids), { maxLength: 4 }),
  slots: fc.array(slot, { maxLength: 6 }),
  fieldPick: fc.nat(),
});

const SLOT_FIELDS = new Set(['unavailable', 'fixedTimes', 'meetingTimes']);
const DAY_FIELDS = new Set(['days', 'notDays', 'unavailableDays']);

interface Edit {
  list: string;
  index: number;
  id: string;
  n: number;
  many: string[];
  slots: Array<{ day: number; period: number }>;
  fieldPick: number;
}

/** Replace one field with a random value of the field's own type (the records' contract holds; the content is nonsense). */
function apply(r: WorkbookRecords, e: Edit): void {
  const list = (r as unknown as Record<string, Array<Record<string, unknown>>>)[e.list];
  if (list.length === 0) return;
  const rec = list[e.index % list.length];
  const fields = Object.keys(rec).filter((k) => k !== 'origin');
  const f = fields[e.fieldPick % fields.length];
  const v = rec[f];
  if (Array.isArray(v)) {
    rec[f] = SLOT_FIELDS.has(f) ? e.slots : DAY_FIELDS.has(f) ? e.slots.map((s) => s.day) : e.many;
  } else if (typeof v === 'number') rec[f] = e.n;
  else if (typeof v === 'string') rec[f] = f === 'rule' || f === 'daysPerGroup' ? v : e.id || 'x';
  else if (typeof v === 'boolean') rec[f] = !v;
}

test('random edits of valid records: no throw, every issue well-formed', () => {
  fc.assert(
    fc.property(fc.constantFrom(0, 1), fc.array(edit, { minLength: 1, maxLength: 12 }), (b, edits) => {
      const r = clone(bases[b]);
      for (const e of edits) apply(r, e);
      const issues = validateWorkbook(r);
      const sheets = new Set([...Object.values(r.sheetNames), 'Settings', 'Clubs']);
      for (const i of issues) {
        expect(sheets.has(i.sheet)).toBe(true);
        expect(parseA1(i.cell)).toBeDefined();
        expect(i.code).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
        expect(['error', 'warning', 'info']).toContain(i.severity);
        expect(i.message.length).toBeGreaterThan(10);
        expect(i.message).not.toMatch(/undefined|NaN|\[object/);
      }
    }),
    { numRuns: 150, seed: 42 },
  );
});

test('a workbook with no sheets at all validates to nothing', () => {
  expect(validateWorkbook(readWorkbook({}).records)).toEqual([]);
});
