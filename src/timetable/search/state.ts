// The search state: where each unit is, the occupancy grids, and the cost kept up to date
// incrementally. The cost is a sum of small components (a body's day, a teacher's day, a
// course's day, a course, a unit); a change marks the components it touches, and only those
// are recomputed (each from at most one day's periods). Every change happens inside a
// transaction that can be rolled back exactly.
//
// The state never breaks a hard rule: place() refuses any position that would.
import { type Compiled, NONE } from './compile';
import { bodyDayCost, courseCost, courseDayCost, teacherDayCost, unitCost } from './costs';
import { Stack } from './stack';

const OP_PLACE = 1;
const OP_REMOVE = 2;
const OP_TEACHER = 3;

export class State {
  readonly k: Compiled;
  /** Start slot of each unit, NONE = unbooked. */
  readonly unitStart: Int32Array;
  readonly partRoom: Int32Array;
  readonly courseTeacher: Int32Array;
  /** Occupancy grids: resource * S + slot → part index or NONE. */
  readonly teacherAt: Int32Array;
  readonly bodyAt: Int32Array;
  readonly roomAt: Int32Array;
  /** Course * S + slot → 1 when the course has a lesson there. */
  readonly courseAt: Uint8Array;
  readonly courseDay: Int32Array;
  readonly courseDaysUsed: Int32Array;
  readonly courseRoomCount: Int32Array;
  readonly courseRoomsUsed: Int32Array;
  readonly teacherDay: Int32Array;
  readonly teacherTotal: Int32Array;
  readonly teacherDaysUsed: Int32Array;
  readonly bodyDay: Int32Array;
  unplacedCount = 0;
  total = 0;

  // components
  private readonly offT: number;
  private readonly offCD: number;
  private readonly offC: number;
  readonly comp: Float64Array;
  private readonly stamp: Int32Array;
  private epoch = 1;
  private readonly dirty = new Stack(new Int32Array(256));
  // transaction journal
  /** Journal entries of three numbers: (op, unit or course, start or teacher). */
  private readonly ops = new Stack(new Int32Array(384));
  private readonly opRooms = new Stack(new Int32Array(256));
  private readonly saved = new Stack(new Int32Array(256));
  private readonly savedVal = new Stack(new Float64Array(256));
  private totalBefore = 0;
  private readonly roomsScratch: Int32Array;

  constructor(k: Compiled) {
    this.k = k;
    const { S, D, nT, nR, nB, nC, nU, nPart } = k;
    this.unitStart = new Int32Array(nU).fill(NONE);
    this.partRoom = new Int32Array(nPart).fill(NONE);
    this.courseTeacher = Int32Array.from(k.courseTeachers.map((ts) => (ts.length > 0 ? ts[0] : NONE)));
    this.teacherAt = new Int32Array(nT * S).fill(NONE);
    this.bodyAt = new Int32Array(nB * S).fill(NONE);
    this.roomAt = new Int32Array(nR * S).fill(NONE);
    this.courseAt = new Uint8Array(nC * S);
    this.courseDay = new Int32Array(nC * D);
    this.courseDaysUsed = new Int32Array(nC);
    this.courseRoomCount = new Int32Array(nC * nR);
    this.courseRoomsUsed = new Int32Array(nC);
    this.teacherDay = new Int32Array(nT * D);
    this.teacherTotal = new Int32Array(nT);
    this.teacherDaysUsed = new Int32Array(nT);
    this.bodyDay = new Int32Array(nB * D);
    this.offT = nB * D;
    this.offCD = this.offT + nT * D;
    this.offC = this.offCD + nC * D;
    const nComp = this.offC + nC;
    this.comp = new Float64Array(nComp);
    this.stamp = new Int32Array(nComp);
    let maxParts = 1;
    for (const ps of k.unitParts) maxParts = Math.max(maxParts, ps.length);
    this.roomsScratch = new Int32Array(maxParts);
    this.unplacedCount = nU;
    this.recomputeAll();
  }

  private compCost(id: number): number {
    const D = this.k.D;
    if (id < this.offT) return bodyDayCost(this, Math.floor(id / D), id % D);
    if (id < this.offCD) {
      const j = id - this.offT;
      return teacherDayCost(this, Math.floor(j / D), j % D);
    }
    if (id < this.offC) {
      const j = id - this.offCD;
      return courseDayCost(this, Math.floor(j / D), j % D);
    }
    return courseCost(this, id - this.offC);
  }

