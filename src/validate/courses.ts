// Per-course feasibility: some room must host it; Min consecutive must fit in a day and in its
// lessons; its Lessons per week must fit in the periods it can use under Max per day.
import type { Course, Location } from '../schema/records';
import { idKey } from './key';
import { type Ctx, report, slotMask } from './context';
import { type Availability, courseSize, isFree } from './availability';
import { count, fixes, listNames } from './text';
import { checkRoomCapacity } from './room-capacity';

export function checkCourses(ctx: Ctx, av: Availability): void {
  const fitting = new Map<Course, Location[]>();
  for (const c of ctx.r.courses) {
    const allowed = courseAllowed(ctx, c);
    const rooms = checkRooms(ctx, av, c, allowed);
    if (rooms.length > 0) fitting.set(c, rooms);
    checkConsecutive(ctx, c);
    if (c.fixedTimes.length === 0) checkReachable(ctx, av, c, allowed);
  }
  checkRoomCapacity(ctx, av, fitting);
}

/** 1 where the course's own Unavailable column allows the slot; undefined = every slot. */
function courseAllowed(ctx: Ctx, c: Course): Uint8Array | undefined {
  if (c.unavailable.length === 0) return undefined;
  const m = slotMask(ctx, c.unavailable);
  for (let i = 0; i < m.length; i++) m[i] ^= 1;
  return m;
}

/** Reports a course no room can host; returns the rooms that can. */
function checkRooms(ctx: Ctx, av: Availability, c: Course, allowed: Uint8Array | undefined): Location[] {
  const rooms = av.courseRooms.get(c) ?? [];
  if (rooms.length === 0) return []; // unknown room IDs are reference errors; no Locations sheet = rooms not planned
  const hard = ctx.r.settings.roomCapacity !== 'soft';
  const size = courseSize(c, av.courseBodies.get(c) ?? []);
  const needs = c.facilities.map(idKey).filter(Boolean);
  const small: Location[] = [];
  const lacking: Array<{ room: Location; missing: string[] }> = [];
  const never: Location[] = [];
  const fitting: Location[] = [];
  for (const room of rooms) {
    if (hard && room.capacity < size) {
      small.push(room);
      continue;
    }
    const have = av.roomFacilities.get(room)!;
    const missing = needs.length ? c.facilities.filter((_, i) => !have.has(needs[i])) : needs;
    if (missing.length > 0) {
      lacking.push({ room, missing });
      continue;
    }
    let open = av.roomFree.get(room)! > 0;
    if (open && allowed) {
      const busy = av.room.get(room)!;
      open = false;
      for (let i = 0; i < ctx.slots && !open; i++) open = allowed[i] === 1 && isFree(busy, i);
    }
    if (open) fitting.push(room);
    else never.push(room);
  }
  const what = `course ${c.id} (${count(size, 'student')}${c.facilities.length ? `, needs ${listNames(c.facilities)}` : ''})`;
  const field = c.rooms.length > 0 ? 'rooms' : c.facilities.length > 0 ? 'facilities' : 'id';
  if (fitting.length === 0) {
    const why: string[] = [];
    if (rooms.length <= 4) {
      for (const r of small) why.push(`${r.id} holds ${r.capacity}`);
      for (const { room, missing } of lacking) why.push(`${room.id} lacks ${listNames(missing)}`);
      for (const r of never) why.push(`${r.id} is unavailable whenever the course may run`);
    } else {
      if (small.length) why.push(`${small.length} of ${rooms.length} rooms are too small (largest holds ${Math.max(...small.map((r) => r.capacity))})`);
      if (lacking.length) why.push(`${lacking.length} lack ${listNames([...new Set(lacking.flatMap((l) => l.missing))])}`);
      if (never.length) why.push(`${never.length} are unavailable whenever the course may run`);
    }
    const equipped = rooms.filter((r) => needs.every((f) => r.facilities.some((x) => idKey(x) === f)));
    const biggest = equipped.length ? equipped.reduce((a, b) => (b.capacity > a.capacity ? b : a)) : undefined;
    report(
      ctx,
      c,
      field,
      'error',
      'no-room-for-course',
      `No room can host ${what}: ${why.join('; ')}.`,
      fixes(
        small.length > 0 && biggest && biggest.capacity < size && `raise Capacity of ${biggest.id} to ${size}`,
        small.length > 0 && c.classSize === undefined && 'set Class size if fewer students attend',
        small.length > 0 && hard && 'set Settings › Room capacity to soft',
        lacking.length > 0 && `add ${listNames(c.facilities)} to the Facilities of a room`,
        never.length > 0 && 'free some of the rooms’ Unavailable periods',
        c.rooms.length > 0 && 'add another room to Courses › Room, or clear it to allow any room that fits',
      ),
    );
    return [];
  }
  // Enough periods where some fitting room is free (stop counting once there are enough).
  const busy = fitting.map((r) => av.room.get(r)!);
  let open = 0;
  for (let i = 0; i < ctx.slots && open < c.lessonsPerWeek; i++) if ((!allowed || allowed[i]) && busy.some((b) => isFree(b, i))) open++;
  if (open < c.lessonsPerWeek) {
    report(
      ctx,
      c,
      field,
      c.optional ? 'warning' : 'error',
      'no-room-for-course',
      `The rooms that fit ${what} (${listNames(fitting.map((r) => r.id))}) are free at only ${count(open, 'period')} when it may run, but it needs ${count(c.lessonsPerWeek, 'lesson')}.`,
      fixes('free some of these rooms’ Unavailable periods', 'allow another room', `reduce Lessons per week to ${open}`),
    );
  }
  return fitting;
}

