// Fixed times and Sync: fixed slots must match Lessons per week, be slots where the course's
// teacher, bodies and a room are free, and not collide with another fixed course; courses that
// share a Sync ID run together, so they need equal lessons and no shared teacher or body.
import type { Course } from '../schema/records';
import { idKey } from './key';
import { type Ctx, type Occupant, bookSlots, ref, report, slotIndex, slotIndexes, slotName } from './context';
import { type Availability, isFree } from './availability';
import { count, fixes, listNames } from './text';

export function checkFixedTimes(ctx: Ctx, av: Availability): void {
  // (resource, slot) → the first course fixed there, for clash detection in one pass.
  const taken = new Map<string, Course>();
  for (const c of ctx.r.courses) {
    if (c.fixedTimes.length === 0) continue;
    const slots = slotIndexes(ctx, c.fixedTimes);
    if (slots.length !== c.lessonsPerWeek) {
      const more = slots.length > c.lessonsPerWeek;
      report(
        ctx,
        c,
        'fixedTimes',
        'error',
        'fixed-times-count',
        `Course ${c.id} has ${count(slots.length, 'fixed period')} but Lessons per week ${c.lessonsPerWeek}.`,
        fixes(
          more ? `remove ${slots.length - c.lessonsPerWeek} of the Fixed times` : `add ${c.lessonsPerWeek - slots.length} more Fixed times`,
          `set Lessons per week to ${slots.length}`,
          !more && 'clear Fixed times to let the solver choose',
        ),
      );
    }
    unavailableAtFixed(ctx, av, c, slots);
    clashes(ctx, av, c, slots, taken);
  }
  checkSync(ctx, av);
}

function unavailableAtFixed(ctx: Ctx, av: Availability, c: Course, slots: number[]): void {
  const own = new Set(c.unavailable.map((s) => slotIndex(ctx, s)));
  const teachers = av.courseTeachers.get(c) ?? [];
  const bodies = av.courseBodies.get(c) ?? [];
  const rooms = av.courseRooms.get(c) ?? [];
  const problems: string[] = [];
  let badSlots = 0;
  for (const i of slots) {
    const before = problems.length;
    const at = slotName(ctx, i);
    if (own.has(i)) problems.push(`${at}: the course itself is Unavailable`);
    if (teachers.length > 0 && !teachers.some((t) => isFree(av.teacher.get(t)!, i))) {
      problems.push(`${at}: ${teachers.length === 1 ? `teacher ${teachers[0].id} is` : `every candidate teacher (${listNames(teachers.map((t) => t.id))}) is`} ${whyBusy(teachers.map((t) => av.teacher.get(t)!), i)}`);
    }
    for (const b of bodies) if (!isFree(av.body.get(b)!, i)) problems.push(`${at}: student body ${b.id} is ${whyBusy([av.body.get(b)!], i)}`);
    if (rooms.length > 0 && !rooms.some((r) => isFree(av.room.get(r)!, i))) {
      problems.push(`${at}: ${rooms.length === 1 ? `room ${rooms[0].id} is` : `every candidate room (${listNames(rooms.map((r) => r.id), 3)}) is`} ${whyBusy(rooms.map((r) => av.room.get(r)!), i, 'taken by a meeting')}`);
    }
    if (problems.length > before) badSlots++;
  }
  if (problems.length === 0) return;
  report(
    ctx,
    c,
    'fixedTimes',
    'error',
    'fixed-time-unavailable',
    `Course ${c.id} is fixed at ${count(badSlots, 'time')} that cannot be used: ${listNames(problems, 4)}.`,
    fixes('move these Fixed times to periods where everyone is free', 'clear the conflicting Unavailable entries', teachers.length === 1 && 'add another candidate teacher', 'change the meeting times in Groups'),
  );
}

function whyBusy(list: ReadonlyArray<{ unavailable: Uint8Array; meeting: Uint8Array }>, i: number, meeting = 'in a mandatory meeting'): string {
  return list.every((b) => b.meeting[i] && !b.unavailable[i]) ? meeting : 'unavailable';
}

