// The constructive pass, WeekDaze-style: book the most constrained units first, each at the
// position that adds least cost. Several orders are tried; the caller keeps the best.
// Also: pinning Locked lessons, seeding from a previous timetable, and room choice.
import type { Compiled } from './compile';
import { NONE } from './compile';
import type { Rng } from './random';
import type { State } from './state';

/**
 * Picks, for each part of unit u starting at s, a free room: one the course already uses,
 * then the teacher's home room, then the tightest that seats the class (soft capacity: the
 * largest when none does). Returns false when some part has no free room.
 */
export function pickRooms(st: State, u: number, s: number, out: Int32Array): boolean {
  const k = st.k;
  const S = k.S;
  const len = k.unitLen[u];
  const parts = k.unitParts[u];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (k.partFixedRoom[p] !== NONE) {
      out[i] = k.partFixedRoom[p];
      continue;
    }
    const c = k.partCourse[p];
    const size = k.courseSize[c];
    const t = st.courseTeacher[c];
    const home = t !== NONE ? k.problem.teachers[t].homeRoom : undefined;
    let best = NONE;
    let bestScore = Infinity;
    const cands = k.partRooms[p];
    for (let j = 0; j < cands.length; j++) {
      const r = cands[j];
      let free = true;
      for (let q = 0; q < len && free; q++) if (st.roomAt[r * S + s + q] !== NONE || k.roomBlocked[r * S + s + q]) free = false;
      for (let i2 = 0; i2 < i && free; i2++) if (out[i2] === r) free = false;
      if (!free) continue;
      const cap = k.roomCap[r];
      let score = cap >= size ? cap - size : 100000 + (size - cap) * 100;
      if (st.courseRoomCount[c * k.nR + r] > 0) score -= 1e7;
      if (home === r) score -= 5e6;
      if (score < bestScore) {
        bestScore = score;
        best = r;
      }
    }
    if (best === NONE) return false;
    out[i] = best;
  }
  return true;
}

/** Pins the locked units at their slots. Returns the units that could not be pinned. */
export function placeLocked(st: State): number[] {
  const k = st.k;
  const failed: number[] = [];
  const rooms = new Int32Array(8);
  st.begin();
  for (let u = 0; u < k.nU; u++) {
    if (!k.unitLocked[u]) continue;
    const s = k.unitFixedStart[u];
    if (!pickRooms(st, u, s, rooms) || !st.place(u, s, rooms)) failed.push(u);
  }
  st.evaluate();
  st.commit();
  return failed;
}

/** Start from previous: puts unlocked units where the previous timetable had their course's lessons. */
export function placePrevious(st: State): number {
  const k = st.k;
  const prev = k.problem.previous;
  if (prev.length === 0) return 0;
  const byCourse = new Map<number, Map<number, number>>();
  for (const l of prev) {
    const m = byCourse.get(l.course) ?? new Map<number, number>();
    m.set(l.slot, l.room ?? NONE);
    byCourse.set(l.course, m);
  }
  const rooms = new Int32Array(Math.max(8, ...k.unitParts.map((p) => p.length)));
  let placed = 0;
  st.begin();
  for (let u = 0; u < k.nU; u++) {
    if (k.unitLocked[u] || st.unitStart[u] !== NONE) continue;
    const parts = k.unitParts[u];
    const lead = byCourse.get(k.partCourse[parts[0]]);
    if (!lead) continue;
    const len = k.unitLen[u];
    const starts = k.unitStarts[u];
    for (let j = 0; j < starts.length; j++) {
      const s = starts[j];
      let all = true;
      for (let q = 0; q < len && all; q++) if (!lead.has(s + q)) all = false;
      if (!all) continue;
      if (!pickRooms(st, u, s, rooms)) continue;
      // Keep the previous room where it is still free and allowed.
      for (let i = 0; i < parts.length; i++) {
        const r = byCourse.get(k.partCourse[parts[i]])?.get(s) ?? NONE;
        if (r !== NONE && k.partRooms[parts[i]].includes(r)) {
          const save = rooms[i];
          rooms[i] = r;
          if (!st.canPlace(u, s, rooms)) rooms[i] = save;
        }
      }
      if (st.place(u, s, rooms)) {
        placed++;
        for (let q = 0; q < len; q++) lead.delete(s + q);
        break;
      }
    }
  }
  st.evaluate();
  st.commit();
  return placed;
}

export interface Order {
  name: string;
  units: Int32Array;
}

