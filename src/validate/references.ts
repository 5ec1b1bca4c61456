// Every ID that one sheet uses must exist in the sheet it names (SCHEMA.md). An unknown ID is an
// error at the referencing cell, with the nearest existing IDs as "did you mean".
import type { InputSheetKey } from '../schema/records';
import { idKey } from './key';
import { nearest } from '../schema/suggest';
import { type Ctx, type Placed, report } from './context';
import { didYouMean } from './text';

/** Edit-distance suggestions cost O(candidates) each; past this many we stop suggesting (a sheet of wholesale mismatches). */
const MAX_SUGGESTED = 100;

interface Target {
  /** "teacher", "location", … as used in messages. */
  noun: string;
  sheetKey: InputSheetKey;
  defaultSheet: string;
  has: (key: string) => boolean;
  /** Display names offered as suggestions. */
  names: string[];
}

export function checkReferences(ctx: Ctx): void {
  const { r } = ctx;
  let suggested = 0;
  const memo = new Map<string, string[]>();
  const displayNames = new Map<string, string>();
  for (const c of r.clubs) if (c.displayName && !displayNames.has(idKey(c.displayName))) displayNames.set(idKey(c.displayName), c.id);
  const missingSheetReported = new Set<string>();

  const target = (noun: string, sheetKey: InputSheetKey, defaultSheet: string, map: Map<string, unknown>, names: string[]): Target => ({
    noun,
    sheetKey,
    defaultSheet,
    has: (k) => map.has(k),
    names,
  });
  const teacher = target('teacher', 'teachers', 'Teachers', ctx.teachers, r.teachers.map((t) => t.id));
  const location = target('location', 'locations', 'Locations', ctx.locations, r.locations.map((l) => l.id));
  const body = target('student body', 'studentBodies', 'StudentBodies', ctx.bodies, r.studentBodies.map((b) => b.id));
  const club = target('club', 'clubs', 'Clubs', ctx.clubs, r.clubs.map((c) => c.id));
  const student = target('student', 'students', 'Students', ctx.students, [
    ...r.students.map((s) => s.id),
    ...r.students.flatMap((s) => s.alsoKnownAs),
  ]);
  const member: Target = {
    noun: 'teacher or student body',
    sheetKey: 'teachers',
    defaultSheet: 'Teachers',
    has: (k) => ctx.teachers.has(k) || ctx.bodies.has(k),
    names: [...teacher.names, ...body.names],
  };
  const vote: Target = {
    noun: 'club',
    sheetKey: 'clubs',
    defaultSheet: 'Clubs',
    has: (k) => ctx.clubs.has(k) || k === ctx.studyHallKey,
    names: [...club.names, r.settings.studyHallName || 'Study Hall'],
  };

  const where = (t: Target): string =>
    t === member
      ? [r.sheetNames.teachers, r.sheetNames.studentBodies].filter(Boolean).join(' or ')
      : (r.sheetNames[t.sheetKey] ?? t.defaultSheet);

  const check = (rec: Placed, field: string, column: string, value: string | undefined, t: Target): void => {
    if (value === undefined) return;
    const key = idKey(value);
    if (!key || t.has(key)) return;
    const fail = (code: string, message: string, suggestion: string): void => report(ctx, rec, field, 'error', code, message, suggestion);
    const sheetPresent = t === member ? r.sheetNames.teachers !== undefined || r.sheetNames.studentBodies !== undefined : r.sheetNames[t.sheetKey] !== undefined;
    if (!sheetPresent) {
      // One issue per column, not one per row, when the whole sheet is missing.
      const tag = `${rec.origin.sheet}|${column}|${t.noun}`;
      if (missingSheetReported.has(tag)) return;
      missingSheetReported.add(tag);
      fail(
        'missing-sheet',
        `${rec.origin.sheet} › ${column} names ${t.noun}s ('${value}') but the workbook has no ${t.defaultSheet} sheet.`,
        `Add a ${t.defaultSheet} sheet listing every ${t.noun}, or clear the ${column} column.`,
      );
      return;
    }
    // A club's Display name typed where its ID belongs: say which ID it is.
    const shown = t.sheetKey === 'clubs' ? displayNames.get(key) : undefined;
    if (shown) {
      fail(
        'unknown-reference',
        `${rec.origin.sheet} › ${column}: '${value}' is the Display name of club ${shown}, not its ID.`,
        `Write the club ID '${shown}' here (Display name is only what the views show).`,
      );
      return;
    }
    // The same misspelling often repeats (a club name in many votes): suggest once, reuse.
    const memoKey = `${t === vote ? 'vote' : t.noun}|${key}`;
    let near = memo.get(memoKey);
    if (!near) {
      near = suggested < MAX_SUGGESTED ? nearest(value, t.names) : [];
      suggested++;
      memo.set(memoKey, near);
    }
    fail(
      'unknown-reference',
      `${rec.origin.sheet} › ${column}: '${value}' is not a ${t.noun} in ${where(t)}.`,
      didYouMean(near) ?? `Add '${value}' to ${where(t)}, or correct the spelling.`,
    );
  };
  const checkList = (rec: Placed, field: string, column: string, values: readonly string[], t: Target): void => {
    for (const v of values) check(rec, field, column, v, t);
  };

  for (const c of r.courses) {
    checkList(c, 'teachers', 'Teacher', c.teachers, teacher);
    checkList(c, 'studentBodies', 'Student bodies', c.studentBodies, body);
    checkList(c, 'rooms', 'Room', c.rooms, location);
  }
  for (const g of r.groups) {
    checkList(g, 'members', 'Members', g.members, member);
    check(g, 'room', 'Room', g.room, location);
  }
  for (const t of r.teachers) check(t, 'homeRoom', 'Home room', t.homeRoom, location);
  for (const c of r.clubs) {
    checkList(c, 'teachers', 'Teacher', c.teachers, teacher);
    check(c, 'branchOf', 'Branch of', c.branchOf, club);
    check(c, 'mergeInto', 'Merge into', c.mergeInto, club);
  }
  for (const s of r.students) check(s, 'studentBody', 'Student body', s.studentBody, body);
  for (const v of r.votes) {
    check(v, 'student', 'Student', v.student, student);
    v.choices.forEach((choice, i) => {
      if (choice !== null) check(v, `choice${i + 1}`, `Choice ${i + 1}`, choice, vote);
    });
  }
  for (const rule of r.clubRules) {
    check(rule, 'club', 'Club', rule.club, club);
    check(rule, 'student', 'Student', rule.student, student);
    check(rule, 'otherClub', 'Other club', rule.otherClub, club);
  }
}
