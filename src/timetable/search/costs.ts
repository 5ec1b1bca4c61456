// The cost components of the search state, each computed from at most one day's periods of
// one resource (or one course's counters): the state recomputes only the components a change
// touches. Definitions: the comment at the top of ../model.ts and docs/timetable.md.
import { NONE } from './compile';
import type { State } from './state';

/** Cost of a unit that does not depend on other units: unbooked penalty, or capacity + preferred period. */
export function unitCost(st: State, u: number): number {
  const k = st.k;
  const parts = k.unitParts[u];
  const len = k.unitLen[u];
  const s = st.unitStart[u];
  let cost = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const c = k.partCourse[p];
    if (s === NONE) {
      cost += len * (k.courseOptional[c] ? k.w.unschedOpt : k.w.unsched);
      continue;
    }
    if (k.softCapacity && k.w.overCap !== 0) {
      const over = k.courseSize[c] - k.roomCap[st.partRoom[p]];
      if (over > 0) cost += len * over * k.w.overCap;
    }
    const pref = k.coursePref[c];
    if (pref >= 0 && k.w.prefPeriod !== 0) {
      const p0 = k.periodOf[s];
      for (let j = 0; j < len; j++) cost += Math.abs(p0 + j - pref) * k.w.prefPeriod;
    }
  }
  return cost;
}

export function bodyDayCost(st: State, b: number, d: number): number {
  const k = st.k;
  const P = k.P;
  const base = b * k.S + d * P;
  const at = st.bodyAt;
  const w = k.w;
  let first = -1;
  let last = -1;
  let count = 0;
  let iso = 0;
  let moves = 0;
  let prevCampus = -1;
  for (let p = 0; p < P; p++) {
    const part = at[base + p];
    if (part === NONE) continue;
    count++;
    if (first < 0) first = p;
    last = p;
    if ((p === 0 || at[base + p - 1] === NONE) && (p === P - 1 || at[base + p + 1] === NONE)) iso++;
    if (w.campus !== 0) {
      const cp = k.roomCampus[st.partRoom[part]];
      if (prevCampus >= 0 && cp >= 0 && cp !== prevCampus) moves++;
      prevCampus = cp;
    }
  }
  if (count === 0) return 0;
  let cost = iso * w.isolated + (last - first + 1 - count) * w.studentGap + moves * w.campus;
  const f = k.bodyFree[b];
  if (f !== 0 && w.freePref !== 0) {
    if (f & 1 && at[base] !== NONE) cost += w.freePref;
    if (f & 2 && at[base + P - 1] !== NONE) cost += w.freePref;
  }
  return cost;
}

export function teacherDayCost(st: State, t: number, d: number): number {
  const k = st.k;
  const P = k.P;
  const base = t * k.S + d * P;
  const at = st.teacherAt;
  const w = k.w;
  let first = -1;
  let last = -1;
  let count = 0;
  let roomChanges = 0;
  let moves = 0;
  let prevRoom = NONE;
  let prevCampus = -1;
  for (let p = 0; p < P; p++) {
    const part = at[base + p];
    if (part === NONE) continue;
    count++;
    if (first < 0) first = p;
    last = p;
    const r = st.partRoom[part];
    if (prevRoom !== NONE && r !== prevRoom) roomChanges++;
    prevRoom = r;
    const cp = k.roomCampus[r];
    if (prevCampus >= 0 && cp >= 0 && cp !== prevCampus) moves++;
    prevCampus = cp;
  }
  if (count === 0) return 0;
  let cost = (last - first + 1 - count) * w.teacherGap + roomChanges * w.teacherRoomChange + moves * w.campus;
  const f = k.teacherFree[t];
  if (f !== 0 && w.freePref !== 0) {
    if (f & 1 && at[base] !== NONE) cost += w.freePref;
    if (f & 2 && at[base + P - 1] !== NONE) cost += w.freePref;
  }
  return cost;
}

export function courseDayCost(st: State, c: number, d: number): number {
  const k = st.k;
  const P = k.P;
  const base = c * k.S + d * P;
  let blocks = 0;
  for (let p = 0; p < P; p++) if (st.courseAt[base + p] && (p === 0 || !st.courseAt[base + p - 1])) blocks++;
  return blocks > 1 ? (blocks - 1) * k.w.split : 0;
}

export function courseCost(st: State, c: number): number {
  const k = st.k;
  const short = k.courseMinDays[c] - st.courseDaysUsed[c];
  const extraRooms = st.courseRoomsUsed[c] - 1;
  return (short > 0 ? short * k.w.minDays : 0) + (extraRooms > 0 ? extraRooms * k.w.roomChanges : 0);
}
