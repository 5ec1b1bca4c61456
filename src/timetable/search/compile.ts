// The problem compiled for the search: lessons grouped into units (a block of consecutive
// periods; a sync group's block holds one part per course), typed arrays for every lookup the
// inner loop needs, and the slots and rooms each unit may use at all (static rules only).
import type { TimetableProblem } from '../model';
import { syncPlan } from './sync';

export const NONE = -1;
/** "No bound" for the per-day / per-week maxima. */
export const UNBOUNDED = 1 << 20;

export interface Compiled {
  problem: TimetableProblem;
  S: number;
  D: number;
  P: number;
  nT: number;
  nR: number;
  nB: number;
  nC: number;
  dayOf: Int32Array;
  periodOf: Int32Array;
  // units
  nU: number;
  unitLen: Int32Array;
  /** Parts of unit u: unitParts[u] (part indexes). */
  unitParts: Int32Array[];
  unitLocked: Uint8Array;
  /** Locked units: the pinned start slot. */
  unitFixedStart: Int32Array;
  /** Start slots allowed by the static rules (course / body availability, Fixed times, mandatory meetings, day boundaries). */
  unitStarts: Int32Array[];
  /** unit * S + slot → 1 when the slot is among unitStarts. */
  unitStartOk: Uint8Array;
  // parts
  nPart: number;
  partCourse: Int32Array;
  partUnit: Int32Array;
  /** Rooms a part may use (candidates with the facilities, capacity if hard). */
  partRooms: Int32Array[];
  /** Locked parts with a pinned room. */
  partFixedRoom: Int32Array;
  // courses
  courseTeachers: Int32Array[];
  courseBodies: Int32Array[];
  courseUnits: Int32Array[];
  courseSize: Int32Array;
  courseMinDays: Int32Array;
  courseMaxPerDay: Int32Array;
  /** -1 = none. */
  coursePref: Int32Array;
  courseOptional: Uint8Array;
  /** Rooms the course could ever use, for explanations. */
  courseRoomCandidates: Int32Array[];
  // resources
  teacherBlocked: Uint8Array;
  roomBlocked: Uint8Array;
  teacherMaxDay: Int32Array;
  teacherMaxWeek: Int32Array;
  teacherMaxDays: Int32Array;
  bodyMaxDay: Int32Array;
  /** Free-period preference bit set: 1 = start, 2 = end. */
  teacherFree: Uint8Array;
  bodyFree: Uint8Array;
  roomCampus: Int32Array;
  roomCap: Int32Array;
  /** No Locations at all (rooms not planned): one unlimited stand-in room, reported as no room. */
  phantomRoom: boolean;
  // weights
  w: {
    unsched: number;
    unschedOpt: number;
    isolated: number;
    studentGap: number;
    teacherGap: number;
    minDays: number;
    roomChanges: number;
    overCap: number;
    split: number;
    freePref: number;
    prefPeriod: number;
    teacherRoomChange: number;
    campus: number;
  };
  softCapacity: boolean;
  /** Which day components carry any weight (skipped otherwise). */
  bodyDayActive: boolean;
  teacherDayActive: boolean;
  courseDayActive: boolean;
}

function freeBits(f: string | undefined): number {
  return f === 'start' ? 1 : f === 'end' ? 2 : f === 'both' ? 3 : 0;
}

/** Block sizes for `lessons` lessons with Min consecutive k: as many blocks as possible (sizes k or more). */
export function blockSizes(lessons: number, k: number, P: number): number[] {
  if (lessons <= 0) return [];
  if (k <= 1) return new Array<number>(lessons).fill(1);
  if (lessons < k) return [lessons];
  const n = Math.floor(lessons / k);
  const sizes = new Array<number>(n).fill(k);
  let rest = lessons - n * k;
  for (let i = 0; rest > 0; i = (i + 1) % n, rest--) sizes[i]++;
  // A block longer than a day can never be placed; split it (Min consecutive then cannot hold).
  const out: number[] = [];
  for (const s of sizes) {
    let left = s;
    while (left > P) {
      out.push(P);
      left -= P;
    }
    if (left > 0) out.push(left);
  }
  return out;
}

