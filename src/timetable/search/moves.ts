// The neighbourhoods of the local search, each a transaction on the State that is evaluated
// incrementally and kept or rolled back:
//  - move/swap (Bellio et al.'s "MS"): a unit to a random (slot, room); if one unit of the
//    same length holds what it needs there, the two exchange positions. Same slot = room move.
//  - insert: an unbooked unit to a random position, ejecting what is in the way.
//  - kempe: two slots exchange the units of a chain linked by shared teachers and classes.
//  - teacher: a course with candidate teachers changes teacher.
// Plus the repair walk that books unbooked units by ejection with a short tabu memory.
import { NONE } from './compile';
import type { Rng } from './random';
import { Stack } from './stack';
import type { State } from './state';
import { pickRooms } from './construct';

export class Moves {
  readonly st: State;
  readonly rng: Rng;
  /** Unlocked units that have at least one allowed start. */
  readonly movable: Int32Array;
  /** Courses with more than one candidate teacher. */
  readonly multiTeacher: Int32Array;
  private readonly rooms: Int32Array;
  private readonly rooms2: Int32Array;
  private readonly oldRooms: Int32Array;
  private readonly blockersBuf = new Stack(new Int32Array(64));
  private readonly chain = new Int32Array(16);
  private readonly side = new Int32Array(16);
  private readonly chainRooms = new Int32Array(16);
  private readonly lastPlaced: Float64Array;
  private iter = 0;

  constructor(st: State, rng: Rng) {
    this.st = st;
    this.rng = rng;
    const k = st.k;
    const movable: number[] = [];
    for (let u = 0; u < k.nU; u++) if (!k.unitLocked[u] && k.unitStarts[u].length > 0) movable.push(u);
    this.movable = Int32Array.from(movable);
    const multi: number[] = [];
    for (let c = 0; c < k.nC; c++) if (k.courseTeachers[c].length > 1) multi.push(c);
    this.multiTeacher = Int32Array.from(multi);
    const maxParts = Math.max(8, ...k.unitParts.map((p) => p.length));
    this.rooms = new Int32Array(maxParts);
    this.rooms2 = new Int32Array(maxParts);
    this.oldRooms = new Int32Array(maxParts);
    this.lastPlaced = new Float64Array(k.nU).fill(-1e9);
  }

  private accept(delta: number, T: number): boolean {
    if (delta <= 0) return true;
    if (T <= 0) return false;
    return this.rng.next() < Math.exp(-delta / T);
  }

