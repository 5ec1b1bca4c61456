// Teaching capacity (Hall's condition): every set of courses needs at least as many lessons as
// their candidate teachers can give between them. A max flow source → course (lessons) → candidate
// teacher → sink (capacity) finds the worst set exactly: after the flow, the courses still
// reachable from the source and their teachers form sets whose demand exceeds their capacity.
// Single-teacher sets are the teacher workload check's; here we report sets of two or more.
import type { Course, Teacher } from '../schema/records';
import { type Ctx, report } from './context';
import type { Availability } from './availability';
import { teacherCapacity } from './workload';
import { count, fixes, listNames } from './text';

export function checkTeachingCapacity(ctx: Ctx, av: Availability): void {
  const courses = ctx.r.courses.filter((c) => !c.optional && c.lessonsPerWeek > 0 && (av.courseTeachers.get(c)?.length ?? 0) > 0);
  if (courses.length === 0) return;
  const teachers = [...ctx.teachers.values()];
  const tIndex = new Map<Teacher, number>(teachers.map((t, i) => [t, i]));
  const cap = teachers.map((t) => teacherCapacity(ctx, av, t));

  // One teacher teaches all of a course's lessons, so a course whose every candidate is too small fails alone.
  for (const c of courses) {
    const ts = av.courseTeachers.get(c)!;
    if (ts.length < 2) continue;
    const best = Math.max(...ts.map((t) => cap[tIndex.get(t)!]));
    if (best >= c.lessonsPerWeek) continue;
    report(
      ctx,
      c,
      'teachers',
      'error',
      'course-teacher-capacity',
      `Course ${c.id} needs ${count(c.lessonsPerWeek, 'lesson')} a week from one teacher, but none of its candidates can give that many (${listNames(ts.map((t) => `${t.id} ${cap[tIndex.get(t)!]}`))}).`,
      fixes(`add a candidate teacher with ${c.lessonsPerWeek} free periods`, `lower Lessons per week to ${best}`, `raise a candidate's Max lessons per week or Max lessons per day`),
    );
  }

  const C = courses.length;
  const T = teachers.length;
  const g = new FlowGraph(C + T + 2);
  const source = C + T;
  const sink = C + T + 1;
  courses.forEach((c, i) => {
    g.add(source, i, c.lessonsPerWeek);
    for (const t of av.courseTeachers.get(c)!) g.add(i, C + tIndex.get(t)!, Number.MAX_SAFE_INTEGER);
  });
  teachers.forEach((_, j) => g.add(C + j, sink, cap[j]));
  const demand = courses.reduce((a, c) => a + c.lessonsPerWeek, 0);
  if (g.maxFlow(source, sink) >= demand) return;

  // Split the deficient side into connected parts: each part on its own needs more than it has.
  const reach = g.reachable(source);
  const part = new Int32Array(C + T).fill(-1);
  let parts = 0;
  const courseTeachers = courses.map((c) => av.courseTeachers.get(c)!.map((t) => C + tIndex.get(t)!));
  const teacherCourses: number[][] = teachers.map(() => []);
  courses.forEach((_, i) => {
    if (reach[i]) for (const n of courseTeachers[i]) teacherCourses[n - C].push(i);
  });
  for (let start = 0; start < C; start++) {
    if (!reach[start] || part[start] >= 0) continue;
    const stack = [start];
    part[start] = parts;
    while (stack.length) {
      const n = stack.pop()!;
      const next = n < C ? courseTeachers[n] : teacherCourses[n - C];
      for (const m of next) {
        if (part[m] < 0 && reach[m]) {
          part[m] = parts;
          stack.push(m);
        }
      }
    }
    parts++;
  }
  for (let p = 0; p < parts; p++) {
    const cs: Course[] = [];
    const ts: number[] = [];
    for (let i = 0; i < C; i++) if (part[i] === p) cs.push(courses[i]);
    for (let j = 0; j < T; j++) if (part[C + j] === p) ts.push(j);
    if (ts.length < 2) continue;
    const need = cs.reduce((a, c) => a + c.lessonsPerWeek, 0);
    const have = ts.reduce((a, j) => a + cap[j], 0);
    if (need <= have) continue;
    const first = cs.reduce((a, b) => (a.origin.row <= b.origin.row ? a : b));
    report(
      ctx,
      first,
      'teachers',
      'error',
      'teaching-capacity',
      `Courses ${listNames(cs.map((c) => `${c.id} (${c.lessonsPerWeek})`), 6)} need ${need} lessons a week, but their candidate teachers ${listNames(ts.map((j) => teachers[j].id), 6)} can teach at most ${have} between them (${listNames(ts.map((j) => `${teachers[j].id} ${cap[j]}`), 6)}): ${need - have} short.`,
      fixes(
        `add another teacher as a candidate in Courses › Teacher of one of these courses`,
        `raise Max lessons per week / Max lessons per day of ${teachers[ts[0]].id} or ${teachers[ts[1]].id}`,
        `reduce these courses' Lessons per week by ${need - have}`,
        `free some of these teachers' Unavailable periods`,
      ),
    );
  }
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
