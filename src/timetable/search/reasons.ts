// Why a unit stayed unbooked, in words a timetabler understands: which rule closes each of
// the slots it could otherwise use, counted over those slots.
import { NONE } from './compile';
import type { State } from './state';

function list(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function slotName(st: State, s: number): string {
  const k = st.k;
  return `${k.problem.days[k.dayOf[s]]} ${k.periodOf[s] + 1}`;
}

/** Describes why unbooked unit u cannot be booked in the state as it is. */
export function explainUnbooked(st: State, u: number, lockedFailed = false): string {
  const k = st.k;
  const pr = k.problem;
  const S = k.S;
  const D = k.D;
  const len = k.unitLen[u];
  const parts = k.unitParts[u];
  const courses = Array.from(parts, (p) => k.partCourse[p]);
  const c = courses[0];
  const course = pr.courses[c];
  const block = len > 1 ? `a block of ${len} periods` : 'a lesson';
  if (k.courseTeachers[c].length === 0) return `Course ${course.id} has no teacher listed in Teachers.`;
  for (const p of parts) {
    if (k.partRooms[p].length === 0) {
      const cc = pr.courses[k.partCourse[p]];
      const needs: string[] = [];
      if (cc.facilities.length > 0) needs.push(`has ${list(cc.facilities)}`);
      if (pr.roomCapacity === 'hard') needs.push(`seats ${k.courseSize[k.partCourse[p]]}`);
      return needs.length > 0 ? `No room among course ${cc.id}'s candidates ${needs.join(' and ')}.` : `Course ${cc.id} has no room to use.`;
    }
  }
  if (lockedFailed && !k.unitStartOk[u * S + k.unitFixedStart[u]]) {
    const who = list([`course ${course.id}`, ...course.bodies.map((b) => pr.bodies[b].id), ...Array.from(k.courseTeachers[c], (t) => pr.teachers[t].id)]);
    return `Locked at ${slotName(st, k.unitFixedStart[u])}, but ${who} cannot have it then (Unavailable, Fixed times or a group meeting).`;
  }
  const starts = lockedFailed ? Int32Array.of(k.unitFixedStart[u]) : k.unitStarts[u];
  if (starts.length === 0 && !lockedFailed && len < course.minConsecutive) {
    return `Course ${course.id} must come in blocks of at least ${course.minConsecutive} periods (Min consecutive), but only ${len} of its lessons are left to form this block${len > 0 && course.minConsecutive > k.P ? ` and a day has ${k.P} periods` : ''}.`;
  }
  if (starts.length === 0) {
    const who = list([`course ${course.id}`, ...course.bodies.map((b) => pr.bodies[b].id)]);
    return `No time in the week where ${who} are all available for ${block}${course.fixed.length > 0 ? ' within its Fixed times' : ''}.`;
  }
  const teacher = st.courseTeacher[c];
  const tName = teacher !== NONE ? pr.teachers[teacher].id : '?';
  let teacherBusy = 0;
  let noRoom = 0;
  let maxima = 0;
  const bodyBusy = new Map<number, number>();
  const limitNames = new Set<string>();
  for (let j = 0; j < starts.length; j++) {
    const s = starts[j];
    const d = k.dayOf[s];
    let tb = false;
    let nr = false;
    let mx = false;
    const busyHere = new Set<number>();
    for (const p of parts) {
      const cc = k.partCourse[p];
      const t = st.courseTeacher[cc];
      if (t === NONE) continue;
      for (let q = 0; q < len; q++) {
        const x = s + q;
        if (k.teacherBlocked[t * S + x] || st.teacherAt[t * S + x] !== NONE) tb = true;
        for (const b of k.courseBodies[cc]) if (st.bodyAt[b * S + x] !== NONE) busyHere.add(b);
      }
      let anyRoom = false;
      for (const r of k.partRooms[p]) {
        let free = true;
        for (let q = 0; q < len && free; q++) if (st.roomAt[r * S + s + q] !== NONE || k.roomBlocked[r * S + s + q]) free = false;
        if (free) anyRoom = true;
      }
      if (!anyRoom) nr = true;
      if (st.courseDay[cc * D + d] + len > k.courseMaxPerDay[cc]) (mx = true), limitNames.add(`course ${pr.courses[cc].id}'s Max per day`);
      if (st.teacherDay[t * D + d] + len > k.teacherMaxDay[t]) (mx = true), limitNames.add(`${pr.teachers[t].id}'s Max lessons per day`);
      if (st.teacherTotal[t] + len > k.teacherMaxWeek[t]) (mx = true), limitNames.add(`${pr.teachers[t].id}'s Max lessons per week`);
      if (st.teacherDay[t * D + d] === 0 && st.teacherDaysUsed[t] + 1 > k.teacherMaxDays[t]) (mx = true), limitNames.add(`${pr.teachers[t].id}'s Max days`);
      for (const b of k.courseBodies[cc])
        if (st.bodyDay[b * D + d] + len > k.bodyMaxDay[b]) (mx = true), limitNames.add(`${pr.bodies[b].id}'s Max lessons per day`);
    }
    for (const b of busyHere) bodyBusy.set(b, (bodyBusy.get(b) ?? 0) + 1);
    if (tb) teacherBusy++;
    if (nr) noRoom++;
    if (mx) maxima++;
  }
  const n = starts.length;
  const roomWord = course.facilities.length > 0 ? `a room with ${list(course.facilities)}` : 'a suitable room';
  const who = list([`teacher ${tName}`, ...course.bodies.map((b) => pr.bodies[b].id)]);
  const head = lockedFailed
    ? `Locked at ${slotName(st, starts[0])}, but it cannot stay there:`
    : `No free time where ${who} ${course.bodies.length > 0 ? 'are all' : 'is'} free and ${roomWord} is free for ${block}:`;
  const details: string[] = [];
  if (teacherBusy > 0) details.push(`${tName} is busy or unavailable at ${teacherBusy} of the ${n} possible times`);
  for (const [b, cnt] of bodyBusy) details.push(`${pr.bodies[b].id} has other lessons at ${cnt}`);
  if (noRoom > 0) details.push(`no ${roomWord.replace(/^a /, '')} is free at ${noRoom}`);
  if (maxima > 0) details.push(`${list([...limitNames])} ${limitNames.size > 1 ? 'are' : 'is'} reached ${maxima === n ? 'already' : `at ${maxima}`}`);
  if (details.length === 0) details.push('the search ran out of time before finding a place');
  return `${head} ${details.join('; ')}.`;
}