/** The orders the constructive pass tries, most constrained first in different senses. */
export function constructiveOrders(k: Compiled, rng: Rng): Order[] {
  const movable: number[] = [];
  for (let u = 0; u < k.nU; u++) if (!k.unitLocked[u]) movable.push(u);
  // Demand on each resource: lessons a teacher / body must attend in the week.
  const teacherLoad = new Float64Array(k.nT);
  const bodyLoad = new Float64Array(k.nB);
  for (let c = 0; c < k.nC; c++) {
    const n = k.problem.courses[c].lessons;
    const ts = k.courseTeachers[c];
    for (const t of ts) teacherLoad[t] += n / ts.length;
    for (const b of k.courseBodies[c]) bodyLoad[b] += n;
  }
  const freedom = (u: number): number => {
    let rooms = Infinity;
    let teachers = Infinity;
    for (const p of k.unitParts[u]) {
      rooms = Math.min(rooms, k.partRooms[p].length);
      teachers = Math.min(teachers, k.courseTeachers[k.partCourse[p]].length);
    }
    return k.unitStarts[u].length * Math.sqrt(Math.max(1, rooms)) * Math.max(1, teachers);
  };
  const degree = (u: number): number => {
    let d = 0;
    for (const p of k.unitParts[u]) {
      const c = k.partCourse[p];
      for (const t of k.courseTeachers[c]) d += teacherLoad[t] / k.courseTeachers[c].length;
      for (const b of k.courseBodies[c]) d += bodyLoad[b];
    }
    return d * k.unitLen[u];
  };
  const f = movable.map(freedom);
  const g = movable.map(degree);
  const idx = movable.map((_, i) => i);
  const sorted = (cmp: (a: number, b: number) => number, name: string): Order => {
    const tie = movable.map(() => rng.next());
    const order = idx.slice().sort((a, b) => cmp(a, b) || tie[a] - tie[b]);
    return { name, units: Int32Array.from(order.map((i) => movable[i])) };
  };
  const orders: Order[] = [
    sorted((a, b) => f[a] - f[b], 'fewest free slots first'),
    sorted((a, b) => g[b] - g[a], 'busiest teachers and classes first'),
    sorted((a, b) => f[a] / (1 + g[a]) - f[b] / (1 + g[b]), 'free slots per demand'),
    sorted((a, b) => k.unitLen[movable[b]] - k.unitLen[movable[a]] || f[a] - f[b], 'longest blocks first'),
  ];
  const random = Int32Array.from(movable);
  rng.shuffle(random);
  orders.push({ name: 'random order', units: random });
  return orders;
}

/**
 * Books each unit of the order at its cheapest feasible position (ties broken by rng).
 * `stop` is polled now and then; returns the number of positions evaluated.
 */
export function construct(st: State, order: Int32Array, rng: Rng, stop: () => boolean): number {
  const k = st.k;
  const rooms = new Int32Array(Math.max(8, ...k.unitParts.map((p) => p.length)));
  const bestRooms = new Int32Array(rooms.length);
  let evals = 0;
  for (let i = 0; i < order.length; i++) {
    const u = order[i];
    if (st.unitStart[u] !== NONE) continue;
    if ((i & 15) === 0 && stop()) break;
    const starts = k.unitStarts[u];
    let best = NONE;
    let bestDelta = Infinity;
    let ties = 0;
    const nParts = k.unitParts[u].length;
    // The first unit of a course with several candidate teachers also chooses the teacher.
    const c0 = k.partCourse[k.unitParts[u][0]];
    const chooseTeacher = nParts === 1 && k.courseTeachers[c0].length > 1 && st.courseDaysUsed[c0] === 0;
    const teachers = chooseTeacher ? k.courseTeachers[c0] : Int32Array.of(st.courseTeacher[c0]);
    let bestTeacher = st.courseTeacher[c0];
    for (let ti = 0; ti < teachers.length; ti++) {
      if (chooseTeacher) st.courseTeacher[c0] = teachers[ti];
      for (let j = 0; j < starts.length; j++) {
        const s = starts[j];
        if (!pickRooms(st, u, s, rooms) || !st.canPlace(u, s, rooms)) continue;
        st.begin();
        st.place(u, s, rooms);
        const delta = st.evaluate();
        st.rollback();
        evals++;
        if (delta < bestDelta - 1e-9) {
          bestDelta = delta;
          best = s;
          bestTeacher = teachers[ti];
          ties = 1;
          for (let q = 0; q < nParts; q++) bestRooms[q] = rooms[q];
        } else if (Math.abs(delta - bestDelta) <= 1e-9 && rng.int(++ties) === 0) {
          best = s;
          bestTeacher = teachers[ti];
          for (let q = 0; q < nParts; q++) bestRooms[q] = rooms[q];
        }
      }
    }
    if (chooseTeacher) st.courseTeacher[c0] = bestTeacher;
    if (best !== NONE) {
      st.begin();
      st.place(u, best, bestRooms);
      st.evaluate();
      st.commit();
    }
  }
  return evals;
}