  /** Random allowed rooms for unit u (fixed rooms stay). keepFrom: keep the current room with probability 1/2. */
  private randomRooms(u: number, out: Int32Array): boolean {
    const k = this.st.k;
    const parts = k.unitParts[u];
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (k.partFixedRoom[p] !== NONE) {
        out[i] = k.partFixedRoom[p];
        continue;
      }
      const cands = k.partRooms[p];
      if (cands.length === 0) return false;
      const cur = this.st.partRoom[p];
      out[i] = cur !== NONE && this.rng.next() < 0.5 ? cur : cands[this.rng.int(cands.length)];
    }
    return true;
  }

  /** One step of the move/swap neighbourhood at temperature T. Returns true when kept. */
  moveSwap(T: number): boolean {
    const st = this.st;
    const k = st.k;
    const rng = this.rng;
    if (this.movable.length === 0) return false;
    const u = this.movable[rng.int(this.movable.length)];
    const s0 = st.unitStart[u];
    if (s0 === NONE) return this.insert(u, T);
    const starts = k.unitStarts[u];
    const s = starts[rng.int(starts.length)];
    const parts = k.unitParts[u];
    const nParts = parts.length;
    for (let i = 0; i < nParts; i++) this.oldRooms[i] = st.partRoom[parts[i]];
    if (!this.randomRooms(u, this.rooms)) return false;
    if (s === s0) {
      let same = true;
      for (let i = 0; i < nParts; i++) if (this.rooms[i] !== this.oldRooms[i]) same = false;
      if (same) return false;
    }
    st.begin();
    st.remove(u);
    if (!st.place(u, s, this.rooms)) {
      // Swap with the single unit in the way, if there is exactly one of the same length.
      const out = this.blockersBuf;
      out.n = 0;
      if (!st.blockers(u, s, this.rooms, out) || out.n !== 1) return this.abort();
      const v = out.data[0];
      if (k.unitLen[v] !== k.unitLen[u] || k.unitParts[v].length !== 1 || nParts !== 1) return this.abort();
      const pv = k.unitParts[v][0];
      const sv = st.unitStart[v];
      const rv = st.partRoom[pv];
      st.remove(v);
      if (!st.place(u, s, this.rooms)) return this.abort();
      // v takes u's old position; when u changed room only, v takes u's old room at the same slot.
      this.rooms2[0] = k.partFixedRoom[pv] !== NONE ? k.partFixedRoom[pv] : this.oldRooms[0];
      if (!k.partRooms[pv].includes(this.rooms2[0]) || !st.place(v, s0, this.rooms2)) {
        this.rooms2[0] = rv;
        if (sv === s0 || !st.place(v, s0, this.rooms2)) return this.abort();
      }
    }
    return this.settle(T);
  }

  /** Ends an open transaction: evaluates its delta, then keeps it if the annealing rule accepts it. */
  private settle(T: number): boolean {
    if (this.accept(this.st.evaluate(), T)) {
      this.st.commit();
      return true;
    }
    this.st.rollback();
    return false;
  }

  private abort(): false {
    this.st.evaluate();
    this.st.rollback();
    return false;
  }

  /** Books unbooked unit u at a random position, ejecting the units in its way. */
  insert(u: number, T: number): boolean {
    const st = this.st;
    const k = st.k;
    const starts = k.unitStarts[u];
    if (starts.length === 0) return false;
    const s = starts[this.rng.int(starts.length)];
    if (!pickRooms(st, u, s, this.rooms) && !this.randomRooms(u, this.rooms)) return false;
    const out = this.blockersBuf;
    out.n = 0;
    if (!st.blockers(u, s, this.rooms, out)) return false;
    st.begin();
    for (let i = 0; i < out.n; i++) st.remove(out.data[i]);
    if (!st.place(u, s, this.rooms)) return this.abort();
    return this.settle(T);
  }

  /** A course with candidate teachers switches to another candidate, all lessons staying put. */
  teacherChange(T: number): boolean {
    const st = this.st;
    const k = st.k;
    if (this.multiTeacher.length === 0) return false;
    const c = this.multiTeacher[this.rng.int(this.multiTeacher.length)];
    const cands = k.courseTeachers[c];
    const t = cands[this.rng.int(cands.length)];
    if (t === st.courseTeacher[c]) return false;
    const units = k.courseUnits[c];
    const starts: number[] = [];
    const roomLists: number[][] = [];
    st.begin();
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      starts.push(st.unitStart[u]);
      roomLists.push(Array.from(k.unitParts[u], (p) => st.partRoom[p]));
      st.remove(u);
    }
    st.setTeacher(c, t);
    for (let i = 0; i < units.length; i++) {
      if (starts[i] === NONE) continue;
      if (!st.place(units[i], starts[i], roomLists[i])) return this.abort();
    }
    return this.settle(T);
  }

  /**
   * Kempe-chain exchange between the slots of unit u and a random start s of the same day
   * length: units sharing a teacher or class with the chain move across, all single-part
   * units of equal length keeping their rooms where free (else any free allowed room).
   */
  kempe(T: number): boolean {
    const st = this.st;
    const k = st.k;
    const S = k.S;
    const rng = this.rng;
    if (this.movable.length === 0) return false;
    const u = this.movable[rng.int(this.movable.length)];
    const s1 = st.unitStart[u];
    if (s1 === NONE || k.unitParts[u].length !== 1) return false;
    const len = k.unitLen[u];
    const starts = k.unitStarts[u];
    const s2 = starts[rng.int(starts.length)];
    if (s2 === s1) return false;
    // Grow the chain: units at the other slot sharing a teacher or body with a chain unit.
    const chain = this.chain;
    const side = this.side;
    chain[0] = u;
    side[0] = s1;
    let n = 1;
    for (let i = 0; i < n; i++) {
      const v = chain[i];
      const other = side[i] === s1 ? s2 : s1;
      const c = k.partCourse[k.unitParts[v][0]];
      const t = st.courseTeacher[c];
      const bodies = k.courseBodies[c];
      for (let q = 0; q < len; q++) {
        for (let j = -1; j < bodies.length; j++) {
          const part = j < 0 ? st.teacherAt[t * S + other + q] : st.bodyAt[bodies[j] * S + other + q];
          if (part === NONE) continue;
          const w = k.partUnit[part];
          let seen = false;
          for (let x = 0; x < n; x++) if (chain[x] === w) seen = true;
          if (seen) continue;
          if (n === chain.length || k.unitLocked[w] || k.unitLen[w] !== len || k.unitParts[w].length !== 1 || st.unitStart[w] !== other) return false;
          if (!k.unitStartOk[w * S + (other === s1 ? s2 : s1)]) return false;
          chain[n] = w;
          side[n] = other;
          n++;
        }
      }
    }
    if (n < 2) return false;
    st.begin();
    for (let i = 0; i < n; i++) {
      this.chainRooms[i] = st.partRoom[k.unitParts[chain[i]][0]];
      st.remove(chain[i]);
    }
    for (let i = 0; i < n; i++) {
      const v = chain[i];
      const to = side[i] === s1 ? s2 : s1;
      this.rooms[0] = this.chainRooms[i];
      if (!st.place(v, to, this.rooms)) {
        if (!pickRooms(st, v, to, this.rooms) || !st.place(v, to, this.rooms)) return this.abort();
      }
    }
    return this.settle(T);
  }

  /**
   * One step of the repair walk: an unbooked unit goes to the position that ejects the fewest
   * lessons (recently placed units count extra, so the walk does not cycle). Always kept.
   * Returns false when no unit is unbooked or none can be placed anywhere.
   */
  repairStep(): boolean {
    const st = this.st;
    const k = st.k;
    const rng = this.rng;
    this.iter++;
    const unplaced: number[] = [];
    for (let i = 0; i < this.movable.length; i++) if (st.unitStart[this.movable[i]] === NONE) unplaced.push(this.movable[i]);
    if (unplaced.length === 0) return false;
    const u = unplaced[rng.int(unplaced.length)];
    const starts = k.unitStarts[u];
    const out = this.blockersBuf;
    let bestScore = Infinity;
    let bestS = NONE;
    let ties = 0;
    const bestRooms = this.rooms2;
    const nParts = k.unitParts[u].length;
    const tryPos = (s: number, rooms: Int32Array): void => {
      out.n = 0;
      if (!st.blockers(u, s, rooms, out)) return;
      let score = rng.next() * 0.5;
      for (let i = 0; i < out.n; i++) {
        const v = out.data[i];
        score += k.unitLen[v] * k.unitParts[v].length;
        if (this.iter - this.lastPlaced[v] < 10) score += 5;
      }
      if (score < bestScore) {
        bestScore = score;
        bestS = s;
        ties = 1;
        for (let q = 0; q < nParts; q++) bestRooms[q] = rooms[q];
      } else if (score === bestScore && rng.int(++ties) === 0) {
        bestS = s;
        for (let q = 0; q < nParts; q++) bestRooms[q] = rooms[q];
      }
    };
    for (let j = 0; j < starts.length; j++) {
      const s = starts[j];
      if (pickRooms(st, u, s, this.rooms)) tryPos(s, this.rooms);
      else if (nParts === 1 && k.partFixedRoom[k.unitParts[u][0]] === NONE) {
        const cands = k.partRooms[k.unitParts[u][0]];
        for (let r = 0; r < cands.length; r++) {
          this.rooms[0] = cands[r];
          tryPos(s, this.rooms);
        }
      } else if (this.randomRooms(u, this.rooms)) tryPos(s, this.rooms);
    }
    if (bestS === NONE) return false;
    out.n = 0;
    st.blockers(u, bestS, bestRooms, out);
    st.begin();
    for (let i = 0; i < out.n; i++) st.remove(out.data[i]);
    if (!st.place(u, bestS, bestRooms)) {
      this.abort();
      return false;
    }
    st.evaluate();
    st.commit();
    this.lastPlaced[u] = this.iter;
    return true;
  }
}