function clashes(ctx: Ctx, av: Availability, c: Course, slots: number[], taken: Map<string, Course>): void {
  const occupants: Occupant[] = [];
  const ts = av.courseTeachers.get(c) ?? [];
  if (ts.length === 1) occupants.push({ key: `t:${idKey(ts[0].id)}`, what: `teacher ${ts[0].id}` });
  for (const b of av.courseBodies.get(c) ?? []) occupants.push({ key: `b:${idKey(b.id)}`, what: `student body ${b.id}` });
  if (c.rooms.length === 1 && (av.courseRooms.get(c)?.length ?? 0) === 1) occupants.push({ key: `r:${idKey(c.rooms[0])}`, what: `room ${c.rooms[0]}` });
  bookSlots(taken, c, slots, occupants, (other, i, { what }) => {
    // Synced courses run together by design; a shared body or teacher there is the Sync check's to report.
    if (c.sync && other.sync && idKey(c.sync) === idKey(other.sync)) return false;
    report(
      ctx,
      c,
      'fixedTimes',
      'error',
      'fixed-time-clash',
      `Courses ${other.id} (${ref(other, 'fixedTimes')}) and ${c.id} are both fixed at ${slotName(ctx, i)} and share ${what}.`,
      fixes(`move one of the two Fixed times`, what.startsWith('teacher') ? 'give one course another teacher' : what.startsWith('room') ? 'give one course another room' : 'if they are meant to run side by side, split the student body'),
    );
    return true;
  });
}

function checkSync(ctx: Ctx, av: Availability): void {
  const bySync = new Map<string, Course[]>();
  for (const c of ctx.r.courses) {
    if (!c.sync) continue;
    const k = idKey(c.sync);
    if (!k) continue;
    const list = bySync.get(k);
    if (list) list.push(c);
    else bySync.set(k, [c]);
  }
  for (const group of bySync.values()) {
    if (group.length < 2) continue;
    const first = group[0];
    const teacherOf = new Map<string, Course>();
    const bodyOf = new Map<string, Course>();
    for (const c of group) {
      if (c !== first && c.lessonsPerWeek !== first.lessonsPerWeek) {
        report(
          ctx,
          c,
          'lessonsPerWeek',
          'error',
          'sync-lessons-mismatch',
          `Courses ${first.id} and ${c.id} share Sync '${c.sync}' but have ${first.lessonsPerWeek} and ${c.lessonsPerWeek} lessons a week; synced courses run at the same times.`,
          fixes(`set Lessons per week of ${c.id} to ${first.lessonsPerWeek}`, `set both to ${c.lessonsPerWeek}`, `give ${c.id} its own Sync ID or clear it`),
        );
      }
      const ts = av.courseTeachers.get(c) ?? [];
      if (ts.length === 1) {
        const k = idKey(ts[0].id);
        const other = teacherOf.get(k);
        if (other) syncShare(ctx, c, other, `teacher ${ts[0].id}`, 'sync-shared-teacher');
        else teacherOf.set(k, c);
      }
      for (const b of av.courseBodies.get(c) ?? []) {
        const k = idKey(b.id);
        const other = bodyOf.get(k);
        if (other) syncShare(ctx, c, other, `student body ${b.id}`, 'sync-shared-body');
        else bodyOf.set(k, c);
      }
    }
  }
}

function syncShare(ctx: Ctx, c: Course, other: Course, what: string, code: string): void {
  report(
    ctx,
    c,
    'sync',
    'error',
    code,
    `Courses ${other.id} and ${c.id} share Sync '${c.sync}' and so run at the same times, but both have ${what}, who cannot be in two lessons at once.`,
    fixes(code === 'sync-shared-teacher' ? `give ${c.id} another teacher` : `remove ${what.replace('student body ', '')} from one of the two courses`, `give ${c.id} its own Sync ID or clear it`),
  );
}