function checkConsecutive(ctx: Ctx, c: Course): void {
  if (c.minConsecutive > ctx.periods && ctx.periods > 0) {
    report(
      ctx,
      c,
      'minConsecutive',
      'error',
      'min-consecutive-too-long',
      `Course ${c.id} has Min consecutive ${c.minConsecutive} but a day has only ${ctx.periods} periods.`,
      fixes(`lower Min consecutive to ${ctx.periods} or less`, `raise Settings › Periods per day to ${c.minConsecutive}`),
    );
  } else if (c.maxPerDay !== undefined && c.maxPerDay < c.minConsecutive) {
    report(
      ctx,
      c,
      'maxPerDay',
      'error',
      'min-consecutive-over-max-per-day',
      `Course ${c.id} has Min consecutive ${c.minConsecutive} but Max per day ${c.maxPerDay}, so not even one block fits in a day.`,
      fixes(`raise Max per day to ${c.minConsecutive}`, `lower Min consecutive to ${c.maxPerDay}`),
    );
  } else if (c.minConsecutive > c.lessonsPerWeek) {
    report(
      ctx,
      c,
      'minConsecutive',
      'error',
      'min-consecutive-over-lessons',
      `Course ${c.id} has Min consecutive ${c.minConsecutive} but only ${count(c.lessonsPerWeek, 'lesson')} a week, so no block can be that long.`,
      fixes(`lower Min consecutive to ${c.lessonsPerWeek}`, `raise Lessons per week to ${c.minConsecutive}`),
    );
  }
}

/**
 * Double lessons: a block of Min consecutive periods must lie in one run of open periods, so only
 * runs at least that long count (a relaxation: the open periods may belong to different candidate teachers).
 */
function checkBlocks(ctx: Ctx, c: Course, open: Uint8Array, severity: 'error' | 'warning'): void {
  const m = c.minConsecutive;
  if (m <= 1 || m > ctx.periods || m > c.lessonsPerWeek || (c.maxPerDay !== undefined && c.maxPerDay < m)) return;
  let usable = 0;
  for (let d = 0; d < ctx.days; d++) {
    let inRuns = 0;
    let run = 0;
    for (let p = 0; p <= ctx.periods; p++) {
      if (p < ctx.periods && open[d * ctx.periods + p]) run++;
      else {
        if (run >= m) inRuns += run;
        run = 0;
      }
    }
    usable += c.maxPerDay !== undefined ? Math.min(inRuns, c.maxPerDay) : inRuns;
  }
  if (usable >= c.lessonsPerWeek) return;
  report(
    ctx,
    c,
    'minConsecutive',
    severity,
    'course-lessons-unreachable',
    `Course ${c.id} needs ${count(c.lessonsPerWeek, 'lesson')} a week in blocks of at least ${m} (Min consecutive), but only ${count(usable, 'open period')} lie in runs of ${m} or more free periods (free for the course, all its student bodies and a candidate teacher).`,
    fixes(`lower Min consecutive to ${m - 1}`, 'clear Unavailable periods that break up the day for the course, its student bodies or teachers', 'move meetings away from the middle of the day'),
  );
}

/** Periods the course could use each day: allowed for it, free for all its bodies and for at least one candidate teacher. */
function checkReachable(ctx: Ctx, av: Availability, c: Course, allowed: Uint8Array | undefined): void {
  const bodies = (av.courseBodies.get(c) ?? []).map((b) => av.body.get(b)!.free);
  const teachers = (av.courseTeachers.get(c) ?? []).map((t) => av.teacher.get(t)!.free);
  const perDay = new Array<number>(ctx.days).fill(0);
  const open = new Uint8Array(ctx.slots);
  for (let i = 0; i < ctx.slots; i++) {
    if (allowed && !allowed[i]) continue;
    let ok = true;
    for (let k = 0; k < bodies.length && ok; k++) ok = bodies[k][i] === 1;
    if (!ok) continue;
    if (teachers.length > 0) {
      ok = false;
      for (let k = 0; k < teachers.length && !ok; k++) ok = teachers[k][i] === 1;
      if (!ok) continue;
    }
    perDay[Math.floor(i / ctx.periods)]++;
    open[i] = 1;
  }
  const free = perDay.reduce((a, b) => a + b, 0);
  const daysOpen = perDay.filter((n) => n > 0).length;
  const cap = perDay.reduce((a, n) => a + (c.maxPerDay !== undefined ? Math.min(n, c.maxPerDay) : n), 0);
  const severity = c.optional ? 'warning' : 'error';
  if (c.lessonsPerWeek <= cap) {
    checkBlocks(ctx, c, open, severity);
    return;
  }
  if (c.maxPerDay !== undefined && free >= c.lessonsPerWeek) {
    report(
      ctx,
      c,
      'maxPerDay',
      severity,
      'course-lessons-unreachable',
      `Course ${c.id} needs ${count(c.lessonsPerWeek, 'lesson')} a week but Max per day ${c.maxPerDay} × ${count(daysOpen, 'available day')} allows only ${cap}.`,
      fixes(`raise Max per day to ${Math.ceil(c.lessonsPerWeek / Math.max(1, daysOpen))}`, `lower Lessons per week to ${cap}`, 'free more days for the course, its student bodies or its teachers'),
    );
    return;
  }
  report(
    ctx,
    c,
    'lessonsPerWeek',
    severity,
    'course-lessons-unreachable',
    `Course ${c.id} needs ${count(c.lessonsPerWeek, 'lesson')} a week but only ${count(free, 'period')} are open to it (free for the course, all its student bodies and a candidate teacher, outside mandatory meetings).`,
    fixes(`lower Lessons per week to ${free}`, 'clear some of the course’s Unavailable periods', 'free its student bodies’ or teachers’ Unavailable periods'),
  );
}
