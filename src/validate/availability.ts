// Who is free when: each teacher, student body and room as a week-long bitmap of unavailable
// slots and of mandatory meeting slots (Groups), built once for all timetable checks.
import type { Course, Location, StudentBody, Teacher } from '../schema/records';
import { idKey } from './key';
import { type Ctx, slotMask, slotIndex } from './context';

export interface Busy {
  /** 1 where the Unavailable column rules the slot out. */
  unavailable: Uint8Array;
  /** 1 where a mandatory meeting (or, for rooms, any meeting) takes the slot. */
  meeting: Uint8Array;
  /** 1 where neither: filled in once all meetings are known. */
  free: Uint8Array;
}

export interface Availability {
  teacher: Map<Teacher, Busy>;
  body: Map<StudentBody, Busy>;
  room: Map<Location, Busy>;
  /** Candidate teachers / bodies / rooms of each course that exist (unknown IDs are reported elsewhere). */
  courseTeachers: Map<Course, Teacher[]>;
  courseBodies: Map<Course, StudentBody[]>;
  courseRooms: Map<Course, Location[]>;
  /** Per room, computed once: facility keys and how many slots it is free. */
  roomFacilities: Map<Location, Set<string>>;
  roomFree: Map<Location, number>;
}

export function buildAvailability(ctx: Ctx): Availability {
  const { r } = ctx;
  const busy = (unavailable: Uint8Array): Busy => ({ unavailable, meeting: new Uint8Array(ctx.slots), free: new Uint8Array(ctx.slots) });
  const teacher = new Map<Teacher, Busy>();
  for (const t of ctx.teachers.values()) teacher.set(t, busy(slotMask(ctx, t.unavailable)));
  const body = new Map<StudentBody, Busy>();
  for (const b of ctx.bodies.values()) body.set(b, busy(slotMask(ctx, b.unavailable)));
  const room = new Map<Location, Busy>();
  for (const l of ctx.locations.values()) room.set(l, busy(slotMask(ctx, l.unavailable)));

  for (const g of r.groups) {
    const slots = g.meetingTimes.map((s) => slotIndex(ctx, s)).filter((i) => i >= 0);
    const room0 = g.room ? ctx.locations.get(idKey(g.room)) : undefined;
    if (room0) for (const i of slots) room.get(room0)!.meeting[i] = 1;
    if (!g.mandatory) continue;
    for (const m of g.members) {
      const k = idKey(m);
      const t = ctx.teachers.get(k);
      const b = ctx.bodies.get(k);
      const who = t ? teacher.get(t) : b ? body.get(b) : undefined;
      if (who) for (const i of slots) who.meeting[i] = 1;
    }
  }

  for (const m of [teacher, body, room]) {
    for (const b of m.values()) for (let i = 0; i < ctx.slots; i++) b.free[i] = b.unavailable[i] || b.meeting[i] ? 0 : 1;
  }

  const courseTeachers = new Map<Course, Teacher[]>();
  const courseBodies = new Map<Course, StudentBody[]>();
  const courseRooms = new Map<Course, Location[]>();
  for (const c of r.courses) {
    courseTeachers.set(c, resolve(c.teachers, ctx.teachers));
    courseBodies.set(c, resolve(c.studentBodies, ctx.bodies));
    courseRooms.set(c, c.rooms.length > 0 ? resolve(c.rooms, ctx.locations) : [...ctx.locations.values()]);
  }
  const roomFacilities = new Map<Location, Set<string>>();
  const roomFree = new Map<Location, number>();
  for (const [l, b] of room) {
    roomFacilities.set(l, new Set(l.facilities.map(idKey)));
    roomFree.set(l, freeCount(b));
  }
  return { teacher, body, room, courseTeachers, courseBodies, courseRooms, roomFacilities, roomFree };
}

/** Existing records for the IDs, each once. */
function resolve<T>(ids: readonly string[], map: Map<string, T>): T[] {
  const out: T[] = [];
  for (const id of ids) {
    const x = map.get(idKey(id));
    if (x !== undefined && !out.includes(x)) out.push(x);
  }
  return out;
}

/** Slots free of both unavailability and meetings. */
export function freeCount(b: Busy): number {
  let n = 0;
  for (let i = 0; i < b.unavailable.length; i++) if (!b.unavailable[i] && !b.meeting[i]) n++;
  return n;
}

export function isFree(b: Busy, slot: number): boolean {
  return b.free[slot] === 1;
}

/** Free slots per day. */
export function freePerDay(ctx: Ctx, b: Busy): number[] {
  const out = new Array<number>(ctx.days).fill(0);
  for (let i = 0; i < ctx.slots; i++) if (b.free[i]) out[Math.floor(i / ctx.periods)]++;
  return out;
}

export function countSet(m: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < m.length; i++) n += m[i];
  return n;
}

/**
 * Most lessons a week a resource can take given its free slots per day, an optional per-day cap and
 * an optional cap on the number of days used (the best days are taken).
 */
export function dayCapacity(perDay: readonly number[], maxPerDay?: number, maxDays?: number): number {
  const capped = perDay.map((n) => (maxPerDay !== undefined ? Math.min(n, maxPerDay) : n)).sort((a, b) => b - a);
  const used = maxDays !== undefined ? capped.slice(0, Math.max(0, maxDays)) : capped;
  return used.reduce((a, b) => a + b, 0);
}

/** Students a course teaches: Class size overrides the sum of its bodies' sizes. */
export function courseSize(c: Course, bodies: readonly StudentBody[]): number {
  return c.classSize ?? bodies.reduce((a, b) => a + b.size, 0);
}