  /** Recomputes every component and the total from the grids (initialisation and self-checks). */
  recomputeAll(): number {
    let total = 0;
    for (let id = 0; id < this.comp.length; id++) {
      this.comp[id] = this.compCost(id);
      total += this.comp[id];
    }
    for (let u = 0; u < this.k.nU; u++) total += unitCost(this, u);
    this.total = total;
    return total;
  }

  // ---------- hard rules ----------

  /**
   * Can unit u start at slot s with these rooms (one per part) without breaking a hard rule?
   * Checks occupancy, per-slot blocks and the per-day / per-week maxima.
   */
  canPlace(u: number, s: number, rooms: ArrayLike<number>): boolean {
    const k = this.k;
    const S = k.S;
    const D = k.D;
    const len = k.unitLen[u];
    const d = k.dayOf[s];
    const parts = k.unitParts[u];
    if (!k.unitStartOk[u * S + s]) return false;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      const c = k.partCourse[p];
      const t = this.courseTeacher[c];
      const r = rooms[i];
      if (t === NONE || r === NONE) return false;
      if (this.courseDay[c * D + d] + len > k.courseMaxPerDay[c]) return false;
      if (this.teacherDay[t * D + d] + len > k.teacherMaxDay[t]) return false;
      if (this.teacherTotal[t] + len > k.teacherMaxWeek[t]) return false;
      if (this.teacherDay[t * D + d] === 0 && this.teacherDaysUsed[t] + 1 > k.teacherMaxDays[t]) return false;
      const bodies = k.courseBodies[c];
      for (let j = 0; j < bodies.length; j++) if (this.bodyDay[bodies[j] * D + d] + len > k.bodyMaxDay[bodies[j]]) return false;
      for (let q = 0; q < len; q++) {
        const x = s + q;
        if (this.teacherAt[t * S + x] !== NONE || k.teacherBlocked[t * S + x]) return false;
        if (this.roomAt[r * S + x] !== NONE || k.roomBlocked[r * S + x]) return false;
        for (let j = 0; j < bodies.length; j++) if (this.bodyAt[bodies[j] * S + x] !== NONE) return false;
      }
      // Parts of one sync unit share the slots: they need distinct teachers, rooms and bodies.
      for (let i2 = 0; i2 < i; i2++) {
        const c2 = k.partCourse[parts[i2]];
        if (rooms[i2] === r || this.courseTeacher[c2] === t) return false;
        const b2 = k.courseBodies[c2];
        for (let j = 0; j < bodies.length; j++) for (let j2 = 0; j2 < b2.length; j2++) if (bodies[j] === b2[j2]) return false;
      }
    }
    return true;
  }

  /**
   * Units (other than u) whose lessons occupy what u needs at s with these rooms.
   * Returns false when u cannot go there whatever is moved (blocked slot, locked unit, clash inside u).
   */
  blockers(u: number, s: number, rooms: ArrayLike<number>, out: Stack<Int32Array>): boolean {
    const k = this.k;
    const S = k.S;
    const len = k.unitLen[u];
    const parts = k.unitParts[u];
    for (let i = 0; i < parts.length; i++) {
      const c = k.partCourse[parts[i]];
      const t = this.courseTeacher[c];
      const r = rooms[i];
      if (t === NONE || r === NONE) return false;
      const bodies = k.courseBodies[c];
      for (let q = 0; q < len; q++) {
        const x = s + q;
        if (k.teacherBlocked[t * S + x] || k.roomBlocked[r * S + x]) return false;
        if (!this.addBlocker(u, this.teacherAt[t * S + x], out) || !this.addBlocker(u, this.roomAt[r * S + x], out)) return false;
        for (let j = 0; j < bodies.length; j++) if (!this.addBlocker(u, this.bodyAt[bodies[j] * S + x], out)) return false;
      }
    }
    return true;
  }

  private addBlocker(u: number, part: number, out: Stack<Int32Array>): boolean {
    if (part === NONE) return true;
    const v = this.k.partUnit[part];
    if (v === u || this.k.unitLocked[v]) return false;
    for (let i = 0; i < out.n; i++) if (out.data[i] === v) return true;
    out.push(v);
    return true;
  }

  // ---------- changes (inside a transaction) ----------

  begin(): void {
    this.epoch++;
    if (this.epoch > 0x3fffffff) {
      this.stamp.fill(0);
      this.epoch = 1;
    }
    this.dirty.n = 0;
    this.ops.n = 0;
    this.opRooms.n = 0;
    this.saved.n = 0;
    this.savedVal.n = 0;
    this.totalBefore = this.total;
  }

  private mark(id: number): void {
    if (this.stamp[id] !== this.epoch) {
      this.stamp[id] = this.epoch;
      this.dirty.push(id);
    }
  }

  private touch(c: number, t: number, d: number): void {
    const k = this.k;
    const D = k.D;
    if (k.bodyDayActive) {
      const bodies = k.courseBodies[c];
      for (let j = 0; j < bodies.length; j++) this.mark(bodies[j] * D + d);
    }
    if (k.teacherDayActive) this.mark(this.offT + t * D + d);
    if (k.courseDayActive) this.mark(this.offCD + c * D + d);
    this.mark(this.offC + c);
  }

  /** Writes unit u at s with rooms; the caller has checked canPlace (or is undoing). */
  private write(u: number, s: number, rooms: ArrayLike<number>): void {
    const k = this.k;
    const { S, D, nR } = k;
    const len = k.unitLen[u];
    const d = k.dayOf[s];
    const parts = k.unitParts[u];
    this.total -= unitCost(this, u);
    this.unitStart[u] = s;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      const c = k.partCourse[p];
      const t = this.courseTeacher[c];
      const r = rooms[i];
      this.partRoom[p] = r;
      const bodies = k.courseBodies[c];
      for (let q = 0; q < len; q++) {
        const x = s + q;
        this.teacherAt[t * S + x] = p;
        this.roomAt[r * S + x] = p;
        this.courseAt[c * S + x] = 1;
        for (let j = 0; j < bodies.length; j++) this.bodyAt[bodies[j] * S + x] = p;
      }
      for (let j = 0; j < bodies.length; j++) this.bodyDay[bodies[j] * D + d] += len;
      if (this.courseDay[c * D + d] === 0) this.courseDaysUsed[c]++;
      this.courseDay[c * D + d] += len;
      if (this.courseRoomCount[c * nR + r] === 0) this.courseRoomsUsed[c]++;
      this.courseRoomCount[c * nR + r] += len;
      if (this.teacherDay[t * D + d] === 0) this.teacherDaysUsed[t]++;
      this.teacherDay[t * D + d] += len;
      this.teacherTotal[t] += len;
      this.touch(c, t, d);
    }
    this.unplacedCount--;
    this.total += unitCost(this, u);
  }

  private erase(u: number): void {
    const k = this.k;
    const { S, D, nR } = k;
    const s = this.unitStart[u];
    const len = k.unitLen[u];
    const d = k.dayOf[s];
    const parts = k.unitParts[u];
    this.total -= unitCost(this, u);
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      const c = k.partCourse[p];
      const t = this.courseTeacher[c];
      const r = this.partRoom[p];
      const bodies = k.courseBodies[c];
      for (let q = 0; q < len; q++) {
        const x = s + q;
        this.teacherAt[t * S + x] = NONE;
        this.roomAt[r * S + x] = NONE;
        this.courseAt[c * S + x] = 0;
        for (let j = 0; j < bodies.length; j++) this.bodyAt[bodies[j] * S + x] = NONE;
      }
      for (let j = 0; j < bodies.length; j++) this.bodyDay[bodies[j] * D + d] -= len;
      this.courseDay[c * D + d] -= len;
      if (this.courseDay[c * D + d] === 0) this.courseDaysUsed[c]--;
      this.courseRoomCount[c * nR + r] -= len;
      if (this.courseRoomCount[c * nR + r] === 0) this.courseRoomsUsed[c]--;
      this.teacherDay[t * D + d] -= len;
      if (this.teacherDay[t * D + d] === 0) this.teacherDaysUsed[t]--;
      this.teacherTotal[t] -= len;
      this.touch(c, t, d);
      this.partRoom[p] = NONE;
    }
    this.unitStart[u] = NONE;
    this.unplacedCount++;
    this.total += unitCost(this, u);
  }

  /** Places u (checked). Returns false, changing nothing, when a hard rule forbids it. */
  place(u: number, s: number, rooms: ArrayLike<number>): boolean {
    if (this.unitStart[u] !== NONE || !this.canPlace(u, s, rooms)) return false;
    this.write(u, s, rooms);
    this.ops.push(OP_PLACE);
    this.ops.push(u);
    this.ops.push(s);
    return true;
  }

  remove(u: number): void {
    const s = this.unitStart[u];
    if (s === NONE) return;
    const parts = this.k.unitParts[u];
    this.ops.push(OP_REMOVE);
    this.ops.push(u);
    this.ops.push(s);
    for (let i = 0; i < parts.length; i++) this.opRooms.push(this.partRoom[parts[i]]);
    this.erase(u);
  }

  /** Sets course c's teacher; only legal while none of its units is booked. */
  setTeacher(c: number, t: number): void {
    this.ops.push(OP_TEACHER);
    this.ops.push(c);
    this.ops.push(this.courseTeacher[c]);
    this.courseTeacher[c] = t;
  }

  /** Recomputes the marked components; returns the change of the total since begin(). */
  evaluate(): number {
    const dirty = this.dirty.data;
    const n = this.dirty.n;
    for (let i = 0; i < n; i++) {
      const id = dirty[i];
      const now = this.compCost(id);
      const was = this.comp[id];
      if (now !== was) {
        this.saved.push(id);
        this.savedVal.push(was);
        this.comp[id] = now;
        this.total += now - was;
      }
    }
    this.dirty.n = 0;
    this.epoch++;
    return this.total - this.totalBefore;
  }

  /** Undoes everything since begin(). */
  rollback(): void {
    const ops = this.ops.data;
    let roomPos = this.opRooms.n;
    for (let i = this.ops.n - 3; i >= 0; i -= 3) {
      const op = ops[i];
      if (op === OP_PLACE) this.erase(ops[i + 1]);
      else if (op === OP_REMOVE) {
        const u = ops[i + 1];
        const n = this.k.unitParts[u].length;
        roomPos -= n;
        for (let q = 0; q < n; q++) this.roomsScratch[q] = this.opRooms.data[roomPos + q];
        this.write(u, ops[i + 2], this.roomsScratch);
      } else this.courseTeacher[ops[i + 1]] = ops[i + 2];
    }
    const saved = this.saved.data;
    const savedVal = this.savedVal.data;
    for (let i = this.saved.n - 1; i >= 0; i--) this.comp[saved[i]] = savedVal[i];
    this.dirty.n = 0;
    this.epoch++;
    this.total = this.totalBefore;
    this.ops.n = 0;
    this.opRooms.n = 0;
    this.saved.n = 0;
    this.savedVal.n = 0;
  }

  /** Keeps everything since begin(). */
  commit(): void {
    this.ops.n = 0;
    this.opRooms.n = 0;
    this.saved.n = 0;
    this.savedVal.n = 0;
    this.totalBefore = this.total;
  }

  /** A compact copy of the assignment (for the incumbent). */
  snapshot(): Snapshot {
    return { unitStart: this.unitStart.slice(), partRoom: this.partRoom.slice(), courseTeacher: this.courseTeacher.slice(), cost: this.total };
  }

  /** Rebuilds this state from a snapshot (all units placed through place(), so rules hold). */
  restore(snap: Snapshot): void {
    this.begin();
    for (let u = 0; u < this.k.nU; u++) this.remove(u);
    this.evaluate();
    this.commit();
    this.courseTeacher.set(snap.courseTeacher);
    const rooms = this.roomsScratch;
    this.begin();
    for (let u = 0; u < this.k.nU; u++) {
      const s = snap.unitStart[u];
      if (s === NONE) continue;
      const parts = this.k.unitParts[u];
      for (let i = 0; i < parts.length; i++) rooms[i] = snap.partRoom[parts[i]];
      this.place(u, s, rooms);
    }
    this.evaluate();
    this.commit();
  }
}

export interface Snapshot {
  unitStart: Int32Array;
  partRoom: Int32Array;
  courseTeacher: Int32Array;
  cost: number;
}