export function compile(problem: TimetableProblem): Compiled {
  const D = problem.days.length;
  const P = problem.periodsPerDay;
  const S = D * P;
  const nT = problem.teachers.length;
  const phantomRoom = problem.rooms.length === 0;
  const nR = phantomRoom ? 1 : problem.rooms.length;
  const nB = problem.bodies.length;
  const nC = problem.courses.length;
  const dayOf = new Int32Array(S);
  const periodOf = new Int32Array(S);
  for (let s = 0; s < S; s++) {
    dayOf[s] = Math.floor(s / P);
    periodOf[s] = s % P;
  }
  const hardCap = problem.roomCapacity === 'hard';

  // Resource blocks: unavailability and mandatory meetings (rooms: every meeting).
  const teacherBlocked = new Uint8Array(nT * S);
  const roomBlocked = new Uint8Array(nR * S);
  const bodyBlocked = new Uint8Array(nB * S);
  problem.teachers.forEach((t, i) => t.unavailable.forEach((s) => (teacherBlocked[i * S + s] = 1)));
  problem.rooms.forEach((r, i) => r.unavailable.forEach((s) => (roomBlocked[i * S + s] = 1)));
  problem.bodies.forEach((b, i) => b.unavailable.forEach((s) => (bodyBlocked[i * S + s] = 1)));
  for (const m of problem.meetings) {
    for (const s of m.slots) {
      if (m.room !== undefined) roomBlocked[m.room * S + s] = 1;
      if (!m.mandatory) continue;
      for (const t of m.teachers) teacherBlocked[t * S + s] = 1;
      for (const b of m.bodies) bodyBlocked[b * S + s] = 1;
    }
  }

  // Course data; a locked lesson's teacher is the course's teacher.
  const lockedTeacher = new Map<number, number>();
  for (const l of problem.locked) if (l.teacher !== undefined && !lockedTeacher.has(l.course)) lockedTeacher.set(l.course, l.teacher);
  const courseTeachers = problem.courses.map((c, i) => {
    const lt = lockedTeacher.get(i);
    return Int32Array.from(lt !== undefined ? [lt] : c.teachers);
  });
  const courseBodies = problem.courses.map((c) => Int32Array.from(c.bodies));
  const courseSize = Int32Array.from(problem.courses.map((c) => Math.max(0, Math.round(c.size))));
  const courseMinDays = Int32Array.from(problem.courses.map((c) => c.minDays));
  const courseMaxPerDay = Int32Array.from(problem.courses.map((c) => (c.maxPerDay !== undefined && c.maxPerDay >= 0 ? c.maxPerDay : UNBOUNDED)));
  const coursePref = Int32Array.from(problem.courses.map((c) => (c.preferredPeriod !== undefined ? c.preferredPeriod : -1)));
  const courseOptional = Uint8Array.from(problem.courses.map((c) => (c.optional ? 1 : 0)));
  const courseRoomCandidates = problem.courses.map((c) => Int32Array.from(c.roomCandidates));

  // Static per-slot permission of a course (its own availability, Fixed times, its bodies).
  const courseSlotOk = problem.courses.map((c, i) => {
    const ok = new Uint8Array(S).fill(1);
    for (const s of c.unavailable) ok[s] = 0;
    if (c.fixed.length > 0) {
      const fixed = new Uint8Array(S);
      for (const s of c.fixed) fixed[s] = 1;
      for (let s = 0; s < S; s++) if (!fixed[s]) ok[s] = 0;
    }
    for (const b of courseBodies[i]) for (let s = 0; s < S; s++) if (bodyBlocked[b * S + s]) ok[s] = 0;
    // A slot where every candidate teacher is blocked is out too.
    const ts = courseTeachers[i];
    if (ts.length > 0) {
      for (let s = 0; s < S; s++) {
        let any = false;
        for (const t of ts) if (!teacherBlocked[t * S + s]) any = true;
        if (!any) ok[s] = 0;
      }
    }
    return ok;
  });

  const roomOk = (course: number, r: number): boolean => {
    const c = problem.courses[course];
    const room = problem.rooms[r];
    if (hardCap && room.capacity < courseSize[course]) return false;
    for (const f of c.facilities) if (!room.facilities.includes(f)) return false;
    return true;
  };

  // Units: locked lessons first (one unit each), then sync groups, then the rest in blocks.
  const unitLen: number[] = [];
  const unitPartsL: number[][] = [];
  const unitLockedL: number[] = [];
  const unitFixedStartL: number[] = [];
  const partCourseL: number[] = [];
  const partUnitL: number[] = [];
  const partFixedRoomL: number[] = [];
  const lockedCount = new Array<number>(nC).fill(0);
  const addUnit = (len: number, courses: number[], locked: boolean, start: number, room: number): void => {
    const u = unitLen.length;
    unitLen.push(len);
    unitLockedL.push(locked ? 1 : 0);
    unitFixedStartL.push(start);
    const parts: number[] = [];
    for (const c of courses) {
      parts.push(partCourseL.length);
      partCourseL.push(c);
      partUnitL.push(u);
      partFixedRoomL.push(room);
    }
    unitPartsL.push(parts);
  };
  for (const l of problem.locked) {
    if (l.course < 0 || l.course >= nC || lockedCount[l.course] >= problem.courses[l.course].lessons) continue;
    lockedCount[l.course]++;
    addUnit(1, [l.course], true, l.slot, l.room ?? NONE);
  }
  const plan = syncPlan(problem);
  const inGroup = new Uint8Array(nC);
  for (const g of plan.groups) {
    for (const c of g) inGroup[c] = 1;
    const lead = problem.courses[g[0]];
    for (const len of blockSizes(lead.lessons - lockedCount[g[0]], lead.minConsecutive, P)) addUnit(len, g, false, NONE, NONE);
  }
  // Allowed starts of a unit that must sit right before or after a locked run (see below).
  const adjacentStarts = new Map<number, number[]>();
  problem.courses.forEach((c, i) => {
    if (inGroup[i]) return;
    let free = c.lessons - lockedCount[i];
    const k = c.minConsecutive;
    if (k > 1 && lockedCount[i] > 0) {
      // A locked run shorter than Min consecutive is completed by a unit placed next to it.
      const slots = [...new Set(problem.locked.filter((l) => l.course === i).map((l) => l.slot))].sort((a, b) => a - b);
      const runs: Array<[number, number]> = [];
      for (const s of slots) {
        const last = runs[runs.length - 1];
        if (last && s === last[1] + 1 && Math.floor(s / P) === Math.floor(last[0] / P)) last[1] = s;
        else runs.push([s, s]);
      }
      const ext: Array<{ run: [number, number]; len: number }> = [];
      for (const run of runs) {
        const need = k - (run[1] - run[0] + 1);
        if (need > 0 && free > 0) {
          const len = Math.min(need, free);
          ext.push({ run, len });
          free -= len;
        }
      }
      // Leftovers too few for a block of their own join the last extension.
      if (free > 0 && free < k && ext.length > 0) {
        ext[ext.length - 1].len += free;
        free = 0;
      }
      for (const e of ext) {
        const starts: number[] = [];
        const before = e.run[0] - e.len;
        if (before >= 0 && Math.floor(before / P) === Math.floor(e.run[0] / P)) starts.push(before);
        const after = e.run[1] + 1;
        if (after + e.len - 1 < S && Math.floor((after + e.len - 1) / P) === Math.floor(e.run[1] / P)) starts.push(after);
        adjacentStarts.set(unitLen.length, starts);
        addUnit(e.len, [i], false, NONE, NONE);
      }
    }
    for (const len of blockSizes(free, k, P)) addUnit(len, [i], false, NONE, NONE);
  });

  const nU = unitLen.length;
  const nPart = partCourseL.length;
  const partCourse = Int32Array.from(partCourseL);
  const unitParts = unitPartsL.map((p) => Int32Array.from(p));
  const partRooms: Int32Array[] = [];
  for (let p = 0; p < nPart; p++) {
    const c = partCourse[p];
    if (phantomRoom) partRooms.push(Int32Array.of(0));
    else partRooms.push(Int32Array.from(problem.courses[c].roomCandidates.filter((r) => r >= 0 && r < nR && roomOk(c, r))));
  }
  const minConsecutiveOf = (u: number): number => Math.max(...Array.from(unitParts[u], (p) => problem.courses[partCourse[p]].minConsecutive));
  const unitStarts: Int32Array[] = [];
  for (let u = 0; u < nU; u++) {
    const len = unitLen[u];
    const starts: number[] = [];
    for (let s = 0; s < S; s++) {
      if (periodOf[s] + len > P) continue;
      let ok = true;
      for (const p of unitParts[u]) {
        const okc = courseSlotOk[partCourse[p]];
        for (let i = 0; i < len && ok; i++) if (!okc[s + i]) ok = false;
      }
      // A free-standing block shorter than Min consecutive can never be legal.
      if (!unitLockedL[u] && !adjacentStarts.has(u) && len < minConsecutiveOf(u)) ok = false;
      if (ok && (!adjacentStarts.has(u) || adjacentStarts.get(u)!.includes(s))) starts.push(s);
    }
    unitStarts.push(Int32Array.from(starts));
  }
  const unitStartOk = new Uint8Array(nU * S);
  unitStarts.forEach((starts, u) => starts.forEach((s) => (unitStartOk[u * S + s] = 1)));
  const courseUnitsL: number[][] = problem.courses.map(() => []);
  for (let u = 0; u < nU; u++) for (const p of unitParts[u]) courseUnitsL[partCourse[p]].push(u);

  const bound = (v: number | undefined) => (v !== undefined && v >= 0 ? Math.floor(v) : UNBOUNDED);
  const W = problem.weights;
  const w = {
    unsched: W['Unscheduled lesson'],
    unschedOpt: W['Unscheduled optional lesson'],
    isolated: W['Isolated lesson'],
    studentGap: W['Student gap'],
    teacherGap: W['Teacher gap'],
    minDays: W['Min days'],
    roomChanges: W['Room changes per course'],
    overCap: hardCap ? 0 : W['Over capacity'],
    split: W['Split course in a day'],
    freePref: W['Free period preference'],
    prefPeriod: W['Preferred period'],
    teacherRoomChange: W['Teacher room change'],
    campus: W['Campus move'],
  };
  const campusIds = new Map<string, number>();
  const roomCampus = phantomRoom ? Int32Array.of(-1) : Int32Array.from(
    problem.rooms.map((r) => {
      if (r.campus === undefined || r.campus.trim() === '') return -1;
      const k = r.campus.trim().toLowerCase();
      if (!campusIds.has(k)) campusIds.set(k, campusIds.size);
      return campusIds.get(k)!;
    }),
  );
  const teacherFree = Uint8Array.from(problem.teachers.map((t) => freeBits(t.freePeriods)));
  const bodyFree = Uint8Array.from(problem.bodies.map((b) => freeBits(b.freePeriods)));
  const anyFree = (a: Uint8Array) => a.some((x) => x !== 0);
  const anyCampus = roomCampus.some((x) => x >= 0);

  return {
    problem,
    S,
    D,
    P,
    nT,
    nR,
    nB,
    nC,
    dayOf,
    periodOf,
    nU,
    unitLen: Int32Array.from(unitLen),
    unitParts,
    unitLocked: Uint8Array.from(unitLockedL),
    unitFixedStart: Int32Array.from(unitFixedStartL),
    unitStarts,
    unitStartOk,
    nPart,
    partCourse,
    partUnit: Int32Array.from(partUnitL),
    partRooms,
    partFixedRoom: Int32Array.from(partFixedRoomL),
    courseTeachers,
    courseBodies,
    courseUnits: courseUnitsL.map((l) => Int32Array.from(l)),
    courseSize,
    courseMinDays,
    courseMaxPerDay,
    coursePref,
    courseOptional,
    courseRoomCandidates,
    teacherBlocked,
    roomBlocked,
    teacherMaxDay: Int32Array.from(problem.teachers.map((t) => bound(t.maxPerDay))),
    teacherMaxWeek: Int32Array.from(problem.teachers.map((t) => bound(t.maxPerWeek))),
    teacherMaxDays: Int32Array.from(problem.teachers.map((t) => bound(t.maxDays))),
    bodyMaxDay: Int32Array.from(problem.bodies.map((b) => bound(b.maxPerDay))),
    teacherFree,
    bodyFree,
    roomCampus,
    roomCap: phantomRoom ? Int32Array.of(1 << 30) : Int32Array.from(problem.rooms.map((r) => r.capacity)),
    phantomRoom,
    w,
    softCapacity: !hardCap,
    bodyDayActive: w.isolated !== 0 || w.studentGap !== 0 || (w.freePref !== 0 && anyFree(bodyFree)) || (w.campus !== 0 && anyCampus),
    teacherDayActive:
      w.teacherGap !== 0 || (w.freePref !== 0 && anyFree(teacherFree)) || w.teacherRoomChange !== 0 || (w.campus !== 0 && anyCampus),
    courseDayActive: w.split !== 0,
  };
}
