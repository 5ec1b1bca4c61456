// Hall's condition by max flow: left items (courses) each need some units (lessons), which only
// their candidate right items (teachers, rooms) can supply, each up to its capacity. After a max
// flow source → left → candidate right → sink, the left items still reachable from the source,
// with their right neighbours, are exactly the sets whose demand exceeds what they can get.

export interface DeficientSet {
  left: number[];
  right: number[];
  demand: number;
  supply: number;
}

/** Connected sets of left and right items whose demand exceeds their candidates' capacity; empty when all demand can be met. */
export function deficientSets(demand: readonly number[], candidates: ReadonlyArray<readonly number[]>, capacity: readonly number[]): DeficientSet[] {
  // Items with the same candidates are interchangeable for Hall's condition: pool them into one
  // node (hundreds of courses share a few dozen candidate sets), then expand the answer again.
  const byKey = new Map<string, number>();
  const members: number[][] = [];
  const pooledDemand: number[] = [];
  const pooledCandidates: number[][] = [];
  for (let i = 0; i < demand.length; i++) {
    const cands = [...new Set(candidates[i])].sort((a, b) => a - b);
    const key = cands.join(',');
    let k = byKey.get(key);
    if (k === undefined) {
      k = members.length;
      byKey.set(key, k);
      members.push([]);
      pooledDemand.push(0);
      pooledCandidates.push(cands);
    }
    members[k].push(i);
    pooledDemand[k] += demand[i];
  }
  return pooledSets(pooledDemand, pooledCandidates, capacity).map((set) => ({
    ...set,
    left: set.left.flatMap((k) => members[k]).sort((a, b) => a - b),
  }));
}

function pooledSets(demand: readonly number[], candidates: ReadonlyArray<readonly number[]>, capacity: readonly number[]): DeficientSet[] {
  const L = demand.length;
  const R = capacity.length;
  const g = new FlowGraph(L + R + 2);
  const source = L + R;
  const sink = L + R + 1;
  for (let i = 0; i < L; i++) {
    g.add(source, i, demand[i]);
    for (const j of candidates[i]) g.add(i, L + j, Number.MAX_SAFE_INTEGER);
  }
  for (let j = 0; j < R; j++) g.add(L + j, sink, Math.max(0, capacity[j]));
  const total = demand.reduce((a, b) => a + b, 0);
  if (g.maxFlow(source, sink) >= total) return [];

  // Split the deficient side into connected parts: each part on its own needs more than it has.
  const reach = g.reachable(source);
  const rightLeft: number[][] = Array.from({ length: R }, () => []);
  for (let i = 0; i < L; i++) if (reach[i]) for (const j of candidates[i]) rightLeft[j].push(i);
  const part = new Int32Array(L + R).fill(-1);
  const out: DeficientSet[] = [];
  for (let start = 0; start < L; start++) {
    if (!reach[start] || part[start] >= 0) continue;
    const set: DeficientSet = { left: [], right: [], demand: 0, supply: 0 };
    const stack = [start];
    part[start] = out.length;
    while (stack.length) {
      const n = stack.pop()!;
      if (n < L) {
        set.left.push(n);
        set.demand += demand[n];
      } else {
        set.right.push(n - L);
        set.supply += Math.max(0, capacity[n - L]);
      }
      const next = n < L ? candidates[n].map((j) => L + j) : rightLeft[n - L];
      for (const m of next) {
        if (part[m] < 0 && reach[m]) {
          part[m] = out.length;
          stack.push(m);
        }
      }
    }
    set.left.sort((a, b) => a - b);
    set.right.sort((a, b) => a - b);
    if (set.demand > set.supply) out.push(set);
  }
  return out;
}

/** Dinic's max flow on a small graph with integer capacities. */
class FlowGraph {
  private head: Int32Array;
  private to: number[] = [];
  private next: number[] = [];
  private capacity: number[] = [];
  private level: Int32Array;
  private iter: Int32Array;

  constructor(private n: number) {
    this.head = new Int32Array(n).fill(-1);
    this.level = new Int32Array(n);
    this.iter = new Int32Array(n);
  }

  add(u: number, v: number, c: number): void {
    this.push(u, v, c);
    this.push(v, u, 0);
  }

  private push(u: number, v: number, c: number): void {
    this.to.push(v);
    this.capacity.push(c);
    this.next.push(this.head[u]);
    this.head[u] = this.to.length - 1;
  }

  private bfs(s: number): void {
    this.level.fill(-1);
    this.level[s] = 0;
    const queue = [s];
    for (let q = 0; q < queue.length; q++) {
      const u = queue[q];
      for (let e = this.head[u]; e >= 0; e = this.next[e]) {
        const v = this.to[e];
        if (this.capacity[e] > 0 && this.level[v] < 0) {
          this.level[v] = this.level[u] + 1;
          queue.push(v);
        }
      }
    }
  }

  private dfs(u: number, t: number, f: number): number {
    if (u === t) return f;
    for (let e = this.iter[u]; e >= 0; e = this.next[e], this.iter[u] = e) {
      const v = this.to[e];
      if (this.capacity[e] > 0 && this.level[v] === this.level[u] + 1) {
        const d = this.dfs(v, t, Math.min(f, this.capacity[e]));
        if (d > 0) {
          this.capacity[e] -= d;
          this.capacity[e ^ 1] += d;
          return d;
        }
      }
    }
    return 0;
  }

  maxFlow(s: number, t: number): number {
    let flow = 0;
    for (;;) {
      this.bfs(s);
      if (this.level[t] < 0) return flow;
      this.iter.set(this.head);
      for (let f = this.dfs(s, t, Number.MAX_SAFE_INTEGER); f > 0; f = this.dfs(s, t, Number.MAX_SAFE_INTEGER)) flow += f;
    }
  }

  /** Nodes reachable from s in the residual graph. */
  reachable(s: number): Uint8Array {
    const seen = new Uint8Array(this.n);
    seen[s] = 1;
    const stack = [s];
    while (stack.length) {
      const u = stack.pop()!;
      for (let e = this.head[u]; e >= 0; e = this.next[e]) {
        const v = this.to[e];
        if (this.capacity[e] > 0 && !seen[v]) {
          seen[v] = 1;
          stack.push(v);
        }
      }
    }
    return seen;
  }
}
